"""Answers files given with --config: a project's .fastkit.yaml, or a flat mapping.

# .fastkit.yaml, written into every generated project
template: rest-api
fastkit_version: 0.1.0
answers: {project_name: myapp, auth: jwt, db: sqlite, ...}
setup: {git: true, install: true, lock: false}   # only when a setup step was chosen

# or flat, in the CLI's own words
type: rest-api
auth: jwt
git: yes
"""

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastkit.shared.options import SETUP_STEPS
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import ANSWERS_FILE, answers_text, read_answers

# `domains` is create-domain's record of what it wrote: a new project starts without them.
# `template_source` (and a git one's `template_commit`): the custom template
# (--template) the project was made from.
# `template_version`: which version of a built-in template rendered it (fastkit update).
ANSWERS_DOCUMENT_KEYS = {
    "template", "template_source", "template_commit", "template_version",
    "fastkit_version", "answers", "setup", "domains",
}  # fmt: skip


def load_config(path: Path) -> dict[str, str]:
    """The answers in the CLI's words (name, type, auth, ...), every value text.

    Which keys a template accepts is checked once the project type is known.
    """
    try:
        data = read_answers(path)
    except ValueError as error:
        raise InvalidInput(f"--config: {error}") from error
    if "answers" in data:  # a .fastkit.yaml
        unknown = sorted(str(k) for k in data if k not in ANSWERS_DOCUMENT_KEYS)
        if unknown:
            raise InvalidInput(
                f"--config {path}: unknown key {unknown[0]!r} beside 'answers'; "
                f"allowed: {', '.join(sorted(ANSWERS_DOCUMENT_KEYS))}"
            )
        if not isinstance(data["answers"], dict):
            raise InvalidInput(f"--config {path}: 'answers' must be a mapping of answers")
        flat: dict[Any, Any] = dict(data["answers"])
        if "template" in data:
            flat["type"] = data["template"]
        if "template_source" in data:
            flat["template"] = data["template_source"]
        if "template_commit" in data:
            flat["template_commit"] = data["template_commit"]
        setup = data.get("setup", {})
        if not isinstance(setup, dict) or not set(setup) <= set(SETUP_STEPS):
            raise InvalidInput(
                f"--config {path}: 'setup' must map some of {', '.join(SETUP_STEPS)} to yes or no"
            )
        flat.update(setup)
    else:
        flat = dict(data)
    if "project_name" in flat:
        flat["name"] = flat.pop("project_name")
    return {_key(path, key): _text(path, key, value) for key, value in flat.items()}


def _key(path: Path, key: object) -> str:
    if not isinstance(key, str):
        raise InvalidInput(f"--config {path}: the key {key!r} must be text")
    return key


def _text(path: Path, key: object, value: object) -> str:
    # YAML reads an unquoted yes/no as a boolean: `docker: yes` means "yes".
    if isinstance(value, bool):
        return "yes" if value else "no"
    if not isinstance(value, str):
        raise InvalidInput(f"--config {path}: {key!r} must be a string, not {type(value).__name__}")
    return value


def domains_to_add(config_file: Path, project: Path) -> list[str]:
    """The domains the replayed answers file records that the new project does not
    have as recorded (every project starts with its example, as generated)."""
    have = _domains(project / ANSWERS_FILE)
    return [name for name, fields in _domains(config_file).items() if have.get(name) != fields]


def _domains(path: Path) -> dict[str, Any]:
    try:
        domains = read_answers(path).get("domains")
    except ValueError:
        return {}
    return (
        {str(name): fields for name, fields in domains.items()} if isinstance(domains, dict) else {}
    )


def check_config_keys(path: Path, given: dict[str, str], allowed: list[str]) -> None:
    unknown = sorted(set(given) - set(allowed))
    if unknown:
        raise InvalidInput(
            f"--config {path}: unknown key {unknown[0]!r}; allowed: {', '.join(allowed)}"
        )


def record_template_source(project: Path, source: str, commit: str = "") -> None:
    """Add the custom template's source (and a git one's commit) to the project's
    answers file, so that --config renders the same template again."""
    if not source:
        return
    path = project / ANSWERS_FILE
    document = read_answers(path)
    document["template_source"] = source
    if commit:
        document["template_commit"] = commit
    path.write_text(answers_text(document), encoding="utf-8")


def record_setup(project: Path, chosen: Iterable[str]) -> None:
    """Add the setup steps to the project's answers file, so that --config repeats them.

    Nothing is added when none was chosen: the file then stays byte-identical to
    what plain cookiecutter writes.
    """
    chosen = set(chosen)
    if not chosen:
        return
    path = project / ANSWERS_FILE
    document = read_answers(path)
    document["setup"] = {step: step in chosen for step in SETUP_STEPS}
    path.write_text(answers_text(document), encoding="utf-8")
