"""fastkit's own code meets the bar it sets for generated projects."""

import subprocess
import sys

import pytest

from support import REPO


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_fastkit_code_is_clean(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True
    )

    assert done.returncode == 0, done.stdout + done.stderr
