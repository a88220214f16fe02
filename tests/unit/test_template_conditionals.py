"""The templates' Jinja conditionals stay within the composable-templates targets
(tests/template_conditionals.py prints them) and may only go down."""

from template_conditionals import (
    PER_FILE_TARGET,
    TOTAL_TARGET,
    conditionals,
    decision_counts,
    domain_template_files,
)

# Lower this as conditionals go (a new option is a fragment or a variant file,
# rarely a new conditional).
# 134, then 145 with deploy=k8s (its kustomization's resources, the init containers
# that wait for migrations, the network policies' optional rules, its README), 151
# with the task queue's length as a metric (its collector, test, alert and panel), 153
# with the fullstack type (its README's broker, its CI's migration step); 152 once
# every SQL session module had the same imports (@reads_only's); 149 once the
# readiness test's unreachable database came from tests/database_url.py's variants;
# 148 once the Redis cache's expiry test read the key's time to live instead of
# sleeping past it (its asyncio import).
MOST_CONDITIONALS = 148  # the shapes' own counted (fastkit/layers/shapes.py)
# All four forms a decision takes (tests/template_conditionals.py): 608 before the
# choice folders, 354 with them, 348 with servers and SQL databases written from their
# descriptors; the choice-folder issue's target is 250: 243 once the example domain
# was rendered at generation instead of committed as 99 pre-rendered variants; 262
# with the deploy question (k8s: 16 conditionals, 3 fragments of its backup and
# monitoring flags), 268 with the queue's length as a metric, 276 with the fullstack
# type (its two frontend folders, its two ways of signing in, the README's words on
# each CI, the conditionals above), 275 as above, 272 as above, 271 as above.
MOST_DECISIONS = 271


def test_no_template_file_has_more_than_ten_conditionals() -> None:
    counts = conditionals() + conditionals(domain_template_files())
    above = sorted(path for path, count in counts.items() if count > PER_FILE_TARGET)
    assert above == []


def test_conditionals_stay_below_half_of_what_rest_api_had_alone() -> None:
    total = sum(conditionals().values())
    assert total < TOTAL_TARGET
    assert total <= MOST_CONDITIONALS


def test_decisions_in_all_their_forms_do_not_grow() -> None:
    counts = decision_counts()
    assert set(counts) == {
        "conditionals",
        "conditioned fragments",
        "variant files",
        "pre-rendered variants",
    }
    # The example domain is rendered when a project is generated: none is committed.
    assert counts.pop("pre-rendered variants") == 0
    assert all(count > 0 for count in counts.values())  # each other form is still found
    assert sum(counts.values()) <= MOST_DECISIONS
