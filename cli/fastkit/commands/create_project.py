"""`fastkit create-project`: flags, answers file or questions -> a generated project.

The flags for the template's questions come from its spec (cookiecutter.json).
"""

import os
import shlex
import shutil
from pathlib import Path

import click

from fastkit.generators import plain_template
from fastkit.generators.placement import OnConflict, PlacementRefused
from fastkit.generators.project_generator import GenerationFailed, generate_project
from fastkit.generators.setup_steps import (
    FRONTEND,
    SetupFailed,
    find_uv,
    frontend_step,
    install_step,
    run_setup,
)
from fastkit.layers.custom import CustomTemplate, resolve
from fastkit.layers.trust import require_trust
from fastkit.settings.keys import SettingsError
from fastkit.settings.sources import (
    Source,
    answer_defaults,
    chosen_profile,
    cookiecutter_source,
    setting,
    user_sources,
)
from fastkit.shared import questionnaire, ui
from fastkit.shared.answers import check_config_keys, domains_to_add, load_config
from fastkit.shared.locking import TargetBusy
from fastkit.shared.options import DEFAULT_TYPE, PROJECT_TYPES, SETUP_STEPS, ProjectOptions
from fastkit.shared.templates import TemplateSpec, available_types, load_template
from fastkit.shared.validators import (
    InvalidInput,
    flag,
    validate_answers,
    validate_git_target,
    validate_given,
    validate_name,
    validate_output_dir,
    validate_setup,
    validate_target,
    validate_text,
    validate_type,
    with_defaults,
)

EXAMPLES = """
\b
Examples:
  fastkit create-project myapp                      # asks the questions
  fastkit create-project myapp --no-input           # rest-api, jwt, sqlite, domain
  fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres
  fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres --cache=redis --docker
  fastkit create-project myapp --queue=celery --broker=rabbitmq --ci=github
  fastkit create-project myapp --git --install      # then: cd myapp && .venv/bin/fastapi dev
  fastkit create-project other --config myapp/.fastkit.yaml
\b
The flags after --type are that type's questions: see them, with their
defaults, in `fastkit create-project --type=TYPE --help`.
\b
Existing folders: an empty one is used as it is; --force adds the project to a
non-empty one but stops, before writing anything, if a file would be overwritten;
then -s keeps your files, or --overwrite replaces them after a backup.
"""


def template_params(spec: TemplateSpec) -> list[click.Parameter]:
    """One flag per question of the template, with its choices and default."""
    params: list[click.Parameter] = []
    for key in spec.questions:
        default = spec.default(key)
        otherwise = other_defaults(spec, key)
        if spec.is_boolean(key):
            params.append(
                click.Option(
                    [f"--{key}/--no-{key}"],
                    default=None,
                    help=f"{spec.question(key)}.  [default: {flag(spec, key, default)[2:]}"
                    f"{otherwise}]",
                )
            )
        elif key in spec.choices:
            params.append(
                click.Option(
                    [f"--{key}"],
                    metavar="|".join(spec.choices[key]),
                    help=f"{spec.question(key)}.  [default: {default}{otherwise}]",
                )
            )
        else:
            params.append(
                click.Option([f"--{key}"], help=f"{spec.question(key)}.  [default: {default}]")
            )
    return params


def other_defaults(spec: TemplateSpec, key: str) -> str:
    """The defaults other answers give this question (`; jwt with --model llm`)."""
    return "".join(
        f"; {flag(spec, key, str(value))[2:] if spec.is_boolean(key) else value} with "
        + " ".join(f"--{k} {v}" for k, v in when["if"].items())
        for when in spec.data["_fastkit"].get("defaults_when", [])
        if (value := when["then"].get(key)) is not None
    )


