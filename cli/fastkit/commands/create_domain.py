"""`fastkit create-domain NAME`: a business domain added to a generated project."""

from pathlib import Path

import click

from fastkit.domains.fields import TYPE_NAMES, Field, parse_field
from fastkit.domains.names import domain_names
from fastkit.domains.project import alembic_head, find_project, next_revision
from fastkit.domains.render import SUPPORTED_STORES, Domain, render_domain
from fastkit.domains.wiring import exists, wiring
from fastkit.domains.writing import FormattingFailed, formatted, write_all
from fastkit.shared import ui
from fastkit.shared.validators import InvalidInput

# With no --field: a name and a description, like the example items.
MINIMAL_FIELDS = ("name:str(100):indexed", "description:text?")


@click.command("create-domain")
@click.argument("name")
@click.option(
    "--field",
    "field_specs",
    multiple=True,
    metavar="NAME:TYPE",
    help=f"A field, as NAME:TYPE[(ARG)][?][:unique][:indexed][=DEFAULT] (types: {TYPE_NAMES}). "
    "Repeat for more; with none: name and description.",
)
@click.option("--plural", help="The plural, when the derived one is wrong (person -> people).")
@click.option(
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The generated project (the folder holding .fastkit.yaml, or one inside it).",
)
@click.option("--dry-run", is_flag=True, help="List the files it would write and edit; write none.")
def create_domain(
    name: str, field_specs: tuple[str, ...], plural: str | None, project: Path, dry_run: bool
) -> None:
    """Add a business domain NAME: model, schemas, repository, service, router,
    dependencies, exceptions, tests and (SQL) a migration, wired into the API.

    \b
    Example, inside a generated project:
      fastkit create-domain product --field name:str --field price:decimal \\
          --field in_stock:bool=true --field sku:str(40):unique
    """
    names = domain_names(name, plural)
    fields = [parse_field(spec) for spec in field_specs or MINIMAL_FIELDS]
    _check_distinct(fields)
    target = find_project(project)
    if target.store not in SUPPORTED_STORES:
        raise InvalidInput(
            f"this project has no database (db: {target.answers.get('db')}): a domain needs "
            "one of sqlite, postgres, mysql, mongodb"
        )
    if target.has_domain(names.name):
        raise InvalidInput(f"domain {names.name!r} exists in this project already")
    revision = down_revision = None
    if target.store == "sql":
        down_revision = alembic_head(target)
        revision = next_revision(down_revision)
    domain = Domain(names, fields)
    new_files = render_domain(domain, target, revision, down_revision)
    taken = [path for path in new_files if exists(target, path)]
    if taken:
        raise InvalidInput(f"{taken[0]} exists already: fastkit does not overwrite it")
    edits = wiring(target, names)
    if dry_run:
        for path in new_files:
            ui.say(f"would write {path}")
        for path in edits:
            ui.say(f"would edit  {path}")
        return
    try:
        new_files = formatted(target.root, new_files)
    except FormattingFailed as error:
        raise click.ClickException(f"the rendered domain does not format: {error}") from error
    write_all(target.root, new_files, edits)
    ui.say(
        f"Added domain {names.name}: /api/v1/{names.url} ({len(new_files)} files, "
        f"{', '.join(edits)} edited)."
    )
    if revision:
        ui.say("Apply its migration with: alembic upgrade head")


def _check_distinct(fields: list[Field]) -> None:
    seen: set[str] = set()
    for field in fields:
        if field.name in seen:
            raise InvalidInput(f"--field {field.name!r} is given twice")
        seen.add(field.name)
