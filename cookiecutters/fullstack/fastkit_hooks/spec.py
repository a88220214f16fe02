# Generated from hooks/fastkit_hooks/spec.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Reading a template's spec: its cookiecutter.json.

Public keys are the questions: a list is a choice (its first value the default),
a string is free text, `project_name` is the name. `__` keys are flags derived from
the answers; `_fastkit` holds the rules, the reserved names and the feature manifest.
"""

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined, Template

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.escaping import Escaping

NAME_KEY = "project_name"


def load_spec(template_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (template_dir / "cookiecutter.json").read_text(encoding="utf-8")
    )
    return data


def choice_questions(spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """Each choice question with its values, in the order they are asked."""
    return {
        key: [str(v) for v in value]
        for key, value in spec.items()
        if not key.startswith("_") and isinstance(value, list)
    }


def text_questions(spec: Mapping[str, Any]) -> list[str]:
    return [
        key
        for key, value in spec.items()
        if not key.startswith("_") and key != NAME_KEY and isinstance(value, str)
    ]


@cache
def _expression(text: str) -> Template:
    """A flag's expression, compiled once per process (create-domain reads a
    project's flags on every run)."""
    return Environment(undefined=StrictUndefined, extensions=[Escaping]).from_string(text)


def derived_flags(spec: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, str]:
    """The `__` variables, rendered from the answers as cookiecutter renders them."""
    context = {key: value for key, value in answers.items() if not key.startswith("_")}
    for key, expression in spec.items():
        if key.startswith("__") and isinstance(expression, str):
            context[key] = _expression(expression).render(cookiecutter=context)
    return {key: value for key, value in context.items() if key.startswith("__")}


def check_derived_flags(spec: Mapping[str, Any], context: Mapping[str, Any]) -> None:
    """Refuse a `__` variable given on the command line that the answers contradict."""
    for key, expected in derived_flags(spec, context).items():
        if key in context and context[key] != expected:
            raise InvalidAnswer(
                f"{key} is derived from the other answers and cannot be set "
                f"(they make it {expected!r}, not {context[key]!r}): leave it out"
            )
