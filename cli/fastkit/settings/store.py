"""The user's settings file: where it is, reading it (every key checked), and writing
it back whole.

It lives in the platform's config folder (`$XDG_CONFIG_HOME/fastkit/config.yaml` or
`~/.config/fastkit/config.yaml` on Linux, Application Support on macOS, %APPDATA% on
Windows); FASTKIT_CONFIG names another file. In the file the keys nest
(`defaults: {db: postgres}`); on the command line they are dotted (`defaults.db`).
"""

import os
import tempfile
from pathlib import Path
from typing import Any

import click
import yaml

from fastkit.settings.keys import SettingsError, check_setting, split_profile
from fastkit_hooks.answers import read_answers

FILE_NAME = "config.yaml"


def settings_path() -> Path:
    named = os.environ.get("FASTKIT_CONFIG", "").strip()
    if named:
        return Path(named).expanduser()
    return Path(click.get_app_dir("fastkit")) / FILE_NAME


def read_settings(path: Path) -> dict[str, str]:
    """Every setting in the file as dotted keys (`profiles.work.defaults.db`), each
    checked: a file that is not there holds none; a broken one is one line naming
    the file and the key."""
    if not os.path.lexists(path):
        return {}
    try:
        empty = path.is_file() and not path.read_bytes().strip()
        document = {} if empty else read_answers(path)
    except (ValueError, OSError) as error:
        reason = str(error).replace("a mapping of answers", "a mapping of settings")
        raise SettingsError(f"settings file {path}: {reason}") from error
    flat: dict[str, str] = {}
    _flatten(path, document, "", flat)
    for key, value in flat.items():
        profile, setting = _parts(path, key)
        try:
            flat[key] = check_setting(setting, value, in_profile=profile is not None)
        except SettingsError as error:
            raise SettingsError(f"settings file {path}: {error.format_message()}") from error
    return flat


def _parts(path: Path, key: str) -> tuple[str | None, str]:
    try:
        return split_profile(key)
    except SettingsError as error:
        raise SettingsError(f"settings file {path}: {error.format_message()}") from error


def _flatten(path: Path, node: dict[Any, Any], prefix: str, into: dict[str, str]) -> None:
    for key, value in node.items():
        if not isinstance(key, str) or not key or "." in key:
            raise SettingsError(f"settings file {path}: the key {prefix}{key!r} must be a name")
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(path, value, f"{dotted}.", into)
        elif isinstance(value, bool):  # YAML reads an unquoted yes/no as a boolean
            into[dotted] = "yes" if value else "no"
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            into[dotted] = str(value)
        else:
            raise SettingsError(
                f"settings file {path}: {dotted} must be text, not {type(value).__name__}"
            )


def write_settings(path: Path, flat: dict[str, str]) -> None:
    """The settings, nested again, written to a new file that then replaces the old
    one: an interrupted write leaves the old file as it was."""
    document: dict[str, Any] = {}
    for key in sorted(flat):
        node = document
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = flat[key]
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# fastkit's settings: change them with `fastkit config set KEY VALUE` or edit.\n" + (
        yaml.safe_dump(document, sort_keys=True, allow_unicode=True) if document else ""
    )
    handle, temporary = tempfile.mkstemp(prefix=".config-", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
