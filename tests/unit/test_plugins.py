"""Plugins found by their entry points (installed here as dist-info folders on
sys.path, as pip leaves them): nothing of theirs runs until trusted, a broken one is
left out by name, and a trusted one's layers and commands are fastkit's."""

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fastkit import plugins
from fastkit.app import cli
from fastkit.shared.templates import load_template
from fastkit_hooks.domain.fields import PLUGIN_TYPES
from support import REPO

LAYER = REPO / "examples/plugins/fastkit-asyncmy/fastkit_asyncmy/layer"  # offers db=asyncmy
INSTALLED: set[str] = set()  # the names of the packages the tests install


def fastkit(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def forget_plugins() -> None:
    """As a new run of fastkit: no plugin found, loaded or imported yet."""
    for cached in (plugins.installed, plugins.loaded, plugins.warn_left_out, load_template):
        cached.cache_clear()
    PLUGIN_TYPES.clear()
    for name in [m for m in sys.modules if m.split(".")[0] in INSTALLED]:
        del sys.modules[name]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path to install plugins in; this test's settings and cache."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv("FASTKIT_CONFIG", str(tmp_path / "settings" / "config.yaml"))
    monkeypatch.setenv("FASTKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    forget_plugins()
    yield folder
    forget_plugins()


def install(
    site: Path, name: str, module_text: str, layer: Path | None = None, **modules: str
) -> Path:
    """A plugin package `name` (its __init__, more `modules`, a layer folder) and its
    dist-info, as pip installs one."""
    INSTALLED.add(name)
    package = site / name
    package.mkdir()
    (package / "__init__.py").write_text(module_text)
    for module, text in modules.items():
        (package / f"{module}.py").write_text(text)
    if layer is not None:
        shutil.copytree(layer, package / "layer")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[fastkit.plugins]\n{name} = {name}\n")
    files = [p.relative_to(site) for p in package.rglob("*") if p.is_file()]
    (info / "RECORD").write_text("".join(f"{f},,\n" for f in files))
    forget_plugins()
    return package


ASYNCMY = """
from pathlib import Path
LAYERS = {"rest-api": [Path(__file__).parent / "layer"]}
COMMANDS = {"hello": "%s.hello:hello"}
"""
HELLO = """
import click

@click.command()
def hello() -> None:
    click.echo("hello from a plugin")
"""


def test_a_plugin_runs_nothing_until_trusted(site: Path) -> None:
    install(site, "amy", ASYNCMY % "amy" + "\nraise SystemExit('imported')\n", LAYER, hello=HELLO)

    listed = fastkit("plugins", "list")
    assert "amy              amy 1.0: left out, not trusted: fastkit trust plugin:amy" in (
        listed.stdout
    )
    refused = fastkit("create-project", "x", "--db", "asyncmy", "--no-input")
    assert refused.exit_code == 2 and not Path("x").exists()
    assert "plugin amy left out: not trusted: fastkit trust plugin:amy" in refused.stderr
    assert fastkit("hello").exit_code == 2  # no such command until trusted


def test_a_trusted_plugin_adds_its_layers_and_commands(site: Path) -> None:
    package = install(site, "amy", ASYNCMY % "amy", LAYER, hello=HELLO)
    assert fastkit("trust", "plugin:amy").exit_code == 0
    forget_plugins()

    assert "trusted; adds layers on rest-api, command hello" in fastkit("plugins", "list").stdout
    assert "(with the layers of plugin amy)" in fastkit("templates", "list").stdout
    assert "none|asyncmy" in fastkit("create-project", "--help").stdout
    assert fastkit("hello").stdout == "hello from a plugin\n"
    made = fastkit("create-project", "shop", "--db", "asyncmy", "--no-input")
    assert made.exit_code == 0, made.output
    assert "asyncmy>=" in Path("shop/pyproject.toml").read_text()

    # A change to its files after it was trusted leaves it out again.
    (package / "hello.py").write_text(HELLO + "# changed\n")
    forget_plugins()
    assert "left out, not trusted" in fastkit("plugins", "list").stdout


def test_a_plugin_that_fails_is_named_and_the_others_still_load(site: Path) -> None:
    install(site, "broken", "import no_such_module_anywhere\n")
    install(site, "amy", ASYNCMY % "amy", LAYER)
    for name in ("broken", "amy"):
        assert fastkit("trust", f"plugin:{name}").exit_code == 0
    forget_plugins()

    listed = fastkit("plugins", "list").stdout
    assert "broken           broken 1.0: left out, failed to load: ModuleNotFoundError" in listed
    assert "amy              amy 1.0: trusted; adds layers on rest-api" in listed
    assert fastkit("--help").exit_code == 0
    made = fastkit("create-project", "shop", "--db", "asyncmy", "--no-input")
    assert made.exit_code == 0 and "plugin broken left out: failed to load" in made.stderr


def test_two_plugins_offering_one_value_are_refused_in_one_line(site: Path) -> None:
    for name in ("amy", "twin"):
        install(site, name, ASYNCMY % name, LAYER)
        assert fastkit("trust", f"plugin:{name}").exit_code == 0
    forget_plugins()

    result = fastkit("create-project", "x", "--no-input")

    assert result.exit_code == 2 and not Path("x").exists()
    assert "the plugins' layers on rest-api" in result.stderr
    assert "offers 'asyncmy' already" in result.stderr
    assert fastkit("trust", "plugin:nobody").exit_code == 2


SLUG = """
FIELD_TYPES = {"slug": {"length": 40, "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
                        "samples": ["hello-world", "second"], "invalid": "Not A Slug"}}
"""


def test_a_plugins_field_type_is_a_type_of_create_domain(site: Path) -> None:
    install(site, "slugs", SLUG)
    assert fastkit("create-project", "shop", "--no-input").exit_code == 0
    unknown = fastkit("create-domain", "post", "--field", "handle:slug", "--project", "shop")
    assert unknown.exit_code == 2 and "unknown type 'slug'" in unknown.output  # not trusted
    assert fastkit("trust", "plugin:slugs").exit_code == 0
    forget_plugins()

    made = fastkit("create-domain", "post", "--field", "handle:slug:unique", "--project", "shop")

    assert made.exit_code == 0, made.output
    schemas = Path("shop/app/domains/post/schemas.py").read_text()
    assert 'max_length=40, pattern="^[a-z0-9]+(-[a-z0-9]+)*$"' in schemas
    tests = Path("shop/app/domains/post/tests/test_post_api.py")
    tests = tests if tests.exists() else next(Path("shop").rglob("test_post*.py"))
    assert '"Not A Slug"' in tests.read_text() and '"hello-world"' in tests.read_text()
    assert "field type slug" in fastkit("plugins", "list").stdout


@pytest.mark.parametrize(
    ("declared", "why"),
    [
        (
            '{"slug": {"length": 40, "pattern": "[a-z]+", "samples": ["a", "b"], "invalid": "A"}}',
            "anchored with ^ and $",
        ),
        (
            '{"slug": {"length": 40, "pattern": "^.*$", "samples": ["a", "b"], "invalid": "A"}}',
            "anchored with ^ and $",
        ),  # takes NUL, and its invalid value
        (
            '{"str": {"length": 4, "pattern": "^a+$", "samples": ["a", "aa"], "invalid": "b"}}',
            "is one of fastkit's own",
        ),
        ('{"slug": {"length": 40}}', "length, pattern, samples (two), invalid"),
    ],
)
def test_a_field_type_that_does_not_check_leaves_its_plugin_out(
    site: Path, declared: str, why: str
) -> None:
    install(site, "bad", f"FIELD_TYPES = {declared}\n")
    assert fastkit("trust", "plugin:bad").exit_code == 0
    forget_plugins()

    listed = fastkit("plugins", "list").stdout

    assert "bad              bad 1.0: left out, failed to load: ValueError" in listed
    assert why in listed
