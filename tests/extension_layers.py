"""A type built with a layer from outside fastkit's cookiecutters, the way a
contributor or a plugin adds a value: the layer's files (tests/extensions/) are the
whole change, and the repository is not touched. The extension tests render and
check projects from such a build."""

from pathlib import Path

from fastkit.layers.build import build
from support import REPO

EXTENSIONS = REPO / "tests" / "extensions"


def with_layer(name: str, tmp_path: Path) -> tuple[Path, list[Path]]:
    """rest-api with the layer tests/extensions/<name> on top. Returns the built
    template and the layer's files.
    - psycopg offers db=psycopg: PostgreSQL through psycopg 3 (the local PostgreSQL
      serves it);
    - api_key offers auth=api-key: password accounts that sign in with API keys."""
    layer = EXTENSIONS / name
    files = sorted(p.relative_to(REPO) for p in layer.rglob("*") if p.is_file())
    return rest_api_with(layer, tmp_path), files


def rest_api_with(layer: Path, tmp_path: Path) -> Path:
    """rest-api with the layer folder on top: the built template."""
    return build(REPO / "cookiecutters" / "rest-api", tmp_path / "rest-api", [layer])
