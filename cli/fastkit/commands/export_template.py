"""`fastkit export-template TYPE DEST`: one type as a git repository to publish."""

from pathlib import Path

import click

from fastkit.generators.export import ExportFailed, export
from fastkit.shared import ui
from fastkit.shared.templates import available_types, load_template


@click.command("export-template")
@click.argument("project_type", metavar="TYPE", type=click.Choice(available_types()))
@click.argument("dest", type=click.Path(path_type=Path))
@click.option(
    "--layer",
    "layers",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar="FOLDER",
    help="A layer to put on top of TYPE: a folder with a layer.yaml (offer: {db: [...]}, "
    "or any key a type.yaml takes) and the choice folders and files it brings. Repeat "
    "for more.",
)
def export_template(project_type: str, dest: Path, layers: tuple[Path, ...]) -> None:
    """Write TYPE's cookiecutter to DEST (a new or empty folder) as a git repository
    with one commit, ready to push and to use with plain cookiecutter.

    \b
    Example:
      fastkit export-template rest-api ../fastapi-rest-template
      cookiecutter git+file://$PWD/../fastapi-rest-template
      fastkit export-template rest-api ../with-cockroach --layer ../cockroach-layer
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
        export(spec, dest, [layer.resolve() for layer in layers])
    except ExportFailed as failure:
        raise click.ClickException(str(failure)) from None
    except ValueError as refused:  # what a layer declares, the type cannot take
        raise click.UsageError(f"--layer: {refused}") from None
    ui.say(f"exported {project_type} to {dest} (a git repository with one commit)")
