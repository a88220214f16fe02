"""fastkit update, add and remove on real renders: what the user edited survives, what
they never touched follows the template, conflicts are marked, refusals write nothing."""

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.generators.project_generator import generate_project
from fastkit.shared.interrupts import Interrupted
from fastkit.shared.templates import load_template
from fastkit.updates import apply
from fastkit.updates.merge import Action, merge_env, plan
from fastkit.updates.reinstall import dependencies_changed
from fastkit.updates.renders import render_folder
from fastkit.updates.versions import archive_root, keep, template_version
from fastkit_hooks.answers import read_answers
from fastkit_hooks.example import digest
from tests.support import rest_api_options, tree

README_EDIT = ("The answers are recorded in `.fastkit.yaml`.", "Our team's notes live in docs/.")
SETTING_EDIT = ("    max_body_bytes: int = 1_048_576", "    max_body_bytes: int = 2_097_152")


def fastkit(project: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--project", str(project)])


def make(tmp_path: Path, name: str = "shop", **answers: str) -> Path:
    answers = {"auth": "jwt", "db": "sqlite", **answers}
    return generate_project(rest_api_options(name, **answers), tmp_path / "made")


def fresh(tmp_path: Path, name: str = "shop", **answers: str) -> Path:
    answers = {"auth": "jwt", "db": "sqlite", **answers}
    return generate_project(rest_api_options(name, **answers), tmp_path / "fresh")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def user_edits(project: Path) -> None:
    """What a user does to a project: a README line, a setting, a file of their own."""
    edit(project / "README.md", *README_EDIT)
    edit(project / "app/core/config.py", *SETTING_EDIT)
    (project / "app/notes.py").write_text('"""Ours."""\n', encoding="utf-8")


def as_compared(root: Path) -> dict[str, bytes]:
    """The tree without what differs between any two renders (.env's secrets) and the
    record (compared on its own)."""
    return {k: v for k, v in tree(root).items() if k not in {".env", ".fastkit.yaml"}}


def another_version(tmp_path: Path, mark: str) -> Path:
    """A copy of today's rest-api whose health module's docstring starts with `mark`."""
    folder = tmp_path / mark.strip(": ").lower() / "rest-api"
    shutil.copytree(
        load_template("rest-api").path, folder, ignore=shutil.ignore_patterns("__pycache__")
    )
    health = folder / "{{cookiecutter.project_name}}/app/api/health.py"
    health.write_text(health.read_text().replace('"""', f'"""{mark}', 1))
    return folder


def git_commit(project: Path) -> None:
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "made"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *command],
            cwd=project,
            check=True,
        )


def test_add_brings_the_feature_and_keeps_every_edit(tmp_path: Path) -> None:
    project = make(tmp_path)
    user_edits(project)
    env_before = (project / ".env").read_text(encoding="utf-8")

    result = fastkit(project, "add", "cache=redis", "docker")

    assert result.exit_code == 0, result.output
    expected = fresh(tmp_path, cache="redis", docker="yes")
    user_edits(expected)
    assert as_compared(project) == as_compared(expected)
    # .env keeps every line (its secrets) and gains the keys the feature needs.
    env_after = (project / ".env").read_text(encoding="utf-8")
    assert env_after.startswith(env_before) and "\nREDIS_URL=" in env_after
    record = read_answers(project / ".fastkit.yaml")
    assert record["answers"]["cache"] == "redis" and record["answers"]["docker"] == "yes"
    assert record["template_version"] == template_version(load_template("rest-api").path)
    assert "merged (2): README.md, app/core/config.py" in result.output, result.output
    # The redis client is new: the .venv lacks it until the project is installed again.
    assert "pyproject.toml's dependencies changed: reinstall the project" in result.output


def test_only_a_change_of_dependencies_asks_for_a_reinstall() -> None:
    made = b'[project]\nname = "shop"\ndependencies = ["fastapi>=0.115"]\n'
    reformatted = b'[project]\nname = "shop"\n\ndependencies = [\n  "fastapi>=0.115",\n]\n'
    added = b'[project]\nname = "shop"\ndependencies = ["fastapi>=0.115", "redis>=5"]\n'
    extra = made + b'[project.optional-dependencies]\ndev = ["pytest"]\n'
    conflicted = b"[project]\n<<<<<<< yours\ndependencies = []\n=======\n>>>>>>> template\n"
    assert not dependencies_changed(made, reformatted)
    assert dependencies_changed(made, added)
    assert dependencies_changed(made, extra)
    assert dependencies_changed(made, conflicted)  # read again once resolved


