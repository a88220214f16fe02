"""What an update does to each file: base (the project as it was made), new (as it
would be made now) and the user's tree, three ways, as git merges a branch.

Only files the template changed between base and new are looked at; every other
file, the user's own included, is left as it is.
"""

import errno
import subprocess
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path, PurePosixPath

from fastkit.updates.renders import Tree

# Applied revisions are history: an update never rewrites, adds below or removes one.
REVISIONS = "migrations/versions/"


class Action(Enum):
    ADD = "added"  # new in the template
    UPDATE = "updated"  # the user never edited it: the template's new text
    MERGE = "merged"  # both changed it, in different places
    CONFLICT = "conflict"  # both changed the same lines: markers in the file
    REMOVE = "removed"  # gone from the template, never edited
    KEEP_EDITED = "kept, edited"  # gone from the template, but the user edited it
    KEEP_DELETED = "stays deleted"  # the user deleted it; the template changed it
    ENV_MERGED = "settings merged"  # .env, key by key: values the user set stay theirs
    NOT_MERGED = "not merged (binary)"  # changed on both sides; the template's is reported


WRITING = {
    Action.ADD,
    Action.UPDATE,
    Action.MERGE,
    Action.CONFLICT,
    Action.ENV_MERGED,
    Action.REMOVE,
}


@dataclass(frozen=True)
class Change:
    path: str
    action: Action
    text: bytes | None  # what the file becomes (None: removed, or left as it is)


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)  # revisions the template changed

    def writes(self) -> dict[str, bytes | None]:
        """path -> new content, or None to remove; only what changes on disk."""
        return {c.path: c.text for c in self.changes if c.action in WRITING}

    @property
    def conflicts(self) -> list[str]:
        return [c.path for c in self.changes if c.action is Action.CONFLICT]


def plan(base: Tree, new: Tree, user: Tree) -> Plan:
    """The changes that bring base->new into the user's tree (`user` holds the user's
    files at the paths of base and new)."""
    result = Plan()
    for path in sorted(base.keys() | new.keys()):
        before, after, mine = base.get(path), new.get(path), user.get(path)
        if PurePosixPath(path).name == ".env":
            if after is not None and mine is not None:
                text = merge_env(mine, before or b"", after)
                if text != mine:
                    result.changes.append(Change(path, Action.ENV_MERGED, text))
            continue
        if before == after or mine == after:
            continue
        if path.startswith(REVISIONS):
            result.revisions.append(path)
            continue
        result.changes.append(_change(path, before, after, mine))
    return result


def _change(path: str, before: bytes | None, after: bytes | None, mine: bytes | None) -> Change:
    if mine is None:
        if before is None:
            return Change(path, Action.ADD, after)
        return Change(path, Action.KEEP_DELETED, None)
    if mine == before:
        return Change(path, Action.UPDATE if after is not None else Action.REMOVE, after)
    if after is None:
        return Change(path, Action.KEEP_EDITED, None)
    if any(b"\0" in text for text in (before or b"", after, mine)):
        return Change(path, Action.NOT_MERGED, None)
    merged, clean = merge_text(mine, before or b"", after)
    return Change(path, Action.MERGE if clean else Action.CONFLICT, merged)


def merge_text(mine: bytes, base: bytes, theirs: bytes) -> tuple[bytes, bool]:
    """git merge-file: the merged text, and whether it merged without conflicts."""
    with tempfile.TemporaryDirectory(prefix="fastkit-merge-") as folder:
        paths = []
        for name, text in (("yours", mine), ("as-made", base), ("template", theirs)):
            path = Path(folder) / name
            path.write_bytes(text)
            paths.append(str(path))
        try:
            done = subprocess.run(
                ["git", "merge-file", "-p", "-L", "yours", "-L", "as made", "-L", "template",
                 *paths],
                capture_output=True,
                check=False,
            )  # fmt: skip
        except FileNotFoundError as error:
            raise OSError(
                errno.ENOENT, "merging the files you edited needs git (git merge-file): install it"
            ) from error
    if done.returncode < 0 or done.returncode > 127:
        raise OSError(f"git merge-file failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout, done.returncode == 0


def merge_env(mine: bytes, base: bytes, new: bytes) -> bytes:
    """.env merged key by key: a value the user never changed follows the template
    (DATABASE_URL when the database changes; dropped when the template drops the key),
    any other line stays theirs (the secrets: each render makes its own), and the keys
    the template added are appended."""
    before, after = _values(base), _values(new)
    have = set()
    lines = []
    for line in mine.splitlines():
        key = _key(line)
        have.add(key)
        unchanged = key in before and line.strip() == before[key]
        if key and unchanged and key not in after:
            continue
        lines.append(after[key] if key and unchanged and key in after else line)
    # Only keys new in the template: one the user deleted from their .env stays deleted.
    added = [value for key, value in after.items() if key not in have and key not in before]
    if added:
        lines += [b"# added by fastkit update", *added]
    text = b"\n".join(lines) + b"\n" if lines else b""
    return mine if text.strip() == mine.strip() else text


def _values(text: bytes) -> dict[bytes, bytes]:
    """Each key's whole line (the last one given, as dotenv reads it)."""
    return {key: line.strip() for line in text.splitlines() if (key := _key(line))}


def env_keys_changed(mine: bytes, merged: bytes) -> list[str]:
    """The keys whose line the merge added, changed or dropped (names only: the values
    are secrets)."""
    before, after = _values(mine), _values(merged)
    changed = [k for k in {**before, **after} if before.get(k) != after.get(k)]
    return [key.decode(errors="replace") for key in changed]


def _key(line: bytes) -> bytes:
    stripped = line.strip()
    if not stripped or stripped.startswith(b"#") or b"=" not in stripped:
        return b""
    return stripped.split(b"=", 1)[0].strip()
