# Generated from hooks/fastkit_hooks/deploy.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""deploy=k8s: the settings of the ConfigMap and of the Secret, split from .env.example.

.env.example lists every setting the app reads, with development's values. The
cluster gets production's: `ENVIRONMENT=production` and JSON logs in the ConfigMap's
file (deploy/k8s/base/config.env), and every value that is a secret (a generated one,
a connection URL, which carries its password, a key, a client secret) in
deploy/k8s/secrets.env.example, from which the README has the user make the Secret
`app-secrets`. What .env.example says of a setting goes with it.
"""

import re
from pathlib import Path

from fastkit_hooks.envfile import SECRET_PLACEHOLDER

CONFIG = Path("deploy/k8s/base/config.env")
SECRETS = Path("deploy/k8s/secrets.env.example")
# The heading of compose's own variables in .env.example (not the app's): they run to
# the next blank line.
COMPOSE_SECTION = "# Credentials of the services in compose.yaml"
PRODUCTION = {"ENVIRONMENT": "production", "LOG_FORMAT": "json"}
# A setting whose name ends in one of these is a secret (JWT_SECRET, LLM_API_KEY).
SECRET_ENDINGS = {"SECRET", "PASSWORD", "TOKEN", "KEY"}
COMMENTED_SETTING = re.compile(r"# [A-Z][A-Z0-9_]*=")
CONFIG_HEADING = """\
# The ConfigMap `config` (kustomization.yaml): the settings that are not secret, with
# production's values. fastkit wrote it from .env.example; edit it as your own.
"""
SECRETS_HEADING = """\
# The Secret `app-secrets`: copy this file to secrets.env (git ignores it), put the
# production values in, then
#   kubectl -n NAMESPACE create secret generic app-secrets --from-env-file=deploy/k8s/secrets.env
# A `generate-me` is a value to generate:
#   python -c "import secrets; print(secrets.token_urlsafe(48))"
"""


def is_secret(key: str, value: str) -> bool:
    scheme, sep, _ = value.partition("://")
    connection_url = key.endswith("_URL") and bool(sep) and scheme not in ("http", "https")
    named_secret = key.rpartition("_")[2] in SECRET_ENDINGS
    return value == SECRET_PLACEHOLDER or connection_url or named_secret


def split_settings(example: str) -> tuple[str, str]:
    """(config.env, secrets.env.example) from .env.example's text."""
    lines = _without_compose_section(example.splitlines())
    first_setting = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
    config, secrets = [CONFIG_HEADING], [SECRETS_HEADING]
    said: list[str] = []  # the comments before the next setting
    for line in lines[first_setting:]:
        key, sep, value = line.partition("=")
        if COMMENTED_SETTING.match(line):  # a setting to turn on: with what it says
            config.extend([*said, line])
            said = []
            continue
        if line.startswith("#") or not sep:
            said.append(line)  # what the next setting says of itself
            continue
        target = secrets if is_secret(key, value) else config
        target.extend([*said, f"{key}={PRODUCTION.get(key, value)}"])
        said = []
    config.extend(said)
    return "\n".join(config).rstrip("\n") + "\n", "\n".join(secrets).rstrip("\n") + "\n"


def _without_compose_section(lines: list[str]) -> list[str]:
    kept, in_section = [], False
    for line in lines:
        in_section = line.startswith(COMPOSE_SECTION) or (in_section and line != "")
        if not in_section:
            kept.append(line)
    return kept


def write_deploy_settings(project_dir: Path) -> None:
    example = (project_dir / ".env.example").read_text(encoding="utf-8")
    config, secrets = split_settings(example)
    (project_dir / CONFIG).write_text(config, encoding="utf-8")
    (project_dir / SECRETS).write_text(secrets, encoding="utf-8")
