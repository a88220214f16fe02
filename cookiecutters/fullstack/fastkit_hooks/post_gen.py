# Generated from hooks/fastkit_hooks/post_gen.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Post-generation: prune what was not chosen, keep the chosen variants, render the
example domain, lay out the architecture, write the settings files, record answers."""

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastkit_hooks.answers import write_answers
from fastkit_hooks.deploy import write_deploy_settings
from fastkit_hooks.envfile import write_env_file
from fastkit_hooks.example import example_record, write_example
from fastkit_hooks.layout import to_layered
from fastkit_hooks.pruning import disabled_paths, prune
from fastkit_hooks.spec import load_spec
from fastkit_hooks.variants import choose_variants


def remove_bytecode(project_dir: Path) -> None:
    """pip compiles installed package data, templates included: never ship its output."""
    for cache in sorted(project_dir.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)
    for compiled in project_dir.rglob("*.py[co]"):
        compiled.unlink()


def run(project_dir: Path, context: Mapping[str, Any]) -> None:
    remove_bytecode(project_dir)
    prune(project_dir, disabled_paths(context["_fastkit"]["features"], context))
    choose_variants(project_dir, context["_fastkit"].get("variants", {}), context)
    write_example(project_dir, context)
    if context["architecture"] == "layered":
        to_layered(project_dir)
    write_env_file(project_dir)
    if context["__k8s"]:
        write_deploy_settings(project_dir)
    order = list(load_spec(Path(context["_repo_dir"])))
    write_answers(project_dir, context, order, example_record(project_dir, context["architecture"]))
