"""The generated project a domain is added to, as its .fastkit.yaml describes it."""

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from fastkit import __version__
from fastkit.shared.templates import available_types, load_template
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import ANSWERS_FILE, read_answers
from fastkit_hooks.layout import domain_file

SQL_DATABASES = {"sqlite", "postgres", "mysql"}
_REVISION = re.compile(r'^revision: str = "(?P<id>[^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision: str \| None = (?:"(?P<id>[^"]+)"|None)', re.MULTILINE)


@dataclass(frozen=True)
class Project:
    root: Path
    template: str
    answers: dict[str, str]
    flags: dict[str, str]  # the template's derived `__` flags for these answers

    @property
    def architecture(self) -> str:
        return self.answers.get("architecture", "domain")

    @property
    def store(self) -> str:
        return self.flags["__store"]  # sql, mongo or memory

    @property
    def owned(self) -> bool:
        """Whether records belong to the signed-in user, as the example items do."""
        return self.flags.get("__items") == "owned"

    def module(self, domain: str, role: str) -> Path:
        return self.root / domain_file(self.architecture, domain, role)

    def has_domain(self, domain: str) -> bool:
        return self.module(domain, "router").exists() or self.module(domain, "models").exists()


def find_project(start: Path) -> Project:
    """The project holding `start` (it or a parent has .fastkit.yaml)."""
    start = start.resolve()
    root = next((p for p in [start, *start.parents] if (p / ANSWERS_FILE).is_file()), None)
    if root is None:
        raise InvalidInput(
            f"{start} is not inside a fastkit project (no {ANSWERS_FILE} here or above): "
            "run create-domain in a generated project or give --project PATH"
        )
    try:
        document = read_answers(root / ANSWERS_FILE)
    except ValueError as error:
        raise InvalidInput(str(error)) from error
    template, version = document.get("template"), str(document.get("fastkit_version", ""))
    answers = document.get("answers")
    if template not in available_types() or not isinstance(answers, dict):
        raise InvalidInput(
            f"{root / ANSWERS_FILE} names template {template!r}, which this fastkit does not "
            f"know (templates: {', '.join(available_types())})"
        )
    if version.split(".")[:2] != __version__.split(".")[:2]:
        raise InvalidInput(
            f"{root / ANSWERS_FILE} is from fastkit {version or '(no version)'}; this is "
            f"{__version__}: create-domain writes code for projects of its own version"
        )
    spec = load_template(str(template))
    answers = {str(k): str(v) for k, v in answers.items()}
    return Project(root, str(template), answers, spec.derived(answers))


def alembic_head(project: Project) -> str:
    """The one head revision the new migration follows; refused if there are several."""
    versions = project.root / "migrations" / "versions"
    revisions: dict[str, str | None] = {}
    for path in sorted(versions.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise InvalidInput(
                f"{path.relative_to(project.root)}: cannot read its revision and "
                'down_revision lines (fastkit reads `revision: str = "..."`)'
            )
        revisions[revision["id"]] = down["id"]
    heads = sorted(set(revisions) - {d for d in revisions.values() if d})
    if len(heads) != 1:
        raise InvalidInput(
            f"migrations/versions has {len(heads)} heads ({', '.join(heads) or 'none'}): "
            "merge them (alembic merge heads) before adding a domain"
        )
    return heads[0]


def next_revision(head: str) -> str:
    """Numbered like the project's own (0000, 0001, ...) while the head is a number."""
    return f"{int(head) + 1:04d}" if head.isdigit() else uuid.uuid4().hex[:12]
