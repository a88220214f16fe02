"""create-project --template: a user's own layer on one of fastkit's types, built
into a cache, recorded in the project, replayed by --config, used by create-domain;
and what is refused, in one line with nothing written."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli
from support import REPO

PSYCOPG = REPO / "tests" / "extensions" / "psycopg"  # offers db=psycopg


@pytest.fixture
def ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A custom template: the psycopg layer, saying it extends rest-api; this test's
    own settings and cache."""
    folder = tmp_path / "ours"
    shutil.copytree(PSYCOPG, folder)
    with (folder / "layer.yaml").open("a", encoding="utf-8") as layer:
        layer.write("extends: rest-api\n")
    monkeypatch.setenv("FASTKIT_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.setenv("FASTKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return folder


def fastkit(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def recorded(project: str) -> dict[str, object]:
    document: dict[str, object] = yaml.safe_load((Path(project) / ".fastkit.yaml").read_text())
    return document


def test_a_custom_template_renders_records_and_replays(ours: Path) -> None:
    helped = fastkit("create-project", "--template", str(ours), "--help")
    assert "sqlite|postgres|mysql|mongodb|none|psycopg" in helped.output

    made = fastkit(
        "create-project", "shop", "--template", str(ours), "--db", "psycopg", "--no-input"
    )

    assert made.exit_code == 0, made.output
    document = recorded("shop")
    assert document["template"] == "rest-api" and document["template_source"] == str(ours)
    assert '"psycopg[binary]' in Path("shop/pyproject.toml").read_text()
    replayed = fastkit("create-project", "again", "--config", "shop/.fastkit.yaml", "--no-input")
    assert replayed.exit_code == 0, replayed.output
    assert recorded("again")["answers"] == {**document["answers"], "project_name": "again"}  # type: ignore[dict-item]
    # create-domain checks the project's answers against the template it came from.
    domain = CliRunner().invoke(
        cli, ["create-domain", "book", "--field", "title:str", "--project", "shop"]
    )
    assert domain.exit_code == 0, domain.output


def test_the_build_is_cached_by_content(ours: Path, tmp_path: Path) -> None:
    assert fastkit("create-project", "a", "--template", str(ours), "--no-input").exit_code == 0
    assert fastkit("create-project", "b", "--template", str(ours), "--no-input").exit_code == 0
    assert len(list((tmp_path / "cache" / "templates").iterdir())) == 1

    (ours / "choices" / "db" / "psycopg" / "choice.yaml").write_text(
        (ours / "choices/db/psycopg/choice.yaml").read_text().replace("psycopg 3", "psycopg three")
    )
    assert fastkit("create-project", "c", "--template", str(ours), "--no-input").exit_code == 0
    assert len(list((tmp_path / "cache" / "templates").iterdir())) == 2


def test_a_name_in_the_settings_and_the_default_template(ours: Path) -> None:
    assert fastkit("config", "set", "templates.ours", str(ours)).exit_code == 0
    listed = fastkit("templates", "list").output
    assert f"ours             {ours} (extends rest-api; your settings)" in listed
    assert "--db             sqlite, postgres, mysql, mongodb, none, psycopg" in (
        fastkit("templates", "show", "ours").output
    )
    assert fastkit("config", "set", "template", "ours").exit_code == 0

    assert fastkit("create-project", "by-default", "--db", "psycopg", "--no-input").exit_code == 0
    assert recorded("by-default")["template_source"] == str(ours)
    # --type chooses a built-in type: the settings' template is a default, not a rule.
    assert fastkit("create-project", "svc", "--type", "microservice", "--no-input").exit_code == 0
    assert "template_source" not in recorded("svc")


@pytest.mark.parametrize(
    ("change", "args", "says"),
    [
        ("rm layer", [], "is not a custom template: a folder with a layer.yaml"),
        ("offer: {db: [psycopg]}\n", [], "must say what it extends: extends: one of"),
        (
            "offer: {db: [psycopg]}\nextends: gh:org/templates\n",
            [],
            "extends gh:org/templates: a type of",
        ),
        ("extends: ../nowhere\n", [], "nowhere is not a custom template"),
        ("extends: .\n", [], "custom templates extend each other in a cycle"),
        ("offer: {db: [postgres]}\nextends: rest-api\n", [], "offer: db offers 'postgres' already"),
        ("offer: {db: [psycopg]\n", [], "layer.yaml: not YAML (line 2)"),
        ("colour: red\nextends: rest-api\n", [], "unknown key 'colour'"),
        ("extends: rest-api\nquestions: {db: {values: null}}\n", [], "db is a question of choices"),
        ("extends: rest-api\nquestions: {team: {values: []}}\n", [], "values must be distinct"),
        ("extends: rest-api\nquestions: [team]\n", [], "questions must be a mapping"),
        ("extends: rest-api\nrules: [{if: {db: [x]}}]\n", [], "rules is a mapping with if and"),
        ("extends: rest-api\nquestions: {db: null}\n", [], "its layers could not be built"),
        (
            "extends: rest-api\n"
            "rules: [{if: {auth: [jwt]}, then: {db: [postgres]}, because: ours}]\n",
            [],
            "its defaults break one of its rules",
        ),
        (None, ["--type", "microservice"], "--type microservice and --template"),
        (None, ["--db", "oracle"], "--db 'oracle' is not one of: sqlite, postgres"),
    ],
)
def test_a_broken_custom_template_is_refused_with_nothing_written(
    ours: Path, change: str | None, args: list[str], says: str
) -> None:
    if change == "rm layer":
        (ours / "layer.yaml").unlink()
    elif change is not None:
        (ours / "layer.yaml").write_text(change)

    result = fastkit("create-project", "x", "--template", str(ours), "--no-input", *args)

    assert result.exit_code == 2
    assert says in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert not Path("x").exists()


def test_a_setting_naming_no_custom_template_is_refused(ours: Path, tmp_path: Path) -> None:
    result = fastkit("config", "set", "templates.mine", str(tmp_path))

    assert result.exit_code == 2
    assert "templates.mine" in result.output and "a folder with a layer.yaml" in result.output
    assert not (tmp_path / "config.yaml").exists()


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture
def repository(ours: Path, tmp_path: Path) -> str:
    """The custom template as a git repository, one commit; its git+file:// source."""
    git("init", "--quiet", cwd=ours)
    git("add", "--all", cwd=ours)
    git("commit", "--quiet", "-m", "one", cwd=ours)
    return f"git+file://{ours}"


def test_a_git_template_is_used_only_once_trusted(repository: str, ours: Path) -> None:
    refused = fastkit("create-project", "x", "--template", repository, "--no-input")
    assert refused.exit_code == 2 and not Path("x").exists()
    assert f"is not trusted: read it, then run `fastkit trust {repository}`" in refused.output

    once = fastkit("create-project", "once", "--template", repository, "--trust", "--no-input")
    assert once.exit_code == 0, once.output
    assert fastkit("create-project", "x", "--template", repository, "--no-input").exit_code == 2

    assert fastkit("trust", repository).exit_code == 0
    made = fastkit("create-project", "shop", "--template", repository, "--no-input")
    assert made.exit_code == 0, made.output
    first = git("rev-parse", "HEAD", cwd=ours)
    assert recorded("shop")["template_source"] == repository
    assert recorded("shop")["template_commit"] == first

    # A new commit: fetched when asked, and then its files ask for trust again.
    (ours / "layer.yaml").write_text((ours / "layer.yaml").read_text() + "# two\n")
    git("commit", "--quiet", "-am", "two", cwd=ours)
    stale = fastkit("create-project", "y", "--template", repository, "--no-input")
    assert stale.exit_code == 0 and recorded("y")["template_commit"] == first  # not fetched
    fresh = fastkit("create-project", "z", "--template", repository, "--refresh", "--no-input")
    assert fresh.exit_code == 2 and "is not trusted" in fresh.output
    # The project pins its commit: replaying it renders the trusted files again.
    replayed = fastkit("create-project", "again", "--config", "shop/.fastkit.yaml", "--no-input")
    assert replayed.exit_code == 0, replayed.output
    assert recorded("again")["template_commit"] == first


def test_a_git_template_at_a_tag_and_offline(repository: str, ours: Path, tmp_path: Path) -> None:
    git("tag", "v1", cwd=ours)
    tagged = f"{repository}@v1"
    assert fastkit("trust", tagged).exit_code == 0
    assert fastkit("create-project", "a", "--template", tagged, "--no-input").exit_code == 0

    ours.rename(tmp_path / "moved")  # the server is gone: the cached clone still serves
    assert fastkit("create-project", "b", "--template", tagged, "--no-input").exit_code == 0
    gone = fastkit("create-project", "c", "--template", tagged, "--refresh", "--no-input")
    assert gone.exit_code == 2 and "git fetch failed" in gone.output
    assert len(gone.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("source", "says"),
    [
        ("git+file:///nowhere/at/all", "git clone failed: '/nowhere/at/all' does not appear"),
        ("git+file:///x@--upload-pack=touch", "'--upload-pack=touch' is not a branch, tag"),
        ("gh:just-a-name", "gh:ORG/REPO[@REF], as gh:acme/fastkit-template"),
        ("git+ftp://host/x", "git+ takes a URL"),
    ],
)
def test_a_git_source_that_cannot_be_used_is_one_line(ours: Path, source: str, says: str) -> None:
    result = fastkit("create-project", "x", "--template", source, "--no-input")

    assert result.exit_code == 2
    assert says in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert not Path("x").exists()


def test_a_git_template_holding_a_link_is_refused(repository: str, ours: Path) -> None:
    (ours / "project").mkdir()
    (ours / "project" / "passwd").symlink_to("/etc/passwd")
    git("add", "--all", cwd=ours)
    git("commit", "--quiet", "-m", "a link", cwd=ours)

    result = fastkit("create-project", "x", "--template", repository, "--trust", "--no-input")

    assert result.exit_code == 2 and "'project/passwd': not a plain file" in result.output


def test_a_starter_template_passes_its_own_test(ours: Path, tmp_path: Path) -> None:
    made = fastkit("templates", "new", "starter", "--extends", "microservice")
    assert made.exit_code == 0, made.output
    assert "--team           text  [default: platform]" in (
        fastkit("templates", "show", str(tmp_path / "starter")).output
    )

    tested = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "starter/tests"],
        capture_output=True,
        text=True,
    )

    assert tested.returncode == 0, tested.stdout[-2000:]
    again = fastkit("templates", "new", "starter")
    assert again.exit_code == 2 and "starter exists" in again.output
    assert fastkit("templates", "new", "../up").exit_code == 2


def test_a_custom_template_extends_another(ours: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "project").mkdir(parents=True)
    (team / "layer.yaml").write_text(
        "extends: ../ours\nquestions:\n  team: {prompt: Owning team, default: platform}\n"
    )
    (team / "project" / "CODEOWNERS").write_text("* @{{ cookiecutter.team }}\n")

    made = fastkit(
        "create-project", "shop", "--template", str(team), "--db", "psycopg", "--team", "payments",
        "--no-input",
    )  # fmt: skip

    assert made.exit_code == 0, made.output
    assert Path("shop/CODEOWNERS").read_text() == "* @payments\n"
    assert '"psycopg[binary]' in Path("shop/pyproject.toml").read_text()  # from ours
    shown = fastkit("templates", "show", str(team)).output
    assert "--team           text  [default: platform]" in shown and "psycopg" in shown
