"""fastkit's repository copied, with a value added the way a contributor adds one:
from test-only files (tests/extensions/), each listed, which are the whole change.
The extension tests render and check projects from such a copy."""

import shutil
from pathlib import Path

from support import REPO
from sync_script import offer, repo_copy, sync

EXTENSIONS = REPO / "tests" / "extensions"
SHARED = Path("cookiecutters/_shared")


def with_psycopg(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A copy where rest-api offers db=psycopg: PostgreSQL through psycopg 3 (the local
    PostgreSQL serves it). Returns the copy's rest-api template and the files changed."""
    root = repo_copy(tmp_path)
    choice = SHARED / "choices/db/psycopg/choice.yaml"
    (root / choice).parent.mkdir(parents=True)
    shutil.copy(EXTENSIONS / "psycopg/choice.yaml", root / choice)
    # The tests reach the same server as postgres's do: its test-database helpers.
    variant = SHARED / "project/tests/database_url.psycopg.py"
    shutil.copy(root / SHARED / "project/tests/database_url.postgres.py", root / variant)
    declaration = offer(root, "rest-api", "db", "psycopg")
    sync.sync(root)
    return root / "cookiecutters/rest-api", [choice, variant, declaration]
