# Generated from hooks/fastkit_hooks/example.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""The example domain every project starts with (`item`, at /api/v1/items).

It is rendered from create-domain's template (fastkit.domains.example), so it is
recorded in .fastkit.yaml as create-domain records the domains it adds: then
`fastkit create-domain item --force --field ...` reshapes it like any other,
keeping the files the user has edited.
"""

import hashlib
from pathlib import Path
from typing import Any

from fastkit_hooks.layout import LAYER_OF_ROLE, domain_file, domain_tests_dir

NAME = "item"
PLURAL = "items"
FIELDS = ("name:str(100):indexed", "description:text?")


def digest(content: str | bytes) -> str:
    """Enough of a SHA-256 to tell an edit; short, as a project may hold many files."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()[:16]


def example_files(architecture: str) -> list[str]:
    files = [domain_file(architecture, NAME, role) for role in LAYER_OF_ROLE]
    files.append(f"{domain_tests_dir(architecture, NAME)}/test_{PLURAL}_api.py")
    if architecture == "domain":
        files.append(f"app/domains/{NAME}/__init__.py")
    return files


def example_record(project_dir: Path, architecture: str) -> dict[str, Any]:
    """The example's entry under `domains:`; none if the project has no example."""
    files = example_files(architecture)
    if not all((project_dir / path).is_file() for path in files):
        return {}
    digests = {path: digest((project_dir / path).read_bytes()) for path in sorted(files)}
    return {NAME: {"plural": PLURAL, "fields": list(FIELDS), "files": digests}}
