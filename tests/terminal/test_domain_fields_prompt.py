"""create-domain asks for fields at a real terminal when none are given."""

import io
import os
import sys
from pathlib import Path

import pexpect
import pytest

from fastkit.generators.project_generator import generate_project
from support import options

pytestmark = pytest.mark.terminal


def test_fields_are_asked_and_a_bad_one_asked_again(tmp_path: Path) -> None:
    project = generate_project(options("rest-api", "shop", auth="none", db="sqlite"), tmp_path)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "fastkit", "create-domain", "product"],
        cwd=str(project),
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "120"},
        encoding="utf-8",
        timeout=60,
    )
    shown = io.StringIO()
    child.logfile_read = shown

    for answer in ("price:money", "price:decimal", "sku:str(40):unique", ""):
        child.expect("Field")
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()

    assert child.exitstatus == 0, child.before
    assert "unknown type 'money'" in shown.getvalue()
    schemas = (project / "app/domains/product/schemas.py").read_text(encoding="utf-8")
    assert "price:" in schemas and "sku:" in schemas
    assert "money" not in schemas
