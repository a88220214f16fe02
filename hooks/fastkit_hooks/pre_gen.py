"""Pre-generation: refuse bad names and unsupported combinations before a file is written."""

import sys
from collections.abc import Mapping
from typing import Any

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import check_project_name
from fastkit_hooks.rules import check_combination


def validate(context: Mapping[str, Any]) -> None:
    meta = context["_fastkit"]
    check_project_name(context["project_name"], meta["reserved_names"])
    for key, choices in meta["choices"].items():
        if context[key] not in choices:
            raise InvalidAnswer(f"{key}={context[key]!r} is not one of: {', '.join(choices)}")
    answers = {key: context[key] for key in meta["choices"]}
    check_combination(meta["rules"], answers)


def run(context: Mapping[str, Any]) -> int:
    try:
        validate(context)
    except InvalidAnswer as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    return 0
