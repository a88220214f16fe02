"""Where the built-in cookiecutters are, and what each one asks and allows."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fastkit_hooks.rules import Rule, allowed_values

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def template_root() -> Path:
    """The cookiecutters: inside the installed wheel, or the source checkout's folder."""
    packaged = _PACKAGE_DIR / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "cookiecutters"


def available_types() -> list[str]:
    return sorted(p.parent.name for p in template_root().glob("*/cookiecutter.json"))


@dataclass(frozen=True)
class TemplateSpec:
    """A cookiecutter's questions, as its cookiecutter.json declares them."""

    name: str
    path: Path
    defaults: dict[str, Any]
    choices: dict[str, list[str]]
    labels: dict[str, Any]
    rules: list[Rule]
    reserved_names: list[str]

    def default(self, key: str) -> str:
        value = self.defaults[key]
        return str(value[0] if isinstance(value, list) else value)

    def allowed(self, key: str, answers: dict[str, str]) -> list[str]:
        return allowed_values(self.rules, self.choices[key], key, answers)

    def label(self, key: str, value: str) -> str:
        return str(self.labels.get(key, {}).get(value, value))

    def question(self, key: str) -> str:
        label = self.labels.get(key, key)
        return str(label["__prompt__"] if isinstance(label, dict) else label)


@cache
def load_template(project_type: str) -> TemplateSpec:
    path = template_root() / project_type
    data = json.loads((path / "cookiecutter.json").read_text(encoding="utf-8"))
    meta = data["_fastkit"]
    return TemplateSpec(
        name=project_type,
        path=path,
        defaults={k: v for k, v in data.items() if not k.startswith("_")},
        choices=meta["choices"],
        labels=data.get("__prompts__", {}),
        rules=meta["rules"],
        reserved_names=meta["reserved_names"],
    )
