"""`fastkit create-domain`: names, fields, refusals, and all-or-nothing writing.

That the domains it writes pass each project's ruff, mypy, pytest and migrations is
tested on real projects in tests/generated (DOMAIN_COMMANDS).
"""

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.domains import writing
from fastkit.domains.fields import parse_field
from fastkit.domains.names import domain_names
from fastkit.generators.project_generator import generate_project
from fastkit.shared.interrupts import Interrupted
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import read_answers
from support import options, tree


def create_domain(project: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["create-domain", *args, "--project", str(project)])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_project(
        options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path_factory.mktemp("p")
    )


@pytest.mark.parametrize(
    ("name", "cls", "plural", "url"),
    [
        ("product", "Product", "products", "products"),
        ("category", "Category", "categories", "categories"),
        ("person", "Person", "people", "people"),
        ("order_item", "OrderItem", "order_items", "order-items"),
        ("payment_processing", "PaymentProcessing", "payment_processing", "payment-processing"),
    ],
)
def test_names_in_every_place(name: str, cls: str, plural: str, url: str) -> None:
    names = domain_names(name)

    assert (names.cls, names.plural, names.url) == (cls, plural, url)


@pytest.mark.parametrize(
    "name", ["Product", "2fast", "class", "order-item", "app", "auth", "a__b", "page", "base"]
)
def test_a_name_that_cannot_be_a_module_is_refused(name: str) -> None:
    with pytest.raises(InvalidInput):
        domain_names(name)


def test_a_field_spec_carries_type_and_modifiers() -> None:
    field = parse_field("sku:str(40)?:unique:indexed")
    status = parse_field("status:enum(draft|published)=published")

    assert (field.type, field.length, field.optional, field.unique) == ("str", 40, True, True)
    assert (status.choices, status.default) == (("draft", "published"), "published")
    assert parse_field("price:decimal=9.5").default == "9.50"


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("price:money", "unknown type 'money'"),
        ("id:int", "'id' is reserved"),
        ("copy:int", "shadow a method"),
        ("self:int", "shadow a method"),
        ("customer:ref()", "ref needs the domain"),
        ("customer:ref(customer)=1", "takes no default"),
        ("price", "is not NAME:TYPE"),
        ("Name:str", "is not a field name"),
        ("s:str(0)", "length from 1"),
        ("e:enum(a)", "two or more values that differ"),
        ("flag:bool=perhaps", "true or false"),
        ("n:int:sorted", "unknown modifier 'sorted'"),
        ("j:json:unique", "cannot be unique"),
    ],
)
def test_a_bad_field_is_refused_with_what_is_allowed(spec: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says.replace("(", r"\(")):
        parse_field(spec)


def test_a_reference_is_an_indexed_id_field() -> None:
    field = parse_field("customer:ref(customer)?")

    assert (field.name, field.ref, field.optional, field.indexed) == (
        "customer_id",
        "customer",
        True,
        True,
    )


def test_dry_run_lists_the_files_and_writes_nothing(project: Path) -> None:
    before = tree(project)

    result = create_domain(project, "order_item", "--dry-run")

    assert result.exit_code == 0, result.output
    assert "would write app/domains/order_item/router.py" in result.output
    assert "would write migrations/versions/0002_order_items.py" in result.output
    assert "would edit app/api/registry.py" in result.output
    assert tree(project) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["item", "--field", "price:money"], "unknown type 'money'"),
        (["items_x", "--field", "a:int", "--field", "a:str"], "given twice"),
        (["import"], "Python keyword"),
        (["auth"], "shadows a module"),
        (["order", "--field", "customer:ref(customer)"], "has no domain 'customer'"),
        (["order", "--field", "user:ref(auth)"], "only domains made by create-domain"),
        (["orders"], "reads as a plural"),
        (["node", "--field", "parent:ref(node)"], "cannot refer to itself"),
        ([], "give the domain's NAME"),
        (["member", "--plural", "users"], "has a table 'users' already"),
        (
            [
                "warehouse_storage_location",
                "--field",
                "secondary_contact_email_address_line:str:indexed",
            ],
            "over the 63",
        ),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(project: Path, args: list[str], says: str) -> None:
    before = tree(project)

    result = create_domain(project, *args)

    assert result.exit_code == 2
    assert says in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert tree(project) == before


