"""The interactive questionnaire, driven in a real pseudo-terminal with pexpect."""

import os
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
import yaml

pytestmark = pytest.mark.terminal


def spawn(tmp_path: Path, *args: str, settings: Path | None = None) -> pexpect.spawn:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    if settings:
        env["FASTKIT_CONFIG"] = str(settings)
    return pexpect.spawn(
        sys.executable,
        ["-m", "fastkit", "create-project", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
    )


def wait(child: pexpect.spawn) -> None:
    """Wait for the command to finish; its exit status is then on the child."""
    child.expect(pexpect.EOF)
    child.close()


def interrupt(child: pexpect.spawn) -> None:
    """Press Ctrl-C at the prompt and wait for the command to stop.

    A signal that lands after the prompt is written but before the process blocks
    reading the terminal is only acted on at the next one (seen under load), so
    press again if needed, as a user would.
    """
    for _ in range(3):
        child.sendintr()
        if child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5) == 0:
            break
    child.close()


def pick(child: pexpect.spawn, question: str, answer: str) -> None:
    """Wait for a menu and its prompt, then answer it."""
    child.expect(question)
    child.expect("Choose")
    child.sendline(answer)


def answer_setup(child: pexpect.spawn, git: str = "", install: str = "", lock: str = "") -> None:
    """The setup questions after the template's (an empty answer is their default: no)."""
    for question, answer in (
        ("git repository", git),
        ("install the project", install),
        ("lock file", lock),
    ):
        child.expect(question)
        child.sendline(answer)


def confirm_and_wait(child: pexpect.spawn, answer: str) -> None:
    """Answer the final confirm and wait for the command to finish."""
    child.expect("Generate this project")
    child.sendline(answer)
    wait(child)


def test_answering_every_question_generates_the_project(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    child.expect("Project name")
    child.sendline("shop")
    child.expect(r"Project type.*1\) rest-api.*\(default\).*2\) microservice.*3\) fullstack")
    child.sendline("")  # the default: rest-api
    child.expect("Authentication")
    child.expect(r"1\) jwt: register.*\(default\)")
    child.expect("Choose")
    child.sendline("3")  # session
    child.expect("Database")
    menu_end = child.expect("Choose")
    database_menu = child.before
    assert menu_end == 0 and "none: no persistence" not in database_menu  # needs a database
    child.sendline("postgres")
    pick(child, "Cache", "redis")
    pick(child, "Task queue", "celery")
    pick(child, "Celery broker", "rabbitmq")  # asked only because the queue is Celery
    pick(child, "Deployment", "k8s")  # Docker is not asked: the manifests need the image
    pick(child, "CI/CD", "github")
    pick(child, "Prometheus metrics", "yes")
    pick(child, "Architecture", "")  # the default: domain
    child.expect("One-line description")
    child.sendline('A shop with "quotes" and {{ braces }}')
    child.expect("Author")
    child.sendline("Ada")
    answer_setup(child, git="y")
    child.expect("Summary")
    confirm_and_wait(child, "y")

    assert child.exitstatus == 0
    assert "shop is ready" in child.before
    answers = yaml.safe_load((tmp_path / "shop" / ".fastkit.yaml").read_text())["answers"]
    assert answers == {
        "architecture": "domain",
        "auth": "session",
        "author": "Ada",
        "broker": "rabbitmq",
        "cache": "redis",
        "ci": "github",
        "db": "postgres",
        "deploy": "k8s",
        "description": 'A shop with "quotes" and {{ braces }}',
        "docker": "yes",
        "metrics": "yes",
        "project_name": "shop",
        "queue": "celery",
    }
    assert (tmp_path / "shop/compose.yaml").exists()
    assert (tmp_path / "shop/deploy/k8s/base/kustomization.yaml").exists()
    assert (tmp_path / "shop/app/core/metrics.py").exists()
    document = yaml.safe_load((tmp_path / "shop" / ".fastkit.yaml").read_text())
    assert document["setup"] == {"git": True, "install": False, "lock": False}
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=tmp_path / "shop", capture_output=True, text=True
    )
    assert log.stdout.splitlines() == ["Initial commit (fastkit create-project)"]


