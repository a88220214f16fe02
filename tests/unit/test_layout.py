"""Layered architecture: domain modules moved to their layers, imports rewritten."""

from pathlib import Path

from fastkit_hooks.layout import domain_file, rewrite_imports, to_layered


def test_domain_file_per_architecture() -> None:
    assert domain_file("domain", "items", "router") == "app/domains/items/router.py"
    assert domain_file("layered", "items", "router") == "app/api/routes/items.py"
    assert domain_file("layered", "auth", "repository") == "app/repositories/auth.py"


def test_imports_are_rewritten_and_resorted() -> None:
    source = (
        '"""Doc."""\n\n'
        "from fastapi import APIRouter\n\n"
        "from app.core.config import Settings\n"
        "from app.domains.items.router import router\n"
        "from app.domains.items.models import Item\n"
        "from tests.domains.items.helpers import make\n"
    )

    assert rewrite_imports(source) == (
        '"""Doc."""\n\n'
        "from fastapi import APIRouter\n\n"
        "from app.api.routes.items import router\n"
        "from app.core.config import Settings\n"
        "from app.models.items import Item\n"
        "from tests.items.helpers import make\n"
    )


def test_multiline_imports_move_whole() -> None:
    source = (
        "from app.domains.items.service import (\n"
        "    ItemService,\n"
        ")\n"
        "from app.core.errors import AppError\n"
    )

    assert rewrite_imports(source) == (
        "from app.core.errors import AppError\n"
        "from app.services.items import (\n"
        "    ItemService,\n"
        ")\n"
    )


def write(root: Path, relative: str, text: str = "") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_to_layered_moves_modules_tests_and_imports(tmp_path: Path) -> None:
    write(tmp_path, "app/__init__.py")
    write(tmp_path, "app/api/__init__.py")
    write(tmp_path, "app/domains/__init__.py")
    write(tmp_path, "app/domains/items/__init__.py")
    write(tmp_path, "app/domains/items/models.py", "class Item: ...\n")
    write(tmp_path, "app/domains/items/router.py", "from app.domains.items.models import Item\n")
    write(
        tmp_path, "tests/domains/items/test_items.py", "from app.domains.items.models import Item\n"
    )

    to_layered(tmp_path)

    assert not (tmp_path / "app/domains").exists()
    assert (tmp_path / "app/models/items.py").read_text() == "class Item: ...\n"
    assert (tmp_path / "app/models/__init__.py").exists()
    assert (tmp_path / "app/api/routes/__init__.py").exists()
    assert (tmp_path / "app/api/routes/items.py").read_text() == (
        "from app.models.items import Item\n"
    )
    assert (tmp_path / "tests/items/test_items.py").read_text() == (
        "from app.models.items import Item\n"
    )


def test_a_domain_module_of_no_role_stays_with_its_domain_in_layered() -> None:
    assert domain_file("layered", "auth", "refresh_tokens") == "app/auth/refresh_tokens.py"
    source = "from app.domains.auth.accounts import PasswordAccounts\n"
    assert rewrite_imports(source) == "from app.auth.accounts import PasswordAccounts\n"