def test_an_existing_domain_is_refused(project: Path) -> None:
    result = create_domain(project, "item", "--plural", "items")
    taken = create_domain(project, "items")

    assert (result.exit_code, taken.exit_code) == (2, 2)
    assert "exists" in result.output + taken.output


def test_outside_a_project_nothing_is_written(tmp_path: Path) -> None:
    result = create_domain(tmp_path, "product")

    assert result.exit_code == 2
    assert "not inside a fastkit project" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("project_type", "databases"),
    [("rest-api", "sqlite, postgres, mysql, mongodb"), ("ai-backend", "sqlite, postgres")],
)
def test_a_project_without_a_database_is_refused(
    tmp_path: Path, project_type: str, databases: str
) -> None:
    """The message names the databases this project's type offers."""
    project = generate_project(options(project_type, "nodb", auth="none", db="none"), tmp_path)
    before = tree(project)

    result = create_domain(project, "product")

    assert result.exit_code == 2
    assert f"has no database (db: none): a domain needs one of {databases}" in result.output
    assert tree(project) == before


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), Interrupted(15)])
def test_a_failure_at_any_write_leaves_the_project_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="postgres"), tmp_path)
    before = tree(project)
    real_write = writing._write
    writes = len(create_domain(project, "product", "--dry-run").output.splitlines())

    for failing_write in range(writes):
        calls = iter(range(writes))

        def write(
            path: Path, text: str, fail_at: int = failing_write, calls: Iterator[int] = calls
        ) -> None:
            if next(calls) == fail_at:
                raise failure
            real_write(path, text)

        monkeypatch.setattr(writing, "_write", write)
        result = create_domain(project, "product")

        assert result.exit_code != 0
        assert tree(project) == before, f"write {failing_write} left changes"
        if isinstance(failure, OSError):
            assert "nothing was changed" in result.output
    monkeypatch.setattr(writing, "_write", real_write)
    assert create_domain(project, "product").exit_code == 0
    assert tree(project) != before


SPEC = """
domains:
  order_line:
    fields: ["order:ref(order)", "quantity:int"]
  customer:
    fields: ["email:email:unique"]
  order:
    fields: ["customer:ref(customer)", "placed_at:datetime"]
"""


def test_a_spec_adds_related_domains_in_the_order_their_references_need(
    project: Path, tmp_path: Path
) -> None:
    spec = tmp_path / "domains.yaml"
    spec.write_text(SPEC, encoding="utf-8")

    result = create_domain(project, "--spec", str(spec), "--dry-run")

    assert result.exit_code == 0, result.output
    migrations = [line.split()[-1] for line in result.output.splitlines() if "versions/" in line]
    assert migrations == [
        "migrations/versions/0002_customers.py",
        "migrations/versions/0003_orders.py",
        "migrations/versions/0004_order_lines.py",
    ]


def test_a_spec_whose_references_form_a_cycle_is_refused(project: Path, tmp_path: Path) -> None:
    spec = tmp_path / "domains.yaml"
    spec.write_text(SPEC.replace('["email:email:unique"]', '["last:ref(order_line)"]'))
    before = tree(project)

    result = create_domain(project, "--spec", str(spec))

    assert result.exit_code == 2
    assert "cycle" in result.output
    assert tree(project) == before


def test_two_domains_of_a_spec_cannot_share_a_table(project: Path, tmp_path: Path) -> None:
    spec = tmp_path / "domains.yaml"
    spec.write_text("domains:\n  buyer: {plural: people}\n  person: {}\n")

    result = create_domain(project, "--spec", str(spec), "--dry-run")

    assert result.exit_code == 2
    assert "has a table 'people' already" in result.output


