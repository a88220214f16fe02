"""Which names a domain may take, and their plurals (the names each one gives are
fastkit_hooks.domain.names.DomainNames).

Plurals come from inflect (category -> categories, person -> people); a last word
ending in -ing is a mass noun and stays (payment_processing -> payment_processing).
"""

import keyword
import re
from functools import cache
from typing import Any

from fastkit.shared.validators import InvalidInput
from fastkit_hooks.domain.names import DomainNames

# A domain's name (the model of --describe is given the same, as a JSON schema pattern).
NAME_PATTERN = r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*"
_NAME = re.compile(NAME_PATTERN + r"\Z")
MAX_LENGTH = 40
# Modules and packages a generated project imports by these names.
SHADOWING = {
    "app", "tests", "migrations", "api", "core", "db", "domains", "auth", "worker",
    "main", "asgi", "lifespan", "conftest", "alembic", "fastapi", "pydantic",
    "sqlalchemy", "beanie", "typing", "datetime", "decimal", "uuid", "json",
}  # fmt: skip
# Names the domain's modules import: its class must not take one of them.
IMPORTED = {
    "AfterValidator", "Annotated", "Any", "APIRouter", "AppError", "AsyncClient",
    "AsyncSession", "AwareDatetime", "Base", "BaseModel", "ConfigDict", "ConflictError",
    "CurrentUser", "Decimal", "DecimalAnnotation", "Depends", "Document", "Field",
    "Indexed", "IntegrityError", "JsonValue", "Literal", "Mapped", "NotFoundError", "Page",
    "PageParams", "PageParamsDep", "Path", "PermissionDeniedError", "PydanticObjectId",
    "Query", "SessionDep", "SignIn", "SkipJsonSchema", "User", "UUID",
}  # fmt: skip


@cache
def _engine() -> Any:
    """inflect's engine, imported when a domain is named (it costs --help nothing).

    inflect wraps its methods in typeguard's @typechecked, which parses and compiles
    inflect's source anew on every import to add argument checks: 1-1.5 s of each
    `fastkit create-domain` (about two thirds of it). The checks refuse arguments that
    are not strings; ours always are. So inflect is imported with that decorator as
    the identity, and typeguard is left as it was."""
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard.typechecked's two forms (`@typechecked`, `@typechecked(...)`), checking nothing."""
    return target if target is not None else _unchecked


def singular_of(word: str) -> str | None:
    """The singular of an English plural noun (books -> book); None for a word that
    is not one."""
    singular = _engine().singular_noun(word)
    return str(singular) if singular and singular != word else None


def plural_of(name: str) -> str:
    *head, last = name.split("_")
    if last.endswith("ing"):
        return name
    plural = _engine().plural_noun(last)
    return "_".join([*head, str(plural)])


def _refuse_a_plural(name: str) -> None:
    """A domain is named by one record (product, not products): the plural derived
    from a plural would name the table `productss`."""
    *_, last = name.split("_")
    engine = _engine()
    singular = engine.singular_noun(last)
    derived = engine.plural_noun(last)
    plural_given = (last.endswith("s") and derived == f"{last}s") or (
        not last.endswith("s")
        and singular
        and singular != last
        and engine.plural_noun(singular) == last
    )
    if plural_given:
        one = name.removesuffix(last) + str(singular or last[:-1])
        raise InvalidInput(
            f"domain name {name!r} reads as a plural: name a domain by one record "
            f"({one}), or give --plural to keep {name!r}"
        )


def domain_names(name: str, plural: str | None = None) -> DomainNames:
    allowed = (
        "lower case words of letters and digits joined by '_', starting with a letter, "
        f"at most {MAX_LENGTH} characters"
    )
    for what, value in (("domain name", name), ("--plural", plural)):
        if value is not None and (not _NAME.match(value) or len(value) > MAX_LENGTH):
            raise InvalidInput(f"{what} {value!r} is not allowed: use {allowed}")
    if keyword.iskeyword(name) or name in SHADOWING:
        raise InvalidInput(
            f"domain name {name!r} is a Python keyword or shadows a module the project "
            "imports: choose another name"
        )
    if plural is None:
        _refuse_a_plural(name)
    names = DomainNames(name, plural or plural_of(name))
    if keyword.iskeyword(names.cls):
        raise InvalidInput(f"domain name {name!r} gives the class {names.cls}, a Python keyword")
    if names.cls in IMPORTED or names.cls.lower() in {n.lower() for n in IMPORTED}:
        raise InvalidInput(
            f"domain name {name!r} gives the class {names.cls}, a name its modules import "
            "(pagination, SQLAlchemy, Pydantic...): choose another name"
        )
    if names.plural in SHADOWING or keyword.iskeyword(names.plural):
        raise InvalidInput(f"the plural {names.plural!r} shadows a module: give --plural")
    return names
