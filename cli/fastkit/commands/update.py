"""fastkit update, add and remove: a generated project brought to today's template,
or to other answers, by a three-way merge that keeps every edit of the user's."""

import difflib
from collections.abc import Callable
from pathlib import Path

import click

from fastkit.domains.project import project_option, project_root
from fastkit.generators.project_generator import GenerationFailed
from fastkit.shared import ui
from fastkit.shared.templates import load_template
from fastkit.shared.validators import InvalidInput
from fastkit.updates.merge import WRITING, Action, env_keys_changed
from fastkit.updates.project_update import Update, read_record, update_project
from fastkit.updates.reinstall import PYPROJECT, dependencies_changed, reinstall_commands

CONFLICTS = 1  # exit code: written, with conflict markers to resolve

EXAMPLES = """
\b
Examples:
  fastkit update --dry-run            # what today's template would change, as a diff
  fastkit update                      # bring the project to today's template
  fastkit update --set metrics=yes    # any answer, by create-project's rules
  fastkit add cache=redis             # fastkit add docker, fastkit add ci=github
  fastkit remove queue
"""

_common = [
    project_option,
    click.option("--dry-run", is_flag=True, help="Print the plan and a diff; write nothing."),
    click.option(
        "--allow-dirty",
        is_flag=True,
        help="Update a git work tree that has uncommitted changes.",
    ),
    click.option(
        "--from-template",
        type=click.Path(file_okay=False, exists=True, path_type=Path),
        help="The template folder the project was made with, when neither .fastkit.yaml "
        "nor the template archive knows it (cookiecutters/TYPE of that fastkit).",
    ),
]


def common_options(function: Callable[..., int]) -> Callable[..., int]:
    for option in reversed(_common):
        function = option(function)
    return function


@click.command(epilog=EXAMPLES)
@click.option(
    "--to",
    metavar="VERSION",
    help="A template version from the archive, or a template folder, instead of today's.",
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="QUESTION=VALUE",
    help="Change an answer (repeatable), as create-project's flag would set it.",
)
@common_options
def update(
    to: str | None,
    settings: tuple[str, ...],
    project: Path,
    dry_run: bool,
    allow_dirty: bool,
    from_template: Path | None,
) -> int:
    """Bring the project to today's template (and the answers given with --set): files
    you never edited are replaced, files you edited are merged three ways, conflicts are
    marked in the file."""
    changes = dict(_pair(text) for text in settings)
    return _run(project, changes, dry_run, allow_dirty, from_template, to)


def _features_command(
    name: str, metavar: str, summary: str, answer: Callable[[str, str], tuple[str, str]]
) -> click.Command:
    """add and remove: each named feature becomes an answer (`answer(template, text)`)."""

    @click.command(name, help=summary, epilog=EXAMPLES)
    @click.argument("features", nargs=-1, required=True, metavar=metavar)
    @common_options
    def command(
        features: tuple[str, ...],
        project: Path,
        dry_run: bool,
        allow_dirty: bool,
        from_template: Path | None,
    ) -> int:
        template = _template_of(project)
        changes = dict(answer(template, text) for text in features)
        return _run(project, changes, dry_run, allow_dirty, from_template)

    return command


add = _features_command(
    "add",
    "QUESTION[=VALUE]...",
    "Add features to the project: cache=redis, queue=celery, docker, ci=github... "
    "(a yes/no question alone means yes).",
    lambda template, text: _pair(text) if "=" in text else (text, _added_value(template, text)),
)
remove = _features_command(
    "remove",
    "QUESTION...",
    "Remove features from the project: cache, queue, docker, ci... (the answer becomes "
    "none, or no).",
    lambda template, key: (key, _removed_value(template, key)),
)


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key or not value:
        raise InvalidInput(f"{text!r}: give QUESTION=VALUE, as in cache=redis")
    return key, value


def _template_of(project: Path) -> str:
    return str(read_record(project_root(project))["template"])


