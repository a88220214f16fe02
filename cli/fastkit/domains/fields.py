"""Parsing a `--field` as the CLI takes it: the vocabulary is fastkit_hooks.domain.fields
(the hooks render the example domain with it), and a field it refuses is bad input
here, one `Error:` line and exit code 2."""

from fastkit.plugins import register_field_types
from fastkit.shared.validators import InvalidInput
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.domain import fields
from fastkit_hooks.domain.fields import Field


def parse_field(text: str) -> Field:
    register_field_types()  # the plugins' types, once trusted
    try:
        return fields.parse_field(text)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from error
