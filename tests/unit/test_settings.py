"""`fastkit config` and the defaults it keeps: what is refused when set, what a
broken file does, profiles, and the order in which create-project takes defaults."""

import os
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own settings file (not there yet) and cookiecutter config."""
    path = tmp_path / "settings" / "config.yaml"
    monkeypatch.setenv("FASTKIT_CONFIG", str(path))
    cookiecutter = tmp_path / "cookiecutterrc"
    cookiecutter.write_text("default_context: {}\n", encoding="utf-8")
    monkeypatch.setenv("COOKIECUTTER_CONFIG", str(cookiecutter))
    monkeypatch.delenv("FASTKIT_PROFILE", raising=False)
    monkeypatch.chdir(tmp_path)
    return path


def fastkit(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def configure(*pairs: tuple[str, str], profile: str | None = None) -> None:
    for key, value in pairs:
        where = ["--profile", profile] if profile else []
        result = fastkit("config", *where, "set", key, value)
        assert result.exit_code == 0, result.output


def create(name: str, *args: str) -> dict[str, str]:
    """create-project without prompts; the answers the project records."""
    result = fastkit("create-project", name, "--no-input", *args)
    assert result.exit_code == 0, result.output
    recorded = yaml.safe_load((Path(name) / ".fastkit.yaml").read_text())
    answers: dict[str, str] = recorded["answers"]
    return answers


def test_set_get_list_and_unset_round_trip(settings: Path) -> None:
    configure(("defaults.auth", "session"), ("defaults.rest-api.db", "postgres"))
    configure(("setup.git", "true"), ("output_dir", "~/code"))

    assert fastkit("config", "get", "defaults.rest-api.db").output == "postgres\n"
    assert fastkit("config", "get", "setup.git").output == "yes\n"  # true is yes
    listed = fastkit("config", "list").output.splitlines()
    assert "defaults.auth = session" in listed and "output_dir = ~/code" in listed
    assert yaml.safe_load(settings.read_text())["defaults"]["rest-api"] == {"db": "postgres"}
    assert fastkit("config", "path").output == f"{settings}\n"

    assert fastkit("config", "unset", "defaults.auth").exit_code == 0
    assert fastkit("config", "get", "defaults.auth").exit_code == 1  # not set
    assert fastkit("config", "unset", "defaults.auth").exit_code == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["set", "defaults.db", "oracle"], "defaults.db 'oracle' is not one of: mongodb, mysql"),
        (["set", "defaults.rest-api.model", "onnx"], "--type rest-api asks auth, db"),
        (["set", "defaults.color", "red"], "unknown key 'defaults.color': a default answers"),
        (["set", "defaults.project_name", "x"], "the name is given per project"),
        (["set", "defaults.fullstack.frontend", "svelte"], "'svelte' is not one of: react, vue"),
        (["set", "defaults.docker", "maybe"], "defaults.docker 'maybe' is not one of: yes, no"),
        (["set", "setup.push", "yes"], "setup takes git, install, lock"),
        (["set", "llm.timeout", "0"], "not a number of seconds, 1 to 3600"),
        (["set", "llm.base_url", "ftp://x"], "must be an http(s) URL"),
        (["set", "llm.api_key", "sk-123"], "llm.api_key is a secret, never written"),
        (["set", "llm.api_key", "sk-123"], "keyring set fastkit llm-api-key"),
        (["set", "github_token", "ghp_1"], "is a secret, never written to the settings file"),
        (["set", "extends", "base"], "extends belongs to a profile"),
        (["--profile", "work", "set", "extends", "nowhere"], "no profile 'nowhere'"),
        (["--profile", "Bad Name", "set", "defaults.db", "mysql"], "profile name 'Bad Name'"),
        (["set", "defaults.description", "two\nlines"], "defaults.description contains"),
        (["set", "defaults..db", "postgres"], "a key is names joined by dots"),
        (
            ["set", "defaults.rest-api.db", "none"],
            "do not work together for --type rest-api: db=none is not supported with auth=jwt",
        ),
    ],
)
def test_a_refused_setting_is_one_line_exit_2_and_the_file_unchanged(
    settings: Path, args: list[str], says: str
) -> None:
    configure(("defaults.rest-api.auth", "jwt"))
    before = settings.read_bytes()

    result = fastkit("config", *args)

    assert result.exit_code == 2
    assert says in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert settings.read_bytes() == before
    assert "sk-123" not in result.output + settings.read_text()


def test_profiles_extend_each_other_but_never_in_a_cycle(settings: Path) -> None:
    configure(("defaults.db", "mysql"), ("setup.install", "no"), profile="base")
    configure(("defaults.cache", "redis"), ("extends", "base"), profile="work")

    listed = fastkit("config", "--profile", "work", "list").output.splitlines()
    assert "defaults.cache = redis" in listed
    assert "defaults.db = mysql    # profile base" in listed

    result = fastkit("config", "--profile", "base", "set", "extends", "work")
    assert result.exit_code == 2
    assert "profiles extend each other in a cycle" in result.output
    assert "base -> work -> base" in result.output


def test_create_project_takes_defaults_in_the_documented_order(
    settings: Path, tmp_path: Path
) -> None:
    """flags > --config > profile > the profile it extends > your settings >
    ~/.cookiecutterrc > the template: each source wins over the ones after it."""
    (tmp_path / "cookiecutterrc").write_text(
        "default_context: {author: Cookie Cutter, description: From cookiecutter, cache: redis,"
        " queue: rq, ci: github, docker: yes}\n"
    )
    configure(("defaults.author", "Settings Author"), ("defaults.queue", "celery"))
    configure(("defaults.ci", "gitlab"), ("defaults.rest-api.ci", "none"))
    configure(("defaults.cache", "memory"), ("defaults.db", "mysql"), profile="base")
    configure(("extends", "base"), ("defaults.db", "postgres"), profile="work")
    (tmp_path / "answers.yaml").write_text("metrics: yes\ndb: mongodb\n")

    answers = create("one", "--profile", "work", "--config", "answers.yaml", "--db", "sqlite")

    assert answers["db"] == "sqlite"  # the flag, over --config and both profiles
    assert answers["metrics"] == "yes"  # --config
    assert answers["cache"] == "memory"  # the extended profile, over cookiecutterrc
    assert answers["author"] == "Settings Author"  # your settings, over cookiecutterrc
    assert answers["queue"] == "celery"  # your settings, over cookiecutterrc's rq
    assert answers["ci"] == "none"  # the type's own key, over the one for every type
    assert answers["description"] == "From cookiecutter"  # cookiecutterrc, over the template
    assert answers["docker"] == "yes"  # cookiecutterrc's YAML boolean
    assert answers["architecture"] == "domain"  # the template

    assert create("two", "--profile", "work")["db"] == "postgres"  # the profile over base
    assert create("three")["db"] == "sqlite"  # no profile: your settings set no db
    os.environ["FASTKIT_PROFILE"] = "base"
    try:
        assert create("four")["db"] == "mysql"
    finally:
        del os.environ["FASTKIT_PROFILE"]


def test_the_default_type_output_folder_and_setup_steps(settings: Path, tmp_path: Path) -> None:
    configure(("defaults.type", "ai-backend"), ("output_dir", str(tmp_path / "projects")))
    configure(
        ("setup.git", "yes"),
    )

    # --model is ai-backend's flag: with that type as the default it needs no --type.
    result = fastkit("create-project", "ml", "--no-input", "--model", "onnx")

    assert result.exit_code == 0, result.output
    project = tmp_path / "projects" / "ml"
    recorded = yaml.safe_load((project / ".fastkit.yaml").read_text())
    assert recorded["template"] == "ai-backend" and recorded["answers"]["model"] == "onnx"
    assert recorded["setup"]["git"] is True and (project / ".git").is_dir()


def test_a_default_a_flag_rules_out_names_where_it_came_from(settings: Path) -> None:
    configure(("defaults.db", "sqlite"), profile="work")

    result = fastkit("create-project", "x", "--no-input", "--profile", "work", "--deploy", "k8s")

    assert result.exit_code == 2
    assert result.output.startswith(
        "Error: unsupported combination: --db sqlite (the default from profile work) "
        "does not work with --deploy k8s"
    )
    assert not Path("x").exists()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("defaults: [postgres\n", "is not valid YAML"),
        ("- postgres\n", "must hold a mapping of settings"),
        ("defaults: {colour: red}\n", "unknown key 'defaults.colour'"),
        ("defaults: {db: [postgres]}\n", "defaults.db must be text, not list"),
        ("defaults: {db: oracle}\n", "defaults.db 'oracle' is not one of"),
        ("llm: {api_key: sk-123}\n", "llm.api_key is a secret"),
        ("profiles: {work: {extends: work}}\n", "profiles extend each other in a cycle"),
        ("defaults: {rest-api: {auth: session, db: none}}\n", "db=none is not supported"),
    ],
)
def test_a_broken_settings_file_stops_create_project_naming_file_and_key(
    settings: Path, text: str, says: str
) -> None:
    settings.parent.mkdir(parents=True)
    settings.write_text(text)

    result = fastkit("create-project", "x", "--no-input")

    assert result.exit_code == 2
    assert says in result.output and len(result.output.strip().splitlines()) == 1
    assert f"settings file {settings}: " in result.output
    assert not Path("x").exists()
    assert fastkit("create-project", "--help").exit_code == 0  # help still helps


def test_edit_replaces_the_file_only_when_every_key_checks(
    settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(("defaults.db", "postgres"))
    editor = tmp_path / "editor.py"
    editor.write_text("import sys, pathlib\npathlib.Path(sys.argv[1]).write_text(TEXT)\n")

    def edit_with(text: str) -> Result:
        editor.write_text(f"import sys, pathlib\npathlib.Path(sys.argv[1]).write_text({text!r})\n")
        monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
        return fastkit("config", "edit")

    refused = edit_with("defaults: {db: oracle}\n")
    assert refused.exit_code == 2 and "is unchanged, your edit is in" in refused.output
    assert yaml.safe_load(settings.read_text()) == {"defaults": {"db": "postgres"}}

    assert edit_with("defaults: {db: mysql}\n").exit_code == 0
    assert fastkit("config", "get", "defaults.db").output == "mysql\n"


def test_the_model_service_settings_fill_in_what_the_environment_leaves_out(
    settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastkit.settings.sources import llm_environment

    configure(("llm.base_url", "http://127.0.0.1:9/v1"), ("llm.model", "small"))
    monkeypatch.setenv("FASTKIT_LLM_MODEL", "from-env")

    env = llm_environment(os.environ)

    assert env["FASTKIT_LLM_BASE_URL"] == "http://127.0.0.1:9/v1"
    assert env["FASTKIT_LLM_MODEL"] == "from-env"
