"""The interactive questions: only allowed choices shown, each with its description."""

from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from fastkit.shared.options import DEFAULT_TYPE, PROJECT_TYPES, SETUP_STEPS, Default
from fastkit.shared.templates import TemplateSpec
from fastkit.shared.ui import say, style
from fastkit.shared.validators import InvalidInput, validate_name, validate_target, validate_text

GENERATE, QUIT, CHANGE = "y", "n", "c"


def choose(
    title: str,
    options: Sequence[tuple[str, str]],
    default: str,
    note: str = "",
    source: str = "",
) -> str:
    """A numbered menu (and a note under it); the answer may be the number or the
    value itself. `source` says where the default came from (`profile work`)."""
    values = [value for value, _ in options]
    default = default if default in values else values[0]
    say(style(f"\n{title}", bold=True))
    for number, (value, label) in enumerate(options, start=1):
        shown = f"  (default, {source})" if source else "  (default)"
        marker = style(shown, fg="green") if value == default else ""
        say(f"  {number}) {label}{marker}")
    if note:
        say(note)

    def convert(text: str) -> str:
        text = text.strip()
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        if text in values:
            return text
        raise click.BadParameter(f"choose 1-{len(values)} or one of: {', '.join(values)}")

    answer: str = click.prompt("Choose", default=str(values.index(default) + 1), value_proc=convert)
    return answer


def ask_name(spec: TemplateSpec, output_dir: Path, allow_non_empty: bool) -> str:
    """A name the rules allow, for a folder the project can go in; asked until it is."""

    def convert(text: str) -> str:
        try:
            validate_name(text, spec)
            validate_target(output_dir / text, allow_non_empty)
        except InvalidInput as error:
            raise click.BadParameter(error.format_message()) from error
        return text

    name: str = click.prompt(
        style("Project name (folder and package)", bold=True),
        default="",  # an empty answer is refused with the reason, not silently asked again
        show_default=False,
        value_proc=convert,
    )
    return name


def ask_type(given: str | None, preferred: Default | None = None) -> str:
    if given:
        return given
    options = [(t, f"{t}: {PROJECT_TYPES[t]}") for t in PROJECT_TYPES]
    if preferred and preferred.value in PROJECT_TYPES:
        return choose("Project type", options, preferred.value, source=preferred.source)
    return choose("Project type", options, DEFAULT_TYPE)


def ask_text(spec: TemplateSpec, key: str, preferred: Default | None = None) -> str:
    def convert(text: str) -> str:
        try:
            validate_text(key, text)
        except InvalidInput as error:
            raise click.BadParameter(error.format_message()) from error
        return text

    title = spec.question(key) + (f" (default from {preferred.source})" if preferred else "")
    default = preferred.value if preferred else spec.default(key)
    answer: str = click.prompt(style(f"\n{title}", bold=True), default=default, value_proc=convert)
    return answer


def ask_template_questions(
    spec: TemplateSpec, given: dict[str, str], preferred: Mapping[str, Default] | None = None
) -> dict[str, str]:
    """Ask what `given` lacks; each choice offers only values the rules allow, the
    user's own default (`preferred`) first where the answers so far allow it.

    A question the other answers leave a single value for is not asked (the
    broker, say, unless the queue is Celery).
    """
    preferred = preferred or {}
    answers = dict(given)
    for key in spec.choices:
        if key in answers:
            continue
        allowed = spec.allowed(key, {k: answers[k] for k in spec.choices if k in answers})
        if len(allowed) == 1:
            answers[key] = allowed[0]
            continue
        options = [(value, spec.label(key, value)) for value in allowed]
        users = preferred.get(key)
        if users and users.value in allowed:
            answers[key] = choose(spec.question(key), options, users.value, source=users.source)
        else:
            answers[key] = choose(spec.question(key), options, spec.default(key, answers))
    for key in spec.text_keys:
        if key not in answers:
            answers[key] = ask_text(spec, key, preferred.get(key))
    return answers


def ask_setup(
    given: dict[str, str], preferred: Mapping[str, Default] | None = None
) -> dict[str, str]:
    """yes or no for each setup step not given; no unless the user says yes (or their
    settings say yes)."""
    preferred = preferred or {}
    answers = {key: given[key] for key in SETUP_STEPS if key in given}
    for key, question in SETUP_STEPS.items():
        if key not in answers:
            users = preferred.get(key)
            shown = f"{question} (default from {users.source})" if users else question
            default = users.value == "yes" if users else False
            wanted = click.confirm(style(f"\n{shown}", bold=True), default=default)
            answers[key] = "yes" if wanted else "no"
    return answers


def review(summary: dict[str, str]) -> str:
    """Show the answers; GENERATE, QUIT, or CHANGE one of them."""
    say(style("\nSummary", bold=True))
    width = max(len(key) for key in summary)
    for key, value in summary.items():
        say(f"  {key.ljust(width)}  {value}")
    decision: str = click.prompt(
        "\nGenerate this project? (y = yes, n = no, c = change an answer)",
        default=GENERATE,
        type=click.Choice([GENERATE, QUIT, CHANGE], case_sensitive=False),
        show_choices=False,
    )
    return decision.lower()


def change_answer(spec: TemplateSpec, answers: dict[str, str]) -> dict[str, str]:
    """Ask one answer again (a template question or a setup step); the values offered
    are those the other answers allow."""
    keys = [*spec.questions, *SETUP_STEPS]
    options = [(key, f"{key}: {answers[key]}") for key in keys]
    key = choose("Which answer?", options, keys[0])
    others = {k: v for k, v in answers.items() if k != key}
    if key in SETUP_STEPS:
        return {**others, **ask_setup(others)}
    if key in spec.choices and len(spec.allowed(key, others)) == 1:
        say(f"  {key} can only be {answers[key]} with the other answers: change those first")
        return answers
    return {**ask_template_questions(spec, others), **ask_setup(others)}
