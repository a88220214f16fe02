"""The example domain is rendered by the post-generation hook, which has no ruff:
the domain template must write it as ruff formats it, for every choice it depends on,
and the renderer's own declarations need no ruff either."""

import difflib
import itertools
from pathlib import Path

import pytest

from fastkit.domains.writing import formatted
from fastkit.shared.templates import domain_templates, template_root
from fastkit_hooks.domain import code, fields
from fastkit_hooks.domain.fields import parse_field
from fastkit_hooks.example import Choices, render_example

CHOICES = [
    Choices(store, owned, cached)
    for store, owned, cached in itertools.product(("sql", "mongo", "memory"), *[(True, False)] * 2)
    if not (store == "memory" and owned)  # accounts need a database
]


def ruff_settings() -> str:
    """The [tool.ruff] tables of a generated project's pyproject.toml."""
    pyproject = (template_root() / "_shared/project/pyproject.toml").read_text(encoding="utf-8")
    return pyproject[pyproject.index("[tool.ruff]") : pyproject.index("[tool.mypy]")]


def differences(tmp_path: Path, rendered: dict[str, str]) -> list[str]:
    """Each line ruff would change in the rendered files, as a unified diff."""
    (tmp_path / "pyproject.toml").write_text(ruff_settings(), encoding="utf-8")
    done = formatted(tmp_path, rendered)
    return [
        line
        for path, text in rendered.items()
        for line in difflib.unified_diff(
            text.splitlines(), done[path].splitlines(), path, "formatted", n=0, lineterm=""
        )
    ]


@pytest.mark.parametrize("choices", CHOICES, ids=lambda c: f"{c.store}-{c.owned}-{c.cached}")
def test_the_example_is_rendered_as_ruff_formats_it(tmp_path: Path, choices: Choices) -> None:
    rendered = render_example(domain_templates(), choices)

    assert not (found := differences(tmp_path, rendered)), "\n".join(found)


# Every type of the vocabulary, with the arguments some take.
TYPES = [
    *(kind for kind in fields.TYPES if kind not in ("enum", "ref")),
    "str(1000)",
    "enum(draft|published)",
    "ref(customer)",
]


def test_field_declarations_are_wrapped_as_ruff_wraps_them(tmp_path: Path) -> None:
    """Every type, required, optional and unique, under a short, a middling and a long
    name: in each store's model and in the create, update and filter schemas, each line
    as ruff leaves it."""
    lines = []
    for name in ("n", "name_of_medium_length", "some_very_long_field_name_here_x"):
        for kind, modifier in itertools.product(TYPES, ("", "?", ":unique")):
            if modifier == ":unique" and kind in ("text", "json", "bool", "float"):
                continue  # refused: a unique field of these types
            field = parse_field(f"{name}:{kind}{modifier}")
            lines += [code.model_column(field), code.document_field(field)]
            lines += [code.dataclass_field(field), code.create_field(field)]
            lines += [code.update_field(field), code.filter_field(field)]
    rendered = {"schemas.py": "class Schemas:\n" + "\n".join(lines) + "\n"}

    assert not (found := differences(tmp_path, rendered)), "\n".join(found)
