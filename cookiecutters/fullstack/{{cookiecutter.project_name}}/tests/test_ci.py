{#- Generated from cookiecutters/_shared/project/tests/test_ci.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- set ci_file = '.github/workflows/ci.yml' if c.__github else '.gitlab-ci.yml' -%}
{%- set schema = 'vendor.github-workflows' if c.__github else 'vendor.gitlab-ci' -%}
"""The CI pipeline ({{ ci_file }}), checked offline against its schema."""

import subprocess
import sys
from pathlib import Path
{%- if c.__github %}

import yaml
{%- endif %}

ROOT = Path(__file__).resolve().parent.parent
CI_FILE = ROOT / "{{ ci_file }}"


def test_pipeline_matches_the_{{ 'github_workflow' if c.__github else 'gitlab_ci' }}_schema() -> None:
    check = Path(sys.executable).parent / "check-jsonschema"
    done = subprocess.run(
        [str(check), "--builtin-schema", "{{ schema }}", str(CI_FILE)],
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_pipeline_runs_the_projects_own_checks() -> None:
    text = CI_FILE.read_text()

    for command in ("ruff check .", "ruff format --check .", "mypy", "pytest --cov"):
        assert command in text, command
{%- if c.__github %}


def test_the_workflow_token_may_only_read() -> None:
    workflow = yaml.safe_load(CI_FILE.read_text())

    assert workflow["permissions"] == {"contents": "read"}
{%- endif %}
