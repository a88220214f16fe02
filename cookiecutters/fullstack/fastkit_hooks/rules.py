# Generated from hooks/fastkit_hooks/rules.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
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


def broken_rule(rules: Sequence[Rule], answers: Mapping[str, str]) -> Rule | None:
    """The first rule these answers break, if any."""
    for rule in rules:
        if _applies(rule, answers) and any(
            key in answers and answers[key] not in allowed for key, allowed in rule["then"].items()
        ):
            return rule
    return None


def violation(rules: Sequence[Rule], answers: Mapping[str, str]) -> str | None:
    """A one-line reason the answers are refused, or None when they are supported."""
    rule = broken_rule(rules, answers)
    if rule is None:
        return None
    key, allowed = next(
        (k, v) for k, v in rule["then"].items() if k in answers and answers[k] not in v
    )
    given = ", ".join(f"{k}={answers[k]}" for k in rule["if"])
    return (
        f"{key}={answers[key]} is not supported with {given} "
        f"({rule['because']}): choose {key} from {', '.join(allowed)}"
    )


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
