"""The only place that renders project templates.

cookiecutter renders the template (compiled once, then from the cache in
generators/template_cache.py) into a staging folder beside the target; the
template's hook code (fastkit_hooks) runs in this process, as plain cookiecutter
would run it in its hook scripts, which keeps the tree byte-identical and lets a
signal clean up everything. The project then moves into place all or nothing
(generators/placement.py), under a lock that keeps concurrent runs apart.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastkit.generators.placement import OnConflict, Placed, place, staging_in
from fastkit.shared.answers import record_setup, record_template_source
from fastkit.shared.locking import target_lock
from fastkit.shared.options import ProjectOptions
from fastkit.shared.templates import TemplateSpec, load_template
from fastkit.updates.versions import keep
from fastkit_hooks import InvalidAnswer, post_gen, pre_gen
from fastkit_hooks.answers import ANSWERS_FILE, read_answers
from fastkit_hooks.variants import MissingVariant


class GenerationFailed(Exception):
    """The template or its hook code failed; nothing was written."""


def literal(text: str) -> str:
    """Text that cookiecutter's variable rendering turns back into exactly `text`."""
    if not any(marker in text for marker in ("{{", "{%", "{#")):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '{{ "' + escaped + '" }}'


def generate_project(
    options: ProjectOptions,
    output_dir: Path,
    on_conflict: OnConflict = OnConflict.REFUSE,
    report: Callable[[str], None] = lambda message: None,
    spec: TemplateSpec | None = None,
) -> Path:
    """Render the type's template (or `spec`, a custom template built on it)."""
    spec = spec or load_template(options.project_type)
    target = output_dir / options.name
    # The staging folder first: it makes output_dir, where the lock's file goes.
    with staging_in(output_dir, f".fastkit-{options.name}-") as staging, target_lock(target):
        rendered = render(spec, options, staging)
        record_setup(rendered, options.setup)
        record_template_source(rendered, options.template_source, options.template_commit)
        if not options.template_source:  # a built-in type: kept for fastkit update
            version = read_answers(rendered / ANSWERS_FILE)["template_version"]  # the hook's
            keep(spec.path, spec.name, version)
        report(f"rendered the {spec.name} template and pruned unused features")
        placed = place(rendered, target, on_conflict)
        report(f"wrote {target}")
        _report_conflicts(placed, report)
    return target


def _report_conflicts(placed: Placed, report: Callable[[str], None]) -> None:
    if placed.kept:
        report(f"kept {len(placed.kept)} existing files: {', '.join(placed.kept)}")
    if placed.replaced:
        report(
            f"replaced {len(placed.replaced)} existing files: {', '.join(placed.replaced)}; "
            f"the originals are in {placed.backup_dir}"
        )


def template_context(spec: TemplateSpec, options: ProjectOptions, output_dir: Path) -> Any:
    """The context cookiecutter builds from cookiecutter.json and these answers."""
    from cookiecutter.generate import generate_context
    from cookiecutter.main import _patch_import_path_for_repo
    from cookiecutter.prompt import prompt_for_config

    answers = options.template_answers()
    for key in spec.text_keys:
        answers[key] = literal(answers[key])
    context = generate_context(
        context_file=str(spec.path / "cookiecutter.json"),
        default_context={},
        extra_context=answers,
    )
    context["_cookiecutter"] = {
        k: v for k, v in context["cookiecutter"].items() if not k.startswith("_")
    }
    with _patch_import_path_for_repo(spec.path):
        context["cookiecutter"].update(prompt_for_config(context, no_input=True))
    context["cookiecutter"].update(
        _template=str(spec.path),
        _output_dir=str(output_dir.resolve()),
        _repo_dir=str(spec.path),
        _checkout=None,
    )
    return context


def render(spec: TemplateSpec, options: ProjectOptions, staging: Path) -> Path:
    """Render the template into staging and run its hook code; the project folder."""
    from cookiecutter.exceptions import CookiecutterException
    from cookiecutter.generate import generate_files
    from cookiecutter.main import _patch_import_path_for_repo
    from jinja2 import TemplateError

    from fastkit.generators.template_cache import bytecode_cache

    try:
        context = template_context(spec, options, staging)
        # What the hook scripts receive: the context as JSON (`cookiecutter | jsonify`).
        hook_context = json.loads(json.dumps(context["cookiecutter"]))
        pre_gen.validate(hook_context, spec.data)
        jinja_options = context["cookiecutter"].setdefault("_jinja2_env_vars", {})
        jinja_options.setdefault("bytecode_cache", bytecode_cache())
        with _patch_import_path_for_repo(spec.path):
            project = Path(
                generate_files(
                    repo_dir=str(spec.path),
                    context=context,
                    output_dir=str(staging),
                    accept_hooks=False,
                )
            )
        post_gen.run(project, hook_context)
    except (CookiecutterException, InvalidAnswer, MissingVariant, TemplateError) as error:
        raise GenerationFailed(f"the {spec.name} template failed: {error}") from error
    return project
