"""`fastkit templates`: the templates create-project can render, and what each asks."""

from pathlib import Path

import click

from fastkit.layers.custom import extended_type, resolve
from fastkit.layers.git_source import is_git
from fastkit.settings.sources import chosen_profile, setting, user_sources
from fastkit.shared import ui
from fastkit.shared.options import PROJECT_TYPES
from fastkit.shared.templates import TemplateSpec, available_types, load_template, template_root
from fastkit.shared.validators import InvalidInput


@click.group()
def templates() -> None:
    """The built-in types and your custom templates (a folder with a layer.yaml that
    extends a type, or a git repository holding one; name one with
    `fastkit config set templates.NAME SOURCE`)."""


@templates.command("list")
@click.option("--profile", metavar="NAME", help="Read this profile's settings too.")
def list_templates(profile: str | None) -> None:
    """Each template, and where it comes from."""
    for name in available_types():
        ui.say(f"{name:16} built in: {PROJECT_TYPES[name]}")
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


def _spec(template: str, profile: str | None) -> TemplateSpec:
    if template in available_types():
        return load_template(template)
    named = setting(user_sources(chosen_profile(profile)), f"templates.{template}")
    return resolve(named.value if named else template).spec
