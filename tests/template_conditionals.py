"""Count the decisions a reader of the templates follows, in the four forms they take.

    python tests/template_conditionals.py          # the worst files, the four counts, targets

- a conditional: an `{% if %}` or `{% elif %}` tag (each branch is a decision);
- a fragment chosen by a condition: a fragment file whose name carries it
  (`42-__celery+broker=redis.env`); the fragments of a choice or flag
  folder are chosen by the folder, once (choices/db/postgres/, flags/sql/), and each
  of them whose name adds a condition (`42-__celery.env`) once more; a section
  written from a descriptor's block counts with its folder, a shape's `when` once;
- a variant file: one of the files a manifest entry picks between
  (`repository.sql.py`, `repository.mongo.py`);
- a committed pre-rendering: a variant of the example domain rendered by
  hooks/sync.py from create-domain's template and committed.
Synced copies count once, at their source. The conditional targets come from the
composable-templates issue (no file above 10, the total below half of the 347 tags
rest-api had), the total from the choice-folder issue (at most 250).
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COOKIECUTTERS = REPO / "cookiecutters"
# cookiecutter's Jinja, and the sync-time Jinja of the descriptors' shapes
# (fastkit/layers/shapes.py)
CONDITIONAL = re.compile(r"(?:\{%|<%)-?\s*(?:if|elif)\b")
PER_FILE_TARGET = 10
TOTAL_TARGET = 347 // 2
DECISIONS_TARGET = 250
GENERATED = re.compile(r"Generated from (\S+).*hooks/sync.py")
EXAMPLE = "cookiecutters/_shared/domain"
UNCONDITIONAL = "always"


def template_files() -> list[Path]:
    """Every file a cookiecutter renders or includes, each shared file once."""
    files = []
    for path in sorted(COOKIECUTTERS.rglob("*")):
        relative = path.relative_to(COOKIECUTTERS).parts
        if not path.is_file() or "__pycache__" in relative:
            continue
        if relative[1] in ("hooks", "fastkit_hooks", "cookiecutter.json", "domain"):
            continue  # _shared/domain is create-domain's template: counted on its own
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if lines and (GENERATED.search(lines[0]) or GENERATED.search(lines[-1])):
            continue
        files.append(path)
    return files


def conditionals(files: list[Path] | None = None) -> Counter[str]:
    return Counter(
        {
            path.relative_to(COOKIECUTTERS).as_posix(): len(
                CONDITIONAL.findall(path.read_text(encoding="utf-8", errors="replace"))
            )
            for path in (template_files() if files is None else files)
        }
    )


def domain_template_files() -> list[Path]:
    return sorted(p for p in (COOKIECUTTERS / "_shared" / "domain").glob("*.py"))


def _origin(path: Path) -> str:
    """Where a file is written by hand: its own path, or the source its copy names."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines() or [""]
    match = GENERATED.search(lines[0]) or GENERATED.search(lines[-1])
    return match.group(1) if match else path.relative_to(REPO).as_posix()


def conditioned_fragments() -> list[str]:
    """Fragment files whose name carries a condition, and choice folders with
    fragments (one decision each), at their source."""
    found = set()
    for path in COOKIECUTTERS.rglob("*"):
        parts = path.relative_to(COOKIECUTTERS).parts
        if path.is_file() and "fragments" in parts:
            origin = _origin(path)
            if origin.endswith(("/choice.yaml", "/flag.yaml")):  # from a descriptor's block
                found.add(origin.rpartition("/")[0])
            elif "/choices/" in origin or "/flags/" in origin:
                found.add(origin[: origin.index("/fragments/")])
                if "-" in Path(origin).stem:
                    found.add(origin)
            elif path.stem.partition("-")[2] not in ("", UNCONDITIONAL):
                found.add(origin)
    for shapes in (COOKIECUTTERS / "_shared" / "shapes").glob("*/shapes.yaml"):
        for line in shapes.read_text(encoding="utf-8").splitlines():
            if "when:" in line and not line.startswith("#"):  # a shape's own condition
                found.add(f"{shapes.relative_to(REPO).as_posix()}: {line.split(':')[0]}")
    return sorted(found)


def variant_files() -> tuple[list[str], list[str]]:
    """(variant files written by hand, the example's committed pre-renderings)."""
    written, rendered = set(), set()
    for spec_path in COOKIECUTTERS.glob("*/cookiecutter.json"):
        project = spec_path.parent / "{{cookiecutter.project_name}}"
        for target in json.loads(spec_path.read_text())["_fastkit"]["variants"]:
            stem, suffix = Path(target).stem, Path(target).suffix
            for path in (project / target).parent.glob(f"{stem}.*{suffix}"):
                # A variant folder (frontend.react/) is one decision, where it lies.
                origin = path.relative_to(REPO).as_posix() if path.is_dir() else _origin(path)
                if EXAMPLE in origin:
                    rendered.add(path.relative_to(REPO).as_posix())
                else:
                    written.add(origin)
    return sorted(written), sorted(rendered)


def decision_counts() -> dict[str, int]:
    written, rendered = variant_files()
    return {
        "conditionals": sum(conditionals().values()),
        "conditioned fragments": len(conditioned_fragments()),
        "variant files": len(written),
        "pre-rendered variants": len(rendered),
    }


def main() -> None:
    counts = conditionals()
    conditional_files = [path for path, n in counts.items() if n]
    total = sum(counts.values())
    print(f"{'conditionals':>12}  file")
    for path, count in counts.most_common(15):
        if count:
            print(f"{count:12}  {path}")
    over = [path for path in conditional_files if counts[path] > PER_FILE_TARGET]
    print(
        f"\n{total} conditionals in {len(conditional_files)} of {len(counts)} files "
        f"({total / max(len(conditional_files), 1):.1f} per conditional file); "
        f"target: below {TOTAL_TARGET}"
    )
    print(f"{len(over)} files above {PER_FILE_TARGET}; target: none")
    domain = conditionals(domain_template_files())
    print(f"create-domain's template: {sum(domain.values())} in {len(domain)} files")
    counts_by_form = decision_counts()
    print()
    for form, count in counts_by_form.items():
        print(f"{count:12}  {form}")
    print(f"{sum(counts_by_form.values()):12}  decisions; target: at most {DECISIONS_TARGET}")


if __name__ == "__main__":
    sys.exit(main())
