"""Custom templates: a user's own layer on top of one of fastkit's types, from a
folder or from git (fastkit.layers.git_source).

A custom template is a folder with a layer.yaml that names the type it extends
(`extends: rest-api`) and, like any layer (fastkit.layers.declarations), may add or
change questions, offer values, and bring choice folders, files and fragments.
`create-project --template FOLDER|git+URL[@REF]|gh:ORG/REPO[@REF]` (or a name the
settings give one, `templates.<name>`) builds the type with it on top
(fastkit.layers.build) into a cache, keyed by fastkit's version and the digest of
its files, and renders that. A layer brings no Python: the hooks that run are
fastkit's own; a git template is still trusted first (fastkit.layers.trust).
"""

import contextlib
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fastkit import __version__
from fastkit.generators import plain_template
from fastkit.layers import git_source
from fastkit.layers.build import build
from fastkit.layers.declarations import read_yaml
from fastkit.shared.options import PROJECT_TYPES
from fastkit.shared.templates import TemplateSpec, available_types, template_root
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.digests import files_digest
from fastkit_hooks.spec import load_spec

LAYER_FILE = "layer.yaml"


@dataclass(frozen=True)
class CustomTemplate:
    source: str  # as a project records it: an absolute folder, or git+URL[@REF]
    folder: Path  # its files
    spec: TemplateSpec | None  # None: a plain cookiecutter template (no layer.yaml)
    commit: str = ""  # a git source's commit
    files_digest: str = ""  # what trusting it records
    runs_code: bool = False  # a plain template's hooks or Jinja extensions

    @property
    def from_git(self) -> bool:
        return bool(self.commit)

    @property
    def needs_trust(self) -> bool:
        return self.from_git or self.runs_code

    def layered(self) -> TemplateSpec:
        """Its spec; refused for a plain cookiecutter template, which has none."""
        if self.spec is None:
            raise InvalidInput(
                f"{self.source} is a plain cookiecutter template: create-project renders "
                "it, but it has no fastkit questions, answers record or domains"
            )
        return self.spec


def cache_root() -> Path:
    named = os.environ.get("FASTKIT_CACHE", "").strip()
    if named:
        return Path(named).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "fastkit"


def resolve(source: str, commit: str | None = None, refresh: bool = False) -> CustomTemplate:
    """The custom template a folder or a git source names (a git source at `commit`
    when a project recorded one, fetched again with `refresh`)."""
    if git_source.is_git(source):
        parsed = git_source.parse(source)
        folder, found = git_source.checkout(parsed, cache_root(), commit, refresh)
        recorded = str(parsed)
    else:
        folder, found = Path(source).expanduser().resolve(), ""
        recorded = str(folder)
    what = f"--template {source}"
    if plain_template.is_plain(folder):
        code = plain_template.runs_code(folder)
        return CustomTemplate(recorded, folder, None, found, digest(folder, salt=""), code)
    files = digest(folder, salt="") if found else ""
    spec = load_custom(folder, what, root=folder if found else None)
    return CustomTemplate(recorded, folder, spec, found, files)


def extended_type(folder: Path, what: str) -> str:
    """The built-in type under a custom template, or a one-line refusal that starts
    with `what` (the flag or setting that named the folder)."""
    return chain(folder, what)[0]


MAX_CHAIN = 8


def chain(folder: Path, what: str, root: Path | None = None) -> tuple[str, list[Path]]:
    """The built-in type a custom template builds on, and its layers bottom up: a
    layer.yaml extends a type, or another custom template's folder (a path from its
    own; inside `root`, a git template's files, when given)."""
    layers: list[Path] = []
    current = folder
    while True:
        extends = _extends(current, what)
        layers.insert(0, current)
        if extends in available_types():
            return extends, layers
        if extends in PROJECT_TYPES or git_source.is_git(extends):
            raise InvalidInput(
                f"{what}: {current / LAYER_FILE} extends {extends}: a type of "
                f"{', '.join(available_types())}, or the folder of another custom template"
            )
        parent = (current / extends).resolve()
        if parent in layers:
            loop = " -> ".join(str(p) for p in [*reversed(layers), parent])
            raise InvalidInput(f"{what}: custom templates extend each other in a cycle: {loop}")
        if root is not None and not parent.is_relative_to(root):
            raise InvalidInput(f"{what}: {extends} is outside the template's repository")
        if len(layers) >= MAX_CHAIN:
            raise InvalidInput(f"{what}: more than {MAX_CHAIN} custom templates extend each other")
        current = parent


