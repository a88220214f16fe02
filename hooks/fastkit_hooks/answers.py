"""The answers file (.fastkit.yaml) recorded in every generated project.

It names the template, the fastkit version that rendered it and every public
answer, so that `fastkit create-domain` and a later update know the project,
and `fastkit create-project --config .fastkit.yaml` can repeat it.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ANSWERS_FILE = ".fastkit.yaml"


def public_answers(context: Mapping[str, Any]) -> dict[str, Any]:
    """The questions a user answered: no private `_` or computed `__` keys."""
    return {key: value for key, value in context.items() if not key.startswith("_")}


def answers_document(context: Mapping[str, Any]) -> dict[str, Any]:
    meta = context["_fastkit"]
    return {
        "template": meta["template"],
        "fastkit_version": meta["version"],
        "answers": public_answers(context),
    }


def write_answers(project_dir: Path, context: Mapping[str, Any]) -> Path:
    path = project_dir / ANSWERS_FILE
    text = yaml.safe_dump(answers_document(context), sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def read_answers(path: Path) -> dict[str, Any]:
    """Load an answers file; raises ValueError with a one-line reason when it is not one."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise ValueError(f"{path} is not valid YAML: {str(error).splitlines()[0]}") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold a mapping of answers")
    return data
