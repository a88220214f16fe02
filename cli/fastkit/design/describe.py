"""`create-domain --describe TEXT`: from a description to the checked domains to
write, shown for review; or, with --save, a spec file to edit and apply later.

The model's answer (or --offline's starter) takes the path of a --spec file: the
same checks, then the same plan. Whatever goes wrong with the service ends in one
line saying what happened and how to go on without it, with nothing written; the
model's last answer when it never passed the checks is the one file kept, in a
draft the user named (--save) or a new one, for editing.
"""

from dataclasses import dataclass
from pathlib import Path

from fastkit.design.designer import ANSWER, Check, Domains, NeverValid, design
from fastkit.design.review import review
from fastkit.design.service import ServiceFailed, Usage, service_from_env
from fastkit.design.starter import starter_domains
from fastkit.domains.plan import plan_domains
from fastkit.domains.project import Project
from fastkit.domains.spec import comments, spec_requests, spec_text
from fastkit.settings.sources import llm_environment
from fastkit.shared import ui
from fastkit.shared.validators import InvalidInput
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.answers import ANSWERS_FILE
from fastkit_hooks.domain.render import Domain
from fastkit_hooks.text import check_text

MAX_DESCRIPTION = 4000
DRAFT = "domains.draft.yaml"
WITHOUT_THE_SERVICE = (
    "without it: add --offline (with --save FILE, a starter spec from the description's "
    "nouns to edit), or run create-domain NAME (it asks for the fields)"
)


def check_description(text: str) -> str:
    """The description, or a one-line error: printable text, new lines allowed."""
    text = text.strip()
    if not text:
        raise InvalidInput(
            '--describe needs the domains in words, as in: --describe "books '
            'with an ISBN and a title, and loans of a book with a due date"'
        )
    try:
        check_text("--describe", text, MAX_DESCRIPTION, lines=True)
    except InvalidAnswer as error:
        raise InvalidInput(str(error)) from error
    return text


def check_save(path: Path, force: bool) -> None:
    """--save writes a new spec file where one can be, or replaces one with --force:
    a YAML file, never the project's record of itself."""
    if path.suffix not in (".yaml", ".yml") or path.name == ANSWERS_FILE:
        raise InvalidInput(
            f"--save {path}: a spec is a .yaml file of its own (not {ANSWERS_FILE}), "
            "as in --save domains.yaml"
        )
    if path.is_dir():
        raise InvalidInput(f"--save {path} is a folder: give the spec file's path")
    if path.exists() and not force:
        raise InvalidInput(f"--save {path} exists: give a new path, or --force to replace it")
    if not path.parent.is_dir():
        raise InvalidInput(f"--save {path}: folder {path.parent} does not exist")


@dataclass(frozen=True)
class Describing:
    """--describe and the options that go with it."""

    description: str
    offline: bool
    save: Path | None
    yes: bool


def described_requests(
    project: Project, describing: Describing, force: bool, dry_run: bool
) -> list[Domain] | None:
    """The domains to write, shown; None once saved to --save instead."""
    description, save = describing.description, describing.save
    plan_domains(project, [])  # a project that cannot take domains is refused before asking

    def check(domains: Domains) -> list[Domain]:
        requests = spec_requests({"domains": domains}, ANSWER)
        plan_domains(project, requests, force)  # references, cycles, the project's names
        return requests

    if describing.offline:
        domains = starter_domains(description)
        requests = check(domains)
    else:
        domains, requests = _designed(project, description, check, save, dry_run)
    for line in review(requests):
        ui.say(line)
    if save is None:
        return requests
    if dry_run:
        ui.say(f"would save {save}")
        return None
    save.write_text(spec_text(domains, _header(description)), encoding="utf-8")
    ui.say(f"Saved the spec to {save}: edit it, then run: fastkit create-domain --spec {save}")
    return None


def _designed(
    project: Project, description: str, check: Check, save: Path | None, dry_run: bool
) -> tuple[Domains, list[Domain]]:
    service = service_from_env(llm_environment())
    ui.say(f"Designing with {service.model} at {service.where}...")
    usage = Usage()
    try:
        designed = design(description, project, service, check, usage)
    except ServiceFailed as error:
        raise ServiceFailed(
            f"{error.message}; nothing written. Go on {WITHOUT_THE_SERVICE}"
        ) from None
    except NeverValid as error:
        kept = _keep_draft(project, error, description, save, dry_run)
        raise ServiceFailed(
            f"the model's answers failed the spec's checks {usage.requests} times "
            f"(last: {'; '.join(error.errors)}); {kept}"
        ) from None
    finally:
        if usage.prompt or usage.completion:
            ui.say(f"Tokens used: {usage}")
    return designed.domains, designed.requests


def _keep_draft(
    project: Project, error: NeverValid, description: str, save: Path | None, dry_run: bool
) -> str:
    """The last answer, kept for editing: in --save's file, or a new draft file."""
    if dry_run:
        return "nothing written (--dry-run)"
    path = save or _new_draft(project.root)
    header = _header(description, ["It failed these checks:", *error.errors])
    if error.domains is not None:
        text = spec_text(error.domains, header)
    else:  # not even of a spec's shape: the answer as it came
        text = comments(header) + error.last_answer + "\n"
    path.write_text(text, encoding="utf-8")
    return f"the last answer is in {path} to edit, then: fastkit create-domain --spec {path}"


def _new_draft(root: Path) -> Path:
    """domains.draft.yaml, or domains.draft-2.yaml... (never one that exists)."""
    path, number = root / DRAFT, 1
    while path.exists():
        number += 1
        path = root / DRAFT.replace(".yaml", f"-{number}.yaml")
    return path


def _header(description: str, notes: list[str] | None = None) -> str:
    lines = ["Domains designed from this description (fastkit create-domain --describe):"]
    lines += [f"  {line}" for line in description.splitlines()]
    return "\n".join([*lines, *(notes or [])])
