"""Serving a generated project's app (and what it talks to) in the generated tier's
tests: a free port, the README's command, and a process that is stopped after."""

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve_command(bin_dir: Path, port: int) -> list[str]:
    """What the project's README starts it with: `fastapi run` finds the app through
    [tool.fastapi] in pyproject.toml (run from the project folder)."""
    return [str(bin_dir / "fastapi"), "run", "--host", "127.0.0.1", "--port", str(port)]


@contextmanager
def serving(command: list[str], cwd: Path, env: dict[str, str], url: str) -> Iterator[None]:
    """The command's process, once `url` answers 200 (within 30 s); stopped after."""
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:  # not listening yet, or not answering 200
                if process.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
            process.kill()
            output = process.communicate()[0]
            raise AssertionError(f"{command} never answered {url}:\n{output[-3000:]}")
        yield
    finally:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=10)
