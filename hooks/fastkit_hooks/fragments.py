"""Files that gather features are assembled from fragments each feature contributes.

A gathering file (pyproject.toml, .env.example, compose.yaml...) includes, in name
order, the fragments of its folder under the cookiecutter's `templates/` whose
condition the answers meet:

    {% for fragment in "env" | fragments(cookiecutter) %}{% include fragment %}{% endfor %}

A fragment's file name is `<order>-<condition>.<ext>`: `20-db=postgres.env` when the
answer `db` is `postgres`, `30-__auth.env` when the flag `__auth` is on (not empty),
`60-__docker+db=mysql.env` when both hold, `10-always.env` always. cookiecutter
finds `templates/` itself (its loader searches `../templates` beside the project
folder), so plain cookiecutter assembles the same file; the folder is never copied
into the project.

cookiecutter.json loads this with `"_extensions": ["fastkit_hooks.fragments.Fragments"]`.
"""

from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, pass_environment
from jinja2.ext import Extension

FRAGMENTS_DIR = "fragments"
ALWAYS = "always"


def holds(condition: str, answers: Mapping[str, Any]) -> bool:
    """Whether every `key=value` or `flag` part of a `+`-joined condition holds."""
    for part in condition.split("+"):
        key, equals, value = part.partition("=")
        if equals:
            if str(answers.get(key, "")) != value:
                return False
        elif part != ALWAYS and not answers.get(key):
            return False
    return True


def condition_of(name: str) -> str:
    """`20-db=postgres.env` -> `db=postgres`."""
    stem = name.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem.split("-", 1)[1]


@pass_environment
def fragments(environment: Environment, folder: str, answers: Mapping[str, Any]) -> list[str]:
    """The fragments of `folder` the answers call for, in name order."""
    prefix = f"{FRAGMENTS_DIR}/{folder}/"
    assert environment.loader is not None, "fragments need cookiecutter's template loader"
    names = sorted(
        name
        for name in environment.loader.list_templates()
        if name.startswith(prefix) and "/" not in name[len(prefix) :]
    )
    return [name for name in names if holds(condition_of(name), answers)]


class Fragments(Extension):
    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["fragments"] = fragments
