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
from support import covering_combinations, declared_requirements, rest_api_options, template_meta

pytestmark = pytest.mark.generated


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_package_a_project_can_install_is_a_reserved_name(tmp_path: Path) -> None:
    projects = [
        generate_project(rest_api_options(f"p{index}", **combo), tmp_path)
        for index, combo in enumerate(covering_combinations())
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

    reserved = {normalized(name) for name in template_meta()["_fastkit"]["reserved_names"]}
    assert len(resolved) > 50
    assert resolved <= reserved, f"add to _fastkit.reserved_names: {sorted(resolved - reserved)}"
