"""The generated project a domain is added to, as its .fastkit.yaml describes it."""

import ast
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import click

from fastkit import __version__
from fastkit.layers.custom import resolve
from fastkit.layers.git_source import is_git
from fastkit.shared.templates import TemplateSpec, available_types, load_template
from fastkit.shared.validators import InvalidInput, validate_given
from fastkit_hooks.answers import ANSWERS_FILE, read_answers
from fastkit_hooks.digests import template_version
from fastkit_hooks.layout import LAYER_OF_ROLE, domain_file, domain_tests_dir, own_folder

_MODEL_CLASS = re.compile(r"^class (\w+)\((?:Base|Document)\):", re.MULTILINE)
_ROUTE_SEGMENT = re.compile(r'(?:prefix=|@\w+\.(?:get|post|put|patch|delete)\()\s*"/([\w-]+)')
_TABLE = re.compile(r'^\s+(?:__tablename__|name) = "(\w+)"', re.MULTILINE)


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
    # The built-in template's version the record names (None: a custom template's
    # project, or one made before fastkit recorded versions).
    recorded_version: str | None = None

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

    @property
    def reads_only(self) -> bool:
        """Whether the project's session module offers @reads_only: a project made
        before it existed keeps a transaction on its new domains' reads too."""
        session = self.root / "app" / "db" / "session.py"
        try:
            return "def reads_only(" in session.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False

    def module(self, domain: str, role: str) -> Path:
        return self.root / domain_file(self.architecture, domain, role)

    def own_modules(self, domain: str) -> list[Path]:
        """The domain's modules that are none of the roles (auth's accounts.py and a
        module per credential), which stay together in either architecture."""
        folder = self.root / own_folder(self.architecture, domain)
        return [
            path
            for path in sorted(folder.glob("*.py"))
            if path.stem not in LAYER_OF_ROLE and path.stem != "__init__"
        ]

    def has_domain(self, domain: str) -> bool:
        return self.module(domain, "router").exists() or self.module(domain, "models").exists()

    def route_segments(self) -> set[str]:
        """The first segment of every path the project's routers serve (jobs, models,
        users...): a new domain's URL must not be one of them."""
        found: set[str] = set()
        for module in self.root.glob("app/**/*.py"):
            found.update(_ROUTE_SEGMENT.findall(module.read_text(encoding="utf-8")))
        return found

    def tables(self) -> set[str]:
        """The table (or collection) of every model the project has."""
        found: set[str] = set()
        for models in self.root.glob("app/**/*.py"):
            if "Base)" in (text := models.read_text(encoding="utf-8")) or "Document)" in text:
                found.update(_TABLE.findall(text))
        return found


def project_root(start: Path) -> Path:
    """The project holding `start`: it, or the nearest folder above with .fastkit.yaml."""
    start = start.resolve()
    root = next((p for p in [start, *start.parents] if (p / ANSWERS_FILE).is_file()), None)
    if root is None:
        raise InvalidInput(
            f"{start} is not inside a fastkit project (no {ANSWERS_FILE} here or above): "
            "run it in a generated project or give --project PATH"
        )
    return root


def find_project(start: Path) -> Project:
    """The project holding `start` (it or a parent has .fastkit.yaml)."""
    root = project_root(start)
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
    spec = _template_of(root, str(template), document)
    answers = {str(k): str(v) for k, v in answers.items()}
    _check_record(root, spec, answers)
    recorded = document.get("template_version")
    built_in = document.get("template_source") is None
    recorded_version = str(recorded) if recorded and built_in else None
    return Project(root, str(template), answers, spec.derived(answers), recorded_version)


def older_template(project: Project) -> tuple[str, str] | None:
    """The template version the project's record names and this fastkit's, when they
    differ: the domain code is written for this fastkit's template, and may use what
    an older project lacks. None when they are the same, when the record names none
    (made before fastkit recorded versions) or for a custom template's project."""
    if project.recorded_version is None:
        return None
    current = template_version(load_template(project.template).path)
    return None if project.recorded_version == current else (project.recorded_version, current)


def _template_of(root: Path, template: str, document: dict[str, object]) -> TemplateSpec:
    """The type, or the custom template the project was made from (its folder or git
    source, and commit, as .fastkit.yaml records them): what its answers are checked
    against."""
    source = document.get("template_source")
    if source is None:
        return load_template(template)
    if not is_git(str(source)) and not Path(str(source)).is_dir():
        raise InvalidInput(
            f"{root / ANSWERS_FILE} was made from the custom template {source}, which is not "
            "there: put it back, or change template_source to where it is now"
        )
    commit = document.get("template_commit")
    return resolve(str(source), str(commit) if commit else None).layered()


def _check_record(root: Path, spec: TemplateSpec, answers: dict[str, str]) -> None:
    """The recorded answers are ones create-project gives (the same rules), and the
    project has what they say: the files of each feature they turn on."""
    where = root / ANSWERS_FILE
    missing = [key for key in spec.choices if key not in answers]
    if missing:
        raise InvalidInput(f"{where} records no answer for {', '.join(missing)}")
    try:
        validate_given(spec, answers)
    except InvalidInput as error:
        message = f"{where} records answers fastkit does not give: {error.message}"
        raise InvalidInput(message) from error
    flags = spec.derived(answers)
    features: dict[str, list[str]] = spec.data["_fastkit"]["features"]
    for flag, paths in features.items():
        core = [p for p in paths if p.startswith(("app/core/", "app/db/"))]
        absent = [p for p in core if flags.get(flag) and not (root / p).exists()]
        if absent:
            raise InvalidInput(
                f"{where} records answers this project was not made with: they need "
                f"{absent[0]}, which it lacks (restore the file, or the answers)"
            )
    architecture = answers.get("architecture", "domain")
    layout = "app/domains" if architecture == "domain" else "app/api/routes"
    if not (root / layout).is_dir():
        raise InvalidInput(
            f"{where} records architecture: {answers.get('architecture')}, but the "
            f"project has no {layout}/"
        )


def alembic_head(project: Project) -> str:
    """The one head revision the new migration follows; refused if there are several."""
    versions = project.root / "migrations" / "versions"
    revisions: dict[str, set[str]] = {}
    for path in sorted(versions.glob("*.py")):
        revision, downs = revision_ids(path)
        if revision is None:
            raise InvalidInput(
                f"{path.relative_to(project.root)}: cannot read its revision and "
                "down_revision (fastkit reads them as alembic writes them)"
            )
        revisions[revision] = downs
    below = set().union(*revisions.values()) if revisions else set()
    heads = sorted(set(revisions) - below)
    if len(heads) != 1:
        raise InvalidInput(
            f"migrations/versions has {len(heads)} heads ({', '.join(heads) or 'none'}): "
            "merge them (alembic merge heads) before adding a domain"
        )
    return heads[0]


def revision_ids(path: Path) -> tuple[str | None, set[str]]:
    """A migration's `revision` and the revisions it follows (`down_revision`: none,
    one, or several for a merge), however its script.py.mako writes them: with or
    without annotations, in either quotes."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None, set()
    values: dict[str, object] = {}
    for node in tree.body:
        target: ast.expr
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name):
            try:
                values[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    revision, down = values.get("revision"), values.get("down_revision")
    downs = [down] if isinstance(down, str) else down if isinstance(down, list | tuple) else []
    if not isinstance(revision, str) or not all(isinstance(d, str) for d in downs):
        return None, set()
    return revision, {str(d) for d in downs}


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
