"""Plugins: Python packages that add to fastkit through the same loader as its own
layers, found by their `fastkit.plugins` entry points.

A plugin's entry point names a module; what it contributes are plain attributes:

    LAYERS = {"rest-api": [Path(__file__).parent / "layer"]}   # layers on a type
    COMMANDS = {"hello": "my_plugin.cli:hello"}                 # click commands, lazy
    FIELD_TYPES = {"slug": {"length": 80, "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
                            "samples": ["alpha", "beta-2"], "invalid": "Not a slug"}}
                            # create-domain's `--field handle:slug`: text with a pattern

Finding plugins reads their packages' metadata and imports nothing: a plugin's
module is imported only once it is trusted (`fastkit trust plugin:NAME`, recorded
with its version and the digest of its installed files; fastkit.layers.trust). An
untrusted plugin, or one that fails to import, is left out, and said so on stderr in
one line; the others still load, and `fastkit --help` still works.
"""

import importlib
import importlib.metadata
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import click

from fastkit_hooks.digests import files_digest
from fastkit_hooks.domain.fields import MAX_STR_LENGTH, PLUGIN_TYPES, TYPES, TextType

GROUP = "fastkit.plugins"


@dataclass(frozen=True)
class Plugin:
    name: str
    module: str
    distribution: str
    version: str

    @property
    def key(self) -> str:
        """How `fastkit trust` and trusted.yaml name it."""
        return f"plugin:{self.name}"

    def digest(self) -> str:
        """Of the files its distribution installed (an editable install's are only
        the link to its source)."""
        dist = importlib.metadata.distribution(self.distribution)
        files = [
            (str(entry), Path(str(dist.locate_file(entry))))
            for entry in dist.files or []
            if "__pycache__" not in entry.parts and entry.suffix != ".pyc"
        ]
        return files_digest(files, f"{self.distribution} {self.version}")


@dataclass(frozen=True)
class Loaded:
    """What the trusted plugins that imported give, and what was left out, why."""

    layers: dict[str, list[Path]] = field(default_factory=dict)  # type -> folders
    layered_by: dict[str, list[str]] = field(default_factory=dict)  # type -> plugins
    commands: dict[str, str] = field(default_factory=dict)
    field_types: dict[str, TextType] = field(default_factory=dict)
    contributed: dict[str, list[str]] = field(default_factory=dict)  # plugin -> what
    left_out: dict[str, str] = field(default_factory=dict)  # plugin -> why


@cache
def installed() -> list[Plugin]:
    """Every plugin installed, from metadata alone."""
    found = []
    for entry in importlib.metadata.entry_points(group=GROUP):
        dist = entry.dist
        found.append(
            Plugin(
                entry.name,
                entry.value,
                dist.name if dist else "?",
                dist.version if dist else "?",
            )
        )
    return sorted(found, key=lambda plugin: plugin.name)


@cache
def loaded() -> Loaded:
    """The trusted plugins' contributions (imported once per run)."""
    from fastkit.layers.trust import trusted_plugin

    result = Loaded()
    for plugin in installed():
        if not trusted_plugin(plugin):
            result.left_out[plugin.name] = f"not trusted: fastkit trust {plugin.key}"
            continue
        try:
            module = importlib.import_module(plugin.module)
            layers, commands = _contributions(plugin, module)
            types = _field_types(getattr(module, "FIELD_TYPES", {}))
            taken = sorted(set(types) & set(result.field_types))
            if taken:
                raise ValueError(f"another plugin adds the field type {taken[0]!r}")
        except Exception as error:  # a plugin's bug must not stop fastkit
            result.left_out[plugin.name] = f"failed to load: {type(error).__name__}: {error}"
            continue
        for project_type, folders in layers.items():
            result.layers.setdefault(project_type, []).extend(folders)
            result.layered_by.setdefault(project_type, []).append(plugin.name)
        result.commands.update(commands)
        result.field_types.update(types)
        result.contributed[plugin.name] = [
            *(f"layers on {t}" for t in layers),
            *(f"command {c}" for c in commands),
            *(f"field type {t}" for t in types),
        ]
    return result


def _contributions(plugin: Plugin, module: Any) -> tuple[dict[str, list[Path]], dict[str, str]]:
    layers = getattr(module, "LAYERS", {})
    commands = getattr(module, "COMMANDS", {})
    if not isinstance(layers, dict) or not all(
        isinstance(folders, list) and all(isinstance(f, Path) and f.is_dir() for f in folders)
        for folders in layers.values()
    ):
        raise ValueError("LAYERS must map a type to a list of folders")
    if not isinstance(commands, dict) or not all(
        isinstance(target, str) and ":" in target for target in commands.values()
    ):
        raise ValueError("COMMANDS must map a name to 'module:attribute'")
    return layers, commands


@cache
def warn_left_out() -> None:
    """One line on stderr per plugin left out, once per run."""
    for name, why in loaded().left_out.items():
        click.echo(f"fastkit: plugin {name} left out: {why}", err=True)


def plugin_layers(project_type: str) -> list[Path]:
    """The trusted plugins' layers on this type, in the plugins' order (none when no
    plugin is installed: nothing is imported then)."""
    if not installed():
        return []
    warn_left_out()
    return loaded().layers.get(project_type, [])


def _field_types(declared: Any) -> dict[str, TextType]:
    """FIELD_TYPES, checked: a new name, a length, an anchored pattern that takes its
    two samples, refuses its invalid value and accepts no NUL."""
    if not isinstance(declared, dict):
        raise ValueError(
            "FIELD_TYPES must map a type name to its length, pattern, samples, invalid"
        )
    types = {}
    for name, body in declared.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]{1,29}", name):
            raise ValueError(f"field type {name!r}: 2-30 lower-case letters, digits and _")
        if name in TYPES:
            raise ValueError(f"field type {name!r} is one of fastkit's own")
        try:
            length, pattern = int(body["length"]), str(body["pattern"])
            first, second = (str(sample) for sample in body["samples"])
            invalid = str(body["invalid"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(
                f"field type {name!r}: length, pattern, samples (two), invalid"
            ) from None
        compiled = re.compile(pattern)
        ok = (
            1 <= length <= MAX_STR_LENGTH
            and pattern.startswith("^")
            and pattern.endswith(("$", "\\Z"))
            and first != second
            and all(compiled.search(s) and len(s) <= length for s in (first, second))
            and not compiled.search(invalid)
            and not any(
                compiled.search(s + "\x00") or compiled.search("\x00" + s) for s in (first, second)
            )
        )
        if not ok:
            raise ValueError(
                f"field type {name!r}: a length of 1-{MAX_STR_LENGTH}, a pattern anchored with "
                "^ and $ that takes both samples (within the length), refuses invalid and no NUL"
            )
        types[name] = TextType(length, pattern, (first, second), invalid)
    return types


def register_field_types() -> None:
    """The trusted plugins' field types, for create-domain to read fields with."""
    if installed():
        warn_left_out()
        PLUGIN_TYPES.update(loaded().field_types)
