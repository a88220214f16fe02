"""`fastkit config`: read and change the user's settings (fastkit.settings).

A value is checked when it is set: a key no type asks, a value no type offers,
defaults a type's rules refuse together, or a secret are refused, exit 2, and the
file is left as it was.
"""

import os
import shutil
import tempfile
from pathlib import Path

import click

from fastkit.layers.custom import extended_type
from fastkit.layers.git_source import is_git
from fastkit.settings.keys import (
    SettingsError,
    check_key,
    check_name,
    check_setting,
    split_profile,
)
from fastkit.settings.sources import Source, cookiecutter_source, user_sources
from fastkit.settings.store import read_settings, settings_path, write_settings
from fastkit.shared import ui
from fastkit.shared.templates import available_types, load_template

EXAMPLES = """
\b
Examples:
  fastkit config set defaults.auth session          # every type that offers it
  fastkit config set defaults.rest-api.db postgres  # one type
  fastkit config set setup.install yes
  fastkit config --profile work set defaults.db postgres
  fastkit config --profile work set extends base    # work takes what base sets
  fastkit create-project myapp --profile work       # or FASTKIT_PROFILE=work
  fastkit config --profile work list                # each value and where it comes from
\b
Where a default comes from, first found wins: flags, the --config answers file,
the profile (then the profiles it extends), your settings, ~/.cookiecutterrc's
default_context, the template.
"""


@click.group(epilog=EXAMPLES)
@click.option("--profile", metavar="NAME", help="Read or change this profile's settings.")
@click.pass_context
def config(ctx: click.Context, profile: str | None) -> None:
    """Your defaults and profiles, in $FASTKIT_CONFIG or the platform's config folder."""
    ctx.obj = profile


def _scope(key: str, profile: str | None) -> tuple[str, str | None, str]:
    """The key as stored (`profiles.work.defaults.db`), its profile and its own name."""
    if profile is not None:
        check_name("profile", profile)
    named, own = split_profile(key)
    if named and profile and named != profile:
        raise SettingsError(f"{key} names profile {named!r}, and --profile says {profile!r}")
    profile = named or profile
    return (f"profiles.{profile}.{own}" if profile else own), profile, own


def _sources(profile: str | None) -> list[Source]:
    return [*user_sources(profile), cookiecutter_source()]


@config.command("list")
@click.pass_obj
def list_settings(profile: str | None) -> None:
    """Every setting, and where each comes from when not from the file's own level."""
    if profile is None:
        user_sources(None)  # the whole file checked
        shown = [Source("", read_settings(settings_path())), cookiecutter_source()]
    else:
        shown = _sources(profile)
        shown[0] = Source("", shown[0].settings)  # the profile's own: no note
    seen: set[str] = set()
    for source in shown:
        for key in sorted(source.settings):
            if key in seen or (source.name == "~/.cookiecutterrc" and not _ours(key)):
                continue
            seen.add(key)
            note = f"    # {source.name}" if source.name else ""
            ui.say(f"{key} = {source.settings[key]}{note}")


def _ours(key: str) -> bool:
    """A cookiecutterrc default one of our questions shares."""
    question = key.removeprefix("defaults.")
    asked = {q for t in available_types() for q in load_template(t).questions}
    return question in asked - {"project_name"}


@config.command("get")
@click.argument("key")
@click.pass_obj
def get_setting(profile: str | None, key: str) -> None:
    """Print KEY's value as create-project would use it (exit 1 when not set)."""
    _, profile, own = _scope(key, profile)
    check_key(own, in_profile=profile is not None)
    for source in _sources(profile):
        if own in source.settings:
            ui.say(source.settings[own])
            return
    raise click.exceptions.Exit(1)


@config.command("set")
@click.argument("key")
@click.argument("value")
@click.pass_obj
def set_setting(profile: str | None, key: str, value: str) -> None:
    """Set KEY to VALUE, checked first."""
    stored, profile, own = _scope(key, profile)
    value = check_setting(own, value, in_profile=profile is not None)
    if own.startswith("templates.") and not is_git(value):  # a folder, kept absolute
        folder = Path(value).expanduser().resolve()
        extended_type(folder, f"{own} {folder}")
        value = str(folder)
    path = settings_path()
    _save_checked(path, {**read_settings(path), stored: value})
    ui.say(f"{stored} = {value}    ({path})")


def _save_checked(path: Path, flat: dict[str, str]) -> None:
    """Write the settings to a draft beside the file, check it whole (profiles'
    chains, each type's rules), then put it in the file's place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.draft")
    try:
        write_settings(draft, flat)
        user_sources(None, draft)
    except SettingsError as error:
        draft.unlink(missing_ok=True)
        message = error.format_message().replace(f"settings file {draft}: ", "")
        raise SettingsError(message.replace(str(draft), str(path))) from None
    os.replace(draft, path)


@config.command("unset")
@click.argument("key")
@click.pass_obj
def unset_setting(profile: str | None, key: str) -> None:
    """Remove KEY (exit 1 when it was not set)."""
    stored, profile, own = _scope(key, profile)
    check_key(own, in_profile=profile is not None)
    path = settings_path()
    flat = read_settings(path)
    if stored not in flat:
        ui.say(f"{stored} is not set in {path}", err=True)
        raise click.exceptions.Exit(1)
    del flat[stored]
    _save_checked(path, flat)  # a profile others extend cannot go, say
    ui.say(f"{stored} removed    ({path})")


@config.command("path")
def show_path() -> None:
    """Print the settings file's path (it need not exist yet)."""
    ui.say(str(settings_path()))


@config.command("edit")
def edit_settings() -> None:
    """Edit the file in $EDITOR; it replaces the old one only if every key checks."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="fastkit-config-", suffix=".yaml")
    os.close(handle)
    draft = Path(name)
    if path.is_file():
        shutil.copyfile(path, draft)
    click.edit(filename=str(draft))
    try:
        user_sources(None, draft)
    except SettingsError as error:
        raise SettingsError(
            f"{error.format_message()}; {path} is unchanged, your edit is in {draft}"
        ) from error
    shutil.move(draft, path)
    ui.say(f"saved {path}")
