"""`fastkit trust SOURCE`: consent to a git template, recorded with its commit and
the digest of its files (fastkit.layers.trust)."""

import click

from fastkit.layers.custom import resolve
from fastkit.layers.trust import record_plugin_trust, record_trust, trust_path
from fastkit.plugins import installed
from fastkit.settings.sources import chosen_profile, setting, user_sources
from fastkit.shared import ui
from fastkit.shared.validators import InvalidInput


@click.command("trust")
@click.argument("source")
@click.option("--refresh", is_flag=True, help="Fetch it again first (a branch moves).")
def trust(source: str, refresh: bool) -> None:
    """Trust the git template SOURCE (git+URL[@REF], gh:ORG/REPO[@REF], or its name in
    your settings), or the plugin plugin:NAME, as it is now: a later change to its
    files asks again."""
    if source.startswith("plugin:"):
        _trust_plugin(source.removeprefix("plugin:"))
        return
    named = setting(user_sources(chosen_profile(None)), f"templates.{source}")
    template = resolve(named.value if named else source, refresh=refresh)
    if not template.from_git:
        ui.say(f"{template.source} is a folder of yours: it needs no trust")
        return
    record_trust(template)
    ui.say(
        f"trusted {template.source} at commit {template.commit[:12]} (files "
        f"{template.files_digest}), in {trust_path()}"
    )


def _trust_plugin(name: str) -> None:
    found = {plugin.name: plugin for plugin in installed()}
    if name not in found:
        listed = ", ".join(found) or "none installed"
        raise InvalidInput(f"no plugin {name!r} (plugins: {listed})")
    plugin = found[name]
    record_plugin_trust(plugin)
    ui.say(
        f"trusted plugin {name} ({plugin.distribution} {plugin.version}, files "
        f"{plugin.digest()}), in {trust_path()}"
    )
