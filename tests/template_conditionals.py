"""Count the Jinja conditionals in each cookiecutter's files: the measure of how far a
template is from "alternatives are files, gathering files are fragments".

    python tests/template_conditionals.py          # the worst files, totals, targets

A conditional is an `{% if %}` or `{% elif %}` tag (each branch is a decision a
reader must follow). Synced copies of cookiecutters/_shared count once, there.
The targets come from the composable-templates issue: no file above 10, and the
total below half of the 347 `{% if %}` tags rest-api had when it was filed.
"""

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COOKIECUTTERS = REPO / "cookiecutters"
CONDITIONAL = re.compile(r"\{%-?\s*(?:if|elif)\b")
SYNCED = "Generated from cookiecutters/_shared/"
PER_FILE_TARGET = 10
TOTAL_TARGET = 347 // 2


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
        if lines and (SYNCED in lines[0] or SYNCED in lines[-1]):
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


if __name__ == "__main__":
    sys.exit(main())
