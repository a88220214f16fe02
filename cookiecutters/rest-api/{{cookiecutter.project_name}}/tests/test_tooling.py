{#- Generated from cookiecutters/_shared/project/tests/test_tooling.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The developer tooling is configured as its tools expect."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_accepts_its_config() -> None:
    command = [sys.executable, "-m", "pre_commit", "validate-config"]
    done = subprocess.run(
        [*command, ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stdout + done.stderr
