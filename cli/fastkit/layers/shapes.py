"""The sections a value brings to gathering files, written from its descriptor.

A choice folder's choice.yaml, or a flag folder's flag.yaml, may describe what the
value is as blocks of data: `service:` (a server beside the app: image, port,
healthcheck, credentials, its URL in compose and in CI) and `database:` (an SQL
server: driver, URLs, dependency, README lines). Each folder of
cookiecutters/_shared/shapes/ is named for a block and holds the shape of each
gathering file's section that block brings (a compose service, a CI service, a
README line), listed with its order in its shapes.yaml. hooks/sync.py renders every
shape for every descriptor with that block into the fragment the template reads,
fragments/<target>/<order>-<condition>.<ext>.

Shapes run when sync does, so their Jinja is written `<< >>` and `<% %>` (`s` is the
block, `d` the whole descriptor): the `{{ }}` they hold is left for cookiecutter.
"""

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined

from fastkit.layers.declarations import packed

DESCRIPTORS = ("choice.yaml", "flag.yaml")
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
    lines = packed(pieces, " ", OPTIONS_WIDTH - OPTIONS_INDENT)
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


def shapes(cookiecutters: Path) -> dict[str, dict[Path, dict[str, Any]]]:
    """block -> {shape file: its order, condition and needs}."""
    found = {}
    for listing in sorted((cookiecutters / "_shared" / "shapes").glob("*/shapes.yaml")):
        listed: dict[str, dict[str, Any]] = yaml.safe_load(listing.read_text(encoding="utf-8"))
        found[listing.parent.name] = {
            listing.parent / name: shape for name, shape in listed.items()
        }
    return found


def descriptor(owner: Path) -> tuple[Path, dict[str, Any]] | None:
    for name in DESCRIPTORS:
        if (owner / name).exists():
            data: dict[str, Any] = yaml.safe_load((owner / name).read_text(encoding="utf-8"))
            return owner / name, data
    return None


def shaped_fragments(
    condition: str, owner: Path, cookiecutters: Path
) -> list[tuple[str, bytes, list[Path]]]:
    """(fragment name, text, sources) for each shape the owner's descriptor fills."""
    found = descriptor(owner)
    if found is None:
        return []
    path, data = found
    fragments = []
    for block, block_shapes in shapes(cookiecutters).items():
        if block not in data:
            continue
        values = data[block]
        for shape_path, shape in block_shapes.items():
            if shape.get("needs") and not values.get(shape["needs"]):
                continue
            target, _, extension = shape_path.name.partition(".")
            order = shape["order"] + shape.get("step", 10) * values.get("rank", 1)
            joined = "+".join([condition, *([shape["when"]] if "when" in shape else [])])
            template = _environment().from_string(shape_path.read_text(encoding="utf-8"))
            text = template.render(s=values, d=data).encode()
            name = f"{target}/{order:02}-{joined}.{extension}"
            fragments.append((name, text, [path, shape_path]))
    return fragments
