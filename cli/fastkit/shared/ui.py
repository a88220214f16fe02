"""What the user sees while and after a project is generated."""

import os
from typing import Any

import click


def style(text: str, **styles: Any) -> str:
    """Styled text, unless the user opted out of colour (https://no-color.org)."""
    return text if os.environ.get("NO_COLOR") else click.style(text, **styles)


def step(message: str) -> None:
    click.echo(f"  {style('✓', fg='green')} {message}")


def success_panel(title: str, commands: list[str]) -> None:
    lines = [title, "", *(f"  {command}" for command in commands)]
    width = max(len(line) for line in lines) + 2
    click.echo("╭" + "─" * width + "╮")
    for line in lines:
        click.echo("│ " + line.ljust(width - 1) + "│")
    click.echo("╰" + "─" * width + "╯")