def test_remove_takes_out_what_the_feature_brought(tmp_path: Path) -> None:
    project = make(tmp_path, ci="github", docker="yes")
    user_edits(project)

    result = fastkit(project, "remove", "ci", "docker")

    assert result.exit_code == 0, result.output
    expected = fresh(tmp_path)
    user_edits(expected)
    assert as_compared(project) == as_compared(expected)
    assert not (project / ".github").exists()  # its emptied folders too


def test_update_replaces_unedited_files_and_keeps_digests_true(tmp_path: Path) -> None:
    project = make(tmp_path)
    result = fastkit(project, "update", "--set", "cache=redis")
    assert result.exit_code == 0, result.output

    # The example domain's files the update replaced are recorded as written now, so
    # create-domain --force still tells them from files the user edited.
    files = read_answers(project / ".fastkit.yaml")["domains"]["item"]["files"]
    for path, recorded in files.items():
        assert recorded == digest((project / path).read_text(encoding="utf-8")), path


def test_an_up_to_date_project_is_left_alone(tmp_path: Path) -> None:
    project = make(tmp_path)
    record = project / ".fastkit.yaml"
    record.write_text("# ours: made for the shop\n" + record.read_text(), encoding="utf-8")
    before = tree(project)
    result = fastkit(project, "update")
    assert result.exit_code == 0, result.output
    assert "Nothing to change" in result.output
    assert tree(project) == before


def test_conflicting_edits_are_marked_listed_and_exit_1(tmp_path: Path) -> None:
    project = make(tmp_path)
    # The line the README changes when a queue is added.
    edit(project / "README.md", "task queue `none`", "task queue: none yet, see docs/queue.md")
    edit(project / "README.md", *README_EDIT)

    result = fastkit(project, "add", "queue=celery")

    assert result.exit_code == 1, result.output
    assert "Conflicts in 1 files" in result.output and "README.md" in result.output
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "<<<<<<< yours\n" in readme and ">>>>>>> template\n" in readme
    assert "see docs/queue.md" in readme and "task queue `celery`" in readme
    assert README_EDIT[1] in readme  # the edit elsewhere merged cleanly
    assert (project / "app/worker/tasks.py").is_file()  # the rest was written


def test_dry_run_prints_the_plan_and_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    project = make(tmp_path)
    before = tree(project)

    result = fastkit(project, "add", "cache=redis", "--dry-run")

    assert result.exit_code == 0, result.output
    assert tree(project) == before
    assert "+++ b/app/core/cache.py" in result.output
    assert ".env would set: REDIS_URL, CACHE_TTL_SECONDS (values not shown)" in result.output
    secret = next(
        line for line in (project / ".env").read_text().splitlines() if "SECRET_KEY" in line
    )
    assert secret not in result.output  # .env's values are never shown


def test_files_the_user_deleted_stay_deleted_and_edited_ones_are_kept(tmp_path: Path) -> None:
    project = make(tmp_path, docker="yes")
    edit(project / "Dockerfile", "FROM", "# ours\nFROM")
    (project / "tests/test_health.py").unlink()  # the template changes it with a cache

    result = fastkit(project, "update", "--set", "docker=no", "--set", "cache=redis")

    assert result.exit_code == 0, result.output
    assert "# ours\nFROM" in (project / "Dockerfile").read_text(encoding="utf-8")
    assert not (project / "tests/test_health.py").exists()
    assert not (project / "compose.yaml").exists()  # unedited: removed
    assert "kept, edited (1): Dockerfile" in result.output
    assert "stays deleted (1): tests/test_health.py" in result.output


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["add", "cache=memcached"], "--cache 'memcached' is not one of: none, redis"),
        (["add", "colour=blue"], "has no question 'colour'"),
        (["add", "cache"], "say which, as cache=VALUE (one of: redis, memory)"),
        (["remove", "architecture"], "remove architecture: rest-api always has one"),
        (["remove", "db"], "unsupported combination"),
        (["update", "--set", "project_name=other"], "project_name cannot change"),
        (["update", "--set", "auth"], "give QUESTION=VALUE"),
        (["update", "--set", "auth=none"], "would rewrite the migration history"),
    ],
)
def test_bad_changes_exit_2_and_write_nothing(tmp_path: Path, args: list[str], says: str) -> None:
    project = make(tmp_path)
    before = tree(project)
    result = fastkit(project, *args)
    assert result.exit_code == 2, result.output
    assert says in result.output
    assert len(result.output.strip().splitlines()) <= 3  # the steps done, then one line
    assert tree(project) == before