def _question_choices(template: str, key: str) -> list[str]:
    spec = load_template(template)
    if key not in spec.choices:
        raise InvalidInput(
            f"{key}: {template} has no such choice; its choices: {', '.join(spec.choices)}"
        )
    return spec.choices[key]


def _added_value(template: str, key: str) -> str:
    """`add docker` is docker=yes; a question with one value besides none, that value."""
    choices = _question_choices(template, key)
    offered = [value for value in choices if value not in {"none", "no"}]
    if len(offered) == 1:
        return offered[0]
    raise InvalidInput(f"add {key}: say which, as {key}=VALUE (one of: {', '.join(offered)})")


def _removed_value(template: str, key: str) -> str:
    choices = _question_choices(template, key)
    for value in ("none", "no"):
        if value in choices:
            return value
    raise InvalidInput(
        f"remove {key}: {template} always has one ({', '.join(choices)}): "
        f"change it with fastkit update --set {key}=VALUE"
    )


def _run(
    project: Path,
    changes: dict[str, str],
    dry_run: bool,
    allow_dirty: bool,
    from_template: Path | None,
    to: str | None = None,
) -> int:
    root = project_root(project)
    try:
        done = update_project(
            root,
            changes,
            from_template=from_template,
            to=to,
            dry_run=dry_run,
            allow_dirty=allow_dirty,
            report=ui.step,
        )
    except GenerationFailed as error:
        raise click.ClickException(str(error)) from error
    _show(done, root, dry_run)
    return CONFLICTS if done.plan.conflicts and not dry_run else 0


def _show(done: Update, root: Path, dry_run: bool) -> None:
    for key, (before, after) in done.changed_answers.items():
        ui.say(f"  {key}: {before or '(not asked)'} -> {after}")
    if not done.plan.changes:
        ui.say("Nothing to change: the project is as the template makes it.")
    by_action: dict[Action, list[str]] = {}
    for change in done.plan.changes:
        by_action.setdefault(change.action, []).append(change.path)
    for action, paths in by_action.items():
        ui.say(f"{action.value} ({len(paths)}): {', '.join(paths)}")
    if dry_run:
        for change in done.plan.changes:
            if change.action is Action.ENV_MERGED:  # its lines hold secrets: keys only
                keys = env_keys_changed(done.user.get(change.path) or b"", change.text or b"")
                ui.say(f"{change.path} would set: {', '.join(keys)} (values not shown)")
            elif change.action in WRITING:
                _diff(change.path, done.user.get(change.path), change.text)
        if _changes_dependencies(done):
            ui.say(f"{PYPROJECT}'s dependencies would change: reinstall the project after.")
        ui.say(f"Dry run: nothing was written in {root}.")
        return
    if done.plan.conflicts:
        ui.say(
            f"Conflicts in {len(done.plan.conflicts)} files, marked <<<<<<< yours / "
            f">>>>>>> template: {', '.join(done.plan.conflicts)}. Resolve them, then run "
            "your checks."
        )
    else:
        ui.say(f"Updated {root}: review with git diff, then run your checks.")
    if _changes_dependencies(done):
        ui.say(
            f"{PYPROJECT}'s dependencies changed: reinstall the project before running it "
            f"({reinstall_commands(root)})."
        )


def _changes_dependencies(done: Update) -> bool:
    return any(
        change.path == PYPROJECT
        and change.action in WRITING
        and dependencies_changed(done.user.get(PYPROJECT), change.text)
        for change in done.plan.changes
    )


def _diff(path: str, before: bytes | None, after: bytes | None) -> None:
    old = (before or b"").decode("utf-8", errors="replace").splitlines(keepends=True)
    new = (after or b"").decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(
        old,
        new,
        f"a/{path}" if before is not None else "/dev/null",
        f"b/{path}" if after is not None else "/dev/null",
    )
    text = "".join(lines)
    if text:
        click.echo(text if text.endswith("\n") else text + "\n", nl=False)
