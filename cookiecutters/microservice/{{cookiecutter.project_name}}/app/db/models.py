{#- Generated from cookiecutters/_shared/project/app/db/models.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Every SQL model, imported so Alembic and the tests see the whole schema.

A new domain adds one import line here.
"""

from app.db.base import Base
{%- if c.__auth %}
from app.domains.auth.models import {% if c.__session %}User, UserSession{% else %}RefreshToken, User{% endif %}
{%- endif %}
from app.domains.items.models import Item

__all__ = ["Base", "Item"{% if c.__tokens %}, "RefreshToken"{% endif %}{% if c.__auth %}, "User"{% endif %}{% if c.__session %}, "UserSession"{% endif %}]
