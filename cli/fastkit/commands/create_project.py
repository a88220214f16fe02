"""`fastkit create-project`: flags, answers file or questions -> a generated project."""

import sys
from pathlib import Path

import click

from fastkit.generators.project_generator import GenerationFailed, generate_project
from fastkit.shared import questionnaire, ui
from fastkit.shared.answers import load_config
from fastkit.shared.options import (
    DEFAULT_TYPE,
    PROJECT_TYPES,
    TEMPLATE_QUESTIONS,
    ProjectOptions,
)
from fastkit.shared.templates import load_template
from fastkit.shared.validators import (
    InvalidInput,
    validate_given,
    validate_name,
    validate_options,
    validate_target,
    validate_type,
)

EXAMPLES = """
\b
Examples:
  fastkit create-project myapp                      # asks the questions
  fastkit create-project myapp --no-input           # rest-api, jwt, sqlite, domain
  fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres
  fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres --cache=redis --docker
  fastkit create-project myapp --queue=celery --broker=rabbitmq --ci=github
  fastkit create-project other --config myapp/.fastkit.yaml
"""


@click.command(epilog=EXAMPLES)
@click.argument("name", required=False)
@click.option("--type", "project_type", metavar="|".join(PROJECT_TYPES), help="Project type.")
@click.option("--auth", metavar="jwt|oauth2|session|none", help="Authentication.")
@click.option("--db", metavar="postgres|mysql|sqlite|mongodb|none", help="Database.")
@click.option("--cache", metavar="redis|memory|none", help="Cache for the example domain's reads.")
@click.option("--queue", metavar="celery|rq|none", help="Background task queue.")
@click.option("--broker", metavar="redis|rabbitmq", help="Celery's broker (RQ always uses Redis).")
@click.option(
    "--docker/--no-docker",
    default=None,
    help="Dockerfile and a compose file with every service.  [default: no-docker]",
)
@click.option("--ci", metavar="github|gitlab|none", help="CI pipeline.")
@click.option("--architecture", metavar="domain|layered", help="Code layout.")
@click.option("--description", help="One-line project description.")
@click.option("--author", help="Author name.")
@click.option(
    "--output-dir",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder to create the project in.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Answers file to replay (a project's .fastkit.yaml, or a flat YAML mapping).",
)
@click.option("--no-input", is_flag=True, help="Never prompt: defaults for what is not given.")
@click.option("--force", is_flag=True, help="Allow a non-empty target folder (nothing is deleted).")
def create_project(
    name: str | None,
    project_type: str | None,
    output_dir: Path,
    config_file: Path | None,
    no_input: bool,
    force: bool,
    docker: bool | None,
    **flags: str | None,
) -> None:
    """Create a FastAPI project called NAME."""
    given = load_config(config_file) if config_file else {}
    given.update({key: value for key, value in flags.items() if value is not None})
    if docker is not None:
        given["docker"] = "yes" if docker else "no"
    if project_type is not None:
        given["type"] = project_type
    if name is not None:
        given["name"] = name
    interactive = not no_input and sys.stdin.isatty()

    name = _resolve_name(given, interactive)
    target = output_dir / name
    validate_target(target, force)  # before asking anything else
    options = _resolve_options(given, name, interactive)
    if interactive and set(given) != {"name", "type", *TEMPLATE_QUESTIONS}:
        summary = {"name": options.name, "type": options.project_type}
        summary.update({key: getattr(options, key) for key in TEMPLATE_QUESTIONS})
        summary["folder"] = str(target.resolve())
        if not questionnaire.confirm(summary):
            raise click.Abort()

    click.echo(f"\nCreating {options.name} ({options.project_type})")
    try:
        path = generate_project(options, output_dir, force=force, report=ui.step)
    except OSError as error:
        raise click.ClickException(f"could not write the project: {error}") from error
    except GenerationFailed as error:
        raise click.ClickException(str(error)) from error
    ui.success_panel(f"{options.name} is ready", _next_commands(path, options))


def _resolve_name(given: dict[str, str], interactive: bool) -> str:
    """The project name, asked for when missing; checked before any other question.

    The type may still be unknown, so the default template's rules apply here; the
    chosen template's rules are applied again once it is known.
    """
    spec = load_template(DEFAULT_TYPE)
    if "name" in given:
        name = given["name"]
    elif interactive:
        name = questionnaire.ask_name(spec.reserved_names)
    else:
        raise InvalidInput("missing project NAME: fastkit create-project NAME")
    validate_name(name, spec)
    return name


def _resolve_options(given: dict[str, str], name: str, interactive: bool) -> ProjectOptions:
    """Fill in what was not given (asking, or taking defaults) and validate it all."""
    if interactive:
        project_type = questionnaire.ask_type(given.get("type"))
    else:
        project_type = given.get("type", DEFAULT_TYPE)
    validate_type(project_type)
    spec = load_template(project_type)
    validate_name(name, spec)

    template_given = {key: given[key] for key in TEMPLATE_QUESTIONS if key in given}
    validate_given(spec, template_given)  # before any question about the rest
    if interactive:
        answers = questionnaire.ask_template_questions(spec, template_given)
    else:
        answers = {key: template_given.get(key, spec.default(key)) for key in TEMPLATE_QUESTIONS}
    options = ProjectOptions(name=name, project_type=project_type, **answers)
    validate_options(options, spec)
    return options


def _next_commands(path: Path, options: ProjectOptions) -> list[str]:
    commands = [f"cd {path}"]
    if options.docker == "yes":
        commands.append("docker compose up --build      # or, without Docker:")
    commands.append('uv venv && uv pip install -e ".[dev]"')
    if options.db in ("sqlite", "postgres", "mysql"):
        commands.append(".venv/bin/alembic upgrade head")
    commands += [
        ".venv/bin/uvicorn app.main:create_app --factory --reload",
    ]
    if options.queue != "none":
        commands.append(".venv/bin/python -m app.worker     # the task worker")
    commands.append(".venv/bin/pytest")
    return commands
