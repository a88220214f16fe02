"""Pruning is data: each feature flag owns paths, removed when the flag is off."""

from pathlib import Path

from fastkit_hooks.pruning import disabled_paths, prune

FEATURES = {"__sql": ["alembic.ini", "migrations"], "__auth": ["app/auth"]}


def test_only_disabled_features_lose_their_paths() -> None:
    assert disabled_paths(FEATURES, {"__sql": "yes", "__auth": ""}) == ["app/auth"]
    assert disabled_paths(FEATURES, {"__sql": "", "__auth": "yes"}) == [
        "alembic.ini",
        "migrations",
    ]


def test_prune_removes_files_folders_and_emptied_parents(tmp_path: Path) -> None:
    (tmp_path / "migrations/versions").mkdir(parents=True)
    (tmp_path / "migrations/versions/0001.py").write_text("")
    (tmp_path / "alembic.ini").write_text("")
    (tmp_path / "app/auth").mkdir(parents=True)
    (tmp_path / "app/auth/x.py").write_text("")
    (tmp_path / "keep.txt").write_text("")

    prune(tmp_path, ["alembic.ini", "migrations", "app/auth", "not/there"])

    assert sorted(p.name for p in tmp_path.rglob("*")) == ["keep.txt"]
