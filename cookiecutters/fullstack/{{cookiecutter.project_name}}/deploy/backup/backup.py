{#- Generated from cookiecutters/_shared/choices/deploy/k8s/project/deploy/backup/backup.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Back up the database DATABASE_URL names, or restore a backup into it: the script of
the backup CronJob (deploy/k8s/base/backup.yaml), in deploy/backup/Dockerfile's image.

    python backup.py dump FOLDER   writes FOLDER/<database>-<UTC time>.sql.gz.age, then
                                   deletes the backups there older than BACKUP_KEEP_DAYS
    python backup.py restore FILE  into DATABASE_URL's database, which must be empty,
                                   with the age private key in the file BACKUP_IDENTITY

A backup is pg_dump's (PostgreSQL) or mariadb-dump's (MySQL, MariaDB) SQL, compressed,
and encrypted to the age public key BACKUP_RECIPIENT: the volume or bucket that keeps
it never sees the data. The tools get the password their own way (PGPASSWORD, an
option file), never on a command line that other processes can read.
"""

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO
from urllib.parse import unquote, urlsplit

SUFFIX = ".sql.gz.age"
DIALECTS = {"postgresql": "postgresql", "postgres": "postgresql", "mysql": "mysql"}
PORTS = {"postgresql": 5432, "mysql": 3306}
# Each dialect's tools (the first one found), as (dump, client).
TOOLS = {
    "postgresql": (["pg_dump"], ["psql"]),
    "mysql": (["mariadb-dump", "mysqldump"], ["mariadb", "mysql"]),
}
DUMP_OPTIONS = {
    "postgresql": ["--no-owner", "--no-privileges"],
    "mysql": ["--single-transaction", "--routines", "--triggers", "--no-tablespaces"],
}
RESTORE_OPTIONS = {
    "postgresql": [
        "--quiet",
        "--no-psqlrc",
        "--single-transaction",
        "--set=ON_ERROR_STOP=1",
    ],
    "mysql": [],
}
COUNT_TABLES = {
    "postgresql": "SELECT count(*) FROM information_schema.tables"
    " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    "mysql": "SELECT count(*) FROM information_schema.tables"
    " WHERE table_schema = DATABASE()",
}
QUERY_OPTIONS = {"postgresql": ["--no-psqlrc", "-tAc"], "mysql": ["-N", "-B", "-e"]}


@dataclass(frozen=True)
class Database:
    dialect: str
    host: str
    port: int
    user: str
    password: str
    name: str


def parse(url: str) -> Database:
    """The database of a URL as the app takes it (`postgresql+asyncpg://...` too)."""
    parts = urlsplit(url)
    dialect = DIALECTS.get(parts.scheme.partition("+")[0])
    if dialect is None:
        raise SystemExit(f"DATABASE_URL: {parts.scheme!r} is not PostgreSQL or MySQL")
    return Database(
        dialect=dialect,
        host=parts.hostname or "localhost",
        port=parts.port or PORTS[dialect],
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        name=unquote(parts.path.lstrip("/")),
    )


def tool(names: list[str]) -> str:
    found = next((path for name in names if (path := shutil.which(name))), None)
    if found is None:
        raise SystemExit(f"{' or '.join(names)} is not installed")
    return found


@contextmanager
def connected(
    database: Database, names: list[str]
) -> Iterator[tuple[list[str], dict[str, str]]]:
    """A tool's command line and environment that reach the database."""
    env = dict(os.environ)
    if database.dialect == "postgresql":
        env.update(
            PGHOST=database.host, PGPORT=str(database.port), PGDATABASE=database.name
        )
        env.update({"PGUSER": database.user} if database.user else {})
        env.update({"PGPASSWORD": database.password} if database.password else {})
        yield [tool(names)], env
        return
    # An option file readable by this user only, gone when the tool is done.
    with tempfile.NamedTemporaryFile("w", suffix=".cnf") as options:
        quoted = database.password.replace("\\", "\\\\").replace('"', '\\"')
        options.write(
            f"[client]\nhost={database.host}\nport={database.port}\nuser={database.user}\n"
            f'password="{quoted}"\n'
        )
        options.flush()
        yield [tool(names), f"--defaults-extra-file={options.name}"], env


def pipeline(
    commands: list[tuple[list[str], dict[str, str] | None]],
    source: IO[bytes] | None,
    sink: IO[bytes],
) -> None:
    """Run the commands, each one's output into the next; fail naming any failed."""
    processes: list[subprocess.Popen[bytes]] = []
    for index, (command, env) in enumerate(commands):
        stdin = processes[-1].stdout if processes else source
        last = index == len(commands) - 1
        processes.append(
            subprocess.Popen(
                command, stdin=stdin, stdout=sink if last else subprocess.PIPE, env=env
            )
        )
        if stdin is not None and stdin is not source:
            # The next process holds it now: it sees the end when its writer exits.
            stdin.close()
    failed = [
        Path(command[0]).name
        for (command, _), p in zip(commands, processes, strict=True)
        if p.wait()
    ]
    if failed:
        raise SystemExit(f"{', '.join(failed)} failed (see above)")


def dump(database: Database, folder: Path, recipient: str, keep_days: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database.name}-{stamp}{SUFFIX}"
    partial = target.with_name(
        f".{target.name}.partial"
    )  # never a half backup by the name
    dumper, _ = TOOLS[database.dialect]
    try:
        with connected(database, dumper) as (command, env), partial.open("wb") as out:
            name = [] if database.dialect == "postgresql" else [database.name]
            pipeline(
                [
                    ([*command, *DUMP_OPTIONS[database.dialect], *name], env),
                    (["gzip", "-c"], None),
                    (["age", "--encrypt", "--recipient", recipient], None),
                ],
                None,
                out,
            )
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.rename(target)
    oldest = time.time() - keep_days * 86400
    for old in folder.glob(f"*{SUFFIX}"):
        if old.stat().st_mtime < oldest:
            old.unlink()
    return target


def table_count(database: Database) -> int:
    _, client = TOOLS[database.dialect]
    with connected(database, client) as (command, env):
        name = [] if database.dialect == "postgresql" else [database.name]
        query = [*QUERY_OPTIONS[database.dialect], COUNT_TABLES[database.dialect]]
        done = subprocess.run(
            [*command, *query, *name],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"cannot read {database.name}: {done.stderr.strip()}")
    return int(done.stdout.strip())


def restore(database: Database, backup: Path, identity: Path) -> None:
    if table_count(database):
        raise SystemExit(f"{database.name} has tables: restore into an empty database")
    _, client = TOOLS[database.dialect]
    with (
        connected(database, client) as (command, env),
        backup.open("rb") as source,
        open(os.devnull, "wb") as output,
    ):
        name = [] if database.dialect == "postgresql" else [database.name]
        pipeline(
            [
                (["age", "--decrypt", "--identity", str(identity)], None),
                (["gzip", "-dc"], None),
                ([*command, *RESTORE_OPTIONS[database.dialect], *name], env),
            ],
            source,
            output,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("dump").add_argument("folder", type=Path)
    steps.add_parser("restore").add_argument("backup", type=Path)
    arguments = parser.parse_args()
    database = parse(os.environ["DATABASE_URL"])
    if arguments.step == "dump":
        keep_days = os.environ.get("BACKUP_KEEP_DAYS", "14")
        if not keep_days.isdigit() or int(keep_days) < 1:  # 0: this backup too
            raise SystemExit(f"BACKUP_KEEP_DAYS: {keep_days!r} is not 1 day or more")
        recipient = os.environ["BACKUP_RECIPIENT"]
        print(dump(database, arguments.folder, recipient, int(keep_days)))
    else:
        restore(database, arguments.backup, Path(os.environ["BACKUP_IDENTITY"]))


if __name__ == "__main__":
    main()
