"""create-domain in a fullstack project: the domain's pages in its frontend, wired
into the router and the header, recorded like the backend's files, and the API
client made again when the project is installed.

That the pages pass Biome, tsc and their own Vitest test against the regenerated
client is tested on real projects in tests/generated (DOMAIN_COMMANDS, fullstack on
PostgreSQL).
"""

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.domains.frontend import FILES, operation_ids, sdk_name
from fastkit.generators.project_generator import generate_project
from fastkit.shared.templates import template_root
from fastkit_hooks.answers import read_answers
from fastkit_hooks.domain.names import DomainNames
from support import options, tree

ROUTER = {"react": "frontend/src/router.tsx", "vue": "frontend/src/router.ts"}
HEADER = {"react": "frontend/src/pages/Layout.tsx", "vue": "frontend/src/App.vue"}
FIELDS = ["--field", "customer:ref(customer)", "--field", "placed_at:datetime"]


def create_domain(project: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["create-domain", *args, "--project", str(project)])


def fullstack(tmp_path: Path, frontend: str) -> Path:
    answers = {"frontend": frontend, "auth": "jwt", "db": "sqlite"}
    return generate_project(options("fullstack", "shop", **answers), tmp_path)


@pytest.mark.parametrize("frontend", ["react", "vue"])
def test_a_domain_gets_pages_its_route_and_a_link_in_the_header(
    tmp_path: Path, frontend: str
) -> None:
    project = fullstack(tmp_path, frontend)
    assert create_domain(project, "customer", "--field", "name:str").exit_code == 0

    result = create_domain(project, "order_line", *FIELDS)

    assert result.exit_code == 0, result.output
    pages = project / "frontend/src/domains/order_lines"
    assert sorted(p.name for p in pages.iterdir()) == sorted([*FILES[frontend], "fields.ts"])
    router = (project / ROUTER[frontend]).read_text()
    assert 'import { routes as customersRoutes } from "./domains/customers/routes";' in router
    # Each domain's routes in the order they came, above the mark.
    assert router.index("...customersRoutes,") < router.index("...orderLinesRoutes,")
    assert router.index("...orderLinesRoutes,") < router.index("create-domain adds each")
    header = (project / HEADER[frontend]).read_text()
    assert 'to="/order-lines"' in header and "Order lines" in header
    fields = (pages / "fields.ts").read_text()
    assert '"customer_id"' in fields and '"datetime"' in fields
    # Recorded as the backend's files are: --force tells fastkit's text from the user's.
    record = read_answers(project / ".fastkit.yaml")["domains"]["order_line"]["files"]
    assert f"frontend/src/domains/order_lines/{FILES[frontend][0]}" in record
    # No packages installed here: the user is told what makes the client.
    assert "(cd frontend && npm ci && npm run generate-client)" in result.output


def test_the_pages_call_the_client_functions_the_example_pages_do() -> None:
    """The item pages of the template import the client's functions by the names
    @hey-api/openapi-ts gives them (the generated tier makes the client); a domain's
    pages are named by the same rule."""
    pages = template_root() / "fullstack/choices/frontend/react/project/frontend.react/src/pages"
    text = (pages / "ItemPage.tsx").read_text() + (pages / "NewItemPage.tsx").read_text()
    names = {role: sdk_name(op) for role, op in operation_ids(DomainNames("item", "items")).items()}

    assert names["read"] == "readItemApiV1ItemsItemIdGet"
    assert all(name in text for name in names.values())
    order_lines = operation_ids(DomainNames("order_line", "order_lines"))
    assert sdk_name(order_lines["update"]) == "updateOrderLineApiV1OrderLinesOrderLineIdPatch"


