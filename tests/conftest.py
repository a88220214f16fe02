"""fastkit's test tiers: unit, bake, generated (slow) and terminal.

Run the fast tiers alone with `pytest -m "not generated"`.
"""

import atexit
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pytest

# No test reads the settings of the user running it: an empty fastkit settings file
# (none at all) and a cookiecutter config with no default_context, for this process
# and everything it starts. Tests of the settings name their own files.
_settings = Path(tempfile.mkdtemp(prefix="fastkit-test-settings-"))
atexit.register(shutil.rmtree, _settings, True)
(_settings / "cookiecutterrc.yaml").write_text("default_context: {}\n", encoding="utf-8")
os.environ["FASTKIT_CONFIG"] = str(_settings / "config.yaml")
os.environ["COOKIECUTTER_CONFIG"] = str(_settings / "cookiecutterrc.yaml")
os.environ.pop("FASTKIT_PROFILE", None)
# The templates every render keeps for `fastkit update` go to a folder of the run's own.
os.environ["FASTKIT_TEMPLATE_ARCHIVE"] = str(_settings / "template-archive")

# Test time per tier (setup + call + teardown, summed over the xdist workers), printed
# at the end of the run so that a slow tier shows before the 25-minute budget is gone.
_tier_seconds: defaultdict[str, float] = defaultdict(float)
_tier_tests: defaultdict[str, set[str]] = defaultdict(set)
_started = time.monotonic()


def _tier(nodeid: str) -> str:
    parts = nodeid.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "tests" else "other"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    tier = _tier(report.nodeid)
    _tier_seconds[tier] += report.duration
    _tier_tests[tier].add(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _tier_seconds:
        return
    terminalreporter.section("tier timings")
    for tier, seconds in sorted(_tier_seconds.items(), key=lambda item: -item[1]):
        tests = len(_tier_tests[tier])
        terminalreporter.write_line(
            f"{tier:10} {seconds / 60:6.1f} min of test time, {tests} tests"
        )
    wall = (time.monotonic() - _started) / 60
    terminalreporter.write_line(f"{'wall clock':10} {wall:6.1f} min")
