{#- Generated from cookiecutters/_shared/project/app/asgi.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The app servers run: `fastapi dev`, `fastapi run` ([tool.fastapi] in pyproject.toml
names it) or `uvicorn app.asgi:app`.

It is built from the environment and .env when this module is imported; tests build
their own with `create_app(settings)` and never import it.
"""

from app.main import create_app

app = create_app()