COMMON_PARAMS: list[click.Parameter] = [
    click.Argument(["name"], required=False),
    click.Option(
        ["--type", "project_type"],
        metavar="|".join(t for t in PROJECT_TYPES if t in available_types()),
        help=f"Project type.  [default: {DEFAULT_TYPE}]",
    ),
    click.Option(
        ["--template", "template_source"],
        metavar="SOURCE",
        help="A custom template: a folder with a layer.yaml that extends a type (its "
        "flags are then the ones below), git+URL[@REF], gh:ORG/REPO[@REF], or its name "
        "in your settings (templates.NAME).",
    ),
    click.Option(
        ["--trust"],
        is_flag=True,
        help="Use a git template that is not trusted yet, this once (fastkit trust).",
    ),
    click.Option(["--refresh"], is_flag=True, help="Fetch a git template again before using it."),
]
SETUP_PARAMS: list[click.Parameter] = [
    click.Option(
        ["--git/--no-git"],
        default=None,
        help="Initialise a git repository with a first commit, and the pre-commit "
        "hooks when .venv exists.  [default: no-git]",
    ),
    click.Option(
        ["--install/--no-install"],
        default=None,
        help="Create .venv and install the project with its dev tools (uv when "
        "installed, else pip).  [default: no-install]",
    ),
    click.Option(
        ["--lock/--no-lock"],
        default=None,
        help="Write uv.lock (uv lock), and install from it.  [default: no-lock]",
    ),
]
OUTPUT_PARAMS: list[click.Parameter] = [
    click.Option(
        ["-o", "--output-dir"],
        type=click.Path(path_type=Path),
        help="Folder to create the project in.  [default: output_dir in your settings, "
        "else the current folder]",
    ),
    click.Option(
        ["--profile"],
        metavar="NAME",
        help="Take defaults from this profile of your settings (fastkit config).  "
        "[default: $FASTKIT_PROFILE]",
    ),
    click.Option(
        ["--config", "config_file"],
        type=click.Path(path_type=Path),
        help="Answers file to replay (a project's .fastkit.yaml, or a flat YAML mapping).",
    ),
    click.Option(
        ["--no-input"], is_flag=True, help="Never prompt: defaults for what is not given."
    ),
    click.Option(
        ["-f", "--force"],
        is_flag=True,
        help="Add the project to a non-empty folder; never overwrites a file.",
    ),
    click.Option(
        ["-s", "--skip-if-file-exists"],
        is_flag=True,
        help="With a non-empty folder: keep the files that exist, write the rest.",
    ),
    click.Option(
        ["--overwrite"],
        is_flag=True,
        help="With a non-empty folder: replace files that exist, after a backup.",
    ),
]


def _create_project(
    name: str | None,
    project_type: str | None,
    template_source: str | None,
    trust: bool,
    refresh: bool,
    output_dir: Path | None,
    profile: str | None,
    config_file: Path | None,
    no_input: bool,
    force: bool,
    skip_if_file_exists: bool,
    overwrite: bool,
    **flags: str | bool | None,
) -> None:
    """Create a FastAPI project called NAME."""
    if skip_if_file_exists and overwrite:
        raise InvalidInput(
            "--skip-if-file-exists and --overwrite contradict each other: choose one"
        )
    on_conflict = (
        OnConflict.SKIP
        if skip_if_file_exists
        else OnConflict.OVERWRITE
        if overwrite
        else OnConflict.REFUSE
    )
    allow_non_empty = force or skip_if_file_exists or overwrite
    # Defaults, highest first: the profile, the user's settings, ~/.cookiecutterrc.
    sources = [*user_sources(chosen_profile(profile)), cookiecutter_source()]
    if output_dir is None:
        configured = setting(sources, "output_dir")
        output_dir = Path(configured.value).expanduser() if configured else Path(".")
    given = load_config(config_file) if config_file else {}
    for key, value in flags.items():
        if isinstance(value, bool):
            given[key] = "yes" if value else "no"
        elif value is not None:
            given[key] = value
    if project_type is not None:
        given["type"] = project_type
    if template_source is not None:
        given["template"] = template_source
    if name is not None:
        given["name"] = name
    interactive = not no_input and ui.at_a_terminal()
    custom = custom_template(given, sources, refresh)
    if refresh and (custom is None or not custom.from_git):
        raise InvalidInput("--refresh fetches a git template again: give one with --template")
    if custom is not None:  # before anything is asked or written
        require_trust(custom, interactive, trust)
    if custom is not None and custom.spec is None:
        if allow_non_empty:
            raise InvalidInput(
                "--force, -s and --overwrite are not for a cookiecutter template: "
                "it renders a new folder only"
            )
        _create_from_plain(custom, given, output_dir)
        return

    name = _resolve_name(given, interactive, output_dir, allow_non_empty)
    target = output_dir / name
    validate_target(target, allow_non_empty)  # before asking anything else
    spec, answers = _resolve_answers(given, name, interactive, sources, custom)
    if config_file:
        allowed = ["name", "type", "template", "template_commit", *spec.questions, *SETUP_STEPS]
        check_config_keys(config_file, given, allowed)
    setup = _resolve_setup(given, interactive, sources)
    if interactive and not {*spec.questions, *SETUP_STEPS} <= set(given):
        answers, setup = _review(spec, name, answers, setup, target)
    validate_git_target(setup, target)
    if setup.get("lock") == "yes" and find_uv() is None:
        raise InvalidInput(
            "--lock needs uv, which is not installed here: pip install uv, or leave out --lock"
        )
    options = ProjectOptions(
        name=name,
        project_type=spec.name,
        answers=answers,
        setup=frozenset(key for key, value in setup.items() if value == "yes"),
        template_source=custom.source if custom else "",
        template_commit=custom.commit if custom else "",
    )

    ui.say(f"\nCreating {options.name} ({options.project_type})")
    try:
        path = generate_project(
            options,
            output_dir,
            on_conflict=on_conflict,
            report=ui.step,
            spec=custom.spec if custom else None,
        )
    except (PlacementRefused, TargetBusy) as error:
        raise InvalidInput(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"could not write the project: {error}") from error
    except GenerationFailed as error:
        raise click.ClickException(str(error)) from error
    try:
        run_setup(
            path,
            set(options.setup),
            author=options["author"],
            report=ui.step,
            announce=lambda commands: ui.say(f"  … {commands}"),
        )
    except SetupFailed as error:
        raise click.ClickException(str(error)) from error
    ui.success_panel(f"{options.name} is ready", next_commands(path, spec, options))
    recorded = domains_to_add(config_file, path) if config_file else []
    if config_file and recorded:
        ui.say(
            f"Not added: the domains {config_file} records ({', '.join(recorded)}). "
            f"Add them as recorded with: cd {path} && fastkit create-domain "
            f"--spec {config_file.resolve()} --force"
        )


