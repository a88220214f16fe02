"""The sections a service brings to gathering files, written from its descriptor.

A choice or flag folder whose value runs a server beside the app (choices/db/postgres,
flags/redis) describes that server once, in its service.yaml: image, port, data
folder, healthcheck, credentials, the setting that holds its URL and that URL in
compose and in CI. Each file of cookiecutters/_shared/services/ is the shape of one
gathering file's section (a compose service, a CI service, a README line), listed
with its order in shapes.yaml; hooks/sync.py renders every shape for every service
into the fragment the template reads, fragments/<target>/<order>-<condition>.<ext>.

These templates run when sync does, so their Jinja is written `<< >>` and `<% %>`:
the `{{ }}` they hold is left for cookiecutter.
"""

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined

DESCRIPTOR = "service.yaml"
# The options of a CI service's healthcheck, wrapped as the hand-written ones were.
OPTIONS_INDENT, OPTIONS_WIDTH = 10, 79


def health_options(service: dict[str, Any]) -> str:
    interval = service["interval"]
    pieces = [
        f'--health-cmd "{service["ci"]["health"]}"',
        f"--health-interval {interval}",
        f"--health-timeout {interval}",
        "--health-retries 10",
    ]
    lines: list[list[str]] = [[]]
    for piece in pieces:
        if lines[-1] and OPTIONS_INDENT + len(" ".join([*lines[-1], piece])) > OPTIONS_WIDTH:
            lines.append([])
        lines[-1].append(piece)
    return "\n".join(" " * OPTIONS_INDENT + " ".join(line) for line in lines)


@cache
def _environment() -> Environment:
    environment = Environment(
        block_start_string="<%",
        block_end_string="%>",
        variable_start_string="<<",
        variable_end_string=">>",
        comment_start_string="<#",
        comment_end_string="#>",
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    environment.filters["health_options"] = health_options
    return environment


def shapes(root: Path) -> dict[Path, dict[str, Any]]:
    folder = root / "cookiecutters" / "_shared" / "services"
    listed: dict[str, dict[str, Any]] = yaml.safe_load((folder / "shapes.yaml").read_text())
    return {folder / name: shape for name, shape in listed.items()}


def service_fragments(
    condition: str, owner: Path, root: Path
) -> list[tuple[str, bytes, list[Path]]]:
    """(fragment name, text, sources) for each shape the owner's service fills."""
    descriptor = owner / DESCRIPTOR
    if not descriptor.exists():
        return []
    service = yaml.safe_load(descriptor.read_text(encoding="utf-8"))
    found = []
    for shape_path, shape in shapes(root).items():
        if shape.get("needs") and not service.get(shape["needs"]):
            continue
        target, _, extension = shape_path.name.partition(".")
        order = shape["order"] + shape.get("step", 10) * service["rank"]
        joined = "+".join([condition, *([shape["when"]] if "when" in shape else [])])
        template = _environment().from_string(shape_path.read_text(encoding="utf-8"))
        text = template.render(s=service).encode()
        found.append((f"{target}/{order:02}-{joined}.{extension}", text, [descriptor, shape_path]))
    return found
