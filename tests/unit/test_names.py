"""Project names: they become a folder, a distribution name and database names."""

import pytest

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import (
    LONGEST_NAME_SUFFIX,
    MAX_NAME_LENGTH,
    check_project_name,
    database_name,
)

RESERVED = ["fastapi", "pydantic-settings", "app"]


@pytest.mark.parametrize("name", ["myapp", "my-app", "my_app2", "A" * MAX_NAME_LENGTH])
def test_good_names_pass(name: str) -> None:
    check_project_name(name, RESERVED)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("a/b", "is a path"),
        ("..", "is a path"),
        ("a\\b", "is a path"),
        ("x" * (MAX_NAME_LENGTH + 1), f"at most {MAX_NAME_LENGTH}"),
        ("1app", "not allowed"),
        ("myapp-", "not allowed"),
        ("myapp_", "not allowed"),
        ("-myapp", "not allowed"),
        ("my app", "not allowed"),
        ("fastapi", "shadows"),
        ("FastAPI", "shadows"),
        ("pydantic_settings", "shadows"),
        ("app", "shadows"),
    ],
)
def test_bad_names_are_refused_with_a_reason(name: str, reason: str) -> None:
    with pytest.raises(InvalidAnswer, match=reason) as refused:
        check_project_name(name, RESERVED)

    assert "\n" not in str(refused.value)


# The longest database name each server accepts (PostgreSQL and MongoDB count bytes).
DATABASE_NAME_LIMITS = {"postgres": 63, "mysql": 64, "mongodb": 63}


@pytest.mark.parametrize(("db", "limit"), DATABASE_NAME_LIMITS.items())
def test_the_longest_name_still_names_every_database(db: str, limit: int) -> None:
    name = "a" * (MAX_NAME_LENGTH - 2) + "-b"
    check_project_name(name, RESERVED)

    test_database = database_name(name) + LONGEST_NAME_SUFFIX
    assert len(test_database.encode()) <= limit, db
