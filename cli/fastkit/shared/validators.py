"""Checks on everything a user gives, with one-line errors that name what is allowed.

The rules on names and combinations live in fastkit_hooks (the template hooks
apply the same ones to plain cookiecutter users); this module words them for
the CLI and adds the checks only the CLI needs (types, folders).
"""

from pathlib import Path

import click

from fastkit.shared.options import CHOICE_QUESTIONS, PROJECT_TYPES, ProjectOptions
from fastkit.shared.templates import TemplateSpec, available_types
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import check_project_name
from fastkit_hooks.rules import violation


class InvalidInput(click.ClickException):
    """Bad input: printed as one `Error: ...` line, exit code 2, nothing written."""

    exit_code = 2


def validate_type(project_type: str) -> None:
    if project_type not in PROJECT_TYPES:
        raise InvalidInput(f"--type {project_type!r} is not one of: {', '.join(PROJECT_TYPES)}")
    if project_type not in available_types():
        raise InvalidInput(
            f"--type {project_type} is not available yet: "
            f"choose from {', '.join(available_types())}"
        )


def validate_name(name: str, spec: TemplateSpec) -> None:
    try:
        check_project_name(name, spec.reserved_names)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from error


def validate_choice(spec: TemplateSpec, key: str, value: str) -> None:
    if value not in spec.choices[key]:
        raise InvalidInput(f"--{key} {value!r} is not one of: {', '.join(spec.choices[key])}")


def validate_given(spec: TemplateSpec, given: dict[str, str]) -> None:
    """Choices given so far (flags, config): each known, and no rule broken among them."""
    chosen = {key: given[key] for key in CHOICE_QUESTIONS if key in given}
    for key, value in chosen.items():
        validate_choice(spec, key, value)
    reason = violation(spec.rules, chosen)
    if reason:
        raise InvalidInput(f"unsupported combination: {reason}")


def validate_options(options: ProjectOptions, spec: TemplateSpec) -> None:
    validate_name(options.name, spec)
    validate_given(spec, options.template_answers())


def validate_target(target: Path, force: bool) -> None:
    """The project folder must be new or empty, unless --force allows adding to it."""
    if target.exists() and not target.is_dir():
        raise InvalidInput(f"{target} exists and is not a folder: choose another name")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise InvalidInput(
            f"{target} is not empty: choose another name or --output-dir, "
            "or pass --force to add the project's files to it"
        )
    parent = target.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise InvalidInput(f"--output-dir {parent} is not a folder")
