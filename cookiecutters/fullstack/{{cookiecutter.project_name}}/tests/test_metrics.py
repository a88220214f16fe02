{#- Generated from cookiecutters/_shared/project/tests/test_metrics.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""GET /metrics: Prometheus's text format, requests labelled by route template.
Counters only grow, for the life of the app: the tests compare two scrapes."""

import sys

import pytest
from httpx import AsyncClient
from prometheus_client.parser import text_string_to_metric_families

ITEMS = "/api/v1/items"
# A scrape: each sample's value by its name and labels.
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(client: AsyncClient) -> Samples:
    """Each sample of GET /metrics, by name and labels."""
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def labels(**values: str) -> frozenset[tuple[str, str]]:
    return frozenset(values.items())


def grown(
    before: Samples, after: Samples, key: tuple[str, frozenset[tuple[str, str]]]
) -> float:
    """How much a sample grew between two scrapes."""
    return after.get(key, 0) - before.get(key, 0)


async def test_requests_are_counted_and_timed_by_route_template(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    created = await client.post(ITEMS, json={"name": "counted"}, headers=auth_headers)
    assert created.status_code == 201, created.text
    before = await scrape(client)
    for _ in range(2):
        await client.get(f"{ITEMS}/{created.json()['id']}")

    after = await scrape(client)

    route = labels(method="GET", route=ITEMS + "/{item_id}", status="200")
    assert grown(before, after, ("http_requests_total", route)) == 2
    assert grown(before, after, ("http_request_duration_seconds_count", route)) == 2
    assert grown(before, after, ("http_request_duration_seconds_sum", route)) > 0
    # The scrape itself is the request in progress.
    assert after[("http_requests_in_progress", labels(method="GET"))] == 1


async def test_paths_no_route_matches_share_one_label(client: AsyncClient) -> None:
    before = await scrape(client)
    for path in ("/wp-login.php", "/admin/.env", "/api/v1/nothing-here"):
        assert (await client.get(path)).status_code == 404

    after = await scrape(client)

    unmatched = labels(method="GET", route="<unmatched>", status="404")
    assert grown(before, after, ("http_requests_total", unmatched)) == 3
    assert not any("wp-login" in str(key) for key in after)


@pytest.mark.skipif(sys.platform != "linux", reason="process metrics read /proc")
async def test_process_metrics_are_included(client: AsyncClient) -> None:
    samples = await scrape(client)

    assert samples[("process_resident_memory_bytes", frozenset())] > 0
    assert ("process_cpu_seconds_total", frozenset()) in samples


async def test_metrics_are_not_part_of_the_api_document(client: AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()

    assert "/metrics" not in document["paths"]
