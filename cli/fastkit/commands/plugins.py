"""`fastkit plugins list`: each installed plugin, its version, whether it is trusted,
and what it contributes."""

import click

from fastkit.plugins import installed, loaded
from fastkit.shared import ui


@click.group()
def plugins() -> None:
    """Packages that add to fastkit (entry points in the `fastkit.plugins` group)."""


@plugins.command("list")
def list_plugins() -> None:
    """Each plugin: its package and version, and what it adds, or why it is left out."""
    found = installed()
    if not found:
        ui.say("no plugins installed (a plugin declares a `fastkit.plugins` entry point)")
        return
    result = loaded()
    for plugin in found:
        where = f"{plugin.distribution} {plugin.version}"
        if plugin.name in result.left_out:
            ui.say(f"{plugin.name:16} {where}: left out, {result.left_out[plugin.name]}")
        else:
            added = ", ".join(result.contributed[plugin.name]) or "nothing"
            ui.say(f"{plugin.name:16} {where}: trusted; adds {added}")
