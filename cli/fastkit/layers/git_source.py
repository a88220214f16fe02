"""Custom templates from git: `git+URL[@REF]` and `gh:ORG/REPO[@REF]`.

Each repository is cloned once into the cache (`<cache>/git/<hash of the URL>`) and
fetched again only when asked (`--refresh`), or when a commit it names is not there
yet; a commit's files are then exported (`git archive`) to `<cache>/git-trees/<commit>`,
the folder the template is read from. The commit is what a project records, so
`--config` renders exactly the same files. Authentication is git's own (credential
helpers, SSH keys): fastkit never reads or stores a token. With no terminal, git is
told not to prompt, so a private repository without credentials fails in one line
instead of waiting.
"""

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fastkit.shared.validators import InvalidInput

GITHUB = "https://github.com/{}.git"
GH = re.compile(r"^gh:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?)(?:\.git)?$")
REF = re.compile(r"^[A-Za-z0-9._/-]{1,200}$")
TIMEOUT = 300  # seconds for a clone or a fetch


@dataclass(frozen=True)
class GitSource:
    url: str
    ref: str | None  # a branch, tag or commit; None: the remote's default branch

    def __str__(self) -> str:
        """As a project records it (gh:ORG/REPO is recorded as its URL)."""
        return f"git+{self.url}" + (f"@{self.ref}" if self.ref else "")


def is_git(source: str) -> bool:
    return source.startswith(("git+", "gh:"))


def parse(source: str) -> GitSource:
    """git+URL[@REF] or gh:ORG/REPO[@REF]; the @REF is what follows the last @ after
    the last / (an ssh URL's user@host stays in the URL)."""
    text = source.removeprefix("git+")
    ref = None
    at = text.rfind("@")
    if at > text.rfind("/"):
        text, ref = text[:at], text[at + 1 :]
        if not REF.match(ref) or ".." in ref or ref.startswith("-"):
            raise InvalidInput(f"--template {source}: {ref!r} is not a branch, tag or commit")
    if source.startswith("gh:"):
        match = GH.match(text)
        if not match:
            raise InvalidInput(
                f"--template {source}: gh:ORG/REPO[@REF], as gh:acme/fastkit-template"
            )
        return GitSource(GITHUB.format(match.group(1)), ref)
    if not re.match(r"^(https?|ssh|file|git)://", text) and not re.match(
        r"^[\w.-]+@[\w.-]+:", text
    ):
        raise InvalidInput(
            f"--template {source}: git+ takes a URL (https://, ssh://, file://, user@host:path)"
        )
    return GitSource(text, ref)


def _git(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    git = shutil.which("git")
    if git is None:
        raise InvalidInput("git templates need git, which is not installed here")
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"} if not os.isatty(0) else None
    try:
        return subprocess.run(
            [git, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise InvalidInput(
            f"git {args[0]} took over {TIMEOUT} s: is the server reachable?"
        ) from None


def checkout(source: GitSource, cache: Path, commit: str | None, refresh: bool) -> tuple[Path, str]:
    """The folder with the template's files at `commit` (or at the ref), and the commit."""
    clone = cache / "git" / hashlib.sha256(source.url.encode()).hexdigest()[:16]
    fresh = False
    if not (clone / ".git").is_dir():
        clone.parent.mkdir(parents=True, exist_ok=True)
        aside = Path(tempfile.mkdtemp(prefix=f".{clone.name}-", dir=clone.parent))
        done = _git(["clone", "--quiet", "--no-checkout", "--", source.url, str(aside / "repo")])
        if done.returncode != 0:
            shutil.rmtree(aside, ignore_errors=True)
            raise InvalidInput(f"--template {source}: git clone failed: {_last_line(done)}")
        os.replace(aside / "repo", clone)
        shutil.rmtree(aside, ignore_errors=True)
        fresh = True
    wanted = commit or (f"origin/{source.ref}" if source.ref else "origin/HEAD")
    if refresh and not fresh:
        fetched = _git(["fetch", "--quiet", "--tags", "origin"], clone)
        if fetched.returncode != 0:
            raise InvalidInput(f"--template {source}: git fetch failed: {_last_line(fetched)}")
    resolved = _resolve(clone, wanted, source.ref)
    if resolved is None and not fresh:  # not fetched yet: once, then say so
        _git(["fetch", "--quiet", "--tags", "origin"], clone)
        resolved = _resolve(clone, wanted, source.ref)
    if resolved is None:
        raise InvalidInput(f"--template {source}: no commit {commit or source.ref or 'HEAD'} there")
    return _tree(clone, cache, resolved), resolved


def _resolve(clone: Path, wanted: str, ref: str | None) -> str | None:
    for name in [wanted, *([ref] if ref else [])]:  # a tag or a commit is not under origin/
        done = _git(["rev-parse", "--verify", "--quiet", f"{name}^{{commit}}"], clone)
        if done.returncode == 0:
            return done.stdout.strip()
    return None


def _tree(clone: Path, cache: Path, commit: str) -> Path:
    """The commit's files, exported once (no .git: nothing a checkout could run)."""
    tree = cache / "git-trees" / commit
    if tree.is_dir():
        return tree
    tree.parent.mkdir(parents=True, exist_ok=True)
    aside = Path(tempfile.mkdtemp(prefix=f".{commit[:12]}-", dir=tree.parent))
    archive = aside / "tree.tar"
    done = _git(["archive", "--format=tar", f"--output={archive}", commit], clone)
    if done.returncode != 0:
        shutil.rmtree(aside, ignore_errors=True)
        raise InvalidInput(f"git archive {commit} failed: {_last_line(done)}")
    with tarfile.open(archive) as files:
        _extract(files, aside / "tree")
    with contextlib.suppress(OSError):  # another run may have exported it first
        os.replace(aside / "tree", tree)
    shutil.rmtree(aside, ignore_errors=True)
    return tree


def _extract(files: tarfile.TarFile, into: Path) -> None:
    """Regular files and folders only, all inside `into` (tarfile's "data" filter,
    where this Python has it)."""
    for member in files.getmembers():
        inside = (into / member.name).resolve().is_relative_to(into.resolve())
        if not inside or not (member.isfile() or member.isdir()):
            raise InvalidInput(f"the template's files hold {member.name!r}: not a plain file")
    if hasattr(tarfile, "data_filter"):
        files.extractall(into, filter="data")
    else:  # Python before 3.11.4: the members were checked above
        files.extractall(into)


def _last_line(done: subprocess.CompletedProcess[str]) -> str:
    """git's reason: its first `fatal:` line, else its last line."""
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    fatal = [line.removeprefix("fatal: ") for line in lines if line.startswith("fatal:")]
    return (fatal or lines or [f"exit {done.returncode}"])[0 if fatal else -1]
