# Generated from hooks/fastkit_hooks/example.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""The example domain every project starts with (`item`, at /api/v1/items).

It is rendered when the project is generated, from the cookiecutter's copy of
create-domain's template (domain/), so it is recorded in .fastkit.yaml as
create-domain records the domains it adds: then `fastkit create-domain item --force
--field ...` reshapes it like any other, keeping the files the user has edited.
Unlike create-domain, the hook has no ruff: the template writes the example as ruff
formats it (tests/unit/test_example_domain.py holds it to that).
"""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastkit_hooks.domain.fields import parse_field
from fastkit_hooks.domain.names import DomainNames
from fastkit_hooks.domain.render import Domain, render_domain
from fastkit_hooks.layout import LAYER_OF_ROLE, domain_file, domain_tests_dir

NAME = "item"
PLURAL = "items"
FIELDS = ("name:str(100):indexed", "description:text?")
REVISION = "0001"
USERS_REVISION = "0000"  # the users table, which owned records refer to


@dataclass(frozen=True)
class Choices:
    """What the example's text depends on, from the project's answers."""

    store: str  # sql, mongo or memory
    owned: bool  # items belong to the user who made them
    cached: bool  # reads go through the cache
    architecture: str = "domain"  # a layered project is laid out afterwards

    @property
    def reads_only(self) -> bool:
        """Whether app.db.session has @reads_only: in every SQL project."""
        return self.store == "sql"

    @classmethod
    def of(cls, context: Mapping[str, Any]) -> "Choices":
        return cls(
            context["__store"], context["__items"] == "owned", context["__reads"] == "cached"
        )


def render_example(templates: Path, choices: Choices) -> dict[str, str]:
    """Each file of the example: project path -> text."""
    domain = Domain(DomainNames(NAME, PLURAL), [parse_field(spec) for spec in FIELDS], FIELDS)
    users = USERS_REVISION if choices.owned else None
    return render_domain(templates, domain, choices, REVISION, users)


def write_example(project_dir: Path, context: Mapping[str, Any]) -> None:
    templates = Path(context["_repo_dir"]) / "domain"
    for path, text in render_example(templates, Choices.of(context)).items():
        target = project_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def digest(content: str | bytes) -> str:
    """Enough of a SHA-256 to tell an edit; short, as a project may hold many files."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()[:16]


def example_files(architecture: str) -> list[str]:
    files = [domain_file(architecture, NAME, role) for role in LAYER_OF_ROLE]
    files.append(f"{domain_tests_dir(architecture, NAME)}/test_{PLURAL}_api.py")
    if architecture == "domain":
        files.append(f"app/domains/{NAME}/__init__.py")
    return files


def example_record(project_dir: Path, architecture: str) -> dict[str, Any]:
    """The example's entry under `domains:`; none if the project has no example."""
    files = example_files(architecture)
    if not all((project_dir / path).is_file() for path in files):
        return {}
    digests = {path: digest((project_dir / path).read_bytes()) for path in sorted(files)}
    return {NAME: {"plural": PLURAL, "fields": list(FIELDS), "files": digests}}
