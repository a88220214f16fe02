"""What the user sees while and after a project is generated."""

import click


def step(message: str) -> None:
    click.echo(f"  {click.style('✓', fg='green')} {message}")


def success_panel(title: str, commands: list[str]) -> None:
    lines = [title, "", *(f"  {command}" for command in commands)]
    width = max(len(line) for line in lines) + 2
    click.echo("╭" + "─" * width + "╮")
    for line in lines:
        click.echo("│ " + line.ljust(width - 1) + "│")
    click.echo("╰" + "─" * width + "╯")
