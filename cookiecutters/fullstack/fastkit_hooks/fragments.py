# Generated from hooks/fastkit_hooks/fragments.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Files that gather features are assembled from fragments each feature contributes.

A gathering file (pyproject.toml, .env.example, compose.yaml...) names a folder of
fragments under the cookiecutter's `templates/fragments/`, on a line of its own:

    MAX_BODY_BYTES=1048576
    {{- fragments("env") }}

Each fragment whose condition the answers meet is rendered (with the gathering
file's variables) and added in name order as a section: a newline, then its lines.
That is what `{%- if flag %}` + lines + `{%- endif %}` gave, so a section that
needs a blank line before it starts with one. A list whose key must go when it is
empty names the key: `{{- fragments("compose-volumes", heading="\n\nvolumes:") }}`;
what must close such a list goes in `footer`, left out with it.

A fragment's file name is `<order>-<condition>.<ext>`: `20-db=postgres.env` when the
answer `db` is `postgres`, `30-__auth.env` when the flag `__auth` is on (not empty),
`60-__docker+db=mysql.env` when both hold, `40-!__redis.env` when `__redis` is
off, `10-always.env` always. cookiecutter
finds `templates/` itself (its loader searches `../templates` beside the project
folder), so plain cookiecutter assembles the same file; the folder is never copied
into the project.

A feature's imports join the file's own with `{% filter sort_imports %}` around the
first-party import block and its `fragments("...-imports")`: the block comes out in
ruff's order, wherever a fragment's module sorts.

cookiecutter.json loads this with `"_extensions": ["fastkit_hooks.fragments.Fragments"]`.
"""

import os
from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, TemplateRuntimeError, pass_context
from jinja2.ext import Extension
from jinja2.runtime import Context
from markupsafe import Markup

from fastkit_hooks.layout import sort_first_party_imports

FRAGMENTS_DIR = "fragments"
ALWAYS = "always"


def holds(condition: str, answers: Mapping[str, Any]) -> bool:
    """Whether every `key=value`, `flag` or negated (`!...`) part of a `+`-joined
    condition holds. A key the answers do not have is a typo: an error, not "off"."""
    for part in condition.split("+"):
        if part == ALWAYS:
            continue
        negated = part.startswith("!")
        key, equals, value = part.removeprefix("!").partition("=")
        if key not in answers:
            raise TemplateRuntimeError(f"fragment condition {condition!r}: no answer {key!r}")
        met = str(answers[key]) == value if equals else bool(answers[key])
        if met == negated:
            return False
    return True


def condition_of(name: str) -> str:
    """`fragments/env/20-db=postgres.env` -> `db=postgres`."""
    stem = name.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem.split("-", 1)[1]


def fragment_names(environment: Environment) -> list[str]:
    """Every fragment the loader can find, listed once per render (it walks the
    whole template)."""
    if environment.fastkit_fragments is None:  # type: ignore[attr-defined]
        assert environment.loader is not None, "fragments need cookiecutter's loader"
        environment.fastkit_fragments = [  # type: ignore[attr-defined]
            name
            for name in environment.loader.list_templates()
            if name.startswith(f"{FRAGMENTS_DIR}/")
        ]
    names: list[str] = environment.fastkit_fragments  # type: ignore[attr-defined]
    return names


def chosen_fragments(
    environment: Environment, folder: str, answers: Mapping[str, Any], optional: bool = False
) -> list[str]:
    """The template names of the fragments of `folder` the answers call for, in order."""
    prefix = f"{FRAGMENTS_DIR}/{folder}/"
    names = sorted(
        name
        for name in fragment_names(environment)
        if name.startswith(prefix) and "/" not in name[len(prefix) :]
    )
    if not names and not optional:
        raise TemplateRuntimeError(f"no fragments in templates/{prefix}")
    return [name for name in names if holds(condition_of(name), answers)]


@pass_context
def fragments(
    context: Context, folder: str, heading: str = "", footer: str = "", optional: bool = False
) -> Markup:
    """The chosen fragments of `folder`, rendered, each as a newline and its lines;
    between `heading` (a list's key, say) and `footer` (what closes the list), which
    are left out with them when none is.
    `optional`: a folder that only some project types fill (a shared file's hook for
    one type's feature) may be missing; elsewhere a missing folder is a typo."""
    environment = context.environment
    variables = context.get_all()
    chosen = chosen_fragments(environment, folder, variables["cookiecutter"], optional)
    sections = [
        "\n" + environment.get_template(name).render(variables).rstrip("\n") for name in chosen
    ]
    return Markup(heading + "".join(sections) + footer if sections else "")


class Fragments(Extension):
    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.extend(fastkit_fragments=None)
        environment.globals["fragments"] = fragments
        # cookiecutter renders hook scripts in the template's folder: they read it here.
        environment.globals["template_dir"] = os.getcwd()
        environment.filters["sort_imports"] = sort_first_party_imports
