{#- Generated from cookiecutters/_shared/project/app/db/models.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every SQL model, imported so Alembic and the tests see the whole schema.

Each model is imported under its own name again (`Item as Item`): a re-export,
which linters know is not an unused import. A new domain adds its line here.
"""

{% filter sort_imports -%}
from app.db.base import Base as Base
from app.domains.item.models import Item as Item
{{- fragments("sql-models", optional=True) }}
{% endfilter -%}
