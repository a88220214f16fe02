# Generated from hooks/fastkit_hooks/text.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Rules for free-text answers (description, author): one line of printable text."""

import unicodedata

from fastkit_hooks import InvalidAnswer

MAX_TEXT_LENGTH = 300
# Control characters (CR, NUL, ESC...), unpaired surrogates (undecodable bytes) and
# line or paragraph separators: none belongs in a one-line field.
_REFUSED_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}


def check_text(
    key: str, value: object, max_length: int = MAX_TEXT_LENGTH, lines: bool = False
) -> None:
    """Printable text of at most `max_length` characters: one line, or with `lines`
    several (new lines and tabs allowed)."""
    shape = "printable text" if lines else "one line of printable text"
    if not isinstance(value, str):
        raise InvalidAnswer(f"{key} must be text, not {type(value).__name__}")
    for char in value:
        if "\udc80" <= char <= "\udcff":  # how Python keeps bytes that are not UTF-8
            raise InvalidAnswer(f"{key} is not valid UTF-8 text: use {shape}")
        if lines and char in "\n\t":
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise InvalidAnswer(
                f"{key} contains the control character U+{ord(char):04X}: use {shape}"
            )
    if len(value) > max_length:
        raise InvalidAnswer(f"{key} is {len(value)} characters long: use at most {max_length}")
