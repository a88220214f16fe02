"""What a project's domains are: read from their router and model modules."""

import re
from dataclasses import dataclass
from pathlib import Path

from fastkit.domains.project import Project

_PREFIX = re.compile(r'APIRouter\(\s*prefix="([^"]*)"')
_ROUTE = re.compile(r'@router\.(get|post|put|patch|delete)\(\s*"([^"]*)"')
_FIELD = re.compile(r"^    (\w+): (.+?)(?: = .*)?$", re.MULTILINE)
_CLASS = re.compile(
    r"^class (\w+)\((?:Base|Document)\):\n(.*?)(?=^\S|\Z)", re.MULTILINE | re.DOTALL
)


@dataclass(frozen=True)
class DomainInfo:
    name: str
    prefix: str
    routes: list[str]  # "GET /api/v1/items/{item_id}"
    models: dict[str, list[str]]  # each stored class's fields: {"Item": ["name: str"]}


def _router_files(project: Project) -> list[tuple[str, Path]]:
    if project.architecture == "layered":
        routes = project.root / "app" / "api" / "routes"
        return [(p.stem, p) for p in sorted(routes.glob("*.py")) if p.stem != "__init__"]
    domains = project.root / "app" / "domains"
    return [(p.parent.name, p) for p in sorted(domains.glob("*/router.py"))]


def _python_type(annotation: str) -> str:
    """`Mapped[int]` -> int, `Annotated[str | None, Indexed()]` -> str | None."""
    annotation = annotation.strip()
    if annotation.startswith("Mapped[") and annotation.endswith("]"):
        return annotation[len("Mapped[") : -1]
    if annotation.startswith("Annotated["):
        depth, inner = 0, annotation[len("Annotated[") :]
        for index, char in enumerate(inner):
            depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(char, 0)
            if char == "," and depth == 0:
                return inner[:index]
    return annotation


def _models(models: Path) -> dict[str, list[str]]:
    """Each stored class of the module, with its fields."""
    if not models.is_file():
        return {}
    found = {}
    for cls, body in _CLASS.findall(models.read_text(encoding="utf-8")):
        found[cls] = [
            f"{name}: {_python_type(annotation)}"
            for name, annotation in _FIELD.findall(body)
            if not name.startswith("__") and name != "id"
        ]
    return found


def list_domains(project: Project) -> list[DomainInfo]:
    infos = []
    for name, router in _router_files(project):
        text = router.read_text(encoding="utf-8")
        prefix = "/api/v1" + (m[1] if (m := _PREFIX.search(text)) else "")
        routes = [f"{method.upper()} {prefix}{path}" for method, path in _ROUTE.findall(text)]
        # A domain may store several classes: auth has User, and RefreshToken in the
        # module of its credential.
        models = {}
        for module in [project.module(name, "models"), *project.own_modules(name)]:
            models.update(_models(module))
        infos.append(DomainInfo(name, prefix, routes, models))
    return infos
