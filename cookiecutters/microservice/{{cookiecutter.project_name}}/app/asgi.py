{#- Generated from cookiecutters/_shared/project/app/asgi.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The app servers run: `fastapi dev`, `fastapi run` ([tool.fastapi] in pyproject.toml
names it) or `uvicorn app.asgi:app`.

It is built from the environment and .env when this module is imported; tests build
their own with `create_app(settings)` and never import it.

What the import built (the app, its routes and models, the libraries' modules) lives
as long as the server: it is moved out of the garbage collector's reach, whose passes
otherwise walked all of it again and again under load (about 8% of a read's CPU).
"""

import gc

from app.main import create_app

app = create_app()
gc.collect()  # the import's own garbage goes first: frozen, it would stay
gc.freeze()