def test_a_spec_that_is_not_one_is_refused(project: Path, tmp_path: Path) -> None:
    spec = tmp_path / "domains.yaml"
    spec.write_text("customer: [email:email]\n")

    result = create_domain(project, "--spec", str(spec))

    assert result.exit_code == 2
    assert "expected one key, `domains`" in result.output


def test_list_domains_shows_routes_and_fields_of_a_new_domain(tmp_path: Path) -> None:
    project = generate_project(
        options("rest-api", "shop", auth="none", db="sqlite", architecture="layered"), tmp_path
    )
    added = create_domain(project, "order_item", "--field", "quantity:int", "--no-input")

    listed = CliRunner().invoke(cli, ["list-domains", "--project", str(project)])

    assert added.exit_code == 0, added.output
    assert "order_item  /api/v1/order-items" in listed.output
    assert "  PATCH /api/v1/order-items/{order_item_id}" in listed.output
    assert "  fields: quantity: int" in listed.output
    assert "item  /api/v1/items" in listed.output


def test_a_field_that_would_shadow_a_document_method_is_refused_for_mongodb(
    tmp_path: Path, project: Path
) -> None:
    mongo = generate_project(options("rest-api", "docs", auth="none", db="mongodb"), tmp_path)

    refused = create_domain(mongo, "product", "--field", "count:int", "--dry-run")
    sql = create_domain(project, "product", "--field", "count:int", "--dry-run")

    assert refused.exit_code == 2
    assert "shadow a method of Beanie's Document" in refused.output
    assert sql.exit_code == 0, sql.output


def test_a_registry_fastkit_cannot_edit_is_refused(tmp_path: Path) -> None:
    project = generate_project(options("rest-api", "shop", auth="none", db="sqlite"), tmp_path)
    registry = project / "app/api/registry.py"
    registry.write_text(
        registry.read_text().replace(
            "api_router.include_router(item_router)",
            "api_router.include_router(\n    item_router\n)",
        )
    )
    before = tree(project)

    result = create_domain(project, "product")

    assert result.exit_code == 2
    assert "app/api/registry.py does not look as fastkit wrote it" in result.output
    assert tree(project) == before


# --force: render an existing domain again, keeping what the user edited.
FIRST = ["--field", "name:str", "--field", "sku:str(40):unique"]
AGAIN = ["--field", "name:str", "--field", "in_stock:bool=true", "--field", "tag:str(20)?:indexed"]


@pytest.fixture
def with_product(tmp_path: Path) -> Path:
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    assert create_domain(project, "product", *FIRST).exit_code == 0
    return project


def test_force_replaces_untouched_files_keeps_edited_ones_and_migrates_the_fields(
    with_product: Path,
) -> None:
    domain = with_product / "app/domains/product"
    # A module the new fields do not change: keeping it leaves the domain whole.
    service = domain / "dependencies.py"
    service.write_text(service.read_text() + "# my business rule\n")
    edited = service.read_bytes()
    registry = (with_product / "app/api/registry.py").read_bytes()

    result = create_domain(with_product, "product", "--force", *AGAIN)

    assert result.exit_code == 0, result.output
    assert "Kept app/domains/product/dependencies.py" in result.output
    assert service.read_bytes() == edited
    models = (domain / "models.py").read_text()
    assert "in_stock" in models and "sku" not in models
    assert (with_product / "app/api/registry.py").read_bytes() == registry  # wired once
    migration = (with_product / "migrations/versions/0003_products_fields.py").read_text()
    assert 'down_revision: str | None = "0002"' in migration
    upgrade, downgrade = migration.split("def downgrade")
    assert 'batch.drop_column("sku")' in upgrade and '"in_stock"' in upgrade
    assert "server_default=sa.true()" in upgrade  # for the rows the table holds
    assert 'batch.drop_column("in_stock")' in downgrade and '"sku"' in downgrade
    record = read_answers(with_product / ".fastkit.yaml")["domains"]["product"]
    assert record["fields"] == ["name:str", "in_stock:bool=true", "tag:str(20)?:indexed"]

    # The edited file is still told apart the next time.
    again = create_domain(with_product, "product", "--force", *AGAIN)
    assert "Kept app/domains/product/dependencies.py" in again.output
    assert service.read_bytes() == edited