def test_a_project_without_a_record_or_with_a_broken_one_is_refused(tmp_path: Path) -> None:
    result = fastkit(tmp_path, "update")
    assert result.exit_code == 2 and "not inside a fastkit project" in result.output

    project = make(tmp_path)
    (project / ".fastkit.yaml").write_text("template: [\n", encoding="utf-8")
    result = fastkit(project, "add", "docker")
    assert result.exit_code == 2 and "is not valid YAML" in result.output

    (project / ".fastkit.yaml").write_text("template: nosuch\nanswers: {}\n", encoding="utf-8")
    result = fastkit(project, "update")
    assert result.exit_code == 2 and "does not say what made the project" in result.output

    record = "template: rest-api\nanswers: {project_name: shop, auth: paper, db: sqlite}\n"
    (project / ".fastkit.yaml").write_text(record, encoding="utf-8")
    result = fastkit(project, "update")
    assert result.exit_code == 2, result.output
    assert "records auth: paper, which rest-api does not offer" in result.output
    assert "--set auth=VALUE" in result.output


def test_a_dirty_work_tree_is_refused_unless_allowed(tmp_path: Path) -> None:
    project = make(tmp_path)
    git_commit(project)
    edit(project / "README.md", *README_EDIT)
    before = tree(project)

    refused = fastkit(project, "add", "docker")
    assert refused.exit_code == 2 and "has uncommitted changes (README.md)" in refused.output
    assert tree(project) == before

    allowed = fastkit(project, "add", "docker", "--allow-dirty")
    assert allowed.exit_code == 0, allowed.output
    assert (project / "Dockerfile").is_file()


@pytest.mark.parametrize(
    ("failure", "code", "says"),
    [
        (OSError(28, "No space left on device"), 1, "No space left on device"),
        (Interrupted(signal.SIGTERM), 143, "Stopped by SIGTERM"),
    ],
)
def test_a_failure_or_a_stop_at_any_write_leaves_the_project_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException,
    code: int,
    says: str,
) -> None:
    project = make(tmp_path)
    before = tree(project)
    replace = os.replace
    calls = {"n": 0}

    def failing_replace(source: object, target: object) -> None:
        calls["n"] += 1
        if calls["n"] == 7:
            raise failure
        replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(apply.os, "replace", failing_replace)
    result = fastkit(project, "add", "cache=redis", "docker")
    assert result.exit_code == code and says in result.output
    assert tree(project) == before
    assert not list(project.glob(".fastkit-update-*"))


def test_an_older_template_in_the_archive_is_the_base(tmp_path: Path) -> None:
    """A project made by an earlier template: the archive holds that template, and the
    update brings what changed since while keeping the user's edits."""
    older = another_version(tmp_path, "Old: ")
    version = template_version(older)
    keep(older, "rest-api", version)
    answers = read_answers(make(tmp_path, name="ref") / ".fastkit.yaml")["answers"]
    project = render_folder(older, {**answers, "project_name": "shop"}, tmp_path / "old")
    assert read_answers(project / ".fastkit.yaml")["template_version"] == version
    assert (project / "app/api/health.py").read_text().startswith('"""Old: ')
    user_edits(project)

    result = fastkit(project, "update")

    assert result.exit_code == 0, result.output
    assert f"rest-api {version}, from the template archive" in result.output
    expected = fresh(tmp_path)
    user_edits(expected)
    assert as_compared(project) == as_compared(expected)
    assert "updated (1): app/api/health.py" in result.output


def test_to_takes_the_project_to_a_chosen_version_and_back(tmp_path: Path) -> None:
    other = another_version(tmp_path, "Other: ")
    project = make(tmp_path)

    to_folder = fastkit(project, "update", "--to", str(other))
    assert to_folder.exit_code == 0, to_folder.output
    assert (project / "app/api/health.py").read_text().startswith('"""Other: ')
    version = read_answers(project / ".fastkit.yaml")["template_version"]
    assert version == template_version(other)

    back = fastkit(project, "update")  # the other version is now in the archive: the base
    assert back.exit_code == 0, back.output
    assert f"rest-api {version}, from the template archive" in back.output
    assert tree(project) == tree(project) | {
        "app/api/health.py": (fresh(tmp_path) / "app/api/health.py").read_bytes()
    }

    again = fastkit(project, "update", "--to", version, "--dry-run")  # by its version
    assert again.exit_code == 0 and "updated (1): app/api/health.py" in again.output
    unknown = fastkit(project, "update", "--to", "1" * 16)
    assert unknown.exit_code == 2 and "neither a template folder nor a version" in unknown.output


