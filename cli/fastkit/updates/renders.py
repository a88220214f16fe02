"""The project rendered again from a template folder and answers, as plain cookiecutter
renders it: the template's own hook scripts run, so an archived template renders
with the hook code it was made with, not today's."""

from collections.abc import Mapping
from pathlib import Path

from fastkit.generators.project_generator import GenerationFailed, literal
from fastkit_hooks.answers import ANSWERS_FILE

Tree = dict[str, bytes]  # relative posix path -> content


def render_folder(template: Path, answers: Mapping[str, str], into: Path) -> Path:
    """Render `template` with `answers` (every question, project_name included) into
    the folder `into`; the project folder. Unknown answers are ignored, as cookiecutter
    ignores them; missing ones take the template's defaults."""
    from cookiecutter.exceptions import CookiecutterException
    from cookiecutter.generate import generate_context, generate_files
    from cookiecutter.main import _patch_import_path_for_repo
    from cookiecutter.prompt import prompt_for_config
    from jinja2 import TemplateError

    try:
        context = generate_context(
            context_file=str(template / "cookiecutter.json"),
            default_context={},
            extra_context={key: literal(value) for key, value in answers.items()},
        )
        context["_cookiecutter"] = {
            k: v for k, v in context["cookiecutter"].items() if not k.startswith("_")
        }
        with _patch_import_path_for_repo(str(template)):
            context["cookiecutter"].update(prompt_for_config(context, no_input=True))
            context["cookiecutter"].update(
                _template=str(template),
                _output_dir=str(into.resolve()),
                _repo_dir=str(template),
                _checkout=None,
            )
            project = generate_files(
                repo_dir=str(template), context=context, output_dir=str(into), accept_hooks=True
            )
    except (CookiecutterException, TemplateError, ValueError) as error:
        raise GenerationFailed(f"rendering {template} again failed: {error}") from error
    return Path(project)


def read_tree(root: Path, only: set[str] | None = None) -> Tree:
    """Every file under root (or those of `only` that exist), by relative path."""
    if only is not None:
        return {name: (root / name).read_bytes() for name in only if (root / name).is_file()}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).as_posix() != ANSWERS_FILE
    }