def given_type(args: list[str]) -> str | None:
    """The project type the command line names before click parses it (its flags
    depend on it): --type (the last one, as click takes it), else the type in the
    --config file."""
    project_type = last_option(args, "--type")
    config = last_option(args, "--config")
    if project_type is None and config is not None:
        try:
            project_type = load_config(Path(config)).get("type")
        except (InvalidInput, OSError):
            return None  # the command reports what is wrong with the file
    return project_type


def _create_from_plain(custom: CustomTemplate, given: dict[str, str], output_dir: Path) -> None:
    """A plain cookiecutter template: its variables from --config (and the project's
    name as its project_name, when it has one), its defaults for the rest."""
    known = {k for k in plain_template.variables(custom.folder) if not k.startswith("_")}
    answers = {k: v for k, v in given.items() if k not in ("template", "template_commit")}
    fastkits = sorted(set(answers) & {"type", *SETUP_STEPS})
    if fastkits:
        raise InvalidInput(
            f"--{fastkits[0]} is not for a cookiecutter template ({custom.source}): "
            "it is rendered as it is, with its own hooks"
        )
    name = answers.pop("name", None)
    if name is not None and "project_name" in known:
        answers["project_name"] = name
    unknown = sorted(set(answers) - known)
    if unknown:
        raise InvalidInput(
            f"{unknown[0]!r} is not a variable of {custom.source}: it takes "
            f"{', '.join(sorted(known))} (give them in a --config file)"
        )
    for key, value in answers.items():
        validate_text(key, value)
    validate_output_dir(output_dir)
    ui.say(f"\nRendering {custom.source} (a cookiecutter template)")
    path = plain_template.render(custom.folder, answers, output_dir)
    ui.success_panel(f"{path.name} is ready", [f"cd {shlex.quote(str(path))}"])


def custom_template(
    given: dict[str, str], sources: list[Source], refresh: bool = False
) -> CustomTemplate | None:
    """The custom template the answers name (--template: a folder, a git source or a
    name in the settings' `templates`; at the commit a replayed project recorded), or
    the settings' `template` unless --type chose a built-in type; None for those."""
    source = given.get("template")
    if source is None and "type" not in given:
        configured = setting(sources, "template")
        source = configured.value if configured else None
    if source is None:
        return None
    named = setting(sources, f"templates.{source}")
    return resolve(named.value if named else source, given.get("template_commit"), refresh)


