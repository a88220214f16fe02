"""The only place that calls cookiecutter for projects.

The project is rendered into a staging folder beside the target and moved into
place only when every hook has succeeded, so a failure or Ctrl-C leaves nothing
half-written, and files that were already there are kept.
"""

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from fastkit.shared.options import TEXT_QUESTIONS, ProjectOptions
from fastkit.shared.templates import load_template


def literal(text: str) -> str:
    """Text that cookiecutter's variable rendering turns back into exactly `text`."""
    if not any(marker in text for marker in ("{{", "{%", "{#")):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '{{ "' + escaped + '" }}'


def generate_project(
    options: ProjectOptions,
    output_dir: Path,
    force: bool = False,
    report: Callable[[str], None] = lambda message: None,
) -> Path:
    from cookiecutter.main import cookiecutter  # heavy: imported only to generate

    spec = load_template(options.project_type)
    target = output_dir / options.name
    created_output_dir = not output_dir.exists()
    output_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".fastkit-{options.name}-", dir=output_dir))
    answers = options.template_answers()
    for key in TEXT_QUESTIONS:
        answers[key] = literal(answers[key])
    try:
        rendered = cookiecutter(
            str(spec.path),
            no_input=True,
            extra_context=answers,
            output_dir=str(staging),
            accept_hooks=True,
            # Keep cookiecutter's replay and clone folders out of the user's home.
            default_config={
                "replay_dir": str(staging / ".replay"),
                "cookiecutters_dir": str(staging / ".cookiecutters"),
            },
        )
        report(f"rendered the {spec.name} template and pruned unused features")
        _move_into_place(Path(rendered), target)
        report(f"wrote {target}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created_output_dir and output_dir.exists() and not any(output_dir.iterdir()):
            output_dir.rmdir()
    return target


def _move_into_place(rendered: Path, target: Path) -> None:
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
    if not target.exists():
        os.rename(rendered, target)
        return
    # --force into a folder with files: add ours beside them, deleting nothing.
    for source in sorted(rendered.rglob("*")):
        if source.is_file():
            destination = target / source.relative_to(rendered)
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, destination)
