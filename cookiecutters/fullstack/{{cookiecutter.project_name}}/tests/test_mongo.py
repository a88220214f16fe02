{#- Generated from cookiecutters/_shared/project/tests/test_mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Starting with no MongoDB server fails in seconds, with a message naming MONGODB_URL."""

import pytest

from app.core.config import Settings
from app.main import create_app

UNREACHABLE = "mongodb://app:s3cret@127.0.0.1:9/"
# The password never appears in the message.
MESSAGE = r"MONGODB_URL=mongodb://app:\*\*\*@127\.0\.0\.1:9/"


async def test_no_server_fails_fast_naming_mongodb_url(settings: Settings) -> None:
    update = {"mongodb_url": UNREACHABLE, "mongodb_timeout_ms": 300}
    app = create_app(settings.model_copy(update=update))

    with pytest.raises(RuntimeError, match=MESSAGE):
        async with app.router.lifespan_context(app):
            pass