def settings_in(args: list[str]) -> list[Source] | None:
    """The settings the command line's profile reads; None when they are broken (the
    command reports it: --help still works)."""
    try:
        return user_sources(chosen_profile(last_option(args, "--profile")))
    except SettingsError:
        return None


def given_template(args: list[str], sources: list[Source] | None) -> CustomTemplate | None:
    """The custom template the command line names (--template, else the one its
    --config file records, else the settings'): its flags are the command's."""
    given: dict[str, str] = {}
    config = last_option(args, "--config")
    if config is not None:
        try:
            given = load_config(Path(config))
        except (InvalidInput, OSError):
            return None  # the command reports what is wrong with the file
    for option, key in (("--template", "template"), ("--type", "type")):
        value = last_option(args, option)
        if value is not None:
            given[key] = value
    return custom_template(given, sources) if sources is not None else None


def configured_type(sources: list[Source] | None) -> str:
    """The type the user's settings default to, else fastkit's."""
    found = setting(sources, "defaults.type") if sources is not None else None
    return found.value if found else DEFAULT_TYPE


def last_option(args: list[str], option: str) -> str | None:
    """The value of the last `option VALUE` or `option=VALUE` in args."""
    value = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == option and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(f"{option}="):
            value = arg.removeprefix(f"{option}=")
    return value


class CreateProjectCommand(click.Command):
    """Its flags are the chosen type's questions: each template asks its own, so
    `create-project --type X --help` lists X's flags and defaults."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        sources = settings_in(args)
        custom = given_template(args, sources)
        project_type = given_type(args)
        if custom is not None and custom.spec is None:  # a plain cookiecutter template
            spec = None  # its variables come from --config, or its defaults
        elif custom is not None:
            spec = custom.spec
        elif project_type is None:  # the user's default, or the one the questionnaire asks for
            spec = load_template(configured_type(sources))
        else:
            validate_type(project_type)  # before --help, which would list no flags
            spec = load_template(project_type)
        project_type = spec.name if spec else "(a cookiecutter template)"
        questions = template_params(spec) if spec else []
        self.params = [*COMMON_PARAMS, *questions, *SETUP_PARAMS, *OUTPUT_PARAMS]
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            flags = ", ".join(option.opts[0] for option in questions)
            hint = f"did you mean {error.possibilities[0]}? " if error.possibilities else ""
            owners = types_asking(error.option_name)
            if owners:
                hint = f"{error.option_name} is a question of --type {' and '.join(owners)}; "
            raise click.UsageError(
                f"no such option {error.option_name}: {hint}--type {project_type} asks "
                f"{flags} (every flag: fastkit create-project --type={project_type} --help)",
                ctx,
            ) from error


def types_asking(option: str) -> list[str]:
    """The project types that have this flag."""
    return [
        project_type
        for project_type in available_types()
        if any(option in p.opts for p in template_params(load_template(project_type)))
    ]


create_project = CreateProjectCommand(
    "create-project",
    callback=_create_project,
    params=[*COMMON_PARAMS, *SETUP_PARAMS, *OUTPUT_PARAMS],
    help=_create_project.__doc__,
    epilog=EXAMPLES,
)


def _resolve_name(
    given: dict[str, str], interactive: bool, output_dir: Path, allow_non_empty: bool
) -> str:
    """The project name, asked for when missing; checked before any other question.

    The type may still be unknown, so the default template's rules apply here; the
    chosen template's rules are applied again once it is known.
    """
    spec = load_template(DEFAULT_TYPE)
    if "name" in given:
        name = given["name"]
    elif interactive:
        name = questionnaire.ask_name(spec, output_dir, allow_non_empty)
    else:
        raise InvalidInput("missing project NAME: fastkit create-project NAME")
    validate_name(name, spec)
    return name


def _resolve_answers(
    given: dict[str, str],
    name: str,
    interactive: bool,
    sources: list[Source],
    custom: CustomTemplate | None,
) -> tuple[TemplateSpec, dict[str, str]]:
    """Fill in what was not given (asking, or taking defaults) and validate it all."""
    if custom is not None:  # the type is the one the custom template extends
        spec = custom.layered()
        if given.get("type", spec.name) != spec.name:
            raise InvalidInput(
                f"--type {given['type']} and --template {custom.source} disagree: "
                f"the template extends {spec.name}; leave out --type"
            )
    else:
        spec = _chosen_type(given, interactive, sources)
    validate_name(name, spec)

    template_given = {key: given[key] for key in spec.questions if key in given}
    validate_given(spec, template_given)  # before any question about the rest
    preferred = answer_defaults(sources, spec)
    if interactive:
        answers = questionnaire.ask_template_questions(spec, template_given, preferred)
    else:
        answers = with_defaults(spec, template_given, preferred)
    validate_answers(spec, name, answers)
    return spec, answers


def _chosen_type(given: dict[str, str], interactive: bool, sources: list[Source]) -> TemplateSpec:
    users_type = setting(sources, "defaults.type")
    default_type = users_type.value if users_type else DEFAULT_TYPE
    # Flags without --type were read as the default type's: that is the type then.
    flags_given = set(given) & set(load_template(default_type).questions)
    if interactive and not flags_given:
        project_type = questionnaire.ask_type(given.get("type"), users_type)
    else:
        project_type = given.get("type", default_type)
    validate_type(project_type)
    return load_template(project_type)


def _resolve_setup(
    given: dict[str, str], interactive: bool, sources: list[Source]
) -> dict[str, str]:
    """yes or no for each setup step: given, asked, or the user's default, else no."""
    validate_setup(given)
    preferred = {key: found for key in SETUP_STEPS if (found := setting(sources, f"setup.{key}"))}
    if interactive:
        return questionnaire.ask_setup(given, preferred)
    return {
        key: given.get(key, preferred[key].value if key in preferred else "no")
        for key in SETUP_STEPS
    }


