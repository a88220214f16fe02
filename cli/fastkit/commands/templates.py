"""`fastkit templates`: the templates create-project can render, what each asks, and a
starter for a custom one."""

import os
import re
from pathlib import Path

import click

from fastkit.generators import plain_template
from fastkit.generators.placement import staging_in
from fastkit.layers.custom import extended_type, resolve
from fastkit.layers.git_source import is_git
from fastkit.plugins import installed, loaded
from fastkit.settings.sources import chosen_profile, setting, user_sources
from fastkit.shared import ui
from fastkit.shared.options import PROJECT_TYPES
from fastkit.shared.templates import TemplateSpec, available_types, load_template, template_root
from fastkit.shared.validators import InvalidInput, validate_output_dir


@click.group()
def templates() -> None:
    """The built-in types and your custom templates (a folder with a layer.yaml that
    extends a type, or a git repository holding one; name one with
    `fastkit config set templates.NAME SOURCE`)."""


@templates.command("list")
@click.option("--profile", metavar="NAME", help="Read this profile's settings too.")
def list_templates(profile: str | None) -> None:
    """Each template, and where it comes from."""
    on_types = loaded().layered_by if installed() else {}
    for name in available_types():
        plugins = (
            f" (with the layers of plugin {', '.join(on_types[name])})" if name in on_types else ""
        )
        ui.say(f"{name:16} built in: {PROJECT_TYPES[name]}{plugins}")
    sources = user_sources(chosen_profile(profile))
    named = sorted({key for s in sources for key in s.settings if key.startswith("templates.")})
    for key in named:
        found = setting(sources, key)
        assert found is not None
        if is_git(found.value):
            kind = "git: fetched when used"
        else:
            folder = Path(found.value).expanduser()
            try:
                kind = f"extends {extended_type(folder, str(folder))}"
            except InvalidInput as problem:
                kind = f"broken: {problem.format_message()}"
        ui.say(f"{key.removeprefix('templates.'):16} {found.value} ({kind}; {found.source})")


@templates.command("show")
@click.argument("template")
@click.option("--profile", metavar="NAME", help="Read this profile's settings too.")
def show_template(template: str, profile: str | None) -> None:
    """TEMPLATE's questions, with their values and defaults (a type, a name from the
    settings, or a folder)."""
    spec = _spec(template, profile)
    if spec is None:
        named = setting(user_sources(chosen_profile(profile)), f"templates.{template}")
        folder = resolve(named.value if named else template).folder
        ui.say(f"{template}: a cookiecutter template; its variables (give them with --config):")
        for key, default in plain_template.variables(folder).items():
            if not key.startswith("_"):
                ui.say(f"  {key:16} [default: {default}]")
        return
    if spec.path == template_root() / spec.name:
        ui.say(f"{template}: built in, {PROJECT_TYPES[spec.name]}")
    else:
        ui.say(f"{template}: extends {spec.name}")
    for key in spec.questions:
        if key == "project_name":
            continue
        values = spec.choices.get(key)
        shown = ", ".join(values) if values else "text"
        ui.say(f"  --{key:14} {shown}  [default: {spec.default(key)}]")


def _spec(template: str, profile: str | None) -> TemplateSpec | None:
    if template in available_types():
        return load_template(template)
    named = setting(user_sources(chosen_profile(profile)), f"templates.{template}")
    return resolve(named.value if named else template).spec


STARTER = {
    "layer.yaml": """\
# A custom template: {type} with what this folder adds on top.
#   fastkit create-project myapp --template {folder}
extends: {type}
questions:
  # One more question: a flag of create-project (--team) and a variable of the files.
  team: {{prompt: Owning team, default: platform}}
""",
    "project/CODEOWNERS": """\
# Rendered into every project this template makes (project/ is the project's root).
* @{{{{ cookiecutter.team }}}}
""",
    "tests/test_template.py": """\
\"\"\"The template renders, and its added file holds the added answer.\"\"\"

import subprocess
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent


def test_a_project_gets_its_codeowners(tmp_path: Path) -> None:
    fastkit = Path(sys.executable).parent / "fastkit"
    command = [str(fastkit), "create-project", "demo", "--template", str(TEMPLATE)]
    subprocess.run(
        [*command, "--team", "payments", "--no-input", "--output-dir", str(tmp_path)],
        check=True,
    )

    codeowners = (tmp_path / "demo" / "CODEOWNERS").read_text()
    assert "* @payments" in codeowners
""",
    "README.md": """\
# {name}

A fastkit custom template: {type}, plus a `--team` question and a CODEOWNERS file.
Add questions, choice folders (choices/<question>/<value>/), files (project/) and
fragments as fastkit's own layers do; `fastkit templates show {folder}` lists what it
asks. Its test renders it: `pytest tests`.
""",
}


@templates.command("new")
@click.argument("name")
@click.option(
    "--extends",
    "project_type",
    type=click.Choice(available_types()),
    default="rest-api",
    show_default=True,
    help="The type it builds on.",
)
@click.option(
    "-o", "--output-dir", type=click.Path(path_type=Path), default=Path("."), show_default=True
)
def new_template(name: str, project_type: str, output_dir: Path) -> None:
    """A starter custom template NAME: one added question, one added file, and a test
    that renders it."""
    folder = output_dir / name
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$", name):
        raise InvalidInput(f"template name {name!r}: letters, digits, -, _ and ., at most 80")
    if os.path.lexists(folder):
        raise InvalidInput(f"{folder} exists: choose another NAME or --output-dir")
    validate_output_dir(output_dir)
    with staging_in(output_dir, f".fastkit-{name}-") as staging:  # all files, or none
        for relative, text in STARTER.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                text.format(name=name, type=project_type, folder=folder), encoding="utf-8"
            )
        os.rename(staging, folder)  # staging_in then finds nothing left to remove
    ui.say(f"wrote {folder}: try it with fastkit create-project demo --template {folder}")
