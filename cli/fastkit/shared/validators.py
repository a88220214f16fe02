"""Checks on everything a user gives, with one-line errors that name what is allowed.

The rules on names, text and combinations live in fastkit_hooks (the template hooks
apply the same ones to plain cookiecutter users); this module words them for the
CLI and adds the checks only the CLI needs (types, folders, defaults).
"""

import os
from collections.abc import Mapping
from pathlib import Path

import click

from fastkit.shared.options import PROJECT_TYPES, SETUP_STEPS, Default
from fastkit.shared.templates import TemplateSpec
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import check_project_name
from fastkit_hooks.rules import broken_rule, violation
from fastkit_hooks.text import check_text


class InvalidInput(click.ClickException):
    """Bad input: printed as one `Error: ...` line, exit code 2, nothing written."""

    exit_code = 2


def flag(spec: TemplateSpec, key: str, value: str) -> str:
    """How a user gives this answer on the command line."""
    if spec.is_boolean(key):
        return f"--{key}" if value == "yes" else f"--no-{key}"
    return f"--{key} {value}"


def validate_type(project_type: str) -> None:
    if project_type not in PROJECT_TYPES:
        raise InvalidInput(f"--type {project_type!r} is not one of: {', '.join(PROJECT_TYPES)}")


def validate_name(name: str, spec: TemplateSpec) -> None:
    try:
        check_project_name(name, spec.reserved_names)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from error


def validate_text(key: str, value: str) -> None:
    try:
        check_text(key, value)
    except InvalidAnswer as error:
        raise InvalidInput(f"--{key}: {error}") from error


def validate_setup(given: dict[str, str]) -> None:
    """The setup steps given so far (--git, or `git:` in an answers file): yes or no."""
    for key in SETUP_STEPS:
        if key in given and given[key] not in ("yes", "no"):
            raise InvalidInput(f"{key}: {given[key]!r} is not one of: yes, no")


def validate_git_target(setup: dict[str, str], target: Path) -> None:
    """--git commits everything in the folder: only a folder that fastkit fills alone.

    In a non-empty one (--force, -s, --overwrite) the first commit would take the
    user's own files, and a .gitignore kept by -s might not keep .env out of it.
    """
    if setup.get("git") == "yes" and target.is_dir() and any(target.iterdir()):
        raise InvalidInput(
            f"--git needs a new or empty folder, and {target} holds files: "
            "leave out --git and commit what you choose"
        )


def validate_choice(spec: TemplateSpec, key: str, value: str) -> None:
    if value in spec.choices[key]:
        return
    allowed = ", ".join(spec.choices[key])
    reason = spec.not_offered(key, value)
    if reason:  # a value another type offers: say why this one does not
        raise InvalidInput(
            f"--{key} {value} is not offered by --type {spec.name}: {reason}; choose from {allowed}"
        )
    raise InvalidInput(f"--{key} {value!r} is not one of: {allowed}")


def validate_given(spec: TemplateSpec, given: dict[str, str]) -> None:
    """Answers given so far (flags, config): each known, and no rule broken among them."""
    for key in spec.text_keys:
        if key in given:
            validate_text(key, given[key])
    chosen = {key: given[key] for key in spec.choices if key in given}
    for key, value in chosen.items():
        validate_choice(spec, key, value)
    reason = violation(spec.rules, chosen)
    if reason:
        raise InvalidInput(f"unsupported combination: {reason}")


def with_defaults(
    spec: TemplateSpec, given: dict[str, str], preferred: Mapping[str, Default] | None = None
) -> dict[str, str]:
    """Every answer: the given ones, then the user's defaults (`preferred`: their
    settings and profile), then the template's defaults for the rest.

    A default that the other answers rule out is refused with the flag to add,
    rather than silently replaced (`--db none` alone: auth defaults to jwt).
    """
    preferred = preferred or {}
    answers = {key: given[key] for key in spec.questions if key in given}
    for key in spec.choices:
        if key in answers:
            continue
        users = preferred.get(key)
        default = users.value if users else spec.default(key, answers)
        rule = broken_rule(spec.rules, {**answers, key: default})
        if rule is None:
            answers[key] = default
            continue
        others = [k for k in (*rule["if"], *rule["then"]) if k != key and k in answers]
        allowed = spec.allowed(key, answers)
        fix = f"add {flag(spec, key, allowed[0])}" if allowed else "change the other answers"
        with_others = " ".join(_given(spec, k, answers[k], given, preferred) for k in others)
        raise InvalidInput(
            f"unsupported combination: {flag(spec, key, default)} ({_default_from(users)}) "
            f"does not work with {with_others} "
            f"({rule['because']}): {fix}"
        )
    for key in spec.text_keys:
        users = preferred.get(key)
        answers.setdefault(key, users.value if users else spec.default(key))
    return answers


def _default_from(users: Default | None) -> str:
    return f"the default from {users.source}" if users else "the default"


def _given(
    spec: TemplateSpec,
    key: str,
    value: str,
    given: dict[str, str],
    preferred: Mapping[str, Default],
) -> str:
    """An answer as a flag, and where it came from when it was not given."""
    if key in given:
        return flag(spec, key, value)
    users = preferred.get(key)
    source = users if users and users.value == value else None
    return f"{flag(spec, key, value)} ({_default_from(source)})"


def validate_answers(spec: TemplateSpec, name: str, answers: dict[str, str]) -> None:
    validate_name(name, spec)
    validate_given(spec, answers)


# What Linux file systems allow in one name and in a whole path (bytes).
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4095


def validate_path_length(path: Path, what: str) -> None:
    for part in path.parts:
        if len(os.fsencode(part)) > MAX_NAME_BYTES:
            raise InvalidInput(
                f"{what}: the name {part[:24]}... is {len(os.fsencode(part))} bytes; "
                f"a file system allows at most {MAX_NAME_BYTES} in one name"
            )
    if len(os.fsencode(path.absolute())) > MAX_PATH_BYTES:
        raise InvalidInput(f"{what} is longer than the {MAX_PATH_BYTES} bytes a path may have")


def validate_output_dir(output_dir: Path) -> None:
    """The folder to create the project in: a folder, or one fastkit can create."""
    validate_path_length(output_dir, "--output-dir")
    existing = output_dir
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if existing.is_symlink() and not existing.exists():
        raise InvalidInput(f"--output-dir {existing} is a symbolic link to nothing")
    if not existing.is_dir():
        raise InvalidInput(f"--output-dir {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InvalidInput(f"--output-dir {existing} is not writable: choose another folder")


def validate_target(target: Path, allow_non_empty: bool) -> None:
    """The project folder: new, or an empty folder, or --force to add to a non-empty one."""
    validate_output_dir(target.parent)
    if target.is_symlink():
        real = os.path.realpath(target)
        if not os.path.exists(real):
            raise InvalidInput(
                f"{target} is a symbolic link to {real}, which does not exist: choose another name"
            )
        raise InvalidInput(
            f"{target} is a symbolic link to {real}: fastkit writes only into real "
            f"folders; use --output-dir {os.path.dirname(real)}"
        )
    if os.path.lexists(target) and not target.is_dir():
        raise InvalidInput(f"{target} exists and is not a folder: choose another name")
    if target.is_dir() and not os.access(target, os.W_OK | os.X_OK):
        raise InvalidInput(f"{target} is not writable: choose another name")
    if target.is_dir() and any(target.iterdir()) and not allow_non_empty:
        raise InvalidInput(
            f"{target} is not empty: choose another name or --output-dir, "
            "or add the project to it with --force (existing files are never overwritten)"
        )
