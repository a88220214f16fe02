"""The generator builds aside and moves into place: failures leave nothing behind."""

from pathlib import Path
from typing import Any

import pytest

from fastkit.generators import project_generator
from fastkit.generators.project_generator import GenerationFailed, generate_project, literal
from support import rest_api_options

OPTIONS = rest_api_options("myapp")


def test_literal_round_trips_through_jinja() -> None:
    from jinja2 import Environment

    for text in ['{{ x }} "q" \\ {% y %} é 😀', "plain", "{# c #}\nline"]:
        assert Environment().from_string(literal(text)).render() == text


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_a_failure_mid_render_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    import cookiecutter.main

    real = cookiecutter.main.cookiecutter

    def render_then_fail(*args: Any, **kwargs: Any) -> str:
        real(*args, **kwargs)  # files are written into the staging folder...
        raise failure  # ...then the user hits Ctrl-C, or the disk fills up

    monkeypatch.setattr(cookiecutter.main, "cookiecutter", render_then_fail)
    output = tmp_path / "new" / "nested" / "out"

    with pytest.raises(type(failure)):
        generate_project(OPTIONS, output)

    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_an_existing_output_dir_and_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cookiecutter.main

    def fail(*args: Any, **kwargs: Any) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(cookiecutter.main, "cookiecutter", fail)
    (tmp_path / "mine.txt").write_text("kept")

    with pytest.raises(KeyboardInterrupt):
        generate_project(OPTIONS, tmp_path)

    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_steps_are_reported(tmp_path: Path) -> None:
    steps: list[str] = []

    target = generate_project(OPTIONS, tmp_path, report=steps.append)

    assert target == tmp_path / "myapp"
    assert len(steps) == 2 and steps[-1] == f"wrote {target}"
    assert project_generator.__doc__


def test_a_failing_hook_is_reported_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cookiecutter.main
    from cookiecutter.exceptions import FailedHookException

    def hook_fails(*args: Any, **kwargs: Any) -> str:
        raise FailedHookException("post_gen_project hook script didn't exit successfully")

    monkeypatch.setattr(cookiecutter.main, "cookiecutter", hook_fails)
    output = tmp_path / "out"

    with pytest.raises(GenerationFailed, match="the rest-api template failed"):
        generate_project(OPTIONS, output)

    assert not output.exists()


def test_merging_into_a_non_empty_folder_needs_force(tmp_path: Path) -> None:
    (tmp_path / "myapp").mkdir()
    (tmp_path / "myapp" / "README.md").write_text("mine")
    (tmp_path / "myapp" / "notes.txt").write_text("mine")
    steps: list[str] = []

    with pytest.raises(FileExistsError):
        generate_project(OPTIONS, tmp_path)
    generate_project(OPTIONS, tmp_path, force=True, report=steps.append)

    assert (tmp_path / "myapp" / "notes.txt").read_text() == "mine"
    assert (tmp_path / "myapp" / "README.md").read_text() != "mine"
    assert steps[-1] == "replaced 1 existing files: README.md"
    assert [p.name for p in tmp_path.iterdir()] == ["myapp"]