def test_force_refuses_to_change_fields_under_an_edited_module(with_product: Path) -> None:
    """The regenerated tests would test fields the edited schemas do not have."""
    schemas = with_product / "app/domains/product/schemas.py"
    schemas.write_text(schemas.read_text() + "# my validation\n")
    before = tree(with_product)

    result = create_domain(with_product, "product", "--force", *AGAIN)

    assert result.exit_code == 2
    assert "would change app/domains/product/schemas.py" in result.output
    assert tree(with_product) == before


def test_force_with_the_same_fields_changes_nothing(with_product: Path) -> None:
    before = tree(with_product)

    result = create_domain(with_product, "product", "--force", *FIRST)

    assert result.exit_code == 0, result.output
    assert tree(with_product) == before
    assert "0 files written, 0 replaced; nothing edited" in result.output


def test_force_may_change_a_default_without_a_migration(with_product: Path) -> None:
    versions = sorted((with_product / "migrations/versions").iterdir())
    changed = ["--field", "name:str=unnamed", "--field", "sku:str(40):unique"]

    result = create_domain(with_product, "product", "--force", *changed)

    assert result.exit_code == 0, result.output
    assert sorted((with_product / "migrations/versions").iterdir()) == versions
    assert '"unnamed"' in (with_product / "app/domains/product/schemas.py").read_text()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["product", *AGAIN], "exists in this project already (--force"),
        (["product", "--force", "--plural", "wares", *FIRST], "give --plural products"),
        (["product", "--force", "--field", "name:str(50)"], "was 'name:str', now 'name:str(50)'"),
        (["product", "--force", *FIRST, "--field", "stock:int"], "required with no default"),
    ],
)
def test_force_refusals_write_nothing(with_product: Path, args: list[str], says: str) -> None:
    before = tree(with_product)

    result = create_domain(with_product, *args)

    assert result.exit_code == 2, result.output
    assert says in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert tree(with_product) == before


def test_force_refuses_a_domain_without_a_record(with_product: Path) -> None:
    """A domain from an earlier fastkit, or written by hand: edits cannot be told."""
    answers = with_product / ".fastkit.yaml"
    document = read_answers(answers)
    del document["domains"]["item"]
    answers.write_text(yaml.safe_dump(document), encoding="utf-8")
    before = tree(with_product)

    result = create_domain(with_product, "item", "--force")

    assert result.exit_code == 2
    assert "was not made by create-domain" in result.output
    assert tree(with_product) == before


def test_a_record_edited_out_of_shape_is_refused(with_product: Path) -> None:
    answers = with_product / ".fastkit.yaml"
    document = read_answers(answers)
    document["domains"]["product"]["fields"] = "name:str"  # text, not a list
    answers.write_text(yaml.safe_dump(document), encoding="utf-8")

    result = create_domain(with_product, "product", "--force", *FIRST)

    assert result.exit_code == 2
    assert "the record of 'product' is not what create-domain writes" in result.output


