"""Bad input, from every side: each is refused with exit code 2 and one line that
says what is allowed, and leaves the file system exactly as it was (the output
folder, the target, modes included). Then the cases where the run must survive
its environment: signals, closed pipes, odd encodings, concurrent runs.
"""

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.shared.locking import target_lock
from support import REST_API

Snapshot = dict[str, tuple[bytes | None, int, str | None]]


def snapshot(root: Path) -> Snapshot:
    """Every path below root: content, mode and link target."""
    found: Snapshot = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        found[str(path.relative_to(root))] = (
            path.read_bytes() if stat.S_ISREG(info.st_mode) else None,
            stat.S_IMODE(info.st_mode),
            os.readlink(path) if path.is_symlink() else None,
        )
    return found


def fastkit(cwd: Path, *args: str) -> Result:
    before = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(before)


def assert_refused(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert message in lines[0]


Setup = Callable[[Path], None]


def nothing(root: Path) -> None:
    pass


def write(path: str, content: str = "mine") -> Setup:
    def setup(root: Path) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(content)

    return setup


def config(content: str | bytes, name: str = "answers.yaml") -> Setup:
    def setup(root: Path) -> None:
        data = content if isinstance(content, bytes) else content.encode()
        (root / name).write_bytes(data)

    return setup


def both(*setups: Setup) -> Setup:
    def setup(root: Path) -> None:
        for one in setups:
            one(root)

    return setup


def symlink(name: str, to: str) -> Setup:
    def setup(root: Path) -> None:
        (root / name).symlink_to(to)

    return setup


def user_project(root: Path) -> None:
    (root / "e" / "app").mkdir(parents=True)
    (root / "e" / ".env").write_text("SECRET_KEY=prod\n")
    (root / "e" / "README.md").write_text("MINE\n")
    (root / "e" / "app" / "main.py").write_text("print(1)\n")


CP = ["create-project"]
# (arguments, what exists first, a part of the one-line message)
CASES: list[tuple[list[str], Setup, str]] = [
    # files the user already had (issue items 1, 2, 4)
    ([*CP, "e", "--no-input", "--force"], user_project, "3 files already exist in e"),
    ([*CP, "e", "--no-input"], user_project, "e is not empty"),
    (
        [*CP, "ex2", "--no-input", "--force"],
        both(write("ex2/tests", "x"), write("ex2/README.md", "MINE")),
        "ex2/tests is a file, but the project needs a folder",
    ),
    (
        [*CP, "ex3", "--no-input", "--overwrite"],
        both(write("ex3/app/main.py/x"), write("ex3/README.md")),
        "ex3/app/main.py is a folder, but the project needs a file",
    ),
    (
        [*CP, "ln", "--no-input", "--force"],
        both(write("elsewhere/keep"), write("ln/README.md"), symlink("ln/app", "../elsewhere")),
        "ln/app is a symbolic link",
    ),
    ([*CP, "dangling", "--no-input"], symlink("dangling", "nowhere"), "which does not exist"),
    (
        [*CP, "linked", "--no-input"],
        both(write("real/.keep"), symlink("linked", "real")),
        "fastkit writes only into real folders",
    ),
    ([*CP, "x", "--no-input", "-s", "--overwrite"], nothing, "contradict each other"),
    ([*CP, "taken", "--no-input"], write("taken"), "exists and is not a folder"),
    ([*CP, "x", "--no-input", "-o", "file"], write("file"), "is not a folder"),
    ([*CP, "x", "--no-input", "-o", "file/sub"], write("file"), "is not a folder"),
    ([*CP, "x", "--no-input", "-o", "gone"], symlink("gone", "nowhere"), "a symbolic link to"),
    # text that would produce broken projects (item 7)
    ([*CP, "x", "--description", "a\rb"], nothing, "control character U+000D"),
    ([*CP, "x", "--description", "a\x00b"], nothing, "control character U+0000"),
    ([*CP, "x", "--description", "a\x1b[31mred"], nothing, "control character U+001B"),
    ([*CP, "x", "--author", "a\nb"], nothing, "control character U+000A"),
    ([*CP, "x", "--author", "a\u2028b"], nothing, "control character U+2028"),
    ([*CP, "x", "--description", "a\udcffb"], nothing, "description is not valid UTF-8"),
    ([*CP, "x", "--description", "d" * 301], nothing, "use at most 300"),
    ([*CP, "x", "--author", "a" * 5000], nothing, "use at most 300"),
    # names (items 8 and 9)
    ([*CP, "myapp-", "--no-input"], nothing, "ending in a letter or digit"),
    ([*CP, "myapp_", "--no-input"], nothing, "ending in a letter or digit"),
    ([*CP, "-", "--no-input"], nothing, "is not allowed"),
    ([*CP, "anyio", "--no-input"], nothing, "shadows a package"),
    ([*CP, "click", "--no-input"], nothing, "shadows a package"),
    ([*CP, "Starlette", "--no-input"], nothing, "shadows a package"),
    ([*CP, "h11", "--no-input"], nothing, "shadows a package"),
    ([*CP, "typing_extensions", "--no-input"], nothing, "shadows a package"),
    ([*CP, "fastapi", "--no-input"], nothing, "shadows a package"),
    ([*CP, "tests", "--no-input"], nothing, "shadows a package"),
    ([*CP, "a" * 59, "--no-input", "--db", "postgres"], nothing, "use at most 58"),
    ([*CP, "a" * 64, "--no-input", "--db", "mysql"], nothing, "use at most 58"),
    ([*CP, "pip", "--no-input"], nothing, "'pip' is the name of a Python installer"),
    ([*CP, "setuptools", "--no-input"], nothing, "the name of a Python installer"),
    ([*CP, "Wheel", "--no-input"], nothing, "the name of a Python installer"),
    ([*CP, "uv", "--no-input"], nothing, "the name of a Python installer"),
    ([*CP, "x", "--no-input", "-o", "a" * 256], nothing, "a file system allows at most 255"),
    ([*CP, "x", "--no-input", "-o", "b/" + "c" * 300 + "/d"], nothing, "at most 255 in one"),
    ([*CP, "", "--no-input"], nothing, "project name is empty"),
    ([*CP, "   ", "--no-input"], nothing, "project name is empty"),
    ([*CP, "a/b", "--no-input"], nothing, "is a path"),
    ([*CP, "..", "--no-input"], nothing, "is a path"),
    ([*CP, "1app", "--no-input"], nothing, "is not allowed"),
    ([*CP, "café", "--no-input"], nothing, "is not allowed"),
    ([*CP, "my app", "--no-input"], nothing, "is not allowed"),
    ([*CP, "--no-input"], nothing, "missing project NAME"),
    # choices and combinations, with the flag that fixes a broken default
    ([*CP, "ok", "--auth", "ldap"], nothing, "--auth 'ldap' is not one of: jwt, oauth2, session"),
    ([*CP, "ok", "--db", "oracle"], nothing, "--db 'oracle' is not one of"),
    ([*CP, "ok", "--architecture", "hexagonal"], nothing, "--architecture 'hexagonal' is not"),
    ([*CP, "ok", "--cache", "memcached"], nothing, "is not one of: none, redis, memory"),
    ([*CP, "ok", "--queue", "dramatiq"], nothing, "is not one of: none, celery, rq"),
    ([*CP, "ok", "--ci", "jenkins"], nothing, "is not one of: none, github, gitlab"),
    ([*CP, "ok", "--type", "desktop"], nothing, "--type 'desktop' is not one of"),
    (
        [*CP, "ok", "--type", "fullstack", "--frontend", "svelte"],
        nothing,
        "--frontend 'svelte' is not one of: react, vue",
    ),
    (
        [*CP, "ok", "--type", "fullstack", "--auth", "oauth2"],
        nothing,
        "--auth oauth2 is not offered by --type fullstack: the pages sign users in",
    ),
    ([*CP, "ok", "--frontend", "react"], nothing, "--frontend is a question of --type fullstack"),
    (
        [*CP, "ok", "--type", "microservice", "--auth", "session"],
        nothing,
        "--auth session is not offered by --type microservice: a microservice verifies",
    ),
    ([*CP, "ok", "--type", "microservice", "--metrics"], nothing, "no such option --metrics"),
    ([*CP, "ok", "--type", "ai-backend", "--model", "keras"], nothing, "is not one of: sklearn"),
    (
        [*CP, "ok", "--type", "ai-backend", "--db", "mongodb"],
        nothing,
        "--db mongodb is not offered by --type ai-backend",
    ),
    ([*CP, "ok", "--type", "ai-backend", "--auth", "session"], nothing, "an AI backend verifies"),
    ([*CP, "ok", "--model", "onnx"], nothing, "--model is a question of --type ai-backend"),
    ([*CP, "ok", "--auth", "jwt", "--db", "none"], nothing, "choose db from sqlite, postgres"),
    ([*CP, "ok", "--auth", "session", "--db", "none"], nothing, "needs a database"),
    ([*CP, "ok", "--db", "none"], nothing, "(the default) does not work with --db none"),
    ([*CP, "ok", "--db", "none"], nothing, "add --auth none"),
    ([*CP, "ok", "--broker", "rabbitmq"], nothing, "add --queue celery"),
    ([*CP, "ok", "--queue", "rq", "--broker", "rabbitmq"], nothing, "choose queue from celery"),
    # commands and options
    (["create-projet", "x"], nothing, "did you mean create-project?"),
    (["new", "x"], nothing, "did you mean create-project?"),
    (["frobnicate"], nothing, "no such command 'frobnicate'"),
    ([*CP, "x", "--colour", "blue"], nothing, "no such option --colour: --type rest-api asks"),
    ([*CP, "x", "--auth"], nothing, "--auth"),
    # answers files (item 10)
    ([*CP, "ok", "--config", "answers.yaml"], config("answers: [1, 2]\n"), "must be a mapping"),
    ([*CP, "ok", "--config", "answers.yaml"], config('answers: "str"\n'), "must be a mapping"),
    ([*CP, "ok", "--config", "answers.yaml"], config("answers:\n"), "must be a mapping"),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config("auth: jwt\ndb: sqlite\nauth: none\n"),
        "line 3, column 1: duplicate key 'auth'",
    ),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config("answers:\n  db: sqlite\n  db: mysql\n"),
        "line 3, column 3: duplicate key 'db'",
    ),
    ([*CP, "ok", "--config", "answers.yaml"], config("auth: [jwt\n"), "not valid YAML: line 2"),
    ([*CP, "ok", "--config", "answers.yaml"], config("auth: 'x\n"), "not valid YAML: line"),
    ([*CP, "ok", "--config", "answers.yaml"], config("- jwt\n"), "must hold a mapping"),
    ([*CP, "ok", "--config", "answers.yaml"], config(""), "must hold a mapping"),
    ([*CP, "ok", "--config", "answers.yaml"], config("colour: blue\n"), "unknown key 'colour'"),
    ([*CP, "ok", "--config", "answers.yaml"], config("auth: 3\n"), "'auth' must be a string"),
    ([*CP, "ok", "--config", "answers.yaml"], config("db: [a]\n"), "'db' must be a string"),
    ([*CP, "ok", "--config", "answers.yaml"], config("db: null\n"), "'db' must be a string"),
    ([*CP, "ok", "--config", "answers.yaml"], config("1: x\n"), "the key 1 must be text"),
    ([*CP, "ok", "--config", "answers.yaml"], config("auth: ldap\n"), "--auth 'ldap' is not"),
    ([*CP, "ok", "--config", "answers.yaml"], config("auth: yes\n"), "--auth 'yes' is not"),
    ([*CP, "--config", "answers.yaml"], config("name: fastapi\n"), "shadows a package"),
    ([*CP, "--config", "answers.yaml"], config("name: 7\n"), "'name' must be a string"),
    ([*CP, "ok", "--config", "answers.yaml"], config("type: desktop\n"), "--type 'desktop'"),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config("template: rest-api\nanswers: {}\nextra: 1\n"),
        "unknown key 'extra' beside 'answers'",
    ),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config('description: "a\\0b"\n'),
        "control character U+0000",
    ),
    ([*CP, "ok", "--config", "answers.yaml"], config(b"auth: \xff\n"), "is not UTF-8 text"),
    ([*CP, "ok", "--config", "answers.yaml"], config("# " + "x" * 1_100_000), "at most 1 MiB"),
    ([*CP, "ok", "--config", "missing.yaml"], nothing, "cannot read missing.yaml"),
    ([*CP, "ok", "--config", "folder"], write("folder/x"), "folder is not a regular file"),
    ([*CP, "ok", "--config", "/dev/zero"], nothing, "/dev/zero is not a regular file"),
    ([*CP, "ok", "--config", "answers.yaml"], config("? [a]\n: b\n"), "a key must be text"),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config("answers:\n  ? {a: 1}\n  : b\n"),
        "a key must be text, not a list or a mapping",
    ),
    (
        [*CP, "ok", "--config", "answers.yaml"],
        config('description: "\\r"\n'),
        "control character U+000D",
    ),
]


