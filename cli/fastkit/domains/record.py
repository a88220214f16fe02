"""What create-domain wrote, kept in .fastkit.yaml under `domains:`.

For each domain: its plural (the table), its fields as they were given, and a
digest of every file written (migrations aside, which are history). With it,
`create-domain NAME --force` tells a file nobody touched since (replaced) from one
the user edited or added (kept), and knows which fields the table has.

    domains:
      product:
        plural: products
        fields: [name:str(100):indexed, price:decimal]
        files: {app/domains/product/models.py: 3f1c9a0b2d4e5f60, ...}
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from fastkit.domains.project import Project
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import ANSWERS_FILE, answers_text, read_answers
from fastkit_hooks.example import digest

RECORD_KEY = "domains"


@dataclass(frozen=True)
class Recorded:
    plural: str
    fields: tuple[str, ...]
    files: dict[str, str] = field(default_factory=dict)  # path -> digest of what was written


def with_digests(
    records: Mapping[str, Recorded], written: Mapping[str, str]
) -> dict[str, Recorded]:
    """The records with each file about to be written given the digest of its text."""
    return {
        name: replace(
            record,
            files={p: digest(written[p]) if p in written else d for p, d in record.files.items()},
        )
        for name, record in records.items()
    }


def _document(project: Project) -> dict[str, Any]:
    try:
        return read_answers(project.root / ANSWERS_FILE)
    except ValueError as error:
        raise InvalidInput(str(error)) from error


def recorded_domains(project: Project) -> dict[str, Recorded]:
    raw = _document(project).get(RECORD_KEY) or {}
    where = f"{ANSWERS_FILE}: {RECORD_KEY}"
    if not isinstance(raw, dict):
        raise InvalidInput(f"{where} must map each domain to its plural, fields and files")
    records = {}
    for name, body in raw.items():
        body = body if isinstance(body, dict) else {}
        plural, fields, files = body.get("plural"), body.get("fields"), body.get("files")
        if not (
            isinstance(plural, str)
            and isinstance(fields, list)
            and all(isinstance(spec, str) for spec in fields)
            and isinstance(files, dict)
            and all(isinstance(v, str) for v in [*files, *files.values()])
        ):
            raise InvalidInput(
                f"{where}: the record of {name!r} is not what create-domain writes "
                "(plural: text, fields: a list of NAME:TYPE, files: path -> digest)"
            )
        records[str(name)] = Recorded(plural, tuple(fields), dict(files))
    return records


def recorded_text(project: Project, records: Mapping[str, Recorded]) -> str:
    """The new text of .fastkit.yaml: as it is, its `domains:` block (and only that)
    holding `records`, so that the rest, comments included, stays as the user left it."""
    path = project.root / ANSWERS_FILE
    text = path.read_text(encoding="utf-8")
    record = {
        name: {"plural": r.plural, "fields": list(r.fields), "files": dict(sorted(r.files.items()))}
        for name, r in sorted(records.items())
    }
    edited = with_top_level_block(text, RECORD_KEY, answers_text({RECORD_KEY: record}))
    document = _document(project)
    if _parsed(edited) != {**document, RECORD_KEY: record}:  # a layout the edit cannot place
        raise InvalidInput(
            f"{ANSWERS_FILE}: cannot tell where its `{RECORD_KEY}:` block ends to record "
            "the new domain: put the block back as fastkit wrote it (at the end)"
        )
    return edited


def with_top_level_block(text: str, key: str, block: str) -> str:
    """`text` with the top-level `key:` block (its line and the indented ones under
    it) replaced by `block`, or `block` added at the end."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return text + ("\n" if text and not text.endswith("\n") else "") + block
    end = start + 1
    while end < len(lines) and (lines[end][:1] in (" ", "\t") or not lines[end].strip()):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # blank lines after it stay
        end -= 1
    return "".join([*lines[:start], block, *lines[end:]])


def _parsed(text: str) -> Any:
    import yaml

    return yaml.safe_load(text)
