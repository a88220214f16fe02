{#- Generated from cookiecutters/_shared/project/tests/domains/items/test_items_api.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The items API, as a client uses it."""
{% if c.__sql %}
import pytest
{%- endif %}
from httpx import AsyncClient
{%- if c.__auth %}

from tests.conftest import SignIn
{%- endif %}

ITEMS = "/api/v1/items"


async def create(
    client: AsyncClient, headers: dict[str, str], name: str
) -> dict[str, str]:
    response = await client.post(ITEMS, json={"name": name}, headers=headers)
    assert response.status_code == 201, response.text
    item: dict[str, str] = response.json()
    return item


async def test_create_then_read(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, "first")

    response = await client.get(f"{ITEMS}/{created['id']}")

    assert response.status_code == 200
    assert response.json() == {
        "id": created["id"],
        "name": "first",
        "description": None,
    }


async def test_list_is_paginated(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    for name in ("a", "b", "c"):
        await create(client, auth_headers, name)

    page = (await client.get(ITEMS, params={"limit": 2, "offset": 1})).json()

    assert [item["name"] for item in page["items"]] == ["b", "c"]
    assert (page["total"], page["limit"], page["offset"]) == (3, 2, 1)


async def test_update_changes_only_given_fields(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, "old")

    response = await client.patch(
        f"{ITEMS}/{created['id']}", json={"description": "new"}, headers=auth_headers
    )

    assert response.status_code == 200
    assert response.json()["name"] == "old"
    assert response.json()["description"] == "new"


async def test_delete_then_not_found(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, "doomed")

    deleted = await client.delete(f"{ITEMS}/{created['id']}", headers=auth_headers)
    response = await client.get(f"{ITEMS}/{created['id']}")

    assert deleted.status_code == 204
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_missing_item_is_not_found(client: AsyncClient) -> None:
{%- if c.__mongo %}
    response = await client.get(f"{ITEMS}/65f000000000000000000000")
{%- else %}
    response = await client.get(f"{ITEMS}/999999")
{%- endif %}

    assert response.status_code == 404
    assert response.json()["error"]["message"].startswith("Item")


async def test_invalid_item_is_refused(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    response = await client.post(ITEMS, json={"name": ""}, headers=auth_headers)

    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["location"] == ["body", "name"]


async def test_an_offset_past_the_databases_range_is_refused(
    client: AsyncClient,
) -> None:
    response = await client.get(ITEMS, params={"offset": 2**63})

    assert response.status_code == 422


async def test_a_null_name_and_nul_characters_are_refused(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, "named")

    nulled = await client.patch(
        f"{ITEMS}/{created['id']}", json={"name": None}, headers=auth_headers
    )
    nul = await client.post(ITEMS, json={"name": "a\x00b"}, headers=auth_headers)

    assert (nulled.status_code, nul.status_code) == (422, 422)
    assert (await client.get(f"{ITEMS}/{created['id']}")).json()["name"] == "named"
{%- if c.__sql %}


@pytest.mark.parametrize("item_id", ["0", "-1", "2147483648", "9" * 30])
async def test_ids_outside_the_columns_range_are_refused(
    client: AsyncClient, auth_headers: dict[str, str], item_id: str
) -> None:
    url = f"{ITEMS}/{item_id}"

    for response in (
        await client.get(url),
        await client.patch(url, json={"name": "x"}, headers=auth_headers),
        await client.delete(url, headers=auth_headers),
    ):
        assert response.status_code == 422, response.text
{%- endif %}
{%- if c.__auth %}


async def test_changing_items_needs_a_signed_in_user(client: AsyncClient) -> None:
    response = await client.post(ITEMS, json={"name": "anonymous"})

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_only_the_owner_changes_or_deletes_an_item(
    client: AsyncClient, auth_headers: dict[str, str], sign_in_as: SignIn
) -> None:
    mine = await create(client, auth_headers, "alice's")
    url = f"{ITEMS}/{mine['id']}"
    bob = await sign_in_as("bob@example.com")

    changed = await client.patch(url, json={"name": "bob's now"}, headers=bob)
    deleted = await client.delete(url, headers=bob)

    assert (changed.status_code, deleted.status_code) == (403, 403)
    assert changed.json()["error"]["code"] == "forbidden"
    assert (await client.get(url)).json()["name"] == "alice's"
    bobs = await create(client, bob, "bob's")
    own = await client.delete(f"{ITEMS}/{bobs['id']}", headers=bob)
    assert own.status_code == 204
{%- endif %}
