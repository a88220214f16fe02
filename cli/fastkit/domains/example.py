"""The example domain every generated project starts with, rendered from the domain
template: create-project's items and create-domain's domains have one source.

hooks/sync.py writes it into each cookiecutter as variant files: each file once per
combination of the choices its text depends on (the store, whether records are
owned, whether reads are cached), named `<role>.<choice>[-<choice>...].py`. The
`_fastkit.variants` manifest names the `__` flag (a choice, or several joined by
`_`) that picks one when a project is generated, as for every other variant.
"""

import itertools
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from fastkit.domains.fields import parse_field
from fastkit.domains.names import domain_names
from fastkit.domains.project import Project
from fastkit.domains.render import Domain, render_domain
from fastkit.domains.writing import formatted
from fastkit_hooks.example import FIELDS, NAME

REVISION = "0001"
USERS_REVISION = "0000"  # the users table, which owned records refer to
# Each choice the example's text depends on: the template's flag and its values.
AXES = {
    "__store": ("sql", "mongo", "memory"),
    "__items": ("owned", "open"),
    "__reads": ("cached", "uncached"),
}


def combinations() -> Iterator[dict[str, str]]:
    for values in itertools.product(*AXES.values()):
        choice = dict(zip(AXES, values, strict=True))
        if choice["__store"] == "memory" and choice["__items"] == "owned":
            continue  # accounts need a database
        yield choice


def _render(choice: dict[str, str]) -> dict[str, str]:
    project = Project(Path("."), "rest-api", {"architecture": "domain"}, choice)
    owned = choice["__items"] == "owned"
    domain = Domain(domain_names(NAME), [parse_field(spec) for spec in FIELDS], FIELDS)
    return render_domain(domain, project, REVISION, USERS_REVISION if owned else None)


def _flag(axes: tuple[str, ...]) -> str:
    return "__" + "_".join(axis.removeprefix("__") for axis in axes)


def composite_flags() -> dict[str, str]:
    """The flags that join two or more choices, with the Jinja that joins them
    (hooks/sync.py gives each template those its example's variants use)."""
    return {
        _flag(axes): "-".join(f"{{{{ cookiecutter.{axis} }}}}" for axis in axes)
        for size in range(2, len(AXES) + 1)
        for axes in itertools.combinations(AXES, size)
    }


@cache
def _formatted(ruff_settings: str) -> dict[str, dict[tuple[str, ...], str]]:
    """Each file of the example, for every combination of choices, formatted."""
    rendered = [
        (path, tuple(choice.values()), text)
        for choice in combinations()
        for path, text in _render(choice).items()
    ]
    with tempfile.TemporaryDirectory() as root:
        Path(root, "pyproject.toml").write_text(ruff_settings, encoding="utf-8")
        # Formatted in one ruff run, each under a name of its own.
        done = formatted(Path(root), {f"f{i}.py": text for i, (_, _, text) in enumerate(rendered)})
    texts: dict[str, dict[tuple[str, ...], str]] = {}
    for i, (path, combination, _) in enumerate(rendered):
        texts.setdefault(path, {})[combination] = done[f"f{i}.py"]
    return texts


def example_variants(
    ruff_settings: str, fixed: tuple[tuple[str, str], ...] = ()
) -> dict[str, tuple[str, dict[str, str]]]:
    """Each file of the example: its path in the project -> (the flag that picks its
    variant, {variant name: text}). A file the same for every choice has no flag.

    `fixed` holds the choices a template always makes (the microservice's records are
    never owned): the variants it can never pick are left out.
    """
    axes = list(AXES)
    chosen = {axes.index(axis): value for axis, value in fixed}
    return {
        path: _variants(
            {c: text for c, text in by.items() if all(c[i] == v for i, v in chosen.items())}
        )
        for path, by in _formatted(ruff_settings).items()
    }


def _variants(by: dict[tuple[str, ...], str]) -> tuple[str, dict[str, str]]:
    """The axes the text depends on, as a flag, and one text per value of them."""
    axes = list(AXES)
    relevant = tuple(
        axis
        for i, axis in enumerate(axes)
        if any(
            by[a] != by[b]
            for a, b in itertools.combinations(by, 2)
            if all(a[j] == b[j] for j in range(len(axes)) if j != i)
        )
    )
    indexes = [axes.index(axis) for axis in relevant]
    variants: dict[str, str] = {}
    for combination, text in by.items():
        name = "-".join(combination[i] for i in indexes)
        assert variants.get(name, text) == text, f"the example's {name} depends on more"
        variants[name] = text
    return _flag(relevant) if relevant else "", variants