def _review(
    spec: TemplateSpec,
    name: str,
    answers: dict[str, str],
    setup: dict[str, str],
    target: Path,
) -> tuple[dict[str, str], dict[str, str]]:
    """Confirm the answers, change some, or stop with the command that repeats them."""
    while True:
        summary = {
            "name": name,
            "type": spec.name,
            **answers,
            **setup,
            "folder": str(target.resolve()),
        }
        decision = questionnaire.review(summary)
        if decision == questionnaire.GENERATE:
            return answers, setup
        if decision == questionnaire.QUIT:
            ui.say("Nothing was written. The same answers, as a command:")
            ui.say(f"  {command_line(spec, name, answers, setup)}")
            raise click.exceptions.Exit(1)
        changed = questionnaire.change_answer(spec, {**answers, **setup})
        answers = {key: changed[key] for key in spec.questions}
        setup = {key: changed[key] for key in SETUP_STEPS}
        validate_answers(spec, name, answers)


def command_line(
    spec: TemplateSpec, name: str, answers: dict[str, str], setup: dict[str, str]
) -> str:
    words = ["fastkit", "create-project", name, f"--type={spec.name}"]
    for key in spec.questions:
        if spec.is_boolean(key):
            words.append(flag(spec, key, answers[key]))
        else:
            words.append(f"--{key}={answers[key]}")
    words.extend(f"--{key}" for key in SETUP_STEPS if setup[key] == "yes")
    return shlex.join(words)


def next_commands(path: Path, spec: TemplateSpec, options: ProjectOptions) -> list[str]:
    """What is left to do (not what the setup steps did), with the tools this machine
    has (uv when it is installed)."""
    answers = options.template_answers()
    here = Path.cwd()
    shown = os.path.relpath(path, here) if path.resolve().is_relative_to(here) else str(path)
    commands = [f"cd {shlex.quote(shown)}", *spec.next_steps(answers, "first")]
    if "install" not in options.setup:
        # what --install would have run, with uv only when a shell finds it
        locked = "lock" in options.setup
        install = install_step(path, shutil.which("uv"), locked).commands
        commands.append(" && ".join(command.shown for command in install))
        if (path / FRONTEND / "package.json").is_file():
            commands.append(" && ".join(command.shown for command in frontend_step().commands))
        if "git" in options.setup:
            commands.append(".venv/bin/pre-commit install    # the hooks --git could not add yet")
    commands += spec.next_steps(answers, "setup")
    commands.append(".venv/bin/fastapi dev             # serves the app, reloads on changes")
    commands += spec.next_steps(answers, "beside")
    commands.append(".venv/bin/pytest")
    return commands
