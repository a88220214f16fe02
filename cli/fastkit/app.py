"""The `fastkit` command group. Commands are imported only when run, so --help is fast."""

from importlib import import_module

import click

from fastkit import __version__

# command name -> "module:attribute"; a command's module is imported on first use.
COMMANDS = {
    "create-project": "fastkit.commands.create_project:create_project",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(import_module(module_name), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fastkit")
def cli() -> None:
    """fastkit: generate FastAPI projects that install, lint, type-check and pass
    their own tests out of the box.

    \b
    Example:
      fastkit create-project myapp --type=rest-api --auth=jwt --db=postgres
    """


def main() -> None:
    cli()