def test_without_a_recorded_version_the_base_is_guessed_or_given(tmp_path: Path) -> None:
    project = make(tmp_path)
    record = read_answers(project / ".fastkit.yaml")
    del record["template_version"]  # as projects made before it was recorded
    (project / ".fastkit.yaml").write_text(json.dumps(record), encoding="utf-8")

    guessed = fastkit(project, "update", "--dry-run")
    assert guessed.exit_code == 0, guessed.output
    assert "(guessed: .fastkit.yaml records no template version;" in guessed.output

    given = fastkit(project, "update", "--from-template", str(load_template("rest-api").path))
    assert given.exit_code == 0, given.output
    assert "(given)" in given.output
    assert "template_version" in read_answers(project / ".fastkit.yaml")


def test_a_version_nowhere_to_be_found_is_refused_naming_the_way_out(tmp_path: Path) -> None:
    project = make(tmp_path)
    record = (project / ".fastkit.yaml").read_text(encoding="utf-8")
    version = template_version(load_template("rest-api").path)
    (project / ".fastkit.yaml").write_text(record.replace(version, "f" * 16), encoding="utf-8")
    result = fastkit(project, "update")
    assert result.exit_code == 2, result.output
    assert "does not hold: give that template with --from-template PATH" in result.output


def test_every_render_keeps_its_template_in_the_archive(tmp_path: Path) -> None:
    make(tmp_path)
    version = template_version(load_template("rest-api").path)
    assert (archive_root() / f"rest-api-{version}.tar.gz").is_file()


def test_the_merge_plan_looks_only_at_what_the_template_changed() -> None:
    base = {"same": b"a\n", "changed": b"1\n2\n3\n", "gone": b"x\n", "deleted": b"d\n"}
    new = {"same": b"a\n", "changed": b"1\n2\nthree\n", "added": b"n\n", "deleted": b"D\n"}
    user = {"same": b"mine\n", "changed": b"one\n2\n3\n", "gone": b"x\n"}
    actions = {c.path: c.action for c in plan(base, new, user).changes}
    assert actions == {
        "changed": Action.MERGE,
        "gone": Action.REMOVE,
        "added": Action.ADD,
        "deleted": Action.KEEP_DELETED,
    }
    merged = next(c.text for c in plan(base, new, user).changes if c.path == "changed")
    assert merged == b"one\n2\nthree\n"


def test_binary_files_and_revisions_are_never_merged() -> None:
    base = {"logo.png": b"\0a", "migrations/versions/0001_items.py": b"r1\n"}
    new = {"logo.png": b"\0b", "migrations/versions/0001_items.py": b"r2\n"}
    user = {"logo.png": b"\0c", "migrations/versions/0001_items.py": b"r1\n"}
    planned = plan(base, new, user)
    assert [(c.path, c.action) for c in planned.changes] == [("logo.png", Action.NOT_MERGED)]
    assert planned.revisions == ["migrations/versions/0001_items.py"]


def test_env_follows_the_template_only_where_the_user_left_a_value_as_made() -> None:
    base = b"SECRET_KEY=made\nDATABASE_URL=sqlite:///a.db\nDEBUG=false\nOLD=1\n"
    new = b"SECRET_KEY=other\nDATABASE_URL=postgresql://x\nDEBUG=false\nREDIS_URL=redis://x\n"
    mine = b"SECRET_KEY=mine\n# ours\nDATABASE_URL=sqlite:///a.db\nDEBUG=true\nOLD=1\n"
    assert merge_env(mine, base, new) == (
        b"SECRET_KEY=mine\n# ours\nDATABASE_URL=postgresql://x\nDEBUG=true\n"
        b"# added by fastkit update\nREDIS_URL=redis://x\n"
    )
    assert merge_env(mine, base, base) == mine
    assert merge_env(b"SECRET_KEY=mine\n", base, base) == b"SECRET_KEY=mine\n"  # no key back


def test_without_git_an_edited_file_cannot_be_merged_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make(tmp_path)
    user_edits(project)
    before = tree(project)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    result = fastkit(project, "add", "cache=redis")
    assert result.exit_code == 1, result.output
    assert "needs git (git merge-file): install it" in result.output
    assert tree(project) == before
