# Generated from hooks/fastkit_hooks/escaping.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""One escaping filter per file format, so that user text comes out literally and valid.

Templates use them on every answer that lands in a file of that format:

    description = {{ cookiecutter.description | toml_string }}

cookiecutter.json loads them with `"_extensions": ["fastkit_hooks.escaping.Escaping"]`.
Free text is one line of printable characters (fastkit_hooks.text), which every
filter relies on.
"""

import re
from typing import Any

from jinja2 import Environment
from jinja2.ext import Extension

# Characters with a meaning anywhere in a line of Markdown (CommonMark escapes any
# ASCII punctuation with a backslash).
_MARKDOWN_INLINE = frozenset("\\`*_[]<>!&~|")
# Block syntax that only counts at the start of a line: headings, quotes, lists,
# setext underlines, ordered-list numbers.
_MARKDOWN_BLOCK_START = frozenset("#>-+=")
_ORDERED_LIST_START = re.compile(r"(\d{1,9})([.)])")
_ENV_SAFE = re.compile(r"[A-Za-z0-9_./:@+-]*\Z")


def toml_string(text: str) -> str:
    """A TOML basic string ("..."), non-ASCII kept as is (TOML has no surrogate escapes)."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F:
            out.append(f"\\x{ord(char):02X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def python_string(text: str) -> str:
    """A Python string literal in the quotes ruff format would choose."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    body = text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return quote + body + quote


# The generated projects' `line-length` (their pyproject.toml).
LINE_LENGTH = 88


def python_constant(text: str, name: str) -> str:
    """`NAME = "text"` as ruff format writes it: on one line when it fits, else the
    string in parentheses on its own line when that fits, else on one line anyway
    (a string ruff cannot shorten is left alone)."""
    literal = python_string(text)
    one_line = f"{name} = {literal}"
    if len(one_line) <= LINE_LENGTH or len(literal) + 4 > LINE_LENGTH:
        return one_line
    return f"{name} = (\n    {literal}\n)"


def markdown_text(text: str) -> str:
    """Text that Markdown renders literally, as the start of a paragraph."""
    escaped = "".join("\\" + char if char in _MARKDOWN_INLINE else char for char in text)
    indent = len(escaped) - len(escaped.lstrip(" "))
    body = escaped[indent:]
    number = _ORDERED_LIST_START.match(body)
    if number:
        body = number.group(1) + "\\" + body[number.end(1) :]
    elif body[:1] in _MARKDOWN_BLOCK_START:
        body = "\\" + body
    # Four leading spaces would start a code block.
    return "&#32;" * indent + body


def env_value(text: str) -> str:
    """A value for a .env line. Only names reach .env files: anything that would need
    quoting is refused, because python-dotenv and docker compose quote differently."""
    if not _ENV_SAFE.match(text):
        raise ValueError(f"{text!r} cannot be written to a .env file unquoted")
    return text


FILTERS: dict[str, Any] = {
    "toml_string": toml_string,
    "yaml_string": yaml_string,
    "python_string": python_string,
    "python_constant": python_constant,
    "markdown_text": markdown_text,
    "env_value": env_value,
}


class Escaping(Extension):
    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters.update(FILTERS)