def test_force_replaces_untouched_pages_and_keeps_edited_ones(tmp_path: Path) -> None:
    project = fullstack(tmp_path, "react")
    assert create_domain(project, "product", "--field", "name:str").exit_code == 0
    pages = project / "frontend/src/domains/products"
    edited = (pages / "pages.tsx").read_text() + "// Our own note.\n"
    (pages / "pages.tsx").write_text(edited)

    result = create_domain(
        project, "product", "--force", "--field", "name:str", "--field", "note:text?"
    )

    assert result.exit_code == 0, result.output
    assert "Kept frontend/src/domains/products/pages.tsx" in result.output
    assert (pages / "pages.tsx").read_text() == edited
    assert '"note"' in (pages / "fields.ts").read_text()


@pytest.mark.parametrize("frontend", ["react", "vue"])
def test_a_router_without_the_mark_is_refused_and_nothing_is_written(
    tmp_path: Path, frontend: str
) -> None:
    project = fullstack(tmp_path, frontend)
    router = project / ROUTER[frontend]
    router.write_text(
        "".join(line for line in router.read_text().splitlines(True) if "create-domain" not in line)
    )
    before = tree(project)

    result = create_domain(project, "product", "--field", "name:str")

    assert result.exit_code == 2
    assert f"{ROUTER[frontend]} does not look as fastkit wrote it" in result.output
    assert tree(project) == before


def fake_npm(folder: Path, exit_code: int) -> Path:
    """An npm that notes where and how it ran, then exits with `exit_code`."""
    folder.mkdir()
    log = folder / "calls"
    script = folder / "npm"
    script.write_text(
        f'#!/bin/sh\necho "$PWD $*" >> {log}\necho "npm said no" >&2\nexit {exit_code}\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return log


def installed(project: Path) -> None:
    """What create-domain looks for before it makes the client: the frontend's
    packages and the backend's .venv (stand-ins: fake npm does the work)."""
    for tool in ("frontend/node_modules/.bin/openapi-ts", ".venv/bin/python"):
        (project / tool).parent.mkdir(parents=True, exist_ok=True)
        (project / tool).write_text("")


@pytest.mark.parametrize(
    ("exit_code", "says"), [(0, "Regenerated"), (1, "the domain is written, but")]
)
def test_an_installed_project_gets_its_client_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exit_code: int, says: str
) -> None:
    project = fullstack(tmp_path, "vue")
    installed(project)
    calls = fake_npm(tmp_path / "bin", exit_code)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    planned = create_domain(project, "product", "--field", "name:str", "--dry-run")
    assert "would run (cd frontend && npm run generate-client)" in planned.output
    assert not calls.exists()

    result = create_domain(project, "product", "--field", "name:str")

    assert result.exit_code == exit_code, result.output
    assert says in result.output
    assert calls.read_text() == f"{project.resolve() / 'frontend'} run generate-client\n"
    assert (project / "frontend/src/domains/products/routes.ts").is_file()
    if exit_code:  # the command that finishes the job, and why it failed
        assert "(cd frontend && npm run generate-client)" in result.output
        assert "npm said no" in result.output


def test_add_updates_a_fullstack_project_and_keeps_the_pages_create_domain_wired(
    tmp_path: Path,
) -> None:
    """The router and the header create-domain edited are the template's files: an
    update merges the template's change into them and keeps the domain's lines."""
    project = fullstack(tmp_path / "made", "react")
    assert create_domain(project, "product", "--field", "name:str").exit_code == 0

    result = CliRunner().invoke(cli, ["add", "docker", "--project", str(project)])

    assert result.exit_code == 0, result.output
    answers = {"frontend": "react", "auth": "jwt", "db": "sqlite", "docker": "yes"}
    expected = generate_project(options("fullstack", "shop", **answers), tmp_path / "fresh")
    assert create_domain(expected, "product", "--field", "name:str").exit_code == 0
    skipped = {".env", ".fastkit.yaml"}
    made = {k: v for k, v in tree(project).items() if k not in skipped}
    assert made == {k: v for k, v in tree(expected).items() if k not in skipped}
    assert b"FROM node:" in made["Dockerfile"]
