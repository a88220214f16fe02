# Generated from hooks/fastkit_hooks/pre_gen.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Pre-generation: refuse bad names, text and combinations before a file is written."""

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import check_project_name
from fastkit_hooks.rules import check_combination
from fastkit_hooks.spec import (
    NAME_KEY,
    check_derived_flags,
    choice_questions,
    load_spec,
    text_questions,
)
from fastkit_hooks.text import check_text


def validate(context: Mapping[str, Any], spec: Mapping[str, Any]) -> None:
    meta = spec["_fastkit"]
    check_project_name(context[NAME_KEY], meta["reserved_names"])
    for key in text_questions(spec):
        check_text(key, context[key])
    choices = choice_questions(spec)
    for key, values in choices.items():
        if context[key] not in values:
            raise InvalidAnswer(f"{key}={context[key]!r} is not one of: {', '.join(values)}")
    check_combination(meta["rules"], {key: context[key] for key in choices})
    check_derived_flags(spec, context)


def run(context: Mapping[str, Any], template_dir: Path) -> int:
    try:
        validate(context, load_spec(template_dir))
    except InvalidAnswer as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    return 0
