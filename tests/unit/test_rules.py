"""The table of supported combinations, as the CLI, hooks and test matrix read it."""

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.rules import allowed_values, check_combination, violation
from support import combinations, template_meta

RULES = [
    {
        "if": {"auth": ["jwt", "session"]},
        "then": {"db": ["sqlite", "postgres"]},
        "because": "users live in a database",
    }
]


def test_a_rule_refuses_with_the_valid_choices() -> None:
    reason = violation(RULES, {"auth": "jwt", "db": "none"})

    assert reason == (
        "db=none is not supported with auth=jwt (users live in a database): "
        "choose db from sqlite, postgres"
    )


def test_combinations_outside_a_rule_pass() -> None:
    assert violation(RULES, {"auth": "none", "db": "none"}) is None
    check_combination(RULES, {"auth": "jwt", "db": "postgres"})


def test_check_raises_invalid_answer() -> None:
    try:
        check_combination(RULES, {"auth": "session", "db": "none"})
    except InvalidAnswer as error:
        assert "choose db from" in str(error)
    else:
        raise AssertionError("an unsupported combination passed")


def test_allowed_values_hide_what_the_rules_forbid() -> None:
    choices = ["sqlite", "postgres", "none"]

    assert allowed_values(RULES, choices, "db", {"auth": "jwt"}) == ["sqlite", "postgres"]
    assert allowed_values(RULES, choices, "db", {"auth": "none"}) == choices


def test_rest_api_matrix_is_every_pair_the_table_allows() -> None:
    meta = template_meta()["_fastkit"]
    combos = list(combinations())
    pairs = {(c["auth"], c["db"]) for c in combos}

    assert len(combos) == len(pairs) * len(meta["choices"]["architecture"])
    assert ("none", "none") in pairs
    assert not any(auth != "none" and db == "none" for auth, db in pairs)
    assert len(pairs) == 3 * 4 + 5
