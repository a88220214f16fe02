"""What the settings file may hold: each key, the values it takes, and the one-line
refusal that names what is allowed. Checked when a value is set and whenever the
file is read, so a broken file never silently falls back.

    defaults.<question>          a default answer for every type that offers it
    defaults.<type>.<question>   a default answer for one type (wins over the above)
    defaults.type                the project type
    output_dir                   the folder projects are created in (-o)
    template                     the custom template to use (--template): a folder or a name
    templates.<name>             a name for a custom template's folder
    setup.git|install|lock       yes or no: the setup steps to run
    llm.base_url|model|timeout   create-domain --describe's model service
    profiles.<name>.<any key above>, profiles.<name>.extends
"""

import re
import urllib.parse

from fastkit.shared.options import PROJECT_TYPES, SETUP_STEPS
from fastkit.shared.templates import available_types, load_template
from fastkit.shared.validators import InvalidInput
from fastkit_hooks import InvalidAnswer
from fastkit_hooks.text import check_text

LLM_KEYS = ("base_url", "model", "timeout")
# Secrets never go into the settings file: where each one is kept instead.
SECRETS = {
    "llm.api_key": "set FASTKIT_LLM_API_KEY in the environment, or store it in the system "
    "keyring with `keyring set fastkit llm-api-key`",
}
SECRET_WORDS = re.compile(r"(?i)(api_?key|token|secret|password|passwd|credential)")
PROFILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class SettingsError(InvalidInput):
    """A settings file or a `fastkit config` argument that is not allowed: one line,
    exit 2."""


def question_keys() -> dict[str, set[str]]:
    """Every question some type asks (but the project's name, given per project),
    with the values any type offers (empty for free text)."""
    keys: dict[str, set[str]] = {"type": set(available_types())}
    for project_type in available_types():
        spec = load_template(project_type)
        for key in spec.text_keys:
            keys.setdefault(key, set())
        for key, values in spec.choices.items():
            keys.setdefault(key, set()).update(values)
    keys.pop("project_name", None)
    return keys


def allowed_keys() -> str:
    return (
        "defaults.<question>, defaults.<type>.<question>, output_dir, template, "
        "templates.<name>, "
        f"{', '.join(f'setup.{step}' for step in SETUP_STEPS)}, "
        f"{', '.join(f'llm.{key}' for key in LLM_KEYS)}, profiles.<name>.<key>"
    )


def split_profile(key: str) -> tuple[str | None, str]:
    """profiles.work.defaults.db -> ("work", "defaults.db")."""
    if not key.startswith("profiles."):
        return None, key
    parts = key.split(".", 2)
    if len(parts) < 3:
        raise SettingsError(f"{key!r} names no setting: profiles.<name>.<key>")
    check_name("profile", parts[1])
    return parts[1], parts[2]


def check_name(kind: str, name: str) -> None:
    """A profile's or a template's name; a template's may not be a built-in type's."""
    template = kind == "template"
    if not PROFILE_NAME.match(name) or (template and name in PROJECT_TYPES):
        not_a_type = f" and not a type ({', '.join(PROJECT_TYPES)})" if template else ""
        raise SettingsError(
            f"{kind} name {name!r}: lower-case letters, digits, - and _, at most 40, "
            f"starting with a letter or digit{not_a_type}"
        )


def check_key(key: str, in_profile: bool) -> None:
    """A key that can be set (whatever its value), or a one-line refusal naming what
    is allowed; a secret is refused with where to keep it instead."""
    secret = SECRETS.get(key) or (
        "fastkit keeps no secret in its settings file: keep it in the environment or the "
        "system keyring"
        if SECRET_WORDS.search(key)
        else None
    )
    if secret:
        raise SettingsError(f"{key} is a secret, never written to the settings file: {secret}")
    if "" in key.split("."):
        raise SettingsError(
            f"unknown key {key!r}: a key is names joined by dots; allowed: {allowed_keys()}"
        )
    group, _, name = key.partition(".")
    if key == "extends" and not in_profile:
        raise SettingsError(
            "extends belongs to a profile: fastkit config --profile NAME set extends OTHER"
        )
    if key in ("extends", "output_dir", "template"):
        return
    if group == "templates":
        check_name("template", name)
        return
    if group == "setup" and name not in SETUP_STEPS:
        raise SettingsError(f"unknown key {key!r}: setup takes {', '.join(SETUP_STEPS)}")
    if group == "llm" and name not in LLM_KEYS:
        raise SettingsError(f"unknown key {key!r}: llm takes {', '.join(LLM_KEYS)}")
    if group == "defaults":
        _offered(key, name)
    elif group not in ("setup", "llm", "templates"):
        raise SettingsError(f"unknown key {key!r}; allowed: {allowed_keys()}")


def check_setting(key: str, value: str, in_profile: bool) -> str:
    """The value as stored (yes/no normalised, a path kept as written), or a one-line
    refusal naming the key and what it allows."""
    check_key(key, in_profile)
    group, _, name = key.partition(".")
    if key == "extends":
        check_name("profile", value)
        return value
    if key == "output_dir" or group == "templates":
        if not value.strip() or "\0" in value:
            raise SettingsError(f"{key} must be a folder path")
        return value
    if key == "template":
        return text(key, value)
    if group == "setup":
        return yes_or_no(key, value)
    if group == "llm":
        return check_llm(key, name, value)
    offered = _offered(key, name)
    if not offered:
        return text(key, value)
    if value in offered:
        return value
    if offered == {"yes", "no"}:
        return yes_or_no(key, value)
    raise SettingsError(f"{key} {value!r} is not one of: {', '.join(sorted(offered))}")


def yes_or_no(key: str, value: str) -> str:
    lowered = value.strip().lower()
    if lowered in ("yes", "true", "on", "1"):
        return "yes"
    if lowered in ("no", "false", "off", "0"):
        return "no"
    raise SettingsError(f"{key} {value!r} is not one of: yes, no")


def check_llm(key: str, name: str, value: str) -> str:
    if name == "base_url":
        parts = urllib.parse.urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingsError(
                f"{key} {value!r} must be an http(s) URL of an OpenAI-compatible API, "
                "as https://api.openai.com/v1"
            )
        return value
    if name == "model":
        return text(key, value)
    if name == "timeout":
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds <= 3600:
            raise SettingsError(f"{key} {value!r} is not a number of seconds, 1 to 3600")
        return value
    raise SettingsError(f"unknown key {key!r}: llm takes {', '.join(LLM_KEYS)}")


def _offered(key: str, rest: str) -> set[str]:
    """The values defaults.<question> may take (those some type offers) or
    defaults.<type>.<question> (those that type offers); empty for free text."""
    project_type, _, question = rest.rpartition(".")
    if not project_type:
        questions = question_keys()
        if question not in questions:
            raise SettingsError(
                f"unknown key {key!r}: a default answers one of "
                f"{', '.join(sorted(questions))} (the name is given per project)"
            )
        return questions[question]
    if project_type not in PROJECT_TYPES:
        raise SettingsError(
            f"unknown key {key!r}: {project_type!r} is not a type ({', '.join(PROJECT_TYPES)})"
        )
    spec = load_template(project_type)
    if question not in spec.questions or question == "project_name":
        asked = [q for q in spec.questions if q != "project_name"]
        raise SettingsError(f"unknown key {key!r}: --type {project_type} asks {', '.join(asked)}")
    return set(spec.choices.get(question, []))


def text(key: str, value: str) -> str:
    try:
        check_text(key, value)
    except InvalidAnswer as error:
        raise SettingsError(str(error)) from error
    return value
