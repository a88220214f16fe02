"""Answers files given with --config: a project's .fastkit.yaml, or a flat mapping.

# .fastkit.yaml, written into every generated project
template: rest-api
answers: {project_name: myapp, auth: jwt, db: sqlite, ...}

# or flat, in the CLI's own words
type: rest-api
auth: jwt
"""

from pathlib import Path

from fastkit.shared.options import CHOICE_QUESTIONS, TEXT_QUESTIONS
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import read_answers

CONFIG_KEYS = ("name", "type", *CHOICE_QUESTIONS, *TEXT_QUESTIONS)


def load_config(path: Path) -> dict[str, str]:
    """The answers in the CLI's words (name, type, auth, ...)."""
    try:
        data = read_answers(path)
    except ValueError as error:
        raise InvalidInput(f"--config: {error}") from error
    if "answers" in data:  # a .fastkit.yaml
        flat = dict(data["answers"] or {})
        if "template" in data:
            flat["type"] = data["template"]
    else:
        flat = dict(data)
    if "project_name" in flat:
        flat["name"] = flat.pop("project_name")
    unknown = sorted(set(flat) - set(CONFIG_KEYS))
    if unknown:
        raise InvalidInput(
            f"--config {path}: unknown key {unknown[0]!r}; allowed: {', '.join(CONFIG_KEYS)}"
        )
    # YAML reads an unquoted yes/no as a boolean: `docker: yes` means "yes".
    flat = {k: ("yes" if v else "no") if isinstance(v, bool) else v for k, v in flat.items()}
    not_text = [key for key, value in flat.items() if not isinstance(value, str)]
    if not_text:
        raise InvalidInput(f"--config {path}: {not_text[0]!r} must be a string")
    return flat