@pytest.mark.parametrize(
    ("args", "setup", "message"), CASES, ids=[f"{n}-{c[2][:30]}" for n, c in enumerate(CASES)]
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    tmp_path: Path, args: list[str], setup: Setup, message: str
) -> None:
    setup(tmp_path)
    before = snapshot(tmp_path)

    result = fastkit(tmp_path, *args)

    assert_refused(result, message)
    assert snapshot(tmp_path) == before


def test_a_run_holding_the_target_makes_the_second_refuse(tmp_path: Path) -> None:
    before = snapshot(tmp_path)

    with target_lock(tmp_path / "busy"):
        result = fastkit(tmp_path, *CP, "busy", "--no-input")

    assert_refused(result, "another fastkit run is writing")
    assert snapshot(tmp_path) == before


def test_plain_cookiecutter_refuses_a_derived_variable_the_answers_contradict(
    tmp_path: Path,
) -> None:
    command = [sys.executable, "-m", "cookiecutter", "--no-input", str(REST_API)]
    answers = ["__sql=yes", "db=none", "auth=none", "-o", str(tmp_path)]

    run = subprocess.run([*command, *answers], capture_output=True, text=True)

    assert run.returncode != 0
    assert "__sql is derived from the other answers and cannot be set" in run.stderr
    assert list(tmp_path.iterdir()) == []


