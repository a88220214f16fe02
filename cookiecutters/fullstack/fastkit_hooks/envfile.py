# Generated from hooks/fastkit_hooks/envfile.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""The project's .env: a copy of .env.example with secrets generated for this project."""

import os
import secrets
from pathlib import Path

SECRET_PLACEHOLDER = "generate-me"


def write_env_file(project_dir: Path) -> Path:
    """Fill each `generate-me` value with a fresh secret; never shared between projects."""
    example = (project_dir / ".env.example").read_text(encoding="utf-8")
    lines = []
    for line in example.splitlines():
        key, sep, value = line.partition("=")
        if sep and value == SECRET_PLACEHOLDER:
            line = f"{key}={secrets.token_urlsafe(48)}"
        lines.append(line)
    env = project_dir / ".env"
    # Secrets: readable by the owner only, from the moment the file exists.
    descriptor = os.open(env, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    return env
