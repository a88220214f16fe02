"""create-domain against hostile input: names the generated code already uses, what
a database cannot hold, files that are not what they seem, concurrent runs, a full
disk, and a project whose record or files were edited by hand. Each is refused
with one line (exit 2, nothing written), or accepted with a project that still
passes its own checks (tests/generated/test_hostile_names.py proves that part)."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from hostile_names import hostile_names

from fastkit.app import cli
from fastkit.domains.fields import parse_field
from fastkit.domains.project import find_project
from fastkit.generators.project_generator import generate_project
from fastkit.shared.locking import file_lock
from support import options, tree


def create_domain(project: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["create-domain", *args, "--project", str(project)])


def assert_refused(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert message in lines[0], lines[0]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Owned records, cached reads: the template's most code in one project."""
    return generate_project(
        options("rest-api", "shop", auth="jwt", db="sqlite", cache="memory"),
        tmp_path_factory.mktemp("p"),
    )


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_project(
        options("rest-api", "docs", auth="none", db="mongodb", architecture="layered"),
        tmp_path_factory.mktemp("p"),
    )


@pytest.mark.parametrize("which", ["shop", "docs"])
def test_every_hostile_name_is_refused_in_one_line_or_accepted(
    request: pytest.FixtureRequest, which: str
) -> None:
    project: Path = request.getfixturevalue(which)
    unclear = []
    for name in hostile_names(find_project(project)):
        for args in (["widget", "--field", f"{name}:str"], [name]):
            result = create_domain(project, *args, "--dry-run")
            one_line = result.output.count("\n") == 1 and result.output.startswith("Error: ")
            if not (result.exit_code == 0 or (result.exit_code == 2 and one_line)):
                unclear.append((args, result.exit_code, result.output[-200:]))

    assert unclear == []


@pytest.mark.parametrize(
    ("args", "clash"),
    [
        (["order", "--field", "sa:str"], "'sa'"),
        (["order", "--field", "mapped_column:str"], "'mapped_column'"),
        (["order", "--field", "field_validator:str"], "'field_validator'"),
        (["order", "--field", "classmethod:str"], "'classmethod'"),
        (["order", "--field", "str:str"], "'str'"),
        (["order", "--field", "int:int"], "'int'"),
        (["order", "--field", "dt:date"], "'dt'"),
        (["order", "--field", "bool:str", "--field", "paid:bool"], "'bool'"),
        (["service"], "'service'"),
        (["value"], "'value'"),
        (["param"], "'params'"),
        (["cache"], "'Cache'"),
    ],
)
def test_a_name_the_generated_code_uses_is_refused_saying_where(
    shop: Path, args: list[str], clash: str
) -> None:
    result = create_domain(shop, *args, "--dry-run")

    assert_refused(result, f"would make the name {clash}, which the generated code already")


@pytest.mark.parametrize(
    "fields", [["date:date", "type:str"], ["datetime:datetime", "time:str"], ["format:str"]]
)
def test_common_words_that_are_type_names_are_fields_all_the_same(
    shop: Path, fields: list[str]
) -> None:
    args = [arg for spec in fields for arg in ("--field", spec)]

    assert create_domain(shop, "order", *args, "--dry-run").exit_code == 0


def test_a_route_another_router_serves_is_no_domain_url(tmp_path: Path) -> None:
    ml = generate_project(options("ai-backend", "ml", auth="none", db="sqlite"), tmp_path)

    for name in ("model", "job"):
        assert_refused(create_domain(ml, name, "--dry-run"), f"/api/v1/{name}s")


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("meta:json:indexed", "a json field cannot be indexed"),
        ("note:text:indexed", "a text field cannot be indexed"),
        ("status:enum(open|OPEN)", "differ in more than case"),
    ],
)
def test_what_a_database_cannot_hold_is_refused(shop: Path, spec: str, says: str) -> None:
    assert_refused(create_domain(shop, "order", "--field", spec, "--dry-run"), says)


def test_a_row_mysql_cannot_hold_is_refused(shop: Path) -> None:
    many = [arg for n in range(200) for arg in ("--field", f"f{n}:str")]

    assert_refused(create_domain(shop, "order", *many, "--dry-run"), "MySQL and MariaDB hold")


def test_short_strings_get_samples_that_fit() -> None:
    for length in range(1, 6):
        first, second = parse_field(f"code:str({length})").samples

        assert len(first) <= length and len(second) <= length and first != second


