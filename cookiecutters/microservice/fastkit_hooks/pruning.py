# Generated from hooks/fastkit_hooks/pruning.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Delete the files of features that were not chosen.

The manifest is data in cookiecutter.json (`_fastkit.features`): it maps a
feature flag (a rendered `__` variable, empty when off) to the paths it owns. A
path rendered from variants (fastkit_hooks.variants) takes its variants with it.
"""

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from fastkit_hooks.variants import remove, variant_files


def disabled_paths(features: Mapping[str, Sequence[str]], context: Mapping[str, Any]) -> list[str]:
    """Paths owned by a feature whose flag is empty in the context."""
    return [path for flag, paths in features.items() if not context.get(flag) for path in paths]


def prune(project_dir: Path, paths: Sequence[str]) -> None:
    for relative in paths:
        target = project_dir / relative
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        for variant in variant_files(target).values():
            remove(variant)
    _remove_empty_dirs(project_dir)


def _remove_empty_dirs(root: Path) -> None:
    for folder in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
