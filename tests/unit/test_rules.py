"""The table of supported combinations, as the CLI, hooks and test matrix read it."""

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.rules import allowed_values, check_combination, violation
from fastkit_hooks.spec import choice_questions
from support import (
    CORE,
    DOMAINS_IN,
    TEMPLATES,
    answers,
    combinations,
    coverage_combinations,
    covering_combinations,
    generated_combinations,
    gets_domains,
    template_meta,
    type_combinations,
)

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
    combos = list(combinations())
    pairs = {(c["auth"], c["db"]) for c in combos}

    assert ("none", "none") in pairs
    assert not any(auth != "none" and db == "none" for auth, db in pairs)
    assert len(pairs) == 3 * 4 + 5
    assert not any(c["broker"] == "rabbitmq" and c["queue"] != "celery" for c in combos)


def test_the_covering_set_meets_every_extra_value_with_every_database() -> None:
    choices = choice_questions(template_meta())
    combos = covering_combinations()
    everything = list(combinations())

    cores = {tuple(c[key] for key in CORE) for c in combos}
    assert cores == {tuple(c[key] for key in CORE) for c in everything}
    for db in choices["db"]:
        with_db = [c for c in combos if c["db"] == db]
        for key in ("cache", "queue", "docker", "ci"):
            assert {c[key] for c in with_db} == set(choices[key]), (db, key)
        celery = [c for c in with_db if c["queue"] == "celery"]
        assert {c["broker"] for c in celery} == set(choices["broker"]), db
    assert len(combos) < len(everything) / 50


def test_the_generated_set_takes_the_architecture_pairwise() -> None:
    """Every auth x database pair, each auth and each database in both
    architectures, every extra beside every database, domains on every database."""
    choices = choice_questions(template_meta())
    combos = generated_combinations("rest-api")
    everything = list(combinations())

    def pairs(first: str, second: str, among: list[dict[str, str]]) -> set[tuple[str, str]]:
        return {(c[first], c[second]) for c in among}

    for first, second in (("auth", "db"), ("auth", "architecture"), ("db", "architecture")):
        assert pairs(first, second, combos) == pairs(first, second, everything)
    for db in choices["db"]:
        with_db = [c for c in combos if c["db"] == db]
        for key in ("cache", "queue", "docker", "ci", "metrics"):
            assert {c[key] for c in with_db} == {c[key] for c in everything if c["db"] == db}
    for auth, architecture in DOMAINS_IN:
        with_domains = {
            c["db"] for c in combos if (c["auth"], c["architecture"]) == (auth, architecture)
        } - {"none"}
        assert with_domains == {c["db"] for c in everything if c["auth"] == auth} - {"none"}
    assert len(combos) < len(covering_combinations()) * 2 / 3


def test_coverage_is_measured_for_every_answer_in_few_projects() -> None:
    """Every answer of each type (domains too) meets the coverage floor in a measured
    project, and each measured project brings an answer the ones before it did not."""
    for project_type in TEMPLATES:
        combos = generated_combinations(project_type)
        measured = coverage_combinations(project_type)

        assert all(c in combos for c in measured)
        assert held(project_type, measured) == held(project_type, combos)
        for index, combo in enumerate(measured):
            assert answers(project_type, combo) - held(project_type, measured[:index]), combo
        assert len(measured) < len(combos), project_type


def held(project_type: str, combos: list[dict[str, str]]) -> set[tuple[str, str]]:
    return set().union(*(answers(project_type, combo) for combo in combos))


def test_the_verifying_types_meet_every_database_with_and_without_a_token() -> None:
    """microservice and ai-backend: each database verified and not, each way of
    verifying on a SQL database and on another, every answer once, domains on every
    database; fewer projects than every auth x database."""
    sql = {"postgres", "mysql", "sqlite"}
    for project_type in ("microservice", "ai-backend"):
        combos = generated_combinations(project_type)
        everything = type_combinations(project_type)

        def verified(among: list[dict[str, str]]) -> set[tuple[bool, str]]:
            return {(c["auth"] != "none", c["db"]) for c in among}

        def auth_on(among: list[dict[str, str]]) -> set[tuple[str, bool]]:
            return {(c["auth"], c["db"] in sql) for c in among}

        assert verified(combos) == verified(everything), project_type
        assert auth_on(combos) == auth_on(everything), project_type
        for key in everything[0]:
            assert {c[key] for c in combos} == {c[key] for c in everything}, key
        with_domains = {c["db"] for c in combos if gets_domains(project_type, c)}
        assert with_domains == {c["db"] for c in everything} - {"none"}
        assert len(combos) < len(everything) * 0.8, project_type
