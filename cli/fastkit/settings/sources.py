"""Where a default comes from, in order: the profile (and the profiles it extends),
the user's settings, then the user's `~/.cookiecutterrc` `default_context` for the
questions it shares with ours. Flags and an answers file (--config) come before all
of them, and the template's own defaults after; create-project applies those.

Each source is a name the questionnaire shows ("profile work") and its settings as
dotted keys without the `profiles.<name>.` prefix.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fastkit.settings.keys import SettingsError
from fastkit.settings.store import read_settings, settings_path
from fastkit.shared.options import Default
from fastkit.shared.templates import TemplateSpec, available_types, load_template
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.rules import violation
from fastkit_hooks.text import check_text


@dataclass(frozen=True)
class Source:
    name: str
    settings: dict[str, str]


def profiles(flat: dict[str, str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for key, value in flat.items():
        if key.startswith("profiles."):
            _, name, setting = key.split(".", 2)
            found.setdefault(name, {})[setting] = value
    return found


def profile_chain(flat: dict[str, str], profile: str, path: Path) -> list[Source]:
    """The profile, then each one it extends; an unknown profile or a cycle is refused."""
    known = profiles(flat)
    chain: list[Source] = []
    name: str | None = profile
    while name is not None:
        if name not in known:
            listed = ", ".join(sorted(known)) or "none yet"
            where = f" (extended by {chain[-1].name})" if chain else ""
            raise SettingsError(
                f"settings file {path}: no profile {name!r}{where}; profiles: {listed} "
                f"(create one with fastkit config --profile {name} set KEY VALUE)"
            )
        if any(source.name == f"profile {name}" for source in chain):
            loop = " -> ".join([*(s.name.removeprefix("profile ") for s in chain), name])
            raise SettingsError(
                f"settings file {path}: profiles extend each other in a cycle: {loop}"
            )
        own = known[name]
        chain.append(Source(f"profile {name}", {k: v for k, v in own.items() if k != "extends"}))
        name = own.get("extends")
    return chain


def chosen_profile(given: str | None) -> str | None:
    return given or os.environ.get("FASTKIT_PROFILE", "").strip() or None


def user_sources(profile: str | None, path: Path | None = None) -> list[Source]:
    """The profile chain and the user's settings, highest first. The whole file is
    checked, not only the profile asked for: every profile's chain, and the defaults
    of each (and of no profile) against each type's rules."""
    path = path or settings_path()
    flat = read_settings(path)
    own = Source("your settings", {k: v for k, v in flat.items() if not k.startswith("profiles.")})
    chains = {name: profile_chain(flat, name, path) for name in profiles(flat)}
    for sources in [[own], *([*chain, own] for chain in chains.values())]:
        check_rules(sources, path)
    if profile and profile not in chains:
        profile_chain(flat, profile, path)  # says which profiles there are
    return [*chains.get(profile or "", []), own]


def check_rules(sources: list[Source], path: Path) -> None:
    """The defaults taken together, as each type takes them: no rule of it broken."""
    for project_type in available_types():
        spec = load_template(project_type)
        chosen = {
            k: d.value for k, d in answer_defaults(sources, spec).items() if k in spec.choices
        }
        reason = violation(spec.rules, chosen)
        if reason:
            where = f" ({sources[0].name})" if len(sources) > 1 else ""
            raise SettingsError(
                f"settings file {path}: the defaults{where} do not work together for "
                f"--type {project_type}: {reason}"
            )


def cookiecutter_source() -> Source:
    """The `default_context` of the user's cookiecutter config (COOKIECUTTER_CONFIG
    or ~/.cookiecutterrc), as untyped defaults; it is theirs for every template, so
    its values are only checked where a type offers them."""
    from cookiecutter.config import get_user_config
    from cookiecutter.exceptions import ConfigDoesNotExistException, InvalidConfiguration

    try:
        context = get_user_config().get("default_context") or {}
    except (ConfigDoesNotExistException, InvalidConfiguration, OSError) as error:
        raise SettingsError(f"cookiecutter's config: {error}") from error
    if not isinstance(context, dict):
        raise SettingsError("cookiecutter's config: its default_context must be a mapping")
    return Source(
        "~/.cookiecutterrc",
        {
            f"defaults.{key}": ("yes" if value else "no") if isinstance(value, bool) else value
            for key, value in context.items()
            if isinstance(value, str | bool)
        },
    )


def setting(sources: list[Source], key: str) -> Default | None:
    for source in sources:
        if key in source.settings:
            return Default(source.settings[key], source.name)
    return None


def answer_defaults(sources: list[Source], spec: TemplateSpec) -> dict[str, Default]:
    """The default of each of the type's questions that a source sets, with a value
    the type offers: in each source, the type's own key before the one for every type."""
    found: dict[str, Default] = {}
    for key in spec.questions:
        if key == "project_name":
            continue
        for source in sources:
            value = source.settings.get(f"defaults.{spec.name}.{key}")
            value = value if value is not None else source.settings.get(f"defaults.{key}")
            if value is not None and offered(spec, key, value):
                found[key] = Default(value, source.name)
                break
    return found


def offered(spec: TemplateSpec, key: str, value: str) -> bool:
    """A value the type offers (text: text the template takes)."""
    if key in spec.choices:
        return value in spec.choices[key]
    try:
        check_text(key, value)
    except InvalidAnswer:
        return False
    return True


def llm_environment(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The model service's settings as create-domain --describe reads them: the
    environment's FASTKIT_LLM_* first, then `llm.*` from the profile and settings."""
    sources = user_sources(chosen_profile(None))
    merged = dict(env)
    for name in ("base_url", "model", "timeout"):
        variable = f"FASTKIT_LLM_{name.upper()}"
        found = setting(sources, f"llm.{name}")
        if found and not env.get(variable, "").strip():
            merged[variable] = found.value
    return merged
