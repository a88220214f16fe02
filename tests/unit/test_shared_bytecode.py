"""The generated tier's venvs share their libraries' compiled modules
(generated/bytecode.py): only where the library file is the same file."""

import os
import subprocess
import sys
from importlib.util import cache_from_source
from pathlib import Path
from py_compile import compile as compile_module

from generated.bytecode import keep, seed

SOURCE = "VALUE = 42\n"


def venv_with(root: Path, name: str, module: Path | None = None) -> tuple[Path, Path]:
    """A venv's site-packages holding `lib.py`: a hard link to `module` (as uv installs
    from its cache), or a file of its own."""
    folder = root / name / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    packages = folder / "site-packages"
    packages.mkdir(parents=True)
    source = packages / "lib.py"
    if module is None:
        source.write_text(SOURCE, encoding="utf-8")
    else:
        os.link(module, source)
    return root / name, source


def imports_as_compiled(source: Path) -> bool:
    """Importing the module leaves its compiled file as it was (Python found it
    valid: it rewrites one that is not)."""
    compiled = Path(cache_from_source(str(source)))
    before = compiled.stat()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-c", "import lib; assert lib.VALUE == 42"],
        cwd=source.parent,
        env=env,
        check=True,
    )
    after = compiled.stat()
    return (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_a_venv_linked_to_the_same_library_file_gets_its_compiled_module(
    tmp_path: Path,
) -> None:
    first, source = venv_with(tmp_path, "first")
    compile_module(str(source), cfile=cache_from_source(str(source)), doraise=True)
    store = tmp_path / "store"
    assert keep(first, store) == 1
    assert keep(first, store) == 0  # stored once

    second, linked = venv_with(tmp_path, "second", module=source)
    assert seed(second, store) == 1
    assert imports_as_compiled(linked)


def test_a_copy_of_the_library_file_compiles_its_own(tmp_path: Path) -> None:
    first, source = venv_with(tmp_path, "first")
    compile_module(str(source), cfile=cache_from_source(str(source)), doraise=True)
    store = tmp_path / "store"
    keep(first, store)

    copied, copy = venv_with(tmp_path, "copied")  # same content, a file of its own
    assert seed(copied, store) == 0
    assert not Path(cache_from_source(str(copy))).exists()
