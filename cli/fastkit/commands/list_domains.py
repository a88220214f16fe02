"""`fastkit list-domains`: a generated project's domains, their routes and fields."""

from pathlib import Path

import click

from fastkit.domains.listing import list_domains as project_domains
from fastkit.domains.project import find_project, project_option
from fastkit.shared import ui


@click.command("list-domains")
@project_option
def list_domains(project: Path) -> None:
    """List the project's domains: each one's routes and stored fields."""
    for info in project_domains(find_project(project)):
        ui.say(f"{info.name}  {info.prefix}")
        for route in info.routes:
            ui.say(f"  {route}")
        for cls, fields in info.models.items():
            named = f" ({cls})" if len(info.models) > 1 else ""
            ui.say(f"  fields{named}: " + (", ".join(fields) or "none"))
