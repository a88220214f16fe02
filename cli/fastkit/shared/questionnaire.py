"""The interactive questions: only allowed choices shown, each with its description."""

from collections.abc import Sequence

import click

from fastkit.shared.options import (
    CHOICE_QUESTIONS,
    DEFAULT_TYPE,
    PROJECT_TYPES,
    TEXT_QUESTIONS,
)
from fastkit.shared.templates import TemplateSpec, available_types
from fastkit.shared.ui import style
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.names import check_project_name


def choose(title: str, options: Sequence[tuple[str, str]], default: str) -> str:
    """A numbered menu; the answer may be the number or the value itself."""
    values = [value for value, _ in options]
    default = default if default in values else values[0]
    click.echo(style(f"\n{title}", bold=True))
    for number, (value, label) in enumerate(options, start=1):
        marker = style("  (default)", fg="green") if value == default else ""
        click.echo(f"  {number}) {label}{marker}")

    def convert(text: str) -> str:
        text = text.strip()
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        if text in values:
            return text
        raise click.BadParameter(f"choose 1-{len(values)} or one of: {', '.join(values)}")

    answer: str = click.prompt("Choose", default=str(values.index(default) + 1), value_proc=convert)
    return answer


def ask_name(reserved: list[str]) -> str:
    def convert(text: str) -> str:
        try:
            check_project_name(text, reserved)
        except InvalidAnswer as error:
            raise click.BadParameter(str(error)) from error
        return text

    name: str = click.prompt(
        style("Project name (folder and package)", bold=True), value_proc=convert
    )
    return name


def ask_type(given: str | None) -> str:
    if given:
        return given
    ready = available_types()
    options = [(t, f"{t}: {PROJECT_TYPES[t]}") for t in PROJECT_TYPES if t in ready]
    coming = [t for t in PROJECT_TYPES if t not in ready]
    if len(options) == 1:
        click.echo(style("\nProject type: ", bold=True) + options[0][1])
        if coming:
            click.echo(f"  (not available yet: {', '.join(coming)})")
        return options[0][0]
    return choose("Project type", options, DEFAULT_TYPE)


def ask_template_questions(spec: TemplateSpec, given: dict[str, str]) -> dict[str, str]:
    """Ask what `given` lacks; each choice offers only values the rules allow.

    A question the earlier answers leave a single value for is not asked (the
    broker, say, unless the queue is Celery).
    """
    answers = dict(given)
    for key in CHOICE_QUESTIONS:
        if key in answers:
            continue
        allowed = spec.allowed(key, {k: answers[k] for k in CHOICE_QUESTIONS if k in answers})
        if len(allowed) == 1:
            answers[key] = allowed[0]
            continue
        options = [(value, spec.label(key, value)) for value in allowed]
        answers[key] = choose(spec.question(key), options, spec.default(key))
    for key in TEXT_QUESTIONS:
        if key not in answers:
            answers[key] = click.prompt(
                style(f"\n{spec.question(key)}", bold=True),
                default=spec.default(key),
            )
    return answers


def confirm(summary: dict[str, str]) -> bool:
    click.echo(style("\nSummary", bold=True))
    width = max(len(key) for key in summary)
    for key, value in summary.items():
        click.echo(f"  {key.ljust(width)}  {value}")
    return click.confirm("\nGenerate this project?", default=True)
