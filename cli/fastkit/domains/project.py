"""The generated project a domain is added to, as its .fastkit.yaml describes it."""

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import click

from fastkit import __version__
from fastkit.shared.templates import available_types, load_template
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import ANSWERS_FILE, read_answers
from fastkit_hooks.layout import domain_file, domain_tests_dir

SQL_DATABASES = {"sqlite", "postgres", "mysql"}
_MODEL_CLASS = re.compile(r"^class (\w+)\((?:Base|Document)\):", re.MULTILINE)
_TABLE = re.compile(r'^\s+(?:__tablename__|name) = "(\w+)"', re.MULTILINE)
_REVISION = re.compile(r'^revision: str = "(?P<id>[^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision: str \| None = (?:"(?P<id>[^"]+)"|None)', re.MULTILINE)


# Every command that works on a generated project takes it as --project.
project_option = click.option(
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The generated project (the folder holding .fastkit.yaml, or one inside it).",
)


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

    @property
    def cached(self) -> bool:
        """Whether reads go through the project's cache, as the example items' do."""
        return self.flags.get("__reads") == "cached"

    def module(self, domain: str, role: str) -> Path:
        return self.root / domain_file(self.architecture, domain, role)

    def has_domain(self, domain: str) -> bool:
        return self.module(domain, "router").exists() or self.module(domain, "models").exists()

    def tables(self) -> set[str]:
        """The table (or collection) of every model the project has."""
        found: set[str] = set()
        for models in self.root.glob("app/**/*.py"):
            if "Base)" in (text := models.read_text(encoding="utf-8")) or "Document)" in text:
                found.update(_TABLE.findall(text))
        return found


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


@dataclass(frozen=True)
class Referred:
    """A domain of the project that a new field refers to."""

    cls: str
    table: str


def referred_domain(project: Project, domain: str) -> Referred:
    """The class and table of a domain made by create-domain, or a one-line refusal."""
    models = project.module(domain, "models")
    if not models.is_file():
        raise InvalidInput(
            f"ref({domain}): this project has no domain {domain!r} (add it first, or in "
            "the same --spec)"
        )
    text = models.read_text(encoding="utf-8")
    cls, table = _MODEL_CLASS.search(text), _TABLE.search(text)
    tests = project.root / domain_tests_dir(project.architecture, domain)
    made = tests / f"test_{table[1]}_api.py" if table else None
    # Its tests' payload() makes the records a reference needs in the new tests.
    if (
        cls is None
        or table is None
        or made is None
        or not made.is_file()
        or ("async def payload(" not in made.read_text(encoding="utf-8"))
    ):
        raise InvalidInput(
            f"ref({domain}): only domains made by create-domain can be referred to "
            "(their tests make the records a reference needs)"
        )
    return Referred(cls[1], table[1])
