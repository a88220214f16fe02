"""Consent before code from outside fastkit is used: templates from git, cookiecutter
templates with hooks or Jinja extensions, plugins.

What the gate is, honestly: Python cannot be sandboxed in-process, and cookiecutter
renders Jinja with an environment that is not sandboxed either, so the protection
is consent. A git template is used only once it is trusted: `fastkit trust SOURCE`
records the source with its commit and the digest of its files in `trusted.yaml`
beside the settings file; a changed digest (a new commit, a moved tag) asks again;
`--trust` trusts it for one run; at a terminal fastkit asks; with none it refuses
with the command to run. A layer template from a local folder is the user's own
files and needs no consent; a plain cookiecutter template with hooks or extensions
does (its hooks then run in a subprocess: fastkit.generators.plain_template).
"""

from pathlib import Path
from typing import TYPE_CHECKING

import click
import yaml

from fastkit.layers.custom import CustomTemplate
from fastkit.settings.store import settings_path
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import answers_text, read_answers

if TYPE_CHECKING:
    from fastkit.plugins import Plugin

TRUST_FILE = "trusted.yaml"


def trust_path() -> Path:
    return settings_path().parent / TRUST_FILE


def trusted(template: CustomTemplate) -> bool:
    return _matches(template.source, template.files_digest)


def record_trust(template: CustomTemplate) -> None:
    _record(template.source, {"commit": template.commit, "digest": template.files_digest})


def trusted_plugin(plugin: "Plugin") -> bool:
    return _matches(plugin.key, plugin.digest())


def record_plugin_trust(plugin: "Plugin") -> None:
    _record(plugin.key, {"version": plugin.version, "digest": plugin.digest()})


def _matches(key: str, digest: str) -> bool:
    record = _records().get(key)
    return isinstance(record, dict) and record.get("digest") == digest


def _record(key: str, entry: dict[str, str]) -> None:
    path = trust_path()
    records = _records()
    records[key] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(answers_text(records), encoding="utf-8")


def require_trust(template: CustomTemplate, interactive: bool, once: bool) -> None:
    """Go on if the template needs no consent or has it; else ask, or refuse."""
    if not template.needs_trust or once or trusted(template):
        return
    commit = f"commit {template.commit[:12]}, " if template.commit else ""
    what = f"{template.source} ({commit}files {template.files_digest})"
    command = f"fastkit trust {template.source}"
    if not interactive:
        raise InvalidInput(
            f"the template {what} is not trusted: read it, then run `{command}` "
            "(or pass --trust for this run)"
        )
    click.echo(f"The template {what} comes from outside fastkit and is not trusted yet.")
    if not click.confirm("Its files are rendered as code would be. Trust it?", default=False):
        raise InvalidInput(f"not trusted: nothing written (trust it later with `{command}`)")
    record_trust(template)


def _records() -> dict[str, object]:
    path = trust_path()
    if not path.exists():
        return {}
    try:
        return dict(read_answers(path))
    except (ValueError, yaml.YAMLError) as error:
        raise InvalidInput(f"{path}: {error}") from error