# --- the environment the run meets: signals, pipes, encodings, other runs ---


def spawn(cwd: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "fastkit", *CP, *args],
        cwd=cwd,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)]
)
def test_a_stop_signal_during_generation_leaves_nothing(
    tmp_path: Path, signum: int, code: int
) -> None:
    """The signal is sent once the staging folder exists: files are being written."""
    for _ in range(5):  # a fast machine may finish before the signal lands: again
        process = spawn(tmp_path, "sig", "--no-input")
        while process.poll() is None and not list(tmp_path.glob(".fastkit-sig-*")):
            time.sleep(0.002)
        process.send_signal(signum)
        process.communicate(timeout=60)
        if process.returncode == code:
            break
        assert process.returncode == 0, process.returncode
        for path in sorted(tmp_path.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
    assert process.returncode == code
    assert list(tmp_path.iterdir()) == []


def test_a_closed_pipe_does_not_stop_or_undo_the_generation(tmp_path: Path) -> None:
    process = spawn(tmp_path, "piped", "--no-input")
    assert process.stdout is not None
    process.stdout.readline()  # `| head -1`
    process.stdout.close()

    process.wait(timeout=60)

    assert process.returncode == 0
    assert (tmp_path / "piped/pyproject.toml").exists()
    assert (tmp_path / "piped/.fastkit.yaml").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_a_terminal_that_cannot_show_the_marks_gets_ascii_ones(
    tmp_path: Path, encoding: str
) -> None:
    process = spawn(tmp_path, "enc", "--no-input", PYTHONIOENCODING=encoding)

    out, err = process.communicate(timeout=60)

    assert process.returncode == 0, err
    assert "+ wrote" in out and "enc is ready" in out
    assert (tmp_path / "enc/pyproject.toml").exists()


def test_two_forced_runs_at_once_never_mix_two_layouts(tmp_path: Path) -> None:
    (tmp_path / "both").mkdir()
    (tmp_path / "both/notes.txt").write_text("mine")
    runs = [
        spawn(tmp_path, "both", "--force", "--no-input", "--architecture", architecture)
        for architecture in ("domain", "layered")
    ]

    codes = sorted(run.wait(timeout=120) for run in runs)

    assert codes[0] == 0 and codes[1] == 2  # the second is refused: busy, or files exist
    domain = (tmp_path / "both/app/domains").exists()
    layered = (tmp_path / "both/app/api/routes").exists()
    assert domain != layered
    assert (tmp_path / "both/notes.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["both"]


@pytest.mark.parametrize(
    "args", [[*CP, "-o", "x", "z"], ["create-domain", "widget", "--project", "x/y"]]
)
def test_a_closed_stdin_is_no_terminal_and_no_traceback(tmp_path: Path, args: list[str]) -> None:
    """`fastkit ... <&-`: nothing to ask, so the defaults, as with --no-input."""
    fastkit(tmp_path, *CP, "-o", "x", "y", "--no-input")  # the project create-domain needs

    run = subprocess.run(
        [sys.executable, "-m", "fastkit", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.close(0),  # stdin closed, as `<&-` leaves it
    )

    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr


def test_lock_without_uv_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastkit.commands import create_project

    monkeypatch.setattr(create_project, "find_uv", lambda: None)
    before = snapshot(tmp_path)

    result = fastkit(tmp_path, *CP, "x", "--no-input", "--lock")

    assert_refused(result, "--lock needs uv, which is not installed here")
    assert snapshot(tmp_path) == before


def test_replaying_a_project_with_domains_says_how_to_add_them(tmp_path: Path) -> None:
    fastkit(tmp_path, *CP, "first", "--no-input")
    fastkit(tmp_path, "create-domain", "product", "--project", "first")

    result = fastkit(tmp_path, *CP, "second", "--config", "first/.fastkit.yaml")

    assert result.exit_code == 0, result.output
    # The example (item) is in the new project as generated: only product is missing.
    assert "Not added: the domains first/.fastkit.yaml records (product)" in result.output
    added = fastkit(
        tmp_path / "second", "create-domain", "--spec", "../first/.fastkit.yaml", "--force"
    )
    assert added.exit_code == 0, added.output
    assert (tmp_path / "second/app/domains/product/models.py").is_file()