def _extends(folder: Path, what: str) -> str:
    where = folder / LAYER_FILE
    if not folder.is_dir() or not where.is_file():
        raise InvalidInput(
            f"{what}: {folder} is not a custom template: a folder with a {LAYER_FILE} "
            f"(extends: one of {', '.join(available_types())}), or a cookiecutter template"
        )
    try:
        data = read_yaml(where)
    except ValueError as error:
        raise InvalidInput(f"{what}: {error}") from error
    extends = data.get("extends") if isinstance(data, dict) else None
    if not isinstance(extends, str) or not extends.strip():
        raise InvalidInput(
            f"{what}: {where} must say what it extends: extends: one of "
            f"{', '.join(available_types())}, or another custom template's folder "
            f"(it says {extends!r})"
        )
    return extends


def digest(folder: Path, salt: str = __version__) -> str:
    """A digest of every file of the folder (with fastkit's version, for a build)."""
    files = [
        Path(parent, name)
        for parent, _, names in os.walk(folder)  # not into linked folders: no loops
        if "__pycache__" not in Path(parent).parts
        for name in names
    ]
    return files_digest(((path.relative_to(folder).as_posix(), path) for path in files), salt)


def load_custom(folder: Path, what: str, root: Path | None = None) -> TemplateSpec:
    """The type with the plugins' layers and the custom template on top."""
    from fastkit.plugins import plugin_layers

    folder = folder.expanduser().resolve()
    project_type, layers = chain(folder, what, root)
    return built_with(project_type, [*plugin_layers(project_type), *layers], what)


def built_with(project_type: str, layers: list[Path], what: str) -> TemplateSpec:
    """The type with `layers` on top, built once per content and cached."""
    key = hashlib.sha256("".join(digest(layer) for layer in layers).encode()).hexdigest()[:16]
    built = cache_root() / "templates" / f"{project_type}-{key}"
    if not (built / "cookiecutter.json").is_file():
        built.parent.mkdir(parents=True, exist_ok=True)
        aside = Path(tempfile.mkdtemp(prefix=f".{built.name}-", dir=built.parent))
        try:
            build(template_root() / project_type, aside / "template", layers)
        except ValueError as error:  # what a layer declares, the type cannot take
            raise InvalidInput(f"{what}: {error}") from None
        except (KeyError, TypeError, AttributeError, IndexError) as error:  # one not foreseen
            raise InvalidInput(
                f"{what}: its layers could not be built ({type(error).__name__}: {error}): "
                "check its layer.yaml against fastkit's own (cookiecutters/_shared/layer.yaml)"
            ) from None
        finally:
            if not (aside / "template" / "cookiecutter.json").is_file():
                shutil.rmtree(aside, ignore_errors=True)
        try:
            _defaults_hold(
                TemplateSpec(project_type, aside / "template", load_spec(aside / "template"))
            )
        except InvalidInput as error:
            shutil.rmtree(aside, ignore_errors=True)
            raise InvalidInput(f"{what}: {error.format_message()}") from None
        with contextlib.suppress(OSError):  # another run may have built it first
            os.replace(aside / "template", built)
        shutil.rmtree(aside, ignore_errors=True)
    return TemplateSpec(project_type, built, load_spec(built))


def _defaults_hold(spec: TemplateSpec) -> None:
    """A template whose own defaults break one of its rules could render nothing
    without flags: refused when it is built."""
    from fastkit.shared.validators import with_defaults

    try:
        with_defaults(spec, {})
    except InvalidInput as error:
        raise InvalidInput(
            f"its defaults break one of its rules: {error.format_message()}"
        ) from None
