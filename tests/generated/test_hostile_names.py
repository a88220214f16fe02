"""Names create-domain accepts give projects that pass their own checks: domains
named by hostile names it accepts (identifiers its own templates use, builtins...),
whose fields are the hostile names it accepts, of every type (tests/hostile_names.py
picks them; the unit tier shows the rest are refused in one line)."""

from pathlib import Path

import pytest
import yaml
from generated.test_generated_projects import FASTKIT, check_project, project_env, run
from hostile_names import hostile_spec

from fastkit.generators.project_generator import generate_project
from support import options

pytestmark = pytest.mark.generated


@pytest.mark.parametrize(
    "combo",
    [
        {"auth": "jwt", "db": "sqlite", "cache": "memory", "architecture": "domain"},
        {"auth": "none", "db": "mongodb", "cache": "none", "architecture": "layered"},
    ],
    ids=["sql-owned-cached", "mongo-layered"],
)
def test_accepted_hostile_names_give_a_project_that_passes_its_checks(
    tmp_path: Path, combo: dict[str, str]
) -> None:
    project = generate_project(options("rest-api", "hostile", **combo), tmp_path)
    spec = hostile_spec(project, domains=3)
    (project / "hostile.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")

    run([str(FASTKIT), "create-domain", "--spec", "hostile.yaml"], project, project_env())

    defaults = {"queue": "none", "broker": "redis", "docker": "no", "ci": "none", "metrics": "no"}
    no_workflow = ([], tmp_path)  # ci: none, so nothing for actionlint to check
    mypy_cache = tmp_path / "mypy-cache"
    check_project(
        project,
        {**defaults, **combo},
        "hostile",
        tmp_path,
        no_workflow,
        mypy_cache,
        measure_coverage=False,  # the names are the point; the code is the combinations'
    )
