{#- Generated from cookiecutters/_shared/choices/deploy/k8s/project/tests/test_backup.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The backup job's script, for real: the test database, with rows of every kind,
dumped and encrypted as the CronJob does it, restored into a database of its own, and
every table's rows found again. A backup that was never restored is not a backup.

It needs the tools of the backup image (deploy/backup/Dockerfile): the database's
client (pg_dump and psql, or mariadb-dump and mariadb), gzip and age.
"""

import asyncio
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.db.session import create_engine
from tests.database import drop_every_table
from tests.database_url import create_database

SCRIPT = Path(__file__).resolve().parent.parent / "deploy" / "backup" / "backup.py"
TOOLS: dict[str, list[tuple[str, ...]]] = {
    "postgresql": [("pg_dump",), ("psql",)],
    "mysql": [("mariadb-dump", "mysqldump"), ("mariadb", "mysql")],
}
ROWS: list[dict[str, Any]] = [
    {
        "id": 1,
        "name": 'O\'Brien "quoted"; DROP TABLE x; --',
        "body": "line one\nline two\ttabbed \\ backslash, ünïcødé ✓",
        "price": Decimal("12345678.90"),
        "active": True,
        "at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    },
    {
        "id": 2,
        "name": "",
        "body": None,
        "price": None,
        "active": False,
        "at": None,
    },
]
checks = MetaData()
backup_check = Table(
    "backup_check",
    checks,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("body", Text),
    Column("price", Numeric(12, 2)),
    Column("active", Boolean, nullable=False),
    Column("at", DateTime(timezone=True)),
)


def missing_tools(url: str) -> list[str]:
    dialect = make_url(url).get_backend_name()
    wanted = [*TOOLS[dialect], ("gzip",), ("age",), ("age-keygen",)]
    return [names[0] for names in wanted if not any(shutil.which(n) for n in names)]


def run(*command: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


async def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, in a stable order."""
    engine = create_engine(url)
    async with engine.connect() as connection:
        tables = MetaData()
        await connection.run_sync(tables.reflect)
        found = {}
        for name, table in tables.tables.items():
            rows = (await connection.execute(select(table))).all()
            found[name] = sorted((tuple(row) for row in rows), key=repr)
    await engine.dispose()
    return found


async def fill_and_clear(source: str, target: str) -> None:
    """Rows of every kind in the test database; the restore's database empty."""
    engine = create_engine(source)
    async with engine.begin() as connection:
        await connection.run_sync(checks.create_all)
        await connection.execute(backup_check.insert(), ROWS)
    await engine.dispose()
    await create_database(target)
    engine = create_engine(target)
    async with engine.begin() as connection:
        await connection.run_sync(drop_every_table)  # an earlier run's
    await engine.dispose()


async def drop_checks(source: str) -> None:
    engine = create_engine(source)
    async with engine.begin() as connection:
        await connection.run_sync(checks.drop_all)
    await engine.dispose()


def test_a_backup_restores_every_row(settings: Settings, tmp_path: Path) -> None:
    source = settings.database_url
    if missing := missing_tools(source):
        pytest.skip(f"not installed: {', '.join(missing)} (the backup image has them)")
    url = make_url(source)
    url = url.set(database=f"{(url.database or '')[:55]}_restore")
    target = url.render_as_string(hide_password=False)
    key = tmp_path / "backup-key.txt"
    run("age-keygen", "-o", str(key))
    recipient = run("age-keygen", "-y", str(key)).strip()
    env = {"PATH": os.environ["PATH"]}
    expired, kept = tmp_path / "old-1.sql.gz.age", tmp_path / "old-2.sql.gz.age"
    for path, days in ((expired, 15), (kept, 13)):  # BACKUP_KEEP_DAYS is 14
        path.write_bytes(b"")
        os.utime(path, (time.time() - days * 86400,) * 2)
    asyncio.run(fill_and_clear(source, target))
    try:
        backup = run(
            sys.executable, str(SCRIPT), "dump", str(tmp_path),
            env={**env, "DATABASE_URL": source, "BACKUP_RECIPIENT": recipient},
        ).strip()  # fmt: skip
        assert b"O'Brien" not in Path(backup).read_bytes()  # encrypted
        assert not expired.exists() and kept.exists()
        run(
            sys.executable, str(SCRIPT), "restore", backup,
            env={**env, "DATABASE_URL": target, "BACKUP_IDENTITY": str(key)},
        )  # fmt: skip

        before, after = asyncio.run(every_row(source)), asyncio.run(every_row(target))
    finally:
        asyncio.run(drop_checks(source))

    assert after == before
    # What a dump could mangle came back as it was written (times and booleans come
    # back in each server's own types, the same before and after).
    texts = {(row[1], row[2]) for row in after["backup_check"]}
    assert texts == {(row["name"], row["body"]) for row in ROWS}


def test_the_backup_image_passes_hadolint() -> None:
    hadolint = Path(sys.executable).parent / "hadolint"
    dockerfile = SCRIPT.parent / "Dockerfile"
    done = subprocess.run(
        [str(hadolint), "--failure-threshold", "info", str(dockerfile)],
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_a_retention_that_would_delete_every_backup_is_refused(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/nothing",
        "BACKUP_RECIPIENT": "age1unused",
        "BACKUP_KEEP_DAYS": "0",
    }
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "dump", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
    )

    assert done.returncode != 0
    assert "BACKUP_KEEP_DAYS: '0'" in done.stderr
    assert list(tmp_path.iterdir()) == []
