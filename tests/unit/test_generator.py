"""The generator builds aside and moves into place: failures leave nothing behind,
and files that were already there are never lost."""

import os
import signal
import stat
from pathlib import Path
from typing import Any

import pytest

from fastkit.generators import placement, project_generator
from fastkit.generators.placement import OnConflict, PlacementRefused
from fastkit.generators.project_generator import GenerationFailed, generate_project, literal
from fastkit.shared.interrupts import Interrupted, signals_as_exceptions
from fastkit.shared.locking import TargetBusy, lock_path, target_lock
from fastkit.shared.templates import load_template
from fastkit_hooks.names import database_name
from support import rest_api_options, tree

OPTIONS = rest_api_options("myapp")


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every path below root (folders too) with its content and mode."""
    return {
        str(path.relative_to(root)): (
            path.read_bytes() if path.is_file() else None,
            stat.S_IMODE(path.lstat().st_mode),
        )
        for path in sorted(root.rglob("*"))
    }


def test_literal_round_trips_through_jinja() -> None:
    from jinja2 import Environment

    for text in ['{{ x }} "q" \\ {% y %} é 😀', "plain", "{# c #}\nline"]:
        assert Environment().from_string(literal(text)).render() == text


def test_the_database_name_is_the_one_the_name_rules_measure() -> None:
    spec = load_template("rest-api")
    for name in ("My-App_2", "a" * 56 + "-b"):
        flags = spec.derived(rest_api_options(name).template_answers())
        assert flags["__db_name"] == database_name(name)


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_a_failure_mid_render_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    real = project_generator.post_gen.run

    def render_then_fail(project_dir: Path, context: Any) -> None:
        real(project_dir, context)  # files are written into the staging folder...
        raise failure  # ...then the user hits Ctrl-C, or the disk fills up

    monkeypatch.setattr(project_generator.post_gen, "run", render_then_fail)
    output = tmp_path / "new" / "nested" / "out"

    with pytest.raises(type(failure)):
        generate_project(OPTIONS, output)

    assert list(tmp_path.iterdir()) == []


def test_sigterm_mid_render_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = project_generator.post_gen.run

    def render_then_terminate(project_dir: Path, context: Any) -> None:
        real(project_dir, context)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(project_generator.post_gen, "run", render_then_terminate)

    with signals_as_exceptions(), pytest.raises(Interrupted) as stopped:
        generate_project(OPTIONS, tmp_path)

    assert stopped.value.signum == signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_an_existing_output_dir_and_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: Any, **kwargs: Any) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(project_generator, "render", fail)
    (tmp_path / "mine.txt").write_text("kept")

    with pytest.raises(KeyboardInterrupt):
        generate_project(OPTIONS, tmp_path)

    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_steps_are_reported(tmp_path: Path) -> None:
    steps: list[str] = []

    target = generate_project(OPTIONS, tmp_path, report=steps.append)

    assert target == tmp_path / "myapp"
    assert len(steps) == 2 and steps[-1] == f"wrote {target}"


def test_a_failing_template_is_reported_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cookiecutter.exceptions import NonTemplatedInputDirException

    def template_fails(*args: Any, **kwargs: Any) -> str:
        raise NonTemplatedInputDirException("no project folder in the template")

    monkeypatch.setattr("cookiecutter.generate.generate_files", template_fails)
    output = tmp_path / "out"

    with pytest.raises(GenerationFailed, match="the rest-api template failed"):
        generate_project(OPTIONS, output)

    assert not output.exists()


def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "myapp"
    (folder / "app").mkdir(parents=True)
    (folder / ".env").write_text("SECRET_KEY=prod\n")
    (folder / "README.md").write_text("MINE")
    (folder / "app" / "main.py").write_text("print(1)\n")
    (folder / "notes.txt").write_text("mine")
    return folder


def test_force_alone_never_overwrites_and_writes_nothing(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    before = snapshot(tmp_path)

    with pytest.raises(PlacementRefused) as refused:
        generate_project(OPTIONS, tmp_path, on_conflict=OnConflict.REFUSE)

    message = str(refused.value)
    assert "3 files already exist" in message
    assert ".env, README.md, app/main.py" in message and "\n" not in message
    assert snapshot(tmp_path) == before
    assert not lock_path(folder).exists()


def test_skip_keeps_the_users_files_and_adds_the_rest(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    steps: list[str] = []

    generate_project(OPTIONS, tmp_path, on_conflict=OnConflict.SKIP, report=steps.append)

    assert (folder / ".env").read_text() == "SECRET_KEY=prod\n"
    assert (folder / "README.md").read_text() == "MINE"
    assert (folder / "app/main.py").read_text() == "print(1)\n"
    assert (folder / "pyproject.toml").exists() and (folder / "app/core/config.py").exists()
    assert steps[-1] == "kept 3 existing files: .env, README.md, app/main.py"


def test_overwrite_keeps_a_backup_of_every_replaced_file(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    steps: list[str] = []

    generate_project(OPTIONS, tmp_path, on_conflict=OnConflict.OVERWRITE, report=steps.append)

    (backup,) = folder.glob(".fastkit-backup-*")
    assert (backup / ".env").read_text() == "SECRET_KEY=prod\n"
    assert (backup / "README.md").read_text() == "MINE"
    assert (backup / "app/main.py").read_text() == "print(1)\n"
    assert (folder / "README.md").read_text() != "MINE"
    assert (folder / "notes.txt").read_text() == "mine"
    assert steps[-1].startswith("replaced 3 existing files") and str(backup) in steps[-1]


@pytest.mark.parametrize("policy", list(OnConflict))
def test_a_file_where_a_folder_belongs_is_refused_before_any_move(
    tmp_path: Path, policy: OnConflict
) -> None:
    folder = tmp_path / "myapp"
    folder.mkdir()
    (folder / "tests").write_text("x")
    (folder / "README.md").write_text("MINE")
    before = snapshot(tmp_path)

    with pytest.raises(PlacementRefused, match="tests is a file, but the project needs a folder"):
        generate_project(OPTIONS, tmp_path, on_conflict=policy)

    assert snapshot(tmp_path) == before


def test_a_symbolic_link_inside_the_target_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "myapp"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (folder / "app").symlink_to(tmp_path / "elsewhere")
    before = snapshot(tmp_path)

    with pytest.raises(PlacementRefused, match="symbolic link"):
        generate_project(OPTIONS, tmp_path, on_conflict=OnConflict.OVERWRITE)

    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("policy", [OnConflict.SKIP, OnConflict.OVERWRITE])
def test_a_move_that_fails_halfway_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy: OnConflict
) -> None:
    user_folder(tmp_path)
    before = snapshot(tmp_path)
    real = placement._move_without_clobbering
    moves = []

    def fail_on_the_tenth(source: Path, destination: Path) -> None:
        moves.append(destination)
        if len(moves) == 10:
            raise OSError(28, "No space left on device")
        real(source, destination)

    monkeypatch.setattr(placement, "_move_without_clobbering", fail_on_the_tenth)

    with pytest.raises(OSError, match="No space left"):
        generate_project(OPTIONS, tmp_path, on_conflict=policy)

    assert snapshot(tmp_path) == before


def test_an_existing_empty_folder_is_kept_with_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "myapp"
    folder.mkdir(mode=0o700)

    generate_project(OPTIONS, tmp_path)

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "pyproject.toml").exists()


def test_the_env_file_is_private(tmp_path: Path) -> None:
    project = generate_project(OPTIONS, tmp_path)

    assert stat.S_IMODE((project / ".env").stat().st_mode) == 0o600


def test_template_bytecode_never_reaches_a_project(tmp_path: Path) -> None:
    """pip compiles installed templates; the project must not carry the result."""
    import compileall

    template = tmp_path / "templates"
    import shutil

    shutil.copytree(load_template("rest-api").path, template / "rest-api")
    compileall.compile_dir(template, quiet=2)  # what pip does at install time
    assert list(template.rglob("*.pyc"))
    spec = load_template("rest-api")
    copy = type(spec)(name="rest-api", path=template / "rest-api", data=spec.data)

    project = project_generator.render(copy, OPTIONS, tmp_path / "out")

    assert [p for p in tree(project) if "__pycache__" in p or p.endswith(".pyc")] == []


def test_a_second_run_on_the_same_target_is_refused_while_the_first_holds_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "myapp"

    with target_lock(target), pytest.raises(TargetBusy, match="another fastkit run"):
        generate_project(OPTIONS, tmp_path)

    assert list(tmp_path.iterdir()) == []


def test_templates_compiled_by_an_earlier_run_give_the_same_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cold = tree(generate_project(OPTIONS, tmp_path / "cold"))
    compiled = list((tmp_path / "cache" / "fastkit" / "jinja").iterdir())
    warm = tree(generate_project(OPTIONS, tmp_path / "warm"))

    assert compiled, "the first run left no compiled templates"
    del cold[".env"], warm[".env"]  # a fresh secret in each
    assert cold == warm


def test_a_cache_folder_that_cannot_be_made_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))

    project = generate_project(OPTIONS, tmp_path / "out")

    assert (project / "app" / "main.py").is_file()


def test_a_cache_folder_others_may_write_to_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shared = tmp_path / "cache" / "fastkit" / "jinja"
    shared.mkdir(parents=True)
    shared.chmod(0o777)

    project = generate_project(OPTIONS, tmp_path / "out")

    assert (project / "app" / "main.py").is_file()
    assert list(shared.iterdir()) == [], "compiled code was left where others can swap it"