def test_auth_none_offers_every_database_and_flags_skip_questions(tmp_path: Path) -> None:
    # A template flag without --type means the default type: the type is not asked.
    child = spawn(tmp_path, "svc", "--auth", "none", "--description", "d", "--author", "a")
    child.expect("Database")
    child.expect("Choose")
    assert "none: no persistence" in child.before
    child.sendline("5")
    child.expect("Cache")
    child.sendline("")
    pick(child, "Task queue", "rq")
    child.expect("Deployment")
    assert "broker" not in child.before  # RQ has no broker to choose
    child.sendline("")
    child.expect("Docker")
    child.sendline("")
    child.expect("CI/CD")
    child.sendline("")
    child.expect("Prometheus metrics")
    child.sendline("")
    child.expect("Architecture")
    child.sendline("2")
    answer_setup(child)
    confirm_and_wait(child, "y")

    assert child.exitstatus == 0
    assert (tmp_path / "svc/app/api/routes/item.py").exists()
    assert not (tmp_path / "svc/app/db").exists()


def test_a_wrong_answer_is_asked_again(tmp_path: Path) -> None:
    child = spawn(
        tmp_path,
        "again",
        "--db",
        "sqlite",
        "--architecture",
        "domain",
        "--cache=none",
        "--queue=none",
        "--no-docker",
        "--ci=none",
        "--no-metrics",
        "--description",
        "d",
        "--author",
        "a",
    )
    pick(child, "Authentication", "9")
    child.expect("choose 1-4 or one of: jwt, oauth2, session, none")
    child.sendline("none")
    answer_setup(child, lock="y")
    confirm_and_wait(child, "n")

    assert child.exitstatus == 1
    assert list(tmp_path.iterdir()) == []
    # "n" keeps the answers: the command it prints generates the same project.
    command = child.before.strip().splitlines()[-1].strip()
    assert command.startswith("fastkit create-project again --type=rest-api --auth=none")
    assert command.endswith("--lock")
    command = command.removesuffix(" --lock")  # replayed offline
    replay = subprocess.run(
        [sys.executable, "-m", "fastkit", *shlex.split(command)[1:], "--no-input"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert replay.returncode == 0, replay.stderr
    answers = yaml.safe_load((tmp_path / "again/.fastkit.yaml").read_text())["answers"]
    assert answers["auth"] == "none" and answers["description"] == "d"


def test_an_answer_can_be_changed_at_the_review(tmp_path: Path) -> None:
    child = spawn(
        tmp_path,
        "changed",
        "--auth=none",
        "--no-docker",
        "--ci=none",
        "--queue=none",
        "--no-metrics",
    )
    pick(child, "Database", "sqlite")
    pick(child, "Cache", "")
    pick(child, "Architecture", "")
    child.expect("One-line description")
    child.sendline("")
    child.expect("Author")
    child.sendline("")
    answer_setup(child)
    child.expect("Generate this project")
    child.sendline("c")
    pick(child, "Which answer", "db")
    pick(child, "Database", "none")
    confirm_and_wait(child, "y")

    assert child.exitstatus == 0
    answers = yaml.safe_load((tmp_path / "changed/.fastkit.yaml").read_text())["answers"]
    assert answers["db"] == "none" and answers["auth"] == "none"


def test_ctrl_c_leaves_nothing_behind(tmp_path: Path) -> None:
    child = spawn(tmp_path, "stopped")
    pick(child, "Project type", "")
    pick(child, "Authentication", "1")
    child.expect("Database")
    child.expect("Choose")
    interrupt(child)

    assert child.exitstatus != 0 or child.signalstatus == signal.SIGINT
    assert list(tmp_path.iterdir()) == []


def test_refused_input_in_a_terminal_is_still_one_line(tmp_path: Path) -> None:
    child = spawn(tmp_path, "fastapi")
    wait(child)

    assert child.exitstatus == 2
    assert child.before.strip().splitlines() == [
        "Error: project name 'fastapi' shadows a package the project depends on "
        "or a folder it contains: choose another name"
    ]


def test_a_refused_name_is_asked_again(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    child.expect("Project name")
    child.sendline("fastapi")
    child.expect("shadows a package")
    child.expect("Project name")
    child.sendline("fine")
    pick(child, "Project type", "")
    child.expect("Authentication")
    child.expect("Choose")
    interrupt(child)

    assert list(tmp_path.iterdir()) == []


def test_an_empty_or_taken_name_at_the_prompt_is_asked_again_with_the_reason(
    tmp_path: Path,
) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    child = spawn(tmp_path)
    child.expect("Project name")
    child.sendline("")
    child.expect("project name is empty")
    child.expect("Project name")
    child.sendline("taken")
    child.expect("is not empty")
    child.expect("Project name")
    child.sendline("free")
    pick(child, "Project type", "")
    child.expect("Authentication")
    child.expect("Choose")
    interrupt(child)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]


def test_a_taken_folder_is_refused_before_any_question(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    child = spawn(tmp_path, "taken")
    wait(child)

    assert child.exitstatus == 2
    assert "is not empty" in child.before and "Authentication" not in child.before
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]


def test_the_microservice_asks_its_own_questions(tmp_path: Path) -> None:
    child = spawn(tmp_path, "svc")
    pick(child, "Project type", "microservice")
    child.expect("Authentication")
    child.expect("Choose")
    assert "session" not in child.before  # a microservice verifies tokens only
    child.sendline("jwt")
    pick(child, "Database", "")
    pick(child, "Cache", "")
    pick(child, "Task queue", "")
    pick(child, "Deployment", "")
    pick(child, "Docker", "")
    pick(child, "CI/CD", "")
    pick(child, "Architecture", "")
    child.expect("One-line description")
    child.sendline("")
    child.expect("Author")
    child.sendline("")
    answer_setup(child)
    confirm_and_wait(child, "y")

    assert child.exitstatus == 0
    assert (tmp_path / "svc/app/core/tokens.py").exists()
    assert not (tmp_path / "svc/app/domains/auth").exists()


def test_the_questions_offer_the_users_defaults_and_say_where_they_come_from(
    tmp_path: Path,
) -> None:
    settings = tmp_path / "config.yaml"
    settings.write_text(
        "defaults: {author: Grace, queue: rq}\n"
        "setup: {git: yes}\n"
        "profiles: {work: {defaults: {type: microservice, db: postgres}}}\n"
    )
    child = spawn(tmp_path, "svc", "--profile", "work", settings=settings)
    child.expect(r"Project type.*2\) microservice.*\(default, profile work\)")
    child.sendline("")
    pick(child, "Authentication", "none")
    child.expect(r"Database.*\d\) postgres[^\n]*\(default, profile work\)")
    child.expect("Choose")
    child.sendline("")
    pick(child, "Cache", "")
    child.expect(r"Task queue.*rq[^\n]*\(default, your settings\)")
    child.expect("Choose")
    child.sendline("")
    for question in ("Deployment", "Docker", "CI/CD", "Architecture"):
        pick(child, question, "")
    child.expect("One-line description")
    child.sendline("")
    child.expect(r"Author \(default from your settings\) \[Grace\]")
    child.sendline("")
    child.expect(r"git repository.*\(default from your settings\) \[Y/n\]")
    child.sendline("n")
    for question in ("install the project", "lock file"):
        child.expect(question)
        child.sendline("")
    confirm_and_wait(child, "y")

    assert child.exitstatus == 0, child.before
    document = yaml.safe_load((tmp_path / "svc" / ".fastkit.yaml").read_text())
    assert document["template"] == "microservice"
    answers = document["answers"]
    assert (answers["db"], answers["queue"], answers["author"]) == ("postgres", "rq", "Grace")


def test_a_git_template_asks_for_trust_at_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "ours"
    shutil.copytree(Path(__file__).parents[1] / "extensions" / "psycopg", template)
    (template / "layer.yaml").write_text("offer: {db: [psycopg]}\nextends: rest-api\n")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "one"]):
        subprocess.run(
            ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
            cwd=template,
            check=True,
        )
    source = f"git+file://{template}"
    monkeypatch.setenv("FASTKIT_CACHE", str(tmp_path / "cache"))
    settings = tmp_path / "config.yaml"
    # Every answer given: the trust question is the only one asked.
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "auth: jwt\ndb: psycopg\ncache: none\nqueue: none\nbroker: redis\n"
        "deploy: none\ndocker: no\nci: none\nmetrics: no\narchitecture: domain\n"
        "description: d\nauthor: a\n"
        "git: no\ninstall: no\nlock: no\n"
    )

    given = ["--template", source, "--config", str(answers)]
    child = spawn(tmp_path, "no", *given, settings=settings)
    child.expect(r"comes from outside fastkit and is not trusted yet")
    child.expect(r"Trust it\? \[y/N\]")
    child.sendline("")
    wait(child)
    assert child.exitstatus == 2 and not (tmp_path / "no").exists()
    assert "nothing written" in child.before

    child = spawn(tmp_path, "yes", *given, settings=settings)
    child.expect(r"Trust it\? \[y/N\]")
    child.sendline("y")
    wait(child)
    assert child.exitstatus == 0 and (tmp_path / "yes").is_dir()
    # Trusted now: the next run does not ask.
    child = spawn(tmp_path, "again", *given, settings=settings)
    wait(child)
    assert child.exitstatus == 0 and "Trust it?" not in child.before
