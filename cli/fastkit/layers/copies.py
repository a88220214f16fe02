"""The files a type's layers put in its cookiecutter, each marked as a copy.

Every layer (the shared one, the parts a type names, a layer from elsewhere) may
hold project/ (files every project of the type renders), templates/ (the fragments
they read) and choice and flag folders, whose own project/ files are copied beside
the layer's, and whose fragments are copied under the name that carries the
folder's condition, and whose descriptor's blocks are written into
fragments in the shapes of cookiecutters/_shared/shapes (fastkit.layers.shapes).
Each copy says where it comes from in a Jinja comment, which renders to nothing: on
its first line, or on its last in a fragment, whose first line's indentation matters.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastkit.layers import shapes

PROJECT_DIR = "{{cookiecutter.project_name}}"
RERUN = "edit that file, then run `python hooks/sync.py`"


def origin(source: Path, cookiecutters: Path) -> str:
    """Where a copy comes from: its path in fastkit's repository (cookiecutters/...,
    hooks/...), or, in a layer from elsewhere, from the folder holding that layer."""
    if source.is_relative_to(cookiecutters):
        return f"cookiecutters/{source.relative_to(cookiecutters).as_posix()}"
    if source.is_relative_to(cookiecutters.parent):
        return source.relative_to(cookiecutters.parent).as_posix()
    layer = next(folder for folder in source.parents if (folder / "layer.yaml").is_file())
    return source.relative_to(layer.parent).as_posix()


def marker(source: Path, cookiecutters: Path, shape: Path | None = None) -> str:
    """The line that says a file is a copy, where from and how to change it."""
    what = origin(source, cookiecutters)
    if shape is not None:
        what += f" (in the shape {origin(shape, cookiecutters)})"
    if not source.is_relative_to(cookiecutters.parent):  # a layer from elsewhere
        rebuild = "build again (fastkit export-template --layer)"
        return f"Generated from {what} by fastkit: edit that file, then {rebuild}."
    return f"Generated from {what} by hooks/sync.py: {RERUN}."


# Sources copied as they are, inside {% raw %}: JSX and Vue templates use braces as
# Jinja does (`style={{...}}`, `{{ item.name }}`), and none needs an answer.
VERBATIM_SUFFIXES = {".ts", ".tsx", ".vue", ".css"}


def template_copy(source: Path, cookiecutters: Path) -> bytes:
    if source.suffix == ".mako":  # _copy_without_render: a marker would reach the project
        return source.read_bytes()
    marked = f"{{#- {marker(source, cookiecutters)} -#}}\n".encode()
    if source.suffix in VERBATIM_SUFFIXES:
        return marked + b"{% raw %}" + source.read_bytes() + b"{% endraw %}"
    return marked + source.read_bytes()


def fragment_copy(source: Path, cookiecutters: Path) -> bytes:
    """A fragment keeps its first line as it is; the marker line renders to an empty
    last line, which fragments() drops with the other trailing newlines."""
    return source.read_bytes() + f"{{# {marker(source, cookiecutters)} #}}\n".encode()


def shaped_fragment(text: bytes, sources: list[Path], cookiecutters: Path) -> bytes:
    """A fragment written from a descriptor, marked like a copy (on its last line)."""
    descriptor, shape = sources
    return text + f"{{# {marker(descriptor, cookiecutters, shape)} #}}\n".encode()


def folder_copies(layers: Sequence[Path], template: Path) -> dict[Path, bytes]:
    """The layers' project/ and templates/ files, as copies in the template (a later
    layer's file replaces an earlier one's)."""
    cookiecutters = template.parent
    copies = {}
    for kind, target in (
        ("project", template / PROJECT_DIR),
        ("templates", template / "templates"),
    ):
        for layer in layers:
            for source in sorted((layer / kind).rglob("*")):
                if source.is_file() and "__pycache__" not in source.parts:
                    copy = template_copy if kind == "project" else fragment_copy
                    copies[target / source.relative_to(layer / kind)] = copy(source, cookiecutters)
    return copies


def fragment_copies(
    layers: Sequence[Path], meta: dict[str, Any], template: Path
) -> dict[Path, bytes]:
    """The fragments of the layers' choice and flag folders that the template can
    choose (as `meta`, its cookiecutter.json, offers them), copied or shaped."""
    cookiecutters = template.parent
    fragments = template / "templates" / "fragments"
    copies = {}
    for layer in layers:
        for condition, folder in owners(layer, meta):
            for source, name in folder_fragments(condition, folder):
                copies[fragments / name] = fragment_copy(source, cookiecutters)
            for name, text, sources in shapes.shaped_fragments(condition, folder, cookiecutters):
                copies[fragments / name] = shaped_fragment(text, sources, cookiecutters)
    return copies


def choice_project_copies(
    layers: Sequence[Path], meta: dict[str, Any], template: Path
) -> dict[Path, bytes]:
    """The whole files a choice or flag folder brings (its project/ folder: the
    Kubernetes manifests of deploy=k8s), as copies in the template's project; the
    features of its flag prune them where it is not chosen."""
    copies = {}
    for layer in layers:
        for _, folder in owners(layer, meta):
            for source in sorted((folder / "project").rglob("*")):
                if source.is_file() and "__pycache__" not in source.parts:
                    target = template / PROJECT_DIR / source.relative_to(folder / "project")
                    copies[target] = template_copy(source, template.parent)
    return copies


def owners(layer: Path, meta: dict[str, Any]) -> list[tuple[str, Path]]:
    """(condition, folder) for each choice and flag folder of a layer this template
    can choose: a value it does not offer, or a flag it does not have, has none."""
    return [
        (f"{question}={value}", layer / "choices" / question / value)
        for question, values in meta.items()
        if not question.startswith("_") and isinstance(values, list)
        for value in values
    ] + [
        (flag, layer / "flags" / flag.removeprefix("__"))
        for flag in meta
        if flag.startswith("__") and flag != "__prompts__"
    ]


def folder_fragments(condition: str, folder: Path) -> list[tuple[Path, str]]:
    """A choice or flag folder's fragments, each with the name the fragments engine
    reads its condition from: choices/db/postgres/fragments/env/20.env ->
    env/20-db=postgres.env, flags/sql/fragments/env/21-!__mongo.env ->
    env/21-__sql+!__mongo.env."""
    found = []
    for source in sorted((folder / "fragments").rglob("*")):
        if source.is_file():
            order, _, more = source.name.partition(".")[0].partition("-")
            extension = source.name.partition(".")[2]
            joined = "+".join([condition, *([more] if more else [])])
            name = f"{source.parent.relative_to(folder / 'fragments')}/{order}-{joined}"
            found.append((source, f"{name}.{extension}"))
    return found
