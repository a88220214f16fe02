"""Digest the trees a template renders, to prove that a refactoring changed nothing.

    python tests/template_trees.py before.json            # each type's tested set
    python tests/template_trees.py --all before.json      # every supported combination
    ...edit the template...
    python tests/template_trees.py after.json --compare before.json

Each combination is rendered with plain cookiecutter (the hooks included) and
reduced to {path: sha256}; `.env` holds fresh secrets, so only its keys count.
--compare prints every combination whose tree differs, with the differing paths
(but those given with --ignore), and exits 1 when there is one.
"""

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from cookiecutter.main import cookiecutter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import TEMPLATES, combinations, combo_id, tree, type_combinations


def digest(project: Path) -> dict[str, str]:
    files = tree(project)
    if ".env" in files:  # fresh secrets: only the keys count
        files[".env"] = b"\n".join(line.partition(b"=")[0] for line in files[".env"].splitlines())
    return {path: hashlib.sha256(content).hexdigest() for path, content in files.items()}


def render(template: Path, combo: dict[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as out:
        project = cookiecutter(
            str(template),
            no_input=True,
            extra_context={"project_name": "same", **combo},
            output_dir=out,
        )
        return digest(Path(project))


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [
        f"{'+' if path not in before else '-' if path not in after else '~'} {path}"
        for path in sorted(before.keys() | after.keys())
        if before.get(path) != after.get(path)
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--all", action="store_true", help="every supported combination")
    parser.add_argument("--compare", type=Path, help="an earlier output to compare with")
    parser.add_argument(
        "--ignore", action="append", default=[], help="a path whose change is intended"
    )
    args = parser.parse_args()
    trees = {}
    for project_type, template in TEMPLATES.items():
        combos = combinations(template) if args.all else type_combinations(project_type)
        for combo in combos:
            key = f"{project_type}-{combo_id(combo)}-{combo['broker']}"
            trees[key] = render(template, combo)
    args.output.write_text(json.dumps(trees, indent=1, sort_keys=True))
    print(f"{len(trees)} trees written to {args.output}")
    if not args.compare:
        return 0
    before = json.loads(args.compare.read_text())
    changed = 0
    for key in sorted(before.keys() & trees.keys()):
        diff = [
            line for line in differences(before[key], trees[key]) if line[2:] not in args.ignore
        ]
        if diff:
            changed += 1
            print(f"{key}:\n  " + "\n  ".join(diff))
    print(f"{changed} of {len(before.keys() & trees.keys())} trees differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
