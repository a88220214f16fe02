"""Project names: they become a folder and a distribution name."""

import pytest

from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import MAX_NAME_LENGTH, check_project_name

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
