"""A type built with layers from elsewhere on top (a contributor's, a plugin's, a
user's): a standalone cookiecutter, as plain cookiecutter and fastkit read it.

The type's cookiecutter as fastkit ships it, then what the layers change: its
cookiecutter.json declared again with them, their project/ and
templates/ files, and the fragments of every layer's choice and flag folders that
the new declaration can choose (a value a layer offers may have its folder in the
shared layer). Everything is computed before anything is written: a layer that
declares what the type cannot take is refused with nothing written.
"""

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

from fastkit.layers import declarations
from fastkit.layers.copies import choice_project_copies, folder_copies, fragment_copies


def build(template: Path, dest: Path, layers: Sequence[Path]) -> Path:
    shipped = json.loads((template / "cookiecutter.json").read_text(encoding="utf-8"))
    stack = declarations.layer_folders(template, layers)
    meta = declarations.cookiecutter_json(template, shipped["_fastkit"]["version"], layers)
    names = ", ".join(layer.name for layer in layers)
    meta[declarations.GENERATED] = (
        (
            f"by fastkit from its {template.name} type with the layers {names} on top: "
            "edit those, then build it again (fastkit export-template --layer)"
        )
        if layers
        else shipped[declarations.GENERATED]
    )
    copies = {template / "cookiecutter.json": declarations.text(meta)}
    copies.update(folder_copies(layers, template))
    copies.update(choice_project_copies(stack, meta, template))
    copies.update(fragment_copies(stack, meta, template))
    shutil.copytree(template, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for copy, content in copies.items():
        target = dest / copy.relative_to(template)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return dest
