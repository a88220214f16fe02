"""A description to a checked spec: ask the model, read its answer as a spec, put it
through the checks a spec file gets, and ask again quoting what failed, at most
MAX_REPAIRS times. Nothing the model says is run or written as code: it only
chooses names and fields in the spec's vocabulary.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from fastkit.design.prompt import RESPONSE_FORMATS, first_messages, repair_message
from fastkit.design.service import Deadline, Service, ServiceFailed, Usage, ask
from fastkit.domains.project import Project
from fastkit.domains.spec import spec_requests
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.domain.render import Domain

MAX_REPAIRS = 2
ANSWER = "the answer"  # how the checks' messages name what they check
_FENCE = re.compile(r"^```[a-z]*\s*|\s*```$")
# The spec's domains: {name: {"fields": [...], "plural": ...}}, as a spec file has them.
Domains = dict[str, dict[str, Any]]
# The checks of a spec file: the domains it asks for, or InvalidInput.
Check = Callable[[Domains], list[Domain]]


@dataclass(frozen=True)
class Design:
    domains: Domains
    requests: list[Domain]


class NeverValid(click.ClickException):
    """The model's answers failed the checks MAX_REPAIRS + 1 times: exit code 1."""

    exit_code = 1

    def __init__(self, errors: list[str], last_answer: str, domains: Domains | None) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors
        self.last_answer = last_answer
        self.domains = domains  # the last answer as a spec, when it had the shape of one


class NothingToDesign(click.ClickException):
    """The model found no data to keep in the description (as the rules tell it to
    answer to one that asks for anything else): exit code 2, nothing asked again."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__(
            "the model found no records to keep in the description: describe the data the "
            'service holds, as in --describe "books with a title, and loans of a book"'
        )


def design(
    description: str, project: Project, service: Service, check: Check, usage: Usage
) -> Design:
    messages = first_messages(description, project)
    deadline = Deadline(service)
    formats = list(RESPONSE_FORMATS)
    repairs = 0
    while True:
        try:
            answer = ask(service, messages, formats[0], deadline, usage)
        except ServiceFailed as error:
            # A server without structured output refuses the request: ask more plainly.
            if error.status in (400, 422) and len(formats) > 1:
                formats.pop(0)
                continue
            raise
        if answer.refusal or answer.finish_reason == "content_filter":
            said = service.blotted(answer.refusal) or "its content filter stopped the answer"
            raise ServiceFailed(f"the model declined to design these domains: {said}")
        domains: Domains | None = None
        try:
            domains = as_domains(answer.text)
            return Design(domains, checked(domains, check))
        except InvalidInput as error:
            errors = error.message.split("\n")
        if repairs == MAX_REPAIRS:
            raise NeverValid(errors, answer.text, domains)
        repairs += 1
        messages += [{"role": "assistant", "content": answer.text}, repair_message(errors)]


def as_domains(text: str) -> Domains:
    """The answer as a spec's domains: a JSON object (in a ``` fence or not) with
    `domains` a list of {name, plural, fields} or, as in a spec file, a mapping."""
    try:
        document = json.loads(_FENCE.sub("", text.strip()))
    except ValueError:
        raise InvalidInput(
            "the answer is not one JSON object (no text around it, no comments)"
        ) from None
    listed = document.get("domains") if isinstance(document, dict) else None
    if isinstance(listed, dict):
        return {str(name): body for name, body in listed.items()}
    if not isinstance(listed, list) or not all(
        isinstance(d, dict) and isinstance(d.get("name"), str) for d in listed
    ):
        raise InvalidInput(
            'the answer must be {"domains": [{"name": ..., "plural": ..., "fields": [...]}]}'
        )
    if not listed:
        raise NothingToDesign()
    domains: Domains = {}
    for entry in listed:
        body = {key: entry[key] for key in ("fields", "plural") if entry.get(key) is not None}
        domains[entry["name"]] = body
    if len(domains) < len(listed):
        raise InvalidInput("the answer gives a domain twice")
    return domains


def checked(domains: Domains, check: Check) -> list[Domain]:
    """The domains through the checks of a spec file: each domain's own first, all of
    their failures collected, then `check`'s across domains (references, cycles, the
    project's names), which stops at the first."""
    errors = []
    for name, body in domains.items():
        try:
            spec_requests({"domains": {name: body}}, ANSWER)
        except InvalidInput as error:
            errors.append(error.message)
    if errors:
        raise InvalidInput("\n".join(errors))
    return check(domains)
