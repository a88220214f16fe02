"""create-domain --describe at a real terminal: the spec is shown, and the domains
are written only when the user says yes (no is the default)."""

import io
import os
import sys
from pathlib import Path

import pexpect
import pytest

from fake_llm import LIBRARY, recorded_reply, running_fake
from fastkit.generators.project_generator import generate_project
from fastkit_hooks.answers import read_answers
from support import options, tree

pytestmark = pytest.mark.terminal


@pytest.mark.parametrize("answer", ["", "n", "y"])
def test_the_spec_is_written_only_when_confirmed(tmp_path: Path, answer: str) -> None:
    project = generate_project(options("rest-api", "lib", auth="none", db="sqlite"), tmp_path)
    before = tree(project)
    with running_fake() as fake:
        fake.script(recorded_reply(LIBRARY))
        child = pexpect.spawn(
            sys.executable,
            ["-m", "fastkit", "create-domain", "--describe", "a library: books, authors, loans"],
            cwd=str(project),
            env={**os.environ, **fake.env(), "NO_COLOR": "1", "COLUMNS": "120"},
            encoding="utf-8",
            timeout=60,
        )
        shown = io.StringIO()
        child.logfile_read = shown
        child.expect(r"Write these 3 domains\? \[y/N\]")
        child.sendline(answer)
        child.expect(pexpect.EOF)
        child.close()

    assert "Domain loan (table loans)" in shown.getvalue()
    domains = read_answers(project / ".fastkit.yaml").get("domains") or {}
    if answer == "y":
        assert child.exitstatus == 0, shown.getvalue()
        assert {"author", "book", "loan"} <= set(domains)
    else:
        assert child.exitstatus == 1
        assert "Nothing written." in shown.getvalue()
        assert tree(project) == before
