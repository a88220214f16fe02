"""The example domain is rendered by the post-generation hook, which has no ruff:
the domain template must write it as ruff formats it, for every choice it depends on."""

import difflib
import itertools
from pathlib import Path

import pytest

from fastkit.domains.writing import formatted
from fastkit.shared.templates import domain_templates, template_root
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


@pytest.mark.parametrize("choices", CHOICES, ids=lambda c: f"{c.store}-{c.owned}-{c.cached}")
def test_the_example_is_rendered_as_ruff_formats_it(tmp_path: Path, choices: Choices) -> None:
    rendered = render_example(domain_templates(), choices)
    (tmp_path / "pyproject.toml").write_text(ruff_settings(), encoding="utf-8")

    done = formatted(tmp_path, rendered)

    differences = [
        line
        for path, text in rendered.items()
        for line in difflib.unified_diff(
            text.splitlines(), done[path].splitlines(), path, "formatted", n=0, lineterm=""
        )
    ]
    assert not differences, "\n".join(differences)
