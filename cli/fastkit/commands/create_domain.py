"""`fastkit create-domain NAME` (or `--spec FILE`, or `--describe TEXT`): business
domains added to a generated project, all or nothing."""

from pathlib import Path

import click

from fastkit.design.describe import (
    Describing,
    check_description,
    check_save,
    described_requests,
)
from fastkit.domains.fields import parse_field
from fastkit.domains.frontend import frontend_of
from fastkit.domains.names import domain_names
from fastkit.domains.plan import plan_domains
from fastkit.domains.project import find_project, older_template, project_option
from fastkit.domains.record import recorded_text, with_digests
from fastkit.domains.spec import domain_request, read_spec
from fastkit.domains.writing import FormattingFailed, formatted, write_all
from fastkit.generators.setup_steps import (
    SetupFailed,
    client_command,
    client_ready,
    regenerate_client,
)
from fastkit.shared import ui
from fastkit.shared.locking import TargetBusy, file_lock
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import ANSWERS_FILE
from fastkit_hooks.domain.fields import TYPE_NAMES


@click.command("create-domain")
@click.argument("name", required=False)
@click.option(
    "--field",
    "field_specs",
    multiple=True,
    metavar="NAME:TYPE",
    help=f"A field, as NAME:TYPE[(ARG)][?][:unique][:indexed][=DEFAULT] (types: {TYPE_NAMES}). "
    "Repeat for more; with none: name and description.",
)
@click.option("--plural", help="The plural, when the derived one is wrong.")
@click.option(
    "--spec",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A YAML file of several domains (see the README), added in one go.",
)
@click.option(
    "--describe",
    metavar="TEXT",
    help="The domains in words: a model behind an OpenAI-compatible API designs the spec "
    "(FASTKIT_LLM_BASE_URL, FASTKIT_LLM_MODEL, FASTKIT_LLM_API_KEY; see the README), shown "
    "for you to confirm before anything is written.",
)
@click.option(
    "--offline",
    is_flag=True,
    help="With --describe: no model; a starter spec from the description's nouns.",
)
@click.option(
    "--save",
    type=click.Path(path_type=Path),
    help="With --describe: save the spec to this file (to edit, then --spec) and write no domain.",
)
@click.option("--yes", "-y", is_flag=True, help="With --describe: write without asking.")
@project_option
@click.option("--dry-run", is_flag=True, help="List the files it would write and edit; write none.")
@click.option(
    "--force",
    is_flag=True,
    help="Render an existing domain again from the fields given: replace the files nobody "
    "edited since, keep the ones you edited, migrate added and removed fields.",
)
@click.option(
    "--no-input", is_flag=True, help="Never prompt (with no --field: the default fields)."
)
def create_domain(
    name: str | None,
    field_specs: tuple[str, ...],
    plural: str | None,
    spec: Path | None,
    describe: str | None,
    offline: bool,
    save: Path | None,
    yes: bool,
    project: Path,
    dry_run: bool,
    force: bool,
    no_input: bool,
) -> None:
    """Add a business domain NAME: model, schemas, repository, service, router,
    dependencies, exceptions, tests and (SQL) a migration, wired into the API.

    \b
    Examples, inside a generated project:
      fastkit create-domain product --field name:str --field price:decimal \\
          --field in_stock:bool=true --field "sku:str(40):unique"
      fastkit create-domain order --field "customer:ref(customer)"
      fastkit create-domain --spec domains.yaml
      fastkit create-domain --describe "books with an ISBN and a title, authors, \\
          and loans of a book to a member with a due date"
    """
    _check_sources(name, field_specs, plural, spec, describe, offline, save, yes)
    describing = None
    if describe is not None:
        describing = Describing(check_description(describe), offline, save, yes)
        if not (yes or dry_run or save or ui.at_a_terminal()):
            raise InvalidInput(
                "--describe shows the spec for you to confirm, and there is no terminal to "
                "ask at: add --yes to write it, --dry-run to see it, or --save FILE to keep it"
            )
        if save is not None and not dry_run:
            check_save(save, force)
    root = find_project(project).root
    try:
        with file_lock(root / ANSWERS_FILE, root):
            _create_domains(
                root, name, field_specs, plural, spec, describing, dry_run, force, no_input
            )
    except TargetBusy as error:
        raise InvalidInput(str(error)) from error


def _check_sources(
    name: str | None,
    field_specs: tuple[str, ...],
    plural: str | None,
    spec: Path | None,
    describe: str | None,
    offline: bool,
    save: Path | None,
    yes: bool,
) -> None:
    """One way of naming the domains: NAME (with --field, --plural), --spec or --describe."""
    for option, given in (("--spec", spec is not None), ("--describe", describe is not None)):
        if given and (name or field_specs or plural):
            raise InvalidInput(
                f"{option} names its domains and fields: give NAME, --field and "
                f"--plural without it, or {option} alone"
            )
    if spec is not None and describe is not None:
        raise InvalidInput("give --spec FILE or --describe TEXT, not both")
    if describe is None:
        used = [
            o for o, given in (("--offline", offline), ("--save", save), ("--yes", yes)) if given
        ]
        if used:
            raise InvalidInput(f"{used[0]} goes with --describe TEXT")
    if spec is None and describe is None and not name:
        raise InvalidInput(
            "give the domain's NAME (as in: fastkit create-domain product), --spec FILE "
            "or --describe TEXT"
        )


