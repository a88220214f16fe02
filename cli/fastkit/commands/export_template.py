"""`fastkit export-template TYPE DEST`: one type as a git repository to publish."""

from pathlib import Path

import click

from fastkit.generators.export import ExportFailed, export
from fastkit.shared import ui
from fastkit.shared.templates import available_types, load_template


@click.command("export-template")
@click.argument("project_type", metavar="TYPE", type=click.Choice(available_types()))
@click.argument("dest", type=click.Path(path_type=Path))
def export_template(project_type: str, dest: Path) -> None:
    """Write TYPE's cookiecutter to DEST (a new or empty folder) as a git repository
    with one commit, ready to push and to use with plain cookiecutter.

    \b
    Example:
      fastkit export-template rest-api ../fastapi-rest-template
      cookiecutter git+file://$PWD/../fastapi-rest-template
    """
    spec = load_template(project_type)
    dest = dest.resolve()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise click.UsageError(f"{dest} is not an empty folder: give a new or empty one")
    if not dest.parent.is_dir():
        raise click.UsageError(f"{dest.parent} does not exist: create it, or give another DEST")
    if dest.is_relative_to(spec.path.resolve()):
        raise click.UsageError(f"{dest} is inside the template it would export: give another DEST")
    try:
        export(spec, dest)
    except ExportFailed as failure:
        raise click.ClickException(str(failure)) from None
    ui.say(f"exported {project_type} to {dest} (a git repository with one commit)")
