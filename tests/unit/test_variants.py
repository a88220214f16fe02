"""Alternatives are files: the manifest names the flag that picks one of them."""

from pathlib import Path

import pytest

from fastkit_hooks.pruning import prune
from fastkit_hooks.variants import MissingVariant, choose_variants

VARIANTS = {"app/items/repository.py": "__store"}


def write(root: Path, *paths: str) -> None:
    for relative in paths:
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(relative)


def test_the_chosen_variant_takes_the_real_name_and_the_others_go(tmp_path: Path) -> None:
    write(
        tmp_path,
        "app/items/repository.sql.py",
        "app/items/repository.mongo.py",
        "app/items/service.py",
        "app/items/repository_test.py",
    )

    choose_variants(tmp_path, VARIANTS, {"__store": "mongo"})

    items = tmp_path / "app/items"
    assert sorted(p.name for p in items.iterdir()) == [
        "repository.py",
        "repository_test.py",
        "service.py",
    ]
    assert (items / "repository.py").read_text() == "app/items/repository.mongo.py"


def test_a_choice_with_no_file_is_a_template_bug_named_in_the_error(tmp_path: Path) -> None:
    write(tmp_path, "app/items/repository.sql.py", "app/items/repository.mongo.py")

    with pytest.raises(MissingVariant, match=r"repository.py: no variant 'memory' for __store"):
        choose_variants(tmp_path, VARIANTS, {"__store": "memory"})


def test_a_pruned_path_takes_its_variants_with_it(tmp_path: Path) -> None:
    write(tmp_path, "app/core/security.jwt.py", "app/core/security.session.py", "app/x.py")

    prune(tmp_path, ["app/core/security.py"])
    choose_variants(tmp_path, {"app/core/security.py": "auth"}, {"auth": "none"})

    assert [p.name for p in tmp_path.rglob("*.py")] == ["x.py"]


def test_a_variant_folder_joins_what_every_variant_shares(tmp_path: Path) -> None:
    write(
        tmp_path,
        "frontend/src/errors.ts",
        "frontend.react/src/main.tsx",
        "frontend.react/package.json",
        "frontend.vue/src/main.ts",
    )

    choose_variants(tmp_path, {"frontend": "frontend"}, {"frontend": "react"})

    made = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert made == ["frontend/package.json", "frontend/src/errors.ts", "frontend/src/main.tsx"]
    assert (tmp_path / "frontend/src/main.tsx").read_text() == "frontend.react/src/main.tsx"


def test_a_variant_folder_never_replaces_a_shared_file(tmp_path: Path) -> None:
    write(tmp_path, "frontend/src/errors.ts", "frontend.react/src/errors.ts")

    with pytest.raises(MissingVariant, match=r"errors.ts: in frontend.react/ and shared"):
        choose_variants(tmp_path, {"frontend": "frontend"}, {"frontend": "react"})