def _create_domains(
    root: Path,
    name: str | None,
    field_specs: tuple[str, ...],
    plural: str | None,
    spec: Path | None,
    describing: Describing | None,
    dry_run: bool,
    force: bool,
    no_input: bool,
) -> None:
    """The command's work, while no other run changes the project (its state is read
    again under the lock)."""
    target = find_project(root)
    if describing is not None:
        described = described_requests(target, describing, force, dry_run)
        if described is None:  # saved to --save
            return
        requests = described
    elif spec:
        requests = read_spec(spec)
    else:
        specs = list(field_specs)
        if not specs and not no_input and ui.at_a_terminal():
            domain_names(name or "", plural)  # a bad name is refused before any question
            specs = ask_fields(name or "")
        requests = [domain_request(name or "", specs, plural)]
    plan = plan_domains(target, requests, force)
    versions = older_template(target)
    if versions is not None:
        ui.say(
            f"Note: {ANSWERS_FILE} records template version {versions[0]}; this fastkit's "
            f"{target.template} is {versions[1]}. The domain is written for the latter: "
            "if the project's checks fail on it, bring the project up to date with "
            "`fastkit update`."
        )
    if dry_run:
        for verb, paths in (
            ("write", plan.new_files),
            ("replace", plan.replaced),
            ("keep", plan.kept),
            ("edit", [*plan.edits, ANSWERS_FILE]),
        ):
            for path in paths:
                ui.say(f"would {verb} {path}")
        if frontend_of(target.answers) is not None and client_ready(target.root):
            ui.say(f"would run {client_command().shown}")
        return
    if describing is not None and not describing.yes and not confirmed(len(requests)):
        ui.say("Nothing written.")
        click.get_current_context().exit(1)
    try:
        written = formatted(target.root, {**plan.new_files, **plan.replaced})
    except FormattingFailed as error:
        raise click.ClickException(f"the rendered domain does not format: {error}") from error
    new_files = {path: written[path] for path in plan.new_files}
    # A replaced file whose text comes out the same is left alone.
    edits = {
        path: written[path]
        for path in plan.replaced
        if (target.root / path).read_text(encoding="utf-8") != written[path]
    }
    replaced = len(edits)
    edits.update(plan.edits)
    record = recorded_text(target, with_digests(plan.records, written))
    if record != (target.root / ANSWERS_FILE).read_text(encoding="utf-8"):
        edits[ANSWERS_FILE] = record
    try:
        write_all(target.root, new_files, edits)
    except OSError as error:  # write_all has put the project back as it was
        raise click.ClickException(
            f"could not write the domain ({error.strerror or error}); nothing was changed"
        ) from error
    for path in plan.kept:
        ui.say(f"Kept {path}: edited since create-domain wrote it (no new version written)")
    for names in plan.domains:
        ui.say(f"Domain {names.name}: /api/v1/{names.url}")
    counts = f"{len(new_files)} files written, {replaced} replaced"
    edited = [path for path in edits if path not in plan.replaced]
    ui.say(f"{counts}; {', '.join(edited) or 'nothing'} edited.")
    if plan.revisions:
        ui.say("Apply the migrations with: alembic upgrade head")
    if frontend_of(target.answers) is not None:
        _give_frontend_the_api(target.root)


def _give_frontend_the_api(root: Path) -> None:
    """The pages just written call the API through its generated client: make it
    again, or say how once the project is installed."""
    if not client_ready(root):
        ui.say(
            "Give the frontend the new API, once the project is installed: "
            "(cd frontend && npm ci && npm run generate-client)"
        )
        return
    try:
        regenerate_client(root)
    except SetupFailed as error:
        raise click.ClickException(f"the domain is written, but {error}") from error
    ui.say("Regenerated the frontend's API client (npm run generate-client).")


def confirmed(domains: int) -> bool:
    """Yes to writing the domains just shown (no unless said)."""
    what = "this domain" if domains == 1 else f"these {domains} domains"
    return click.confirm(f"Write {what}?", default=False)


def ask_fields(domain: str) -> list[str]:
    """Fields typed one per line at the terminal; a bad one is explained and asked again."""
    ui.say(f"Fields of {domain}, one per line as NAME:TYPE (types: {TYPE_NAMES}).")
    ui.say("An empty line ends the list; none at all gives name and description.")
    specs: list[str] = []
    while True:
        text = click.prompt("Field", default="", show_default=False).strip()
        if not text:
            return specs
        try:
            parse_field(text)
        except InvalidInput as error:
            ui.say(f"  {error.format_message()}")
            continue
        specs.append(text)
