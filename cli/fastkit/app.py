"""The `fastkit` command group. Commands are imported only when run, so --help is fast.

Exit codes: 0 done, 1 a failure (a template, the disk), 2 bad input (nothing
written), 130 Ctrl-C, 128 + n another stop signal (SIGTERM 143, SIGHUP 129).
"""

import difflib
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

import click

from fastkit import __version__
from fastkit.shared import ui
from fastkit.shared.interrupts import Interrupted, signals_as_exceptions

# command name -> "module:attribute"; a command's module is imported on first use.
COMMANDS = {
    "config": "fastkit.commands.config:config",
    "create-domain": "fastkit.commands.create_domain:create_domain",
    "create-project": "fastkit.commands.create_project:create_project",
    "export-template": "fastkit.commands.export_template:export_template",
    "list-domains": "fastkit.commands.list_domains:list_domains",
    "plugins": "fastkit.commands.plugins:plugins",
    "templates": "fastkit.commands.templates:templates",
    "trust": "fastkit.commands.trust:trust",
    "update": "fastkit.commands.update:update",
    "add": "fastkit.commands.update:add",
    "remove": "fastkit.commands.update:remove",
}
# What users of other generators type, and the command that does it here.
SYNONYMS = {"new": "create-project", "init": "create-project", "startproject": "create-project"}
INTERRUPTED = 130


# Each command's first sentence, for `fastkit --help` without importing the commands
# (a unit test holds them equal to the commands' own).
SUMMARIES = {
    "add": "Add features to the project: cache=redis, queue=celery, docker, ci=github...",
    "config": "Your defaults and profiles, in $FASTKIT_CONFIG or the platform's config folder.",
    "create-domain": "Add a business domain NAME: model, schemas, repository, service, "
    "router, dependencies, exceptions, tests and (SQL) a migration, wired into the API.",
    "create-project": "Create a FastAPI project called NAME.",
    "export-template": "Write TYPE's cookiecutter to DEST (a new or empty folder) as a git "
    "repository with one commit, ready to push and to use with plain cookiecutter.",
    "list-domains": "List the project's domains: each one's routes and stored fields.",
    "plugins": "Packages that add to fastkit (entry points in the `fastkit.plugins` group).",
    "remove": "Remove features from the project: cache, queue, docker, ci...",
    "templates": "The built-in types and your custom templates (a folder with a layer.yaml "
    "that extends a type, or a git repository holding one; name one with `fastkit config "
    "set templates.NAME SOURCE`).",
    "update": "Bring the project to today's template (and the answers given with --set): "
    "files you never edited are replaced, files you edited are merged three ways, "
    "conflicts are marked in the file.",
    "trust": "Trust the git template SOURCE (git+URL[@REF], gh:ORG/REPO[@REF], or its name "
    "in your settings), or the plugin plugin:NAME, as it is now: a later change to its "
    "files asks again.",
}


def short(text: str, limit: int) -> str:
    """The text cut to limit at a word, with "...", as click shortens a command's help."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rsplit(" ", 1)[0]
    return f"{cut}..."


class FastkitGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their summaries, as click lists them, without importing
        each command's module."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, short(SUMMARIES[name], limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name) or plugin_command(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command: click.Command = getattr(import_module(module_name), attribute)
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if name in COMMANDS or name.startswith("-") or plugin_command(name):
            return super().resolve_command(ctx, args)
        guess = SYNONYMS.get(name) or next(
            iter(difflib.get_close_matches(name, COMMANDS, n=1, cutoff=0.6)), None
        )
        hint = f"did you mean {guess}? " if guess else ""
        raise click.UsageError(
            f"no such command {name!r}: {hint}(commands: {', '.join(sorted(COMMANDS))})", ctx
        )

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Click's main, with fastkit's exit codes and one-line errors."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        ui.prepare_streams()
        code = 0
        with signals_as_exceptions():
            try:
                result = super().main(args, prog_name, complete_var, False, **extra)
                code = result if isinstance(result, int) else 0
            except click.UsageError as error:
                ui.say(f"Error: {error.format_message()}", err=True)
                code = error.exit_code
            except click.ClickException as error:
                ui.say(f"Error: {error.format_message()}", err=True)
                code = error.exit_code
            except click.Abort:  # Ctrl-C (or end of input) at a prompt or while working
                ui.say("Aborted.", err=True)
                code = INTERRUPTED
            except Interrupted as stop:
                ui.say(f"Stopped by {stop}.", err=True)
                code = 128 + stop.signum
            except OSError as error:  # the file system said no where no check foresaw it
                where = f": {error.filename}" if error.filename else ""
                ui.say(f"Error: {error.strerror or error}{where}", err=True)
                code = 1
        sys.exit(code)


def plugin_command(name: str) -> str | None:
    """A trusted plugin's command (`module:attribute`), looked up only for a name
    fastkit does not have: finding plugins costs an import, --help stays fast."""
    if name in COMMANDS:
        return None
    from fastkit.plugins import installed, loaded, warn_left_out

    if not installed():
        return None
    warn_left_out()
    return loaded().commands.get(name)


@click.group(cls=FastkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="fastkit")
def cli() -> None:
    """fastkit: generate FastAPI projects that install, lint, type-check and pass
    their own tests out of the box.

    \b
    Example:
      fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres
      cd myapp && fastkit create-domain product --field name:str --field price:decimal

    Plugins may add commands: fastkit plugins list.
    """


def main() -> None:
    cli()
