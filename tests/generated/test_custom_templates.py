"""The example custom template (what `fastkit templates new` writes: rest-api with a
--team question and a CODEOWNERS file), committed to a local git repository and
used through git+file:// as a user would: trusted, rendered at the commit the
project records, and the project holds to the bar of every other (installs, ruff,
mypy, its tests against the real PostgreSQL, migrations, start)."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from generated.test_generated_projects import FASTKIT, check_project, project_env, run

from support import require_service

pytestmark = pytest.mark.generated


def test_a_custom_template_from_git_passes_like_any_other(
    tmp_path: Path, actionlint: tuple[list[str], Path], mypy_cache: Path
) -> None:
    require_service("postgres")
    env = {
        **project_env(),
        "FASTKIT_CONFIG": str(tmp_path / "settings" / "config.yaml"),
        "FASTKIT_CACHE": str(tmp_path / "cache"),
    }
    run([str(FASTKIT), "templates", "new", "acme", "--extends", "rest-api"], tmp_path, env)
    template = tmp_path / "acme"
    git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "acme template"]):
        subprocess.run([*git, *args], cwd=template, check=True)
    # Its own test, as its README says.
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                   cwd=template, env=env, check=True, capture_output=True)  # fmt: skip
    source = f"git+file://{template}"
    run([str(FASTKIT), "trust", source], tmp_path, env)

    answers = ["--db", "postgres", "--cache", "redis", "--team", "payments", "--no-input"]
    run(
        [str(FASTKIT), "create-project", "acme_shop", "--template", source, *answers], tmp_path, env
    )

    project = tmp_path / "acme_shop"
    assert (project / "CODEOWNERS").read_text().splitlines()[-1] == "* @payments"
    document = yaml.safe_load((project / ".fastkit.yaml").read_text())
    assert document["template_source"] == source and len(document["template_commit"]) == 40
    run([str(FASTKIT), "create-domain", "book", "--field", "title:str"], project, env)
    check_project(
        project,
        document["answers"],
        "custom",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=False,  # rest-api's code, measured in its combinations
    )