def ruff(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return subprocess.run(
        [os.fsdecode(find_ruff_bin()), *args, "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
    )


def test_long_domain_names_leave_the_registry_and_models_formatted(tmp_path: Path) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    for name in ("customer_subscription_plan_item", "a" * 40):
        assert create_domain(project, name).exit_code == 0

    files = ["app/api/registry.py", "app/db/models.py"]
    checked = ruff(project, "check", *files)
    formatted = ruff(project, "format", "--check", *files)

    assert checked.returncode == 0, checked.stdout
    assert formatted.returncode == 0, formatted.stdout


@pytest.mark.parametrize("length", [*range(55, 95), 299])
def test_a_description_of_any_length_leaves_the_settings_formatted(
    tmp_path: Path, length: int
) -> None:
    description = ("A service that " + "does things " * 30)[:length]
    project = generate_project(
        options("rest-api", "svc", auth="none", db="none", description=description), tmp_path
    )

    result = ruff(project, "format", "--check", "app/core/config.py")

    assert result.returncode == 0, result.stdout


def test_a_revision_alembic_wrote_in_its_own_style_is_read(tmp_path: Path) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    (project / "migrations/versions/abc123_mine.py").write_text(
        "revision: str = 'abc123'\n"
        "down_revision: Union[str, Sequence[str], None] = '0001'\n"
        "branch_labels = None\n",
        encoding="utf-8",
    )

    result = create_domain(project, "product")

    assert result.exit_code == 0, result.output
    migration = (project / "migrations/versions").glob("*_products.py")
    assert 'down_revision: str | None = "abc123"' in next(migration).read_text()


@pytest.mark.parametrize("where", ["spec", "record"])
def test_a_yaml_key_that_is_a_list_is_one_line(tmp_path: Path, where: str) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    spec = tmp_path / "spec.yaml"
    spec.write_text("? [a]\n: b\n", encoding="utf-8")
    if where == "record":
        answers = project / ".fastkit.yaml"
        answers.write_text(answers.read_text() + "? [a]\n: b\n", encoding="utf-8")
    before = tree(project)

    args = ["--spec", str(spec)] if where == "spec" else ["product"]
    result = create_domain(project, *args)

    assert_refused(result, "a key must be text, not a list or a mapping")
    assert tree(project) == before


def test_a_spec_that_is_not_a_regular_file_is_refused_unread(tmp_path: Path, shop: Path) -> None:
    fifo = tmp_path / "spec.fifo"
    os.mkfifo(fifo)

    for path in ("/dev/zero", str(fifo)):
        assert_refused(create_domain(shop, "--spec", path), "is not a regular file")


def test_a_full_disk_in_the_middle_of_a_file_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    before = tree(project)
    real_open = Path.open

    def full_disk(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        stream = real_open(path, mode, *args, **kwargs)
        if path.name == ".registry.py.fastkit-tmp":
            stream.write("from app")  # half a file, then the disk is full
            stream.close()
            raise OSError(28, "No space left on device")
        return stream

    monkeypatch.setattr(Path, "open", full_disk)
    result = create_domain(project, "product")

    assert result.exit_code == 1
    assert "nothing was changed" in result.output
    assert tree(project) == before  # no .registry.py.fastkit-tmp either


def test_a_second_run_on_a_project_in_use_is_refused(shop: Path) -> None:
    before = tree(shop)

    with file_lock(shop / ".fastkit.yaml", shop):
        result = create_domain(shop, "product")

    assert_refused(result, "another fastkit run is writing")
    assert tree(shop) == before


def test_runs_at_once_leave_one_consistent_project(tmp_path: Path) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    fastkit = [sys.executable, "-m", "fastkit", "create-domain"]
    runs = [
        subprocess.Popen([*fastkit, name, "--project", str(project)], stderr=subprocess.PIPE)
        for name in ("alpha", "beta", "gamma")
    ]
    codes = [run.wait(timeout=120) for run in runs]

    record = yaml.safe_load((project / ".fastkit.yaml").read_text())["domains"]
    added = {n for n, code in zip(("alpha", "beta", "gamma"), codes, strict=True) if code == 0}
    registry = (project / "app/api/registry.py").read_text()
    assert set(codes) <= {0, 2} and added
    assert set(record) - {"item"} == added
    assert all(f"include_router({name}_router)" in registry for name in added)
    migrations = sorted(p.name[:4] for p in (project / "migrations/versions").glob("*.py"))
    assert migrations == [f"{n:04d}" for n in range(len(migrations))]  # one line of history


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("  cache: 5", "--cache '5' is not one of"),
        ("  cache: redis", "they need app/core/cache.py, which it lacks"),
        ("  architecture: hexagonal", "--architecture 'hexagonal' is not one of"),
        ("  architecture: layered", "but the project has no app/api/routes/"),
    ],
)
def test_a_record_edited_beyond_what_fastkit_gives_is_refused(
    tmp_path: Path, line: str, says: str
) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    answers = project / ".fastkit.yaml"
    key = line.split(":")[0]
    answers.write_text(
        "\n".join(
            line if row.startswith(key + ":") else row for row in answers.read_text().split("\n")
        ),
        encoding="utf-8",
    )
    before = tree(project)

    assert_refused(create_domain(project, "product"), says)
    assert tree(project) == before


def test_nothing_else_of_the_users_is_rewritten(tmp_path: Path) -> None:
    """Comments in .fastkit.yaml stay, and so do a file's CRLF line endings."""
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    answers = project / ".fastkit.yaml"
    answers.write_text("# why these answers\n" + answers.read_text(), encoding="utf-8")
    registry = project / "app/api/registry.py"
    registry.write_bytes(registry.read_bytes().replace(b"\n", b"\r\n"))

    assert create_domain(project, "product").exit_code == 0

    assert answers.read_text().startswith("# why these answers\n")
    assert "product" in yaml.safe_load(answers.read_text())["domains"]
    text = registry.read_bytes()
    assert b"product_router" in text and text.count(b"\n") == text.count(b"\r\n")


def test_list_domains_names_each_stored_class(shop: Path) -> None:
    result = CliRunner().invoke(cli, ["list-domains", "--project", str(shop)])

    assert "fields (User): email: str" in result.output
    assert "fields (RefreshToken): jti: str" in result.output
