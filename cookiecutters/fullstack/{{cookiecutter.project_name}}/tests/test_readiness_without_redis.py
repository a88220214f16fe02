{#- Generated from cookiecutters/_shared/project/tests/test_readiness_without_redis.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""With Redis down the app stays alive (no restart would help) but is not ready."""

from app.core.config import Settings
from tests.conftest import ClientFactory


async def test_with_redis_down_the_app_is_alive_but_not_ready(
    make_client: ClientFactory, settings: Settings
) -> None:
    unreachable = settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    async with make_client(unreachable) as client:
        live = await client.get("/health")
        ready = await client.get("/health/ready")

    assert live.status_code == 200
    assert ready.status_code == 503
    assert ready.json()["checks"]["cache"] == "unavailable"
