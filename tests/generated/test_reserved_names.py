"""A project named like one of its own dependencies cannot install (pip sees two
distributions of one name), so every package a generated project can pull in, directly
or not, is a reserved name. The list in cookiecutter.json is checked against a real
resolution of every requirement the covering set declares."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from fastkit.generators.project_generator import generate_project
from support import TEMPLATES, declared_requirements, options, template_meta, type_combinations

pytestmark = pytest.mark.generated


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("project_type", TEMPLATES)
def test_every_package_a_project_can_install_is_a_reserved_name(
    tmp_path: Path, project_type: str
) -> None:
    projects = [
        generate_project(options(project_type, f"p{index}", **combo), tmp_path)
        for index, combo in enumerate(type_combinations(project_type))
    ]
    (tmp_path / "requirements.in").write_text("\n".join(declared_requirements(projects)) + "\n")

    compiled = subprocess.run(
        [
            sys.executable,
            "-m",
            "uv",
            "pip",
            "compile",
            "--universal",
            "--python-version",
            "3.11",
            "--no-header",
            "--no-annotate",
            "--quiet",
            "requirements.in",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    resolved = {
        normalized(re.split(r"[=;\s\[]", line, maxsplit=1)[0])
        for line in compiled.splitlines()
        if line and not line.startswith((" ", "#"))
    }

    spec = template_meta(TEMPLATES[project_type])
    reserved = {normalized(name) for name in spec["_fastkit"]["reserved_names"]}
    assert len(resolved) > 50
    assert resolved <= reserved, f"add to _fastkit.reserved_names: {sorted(resolved - reserved)}"
