"""Post-generation: prune what was not chosen, lay out the architecture, record answers."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastkit_hooks.answers import write_answers
from fastkit_hooks.envfile import write_env_file
from fastkit_hooks.layout import to_layered
from fastkit_hooks.pruning import disabled_paths, prune


def run(project_dir: Path, context: Mapping[str, Any]) -> None:
    prune(project_dir, disabled_paths(context["_fastkit"]["features"], context))
    if context["architecture"] == "layered":
        to_layered(project_dir)
    write_env_file(project_dir)
    write_answers(project_dir, context)
