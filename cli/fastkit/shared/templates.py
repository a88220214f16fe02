"""Where the built-in cookiecutters are, and what each one asks and allows.

A template's spec is its cookiecutter.json (see fastkit_hooks.spec): the CLI's
flags, questions, validation and answers all come from it.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fastkit_hooks.rules import Rule, allowed_values
from fastkit_hooks.spec import choice_questions, derived_flags, load_spec, text_questions

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Choice questions with exactly these values become --x/--no-x flags.
BOOLEAN_CHOICES = ["no", "yes"]


def template_root() -> Path:
    """The cookiecutters: inside the installed wheel, or the source checkout's folder."""
    packaged = _PACKAGE_DIR / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "cookiecutters"


def domain_templates() -> Path:
    """The domain template, which create-domain renders (and each cookiecutter's hooks
    render the example domain from its copy)."""
    return template_root() / "_shared" / "domain"


def available_types() -> list[str]:
    return sorted(p.parent.name for p in template_root().glob("*/cookiecutter.json"))


@dataclass(frozen=True)
class TemplateSpec:
    """A cookiecutter's questions, rules and manifest, as its cookiecutter.json declares."""

    name: str
    path: Path
    data: dict[str, Any]

    @property
    def choices(self) -> dict[str, list[str]]:
        return choice_questions(self.data)

    @property
    def text_keys(self) -> list[str]:
        return text_questions(self.data)

    @property
    def questions(self) -> list[str]:
        return [*self.choices, *self.text_keys]

    @property
    def rules(self) -> list[Rule]:
        rules: list[Rule] = self.data["_fastkit"]["rules"]
        return rules

    @property
    def reserved_names(self) -> list[str]:
        names: list[str] = self.data["_fastkit"]["reserved_names"]
        return names

    def not_offered(self, key: str, value: str) -> str | None:
        """Why this type leaves out a value other types offer (`_fastkit.not_offered`)."""
        reasons: dict[str, dict[str, str]] = self.data["_fastkit"].get("not_offered", {})
        return reasons.get(key, {}).get(value)

    def is_boolean(self, key: str) -> bool:
        return sorted(self.choices.get(key, [])) == BOOLEAN_CHOICES

    def default(self, key: str, answers: dict[str, str] | None = None) -> str:
        """The first choice, unless the answers so far meet a `_fastkit.defaults_when`
        entry naming another (ai-backend: --model llm makes auth default to jwt)."""
        for when in self.data["_fastkit"].get("defaults_when", []):
            met = all((answers or {}).get(k) == v for k, v in when["if"].items())
            if met and key in when["then"]:
                return str(when["then"][key])
        value = self.data[key]
        return str(value[0] if isinstance(value, list) else value)

    def allowed(self, key: str, answers: dict[str, str]) -> list[str]:
        return allowed_values(self.rules, self.choices[key], key, answers)

    def label(self, key: str, value: str) -> str:
        return str(self._prompts.get(key, {}).get(value, value))

    def question(self, key: str) -> str:
        label = self._prompts.get(key, key)
        return str(label["__prompt__"] if isinstance(label, dict) else label)

    def derived(self, answers: dict[str, str]) -> dict[str, str]:
        """The template's `__` flags for these answers (database name, features...)."""
        return derived_flags(self.data, answers)

    def next_steps(self, answers: dict[str, str], when: str) -> list[str]:
        """The commands the chosen values ask the user to run (`_fastkit.next_steps`):
        `first`, `setup` (before serving) or `beside` (the app), flags filled in."""
        flags = {key.removeprefix("__"): value for key, value in self.derived(answers).items()}
        steps: dict[str, dict[str, dict[str, list[str]]]] = self.data["_fastkit"].get(
            "next_steps", {}
        )
        return [
            step.format_map(flags)
            for key, by_value in steps.items()
            for step in by_value.get(answers.get(key, ""), {}).get(when, [])
        ]

    @property
    def _prompts(self) -> dict[str, Any]:
        prompts: dict[str, Any] = self.data.get("__prompts__", {})
        return prompts


@cache
def load_template(project_type: str) -> TemplateSpec:
    """The type as shipped, or built with the trusted plugins' layers on top."""
    from fastkit.plugins import plugin_layers

    layers = plugin_layers(project_type)
    if layers:
        from fastkit.layers.custom import built_with

        return built_with(project_type, layers, f"the plugins' layers on {project_type}")
    path = template_root() / project_type
    return TemplateSpec(name=project_type, path=path, data=load_spec(path))
