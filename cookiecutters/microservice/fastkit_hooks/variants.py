# Generated from hooks/fastkit_hooks/variants.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Alternatives are files: keep the one variant the answers chose, under its real name.

The manifest is data in cookiecutter.json (`_fastkit.variants`): it maps a path in
the project to the `__` flag whose value names the variant. For
`"app/domains/item/repository.py": "__store"` the template holds
`repository.sql.py`, `repository.mongo.py`, `repository.memory.py`; with `__store`
rendered to `mongo`, `repository.mongo.py` becomes `repository.py` and the others go.
Each variant is then plain code for one choice, read top to bottom. A folder can
be a variant too: `frontend.react/` becomes `frontend/` for `"frontend": "frontend"`,
merged into what `frontend/` holds for every variant.
"""

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class MissingVariant(Exception):
    """The template has no file for the variant the answers chose, or a variant folder
    holds a file its shared folder holds too (template bugs)."""


def variant_files(target: Path) -> dict[str, Path]:
    """The variants of `target` that exist beside it, by variant name."""
    found = {}
    for path in sorted(target.parent.glob(f"{target.stem}.*{target.suffix}")):
        name = path.name.removeprefix(f"{target.stem}.").removesuffix(target.suffix)
        if "." not in name:
            found[name] = path
    return found


def choose_variants(
    project_dir: Path, variants: Mapping[str, str], context: Mapping[str, Any]
) -> None:
    """Rename each chosen variant to its target; delete the others.

    A target whose folder was pruned (its feature is off) has nothing to choose.
    """
    for relative, flag in variants.items():
        target = project_dir / relative
        found = variant_files(target)
        if not found:
            continue
        chosen = str(context[flag])
        if chosen not in found:
            raise MissingVariant(
                f"{relative}: no variant {chosen!r} for {flag} (the template has "
                f"{', '.join(sorted(found))})"
            )
        for name, path in found.items():
            if name == chosen:
                place(path, target)
            else:
                remove(path)


def place(variant: Path, target: Path) -> None:
    """The chosen variant under its real name. A folder whose target folder holds what
    every variant shares (frontend/ beside frontend.react/) is merged into it."""
    if not (variant.is_dir() and target.is_dir()):
        variant.replace(target)
        return
    for path in sorted(variant.rglob("*")):
        if path.is_file():
            destination = target / path.relative_to(variant)
            if destination.exists():
                shared = "shared by every variant"
                raise MissingVariant(f"{destination}: in {variant.name}/ and {shared}")
            destination.parent.mkdir(parents=True, exist_ok=True)
            path.replace(destination)
    shutil.rmtree(variant)


def remove(path: Path) -> None:
    """A variant file, or a variant folder (frontend.react/) with what it holds."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
