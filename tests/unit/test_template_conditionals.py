"""The templates' Jinja conditionals stay within the composable-templates targets
(tests/template_conditionals.py prints them) and may only go down."""

from template_conditionals import (
    PER_FILE_TARGET,
    TOTAL_TARGET,
    conditionals,
    domain_template_files,
)

# Lower this as conditionals go (a new option is a fragment or a variant file,
# rarely a new conditional).
MOST_CONDITIONALS = 137


def test_no_template_file_has_more_than_ten_conditionals() -> None:
    counts = conditionals() + conditionals(domain_template_files())
    above = sorted(path for path, count in counts.items() if count > PER_FILE_TARGET)
    assert above == []


def test_conditionals_stay_below_half_of_what_rest_api_had_alone() -> None:
    total = sum(conditionals().values())
    assert total < TOTAL_TARGET
    assert total <= MOST_CONDITIONALS