def test_a_failure_while_forcing_leaves_the_project_as_it_was(
    with_product: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(with_product)
    real_write = writing._write
    writes = create_domain(with_product, "product", "--force", *AGAIN, "--dry-run").output
    assert "would replace app/domains/product/models.py" in writes

    # Fail the 1st write, then the 2nd, ...: until a run gets through all of them.
    for failing_write in itertools.count():
        calls = itertools.count()

        def write(
            path: Path, text: str, fail_at: int = failing_write, calls: Iterator[int] = calls
        ) -> None:
            if next(calls) == fail_at:
                raise OSError(28, "No space left on device")
            real_write(path, text)

        monkeypatch.setattr(writing, "_write", write)
        result = create_domain(with_product, "product", "--force", *AGAIN)
        if result.exit_code == 0:
            break
        assert "nothing was changed" in result.output
        assert tree(with_product) == before, f"write {failing_write} left changes"
    assert failing_write >= 8  # the migration, 6 replaced files, the record


def test_a_project_with_domains_repeats_with_config(with_product: Path, tmp_path: Path) -> None:
    answers = str(with_product / ".fastkit.yaml")
    result = CliRunner().invoke(
        cli, ["create-project", "again", "--config", answers, "--output-dir", str(tmp_path)]
    )
    # The answers are repeated; the domains are code, added with create-domain.
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "again/app/domains/product").exists()


@pytest.mark.parametrize(
    ("project_type", "answers"),
    [
        ("rest-api", {"auth": "jwt", "db": "sqlite"}),
        ("rest-api", {"auth": "session", "db": "mysql", "architecture": "layered"}),
        ("rest-api", {"auth": "none", "db": "mongodb", "cache": "redis"}),
        ("microservice", {"auth": "jwt", "db": "postgres", "cache": "memory"}),
        ("ai-backend", {"auth": "oauth2", "db": "sqlite", "architecture": "layered"}),
        # The example items' pages are their own: --force writes no domain pages for them.
        ("fullstack", {"frontend": "vue", "auth": "jwt", "db": "sqlite"}),
    ],
)
def test_the_example_item_is_what_create_domain_renders(
    tmp_path: Path, project_type: str, answers: dict[str, str]
) -> None:
    """One source: rendering the example again with its own fields changes no byte."""
    project = generate_project(options(project_type, "shop", **answers), tmp_path)
    before = tree(project)

    result = create_domain(project, "item", "--force", "--no-input")

    assert result.exit_code == 0, result.output
    assert "0 files written, 0 replaced; nothing edited" in result.output
    assert tree(project) == before


@pytest.mark.parametrize("made_before_it", [False, True])
def test_a_new_domains_reads_are_reads_only_where_the_project_has_it(
    tmp_path: Path, made_before_it: bool
) -> None:
    """A new domain's list and read are @reads_only; a project made before
    app.db.session had it gets a router that does not import what it lacks."""
    project = generate_project(options("rest-api", "shop", auth="none", db="sqlite"), tmp_path)
    session = project / "app" / "db" / "session.py"
    if made_before_it:
        session.write_text(session.read_text().replace("def reads_only(", "def _marked("))

    assert create_domain(project, "product", "--field", "name:str").exit_code == 0

    router = (project / "app" / "domains" / "product" / "router.py").read_text()
    assert router.count("@reads_only\n") == (0 if made_before_it else 2)
    assert ("import reads_only" in router) != made_before_it


@pytest.mark.parametrize("recorded_older", [False, True])
def test_a_project_of_an_older_template_is_told_to_update_if_its_checks_fail(
    tmp_path: Path, recorded_older: bool
) -> None:
    """The domain is written for this fastkit's template: a project whose record names
    another version hears which, and that `fastkit update` brings it up to date."""
    project = generate_project(options("rest-api", "shop", auth="jwt", db="sqlite"), tmp_path)
    record = project / ".fastkit.yaml"
    made_with = read_answers(record)["template_version"]
    if recorded_older:
        record.write_text(record.read_text().replace(made_with, "0123456789abcdef"))

    result = create_domain(project, "product", "--field", "name:str")

    assert result.exit_code == 0, result.output
    told = "records template version 0123456789abcdef; this fastkit's rest-api is " + made_with
    assert (told in result.output) == recorded_older, result.output
    assert ("`fastkit update`" in result.output) == recorded_older
