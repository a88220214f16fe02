"""Copy the one source of shared hook code and template files into every cookiecutter.

    python hooks/sync.py          write the copies
    python hooks/sync.py --check  exit 1 and list the copies that drifted

Each cookiecutter must work alone (plain `cookiecutter` on a copied folder), so it
carries copies of hooks/ (the hook scripts in its hooks/, the fastkit_hooks package
at its root, where cookiecutter can import the Jinja extension), of
cookiecutters/_shared/project/ (the files every backend type renders), of
cookiecutters/_shared/templates/ (the fragments they share) and of each part it names
in `_fastkit.parts` (cookiecutters/_shared/parts/<part>/, with project/ and
templates/ folders of the same kinds: what some types share, such as the token
verification of the service types). The fragments of a layer's choice and flag
folders (choices/<question>/<value>/fragments/, flags/<flag>/fragments/) are copied
into templates/fragments/ under the name that carries their folder's condition, for
the values the template offers and the flags it has, with the sections the blocks
of a folder's descriptor bring. It also writes each cookiecutter.json. How a type's
layers stack and what each copy is (marked as a copy in a Jinja comment) is
fastkit.layers, which `fastkit export-template --layer` uses too; this script is the
only thing that writes the repository's copies.

The domain template create-domain renders (cookiecutters/_shared/domain) is copied
into each cookiecutter's domain/: the post-generation hook renders the example
domain (items) from it, with the renderer in fastkit_hooks/domain/.
"""

import re
import sys
from pathlib import Path
from typing import Any

from fastkit.layers import declarations
from fastkit.layers.copies import (
    choice_project_copies,
    folder_copies,
    fragment_copies,
    fragment_copy,
    marker,
)

ROOT = Path(__file__).resolve().parent.parent


def template_dirs(root: Path = ROOT) -> list[Path]:
    return sorted(p.parent for p in (root / "cookiecutters").glob("*/type.yaml"))


def fastkit_version(root: Path = ROOT) -> str:
    text = (root / "cli" / "fastkit" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "no __version__ in cli/fastkit/__init__.py"
    return match.group(1)


def python_copy(source: Path, root: Path) -> bytes:
    return f"# {marker(source, root / 'cookiecutters')}\n".encode() + source.read_bytes()


def spec(template: Path, root: Path = ROOT) -> dict[str, Any]:
    """The template's cookiecutter.json, from its declaration (fastkit.layers.declarations)."""
    return declarations.cookiecutter_json(template, fastkit_version(root))


def is_synced_copy(path: Path) -> bool:
    lines = path.read_bytes().splitlines()
    return bool(lines) and any(
        b"Generated from " in line and b"hooks/sync.py" in line for line in (lines[0], lines[-1])
    )


def expected_copies(template: Path, root: Path = ROOT) -> dict[Path, bytes]:
    """Every file the sync owns in this cookiecutter, with the content it must have."""
    hooks = root / "hooks"
    meta = spec(template, root)
    layers = declarations.layer_folders(template)  # _shared, the parts, the type
    copies: dict[Path, bytes] = {template / "cookiecutter.json": declarations.text(meta)}
    for source in sorted(hooks.glob("*_project.py")):
        copies[template / "hooks" / source.name] = python_copy(source, root)
    for source in sorted(hooks.glob("fastkit_hooks/**/*.py")):
        copies[template / source.relative_to(hooks)] = python_copy(source, root)
    cookiecutters = root / "cookiecutters"
    for source in sorted((cookiecutters / "_shared" / "domain").glob("*.py")):
        # Marked on the last line, as a fragment: a marker on the first would have to
        # keep the blank lines an included template starts with.
        copies[template / "domain" / source.name] = fragment_copy(source, cookiecutters)
    copies.update(folder_copies(layers[:-1], template))
    copies.update(choice_project_copies(layers, meta, template))
    copies.update(fragment_copies(layers, meta, template))
    return copies


MARKS = {
    ".gitattributes": ("GitHub's diffs and language statistics", "{path} linguist-generated=true"),
    ".ignore": ("ripgrep and the tools that read .ignore, so searches find sources", "/{path}"),
}


def marks(root: Path = ROOT) -> dict[Path, bytes]:
    """.gitattributes and .ignore, listing every copy: generated, for tools."""
    copies = sorted(
        path.relative_to(root).as_posix()
        for template in template_dirs(root)
        for path in expected_copies(template, root)
    )
    files = {}
    for name, (reader, line) in MARKS.items():
        heading = f"# Written by hooks/sync.py: the copies it makes, marked for {reader}.\n"
        listed = "".join(line.format(path=path) + "\n" for path in copies)
        files[root / name] = (heading + listed).encode()
    return files


def strays(template: Path, root: Path = ROOT) -> list[Path]:
    """Copies in the template whose source is gone (a shared file deleted or moved)."""
    expected = expected_copies(template, root)
    return [
        path
        for path in sorted(template.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and path not in expected
        and is_synced_copy(path)
    ]


def drifted(root: Path = ROOT) -> list[str]:
    problems = []
    for template in template_dirs(root):
        for target, content in expected_copies(template, root).items():
            if not target.exists() or target.read_bytes() != content:
                problems.append(str(target.relative_to(root)))
        problems += [f"{copy.relative_to(root)} (no source)" for copy in strays(template, root)]
    for target, content in marks(root).items():
        if not target.exists() or target.read_bytes() != content:
            problems.append(target.name)
    return problems


def sync(root: Path = ROOT) -> None:
    for target, content in marks(root).items():
        target.write_bytes(content)
    for template in template_dirs(root):
        for target, content in expected_copies(template, root).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        for copy in strays(template, root):
            copy.unlink()
            folder = copy.parent
            while folder != template and not any(folder.iterdir()):
                folder.rmdir()  # a folder whose copies all went would reach projects
                folder = folder.parent


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        problems = drifted()
        for problem in problems:
            print(f"drifted: {problem}")
        sys.exit(1 if problems else 0)
    sync()
