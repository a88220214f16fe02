"""The project's .env: a copy of .env.example with secrets generated for this project."""

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
    env.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return env
