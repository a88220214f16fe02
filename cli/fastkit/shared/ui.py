"""What the user sees while and after a project is generated.

Output is a courtesy, never a reason to stop: a closed pipe (`| head -1`) silences
it and the work goes on, and a terminal that cannot show a mark gets an ASCII one.
"""

import contextlib
import os
import sys
from typing import Any, TextIO

import click

_muted: set[int] = set()
FANCY = {"ok": "✓", "top": "╭─╮", "side": "│", "bottom": "╰─╯"}
PLAIN = {"ok": "+", "top": "+-+", "side": "|", "bottom": "+-+"}


def prepare_streams() -> None:
    """Text the terminal cannot encode comes out as `?`, not as an exception."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def at_a_terminal() -> bool:
    """Whether a person can be asked: stdin is open and a terminal (`<&-` closes it)."""
    return sys.stdin is not None and not sys.stdin.closed and sys.stdin.isatty()


def _stream(err: bool) -> TextIO:
    return sys.stderr if err else sys.stdout


def say(text: str = "", err: bool = False) -> None:
    stream = _stream(err)
    if id(stream) in _muted:
        return
    try:
        click.echo(text, file=stream)
    except OSError:  # the reader went away: stop writing, keep working
        _mute(stream)


def _mute(stream: TextIO) -> None:
    _muted.add(id(stream))
    try:  # so that the flush at exit does not fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def marks() -> dict[str, str]:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "".join(FANCY.values()).encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return PLAIN
    return FANCY


def style(text: str, **styles: Any) -> str:
    """Styled text, unless the user opted out of colour (https://no-color.org)."""
    return text if os.environ.get("NO_COLOR") else click.style(text, **styles)


def step(message: str) -> None:
    say(f"  {style(marks()['ok'], fg='green')} {message}")


def success_panel(title: str, commands: list[str]) -> None:
    box = marks()
    lines = [title, "", *(f"  {command}" for command in commands)]
    width = max(len(line) for line in lines) + 2
    left, fill, right = tuple(box["top"])
    say(left + fill * width + right)
    for line in lines:
        say(f"{box['side']} " + line.ljust(width - 1) + box["side"])
    left, fill, right = tuple(box["bottom"])
    say(left + fill * width + right)
