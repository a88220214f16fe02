"""The built frontend served by the app, and CORS for other origins."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.core.config import Settings
from app.openapi_document import main as write_openapi_document
from tests.conftest import ClientFactory

PAGE = "<!doctype html><title>shop</title><div id=root></div>"
BROWSER = {"Accept": "text/html,application/xhtml+xml"}


def built(tmp_path: Path) -> Path:
    """What `npm run build` writes: index.html and hashed assets."""
    (tmp_path / "assets").mkdir(parents=True)
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)")
    (tmp_path.parent / "secret.txt").write_text("not served")
    return tmp_path


async def test_the_built_pages_are_served_after_the_api(
    make_client: ClientFactory, settings: Settings, tmp_path: Path
) -> None:
    dist = built(tmp_path / "dist")
    serving = settings.model_copy(update={"frontend_dist": str(dist)})

    async with make_client(serving) as client:
        home = await client.get("/", headers=BROWSER)
        asset = await client.get("/assets/index-abc123.js")
        # An address of the frontend's router: the page, which then shows it.
        deep = await client.get("/items/42", headers=BROWSER)
        api = await client.get("/api/v1/items")
        health = await client.get("/health")

    assert (home.status_code, home.text) == (200, PAGE)
    assert (asset.status_code, asset.text) == (200, "console.log(1)")
    # Built assets are named after their content; the page that names them is not.
    assert asset.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert home.headers["Cache-Control"] == deep.headers["Cache-Control"] == "no-store"
    assert asset.headers["X-Content-Type-Options"] == "nosniff"
    assert (deep.status_code, deep.text) == (200, PAGE)
    assert api.json()["items"] == []
    assert health.json()["status"] == "ok"


async def test_what_is_not_a_page_stays_a_json_404(
    make_client: ClientFactory, settings: Settings, tmp_path: Path
) -> None:
    dist = built(tmp_path / "dist")
    serving = settings.model_copy(update={"frontend_dist": str(dist)})

    async with make_client(serving) as client:
        unknown_api = await client.get("/api/v1/no-such-thing")
        missing_asset = await client.get("/assets/gone.js")
        outside = await client.get("/../secret.txt", headers=BROWSER)
        encoded = await client.get("/%2e%2e/secret.txt", headers=BROWSER)
        posted = await client.post("/items/42", headers=BROWSER)

    for response in (unknown_api, missing_asset):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
        assert response.headers["Cache-Control"] == "no-store"  # may exist later
    assert "not served" not in outside.text + encoded.text
    assert posted.status_code in (404, 405)


async def test_without_a_build_only_the_api_is_served(
    make_client: ClientFactory, settings: Settings, tmp_path: Path
) -> None:
    unbuilt = settings.model_copy(update={"frontend_dist": str(tmp_path / "dist")})

    async with make_client(unbuilt) as client:
        response = await client.get("/", headers=BROWSER)

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_cors_lets_only_the_listed_origins_call_the_api(
    make_client: ClientFactory, settings: Settings
) -> None:
    allowed = "http://localhost:5173"
    cors = settings.model_copy(update={"cors_origins": [allowed]})
    preflight = {"Access-Control-Request-Method": "POST"}

    async with make_client(cors) as client:
        listed = await client.options(
            "/api/v1/items", headers={"Origin": allowed, **preflight}
        )
        other = await client.options(
            "/api/v1/items", headers={"Origin": "https://evil.example", **preflight}
        )

    assert listed.headers["Access-Control-Allow-Origin"] == allowed
    assert listed.headers["Access-Control-Allow-Credentials"] == "true"
    assert "Access-Control-Allow-Origin" not in other.headers


def test_every_origin_is_refused_as_a_cors_origin(settings: Settings) -> None:
    values = {**settings.model_dump(), "cors_origins": ["http://localhost:5173", "*"]}

    with pytest.raises(ValidationError, match="CORS_ORIGINS cannot hold"):
        Settings(_env_file=None, **values)


def test_the_openapi_document_is_written_without_a_server(tmp_path: Path) -> None:
    path = tmp_path / "openapi.json"

    write_openapi_document(str(path))

    document = json.loads(path.read_text())
    assert "/api/v1/items" in document["paths"]
