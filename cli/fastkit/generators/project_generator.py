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


class GenerationFailed(Exception):
    """The template or one of its hooks failed; nothing was written."""


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
    # heavy: imported only to generate
    from cookiecutter.exceptions import CookiecutterException
    from cookiecutter.main import cookiecutter

    spec = load_template(options.project_type)
    target = output_dir / options.name
    created_dirs = [p for p in (output_dir, *output_dir.parents) if not p.exists()]
    output_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".fastkit-{options.name}-", dir=output_dir))
    answers = options.template_answers()
    for key in TEXT_QUESTIONS:
        answers[key] = literal(answers[key])
    try:
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
        except CookiecutterException as error:
            raise GenerationFailed(f"the {spec.name} template failed: {error}") from error
        report(f"rendered the {spec.name} template and pruned unused features")
        replaced = _move_into_place(Path(rendered), target, force)
        report(f"wrote {target}")
        if replaced:
            report(f"replaced {len(replaced)} existing files: {', '.join(replaced)}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in created_dirs:  # deepest first; each is left alone once it holds files
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()
    return target


def _move_into_place(rendered: Path, target: Path, force: bool) -> list[str]:
    """Move the project to target; the files of a non-empty target it replaced."""
    if target.is_dir() and not any(target.iterdir()):
        target.rmdir()
    if not target.exists():
        os.rename(rendered, target)
        return []
    if not force:
        raise FileExistsError(f"{target} is not empty (allow it with --force)")
    # --force into a folder with files: add ours beside them, deleting nothing.
    replaced = []
    for source in sorted(rendered.rglob("*")):
        if source.is_file():
            relative = source.relative_to(rendered)
            destination = target / relative
            if destination.exists():
                replaced.append(str(relative))
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, destination)
    return replaced
