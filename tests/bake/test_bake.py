"""Every supported combination renders cleanly, with pytest-cookies and plain cookiecutter."""

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from fastkit.generators.project_generator import generate_project
from fastkit_hooks.layout import FIRST_PARTY, LAYER_OF_ROLE, domain_file, domain_tests_dir
from fastkit_hooks.names import normalized
from fastkit_hooks.pruning import disabled_paths
from support import REST_API, combinations, combo_id, rest_api_options, template_meta, tree

pytestmark = pytest.mark.bake

COMBOS = list(combinations())
META = template_meta()
UNRENDERED = re.compile(r"\{\{|\{%|\{#|cookiecutter\.")


def bake(cookies: Any, combo: dict[str, str], name: str = "baked") -> Path:
    result = cookies.bake(extra_context={"project_name": name, **combo}, template=str(REST_API))
    assert result.exit_code == 0, result.exception
    path: Path = result.project_path
    return path


def context_flags(combo: dict[str, str]) -> dict[str, str]:
    """The template's computed `__` flags for these answers, as cookiecutter renders them."""
    from jinja2 import Environment

    context = {"cookiecutter": {"project_name": "baked", **combo}}
    return {
        key: Environment().from_string(value).render(**context)
        for key, value in META.items()
        if key.startswith("__") and isinstance(value, str)
    }


def in_layout(path: str, architecture: str) -> list[str]:
    """Where a manifest path (written domain-first) lives in this architecture."""
    parts = path.split("/")
    if architecture == "layered" and parts[:2] == ["app", "domains"] and len(parts) == 3:
        return [domain_file(architecture, parts[2], role) for role in LAYER_OF_ROLE]
    if architecture == "layered" and parts[:2] == ["tests", "domains"]:
        return ["/".join([domain_tests_dir(architecture, parts[2]), *parts[3:]])]
    return [path]


def first_party_imports(path: Path) -> list[str]:
    return [
        node.module
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom)
        and node.level == 0
        and node.module
        and node.module.split(".")[0] in FIRST_PARTY
    ]


def module_exists(project: Path, module: str) -> bool:
    base = project / Path(*module.split("."))
    return base.with_suffix(".py").exists() or base.is_dir()


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_renders_with_nothing_left_over(cookies: Any, combo: dict[str, str]) -> None:
    project = bake(cookies, combo)
    files = tree(project)

    leftovers = [p for p, body in files.items() if UNRENDERED.search(body.decode())]
    assert leftovers == []

    pruned = disabled_paths(META["_fastkit"]["features"], context_flags(combo))
    remaining = [
        p
        for path in pruned
        for p in in_layout(path, combo["architecture"])
        if (project / p).exists()
    ]
    assert remaining == []

    broken = [
        f"{path.relative_to(project)}: {module}"
        for path in project.rglob("*.py")
        for module in first_party_imports(path)
        if not module_exists(project, module)
    ]
    assert broken == []

    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=project, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


@pytest.mark.parametrize("combo", COMBOS, ids=combo_id)
def test_plain_cookiecutter_gives_the_same_tree_as_fastkit(
    tmp_path: Path, combo: dict[str, str]
) -> None:
    plain_dir, fastkit_dir = tmp_path / "plain", tmp_path / "fastkit"
    answers = [f"{key}={value}" for key, value in combo.items()]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            str(REST_API),
            "project_name=same",
            *answers,
            "-o",
            str(plain_dir),
        ],
        check=True,
        capture_output=True,
    )
    generate_project(rest_api_options("same", **combo), fastkit_dir)

    plain, generated = tree(plain_dir / "same"), tree(fastkit_dir / "same")
    plain_env, generated_env = plain.pop(".env"), generated.pop(".env")
    if combo["auth"] != "none":  # a fresh secret for each project
        assert plain_env != generated_env
    assert plain == generated


def test_a_lone_copy_of_the_cookiecutter_still_generates(tmp_path: Path) -> None:
    lone = tmp_path / "somewhere" / "rest-api"
    shutil.copytree(REST_API, lone)

    subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            str(lone),
            "project_name=alone",
            "architecture=layered",
            "-o",
            str(tmp_path / "out"),
        ],
        check=True,
        capture_output=True,
    )

    assert (tmp_path / "out/alone/app/api/routes/items.py").exists()
    assert (tmp_path / "out/alone/.fastkit.yaml").exists()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["project_name=ok", "auth=jwt", "db=none"], "choose db from sqlite, postgres"),
        (["project_name=fastapi"], "shadows a package"),
        (["project_name=bad name"], "is not allowed"),
    ],
)
def test_plain_cookiecutter_refuses_in_the_pre_gen_hook(
    tmp_path: Path, answers: list[str], message: str
) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            str(REST_API),
            *answers,
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )

    assert run.returncode != 0
    assert message in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_longest_name_still_formats(cookies: Any) -> None:
    name = "a" * 64
    project = bake(cookies, {"auth": "session", "db": "postgres", "architecture": "layered"}, name)

    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=project, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def dependency_names(pyproject: dict[str, Any]) -> set[str]:
    requirements = [
        *pyproject["project"]["dependencies"],
        *pyproject["project"]["optional-dependencies"]["dev"],
    ]
    return {normalized(re.split(r"[\[<>=!~ ]", r, maxsplit=1)[0]) for r in requirements}


def test_every_dependency_is_a_reserved_name(cookies: Any) -> None:
    reserved = {normalized(n) for n in META["_fastkit"]["reserved_names"]}
    deps: set[str] = set()
    for combo in COMBOS:
        if combo["architecture"] == "domain":
            project = bake(cookies, combo, f"deps_{combo['auth']}_{combo['db']}")
            deps |= dependency_names(tomllib.loads((project / "pyproject.toml").read_text()))

    assert deps - reserved == set()


def test_secrets_are_generated_and_ignored_by_git(cookies: Any) -> None:
    project = bake(cookies, {"auth": "jwt", "db": "sqlite", "architecture": "domain"})

    env = dict(
        line.split("=", 1)
        for line in (project / ".env").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert len(env["SECRET_KEY"]) >= 48 and env["SECRET_KEY"] != "generate-me"
    assert ".env" in (project / ".gitignore").read_text().splitlines()
    assert "SECRET_KEY=generate-me" in (project / ".env.example").read_text()
