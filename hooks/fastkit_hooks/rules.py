"""The table of supported combinations, read from a cookiecutter's `_fastkit.rules`.

A rule reads: when every key in `if` has one of its listed values, each key in
`then` must have one of its listed values. Example:
    {"if": {"auth": ["jwt"]}, "then": {"db": ["sqlite", "postgres"]},
     "because": "jwt stores users in a database"}
"""

from collections.abc import Iterator, Mapping, Sequence
from itertools import product
from typing import Any

from fastkit_hooks import InvalidAnswer

Rule = Mapping[str, Any]


def _applies(rule: Rule, answers: Mapping[str, str]) -> bool:
    return all(answers.get(key) in values for key, values in rule["if"].items())


def violation(rules: Sequence[Rule], answers: Mapping[str, str]) -> str | None:
    """A one-line reason the answers are refused, or None when they are supported."""
    for rule in rules:
        if not _applies(rule, answers):
            continue
        for key, allowed in rule["then"].items():
            if key in answers and answers[key] not in allowed:
                given = ", ".join(f"{k}={answers[k]}" for k in rule["if"])
                return (
                    f"{key}={answers[key]} is not supported with {given} "
                    f"({rule['because']}): choose {key} from {', '.join(allowed)}"
                )
    return None


def check_combination(rules: Sequence[Rule], answers: Mapping[str, str]) -> None:
    reason = violation(rules, answers)
    if reason:
        raise InvalidAnswer(reason)


def allowed_values(
    rules: Sequence[Rule],
    choices: Sequence[str],
    key: str,
    answers: Mapping[str, str],
) -> list[str]:
    """The choices for `key` that no rule forbids, given the answers so far."""
    return [value for value in choices if violation(rules, {**answers, key: value}) is None]


def supported_combinations(
    rules: Sequence[Rule], choices: Mapping[str, Sequence[str]]
) -> Iterator[dict[str, str]]:
    """Every combination of the choice questions that the rules allow."""
    keys = list(choices)
    for values in product(*(choices[key] for key in keys)):
        answers = dict(zip(keys, values, strict=True))
        if violation(rules, answers) is None:
            yield answers
