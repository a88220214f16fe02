"""POST /api/v1/predict and GET /api/v1/models: known flowers get their species, bad
input is a 422 in the common error shape, and readiness waits for the model."""

import threading
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from app.ml.iris import CLASS_NAMES
from app.ml.runtime import IrisClassifier
from tests.conftest import ClientFactory
from tests.examples import SETOSA, VERSICOLOR, VIRGINICA
from tests.model_loading import wait_for_model

PREDICT = "/api/v1/predict"
KNOWN = [(SETOSA, "setosa"), (VERSICOLOR, "versicolor"), (VIRGINICA, "virginica")]


async def test_known_flowers_get_their_species(client: AsyncClient) -> None:
    response = await client.post(PREDICT, json={"inputs": [row for row, _ in KNOWN]})

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["model"], body["version"]) == ("iris-classifier", "1")
    assert [p["label"] for p in body["predictions"]] == [label for _, label in KNOWN]
    for prediction in body["predictions"]:
        assert set(prediction["probabilities"]) == set(CLASS_NAMES)
        assert sum(prediction["probabilities"].values()) == pytest.approx(1, abs=1e-5)
        assert max(prediction["probabilities"].values()) > 0.5


@pytest.mark.parametrize(
    "body",
    [
        {"inputs": []},
        {"inputs": [SETOSA] * 257},
        {"inputs": [{**SETOSA, "petal_width": -1}]},
        {"inputs": [{**SETOSA, "petal_width": 1e6}]},
        {"inputs": [{**SETOSA, "petal_width": "wide"}]},
        {"inputs": [{**SETOSA, "petal_width": "1.5"}]},
        {"inputs": [{**SETOSA, "petal_width": True}]},
        {"inputs": [{k: v for k, v in SETOSA.items() if k != "sepal_width"}]},
        {"inputs": [{**SETOSA, "colour": "blue"}]},
        {"rows": [SETOSA]},
    ],
    ids=[
        "empty",
        "over-256",
        "negative",
        "huge",
        "text",
        "numeric text",
        "true",
        "missing",
        "unknown",
        "no key",
    ],
)
async def test_bad_input_is_a_422_in_the_common_shape(
    client: AsyncClient, body: dict[str, Any]
) -> None:
    response = await client.post(PREDICT, json=body)

    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "validation_error"


async def test_nan_is_refused(client: AsyncClient) -> None:
    text = '{"inputs": [{"sepal_length": NaN, "sepal_width": 1, "petal_length": 1, "petal_width": 1}]}'
    response = await client.post(
        PREDICT, content=text, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 422


async def test_models_describe_what_is_served(
    client: AsyncClient, settings: Settings
) -> None:
    response = await client.get("/api/v1/models")

    assert response.status_code == 200
    [model] = response.json()
    assert model["name"] == "iris-classifier"
    assert model["device"] == "cpu"  # no GPU where these tests run
    assert model["batching"] is settings.batching
    assert set(model["input_schema"]["properties"]) == set(SETOSA)


async def test_readiness_and_predictions_wait_for_the_model(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder with no model: the app trains one, and answers 503 until it is loaded."""
    gate = threading.Event()
    load = IrisClassifier.load

    def held_load(self: IrisClassifier) -> None:
        assert gate.wait(timeout=30), "the test never let the model load"
        load(self)

    monkeypatch.setattr(IrisClassifier, "load", held_load)
    fresh = settings.model_copy(update={"model_dir": str(tmp_path / "models")})
    async with make_client(fresh) as client:
        ready = await client.get("/health/ready")
        predicted = await client.post(
            PREDICT, json={"inputs": [SETOSA]}, headers=auth_headers
        )
        alive = await client.get("/health")
        gate.set()
        await wait_for_model(client)
        later = await client.post(
            PREDICT, json={"inputs": [SETOSA]}, headers=auth_headers
        )

    assert ready.status_code == 503
    assert ready.json()["checks"]["model"] == "unavailable"
    assert predicted.status_code == 503
    assert predicted.json()["error"]["code"] == "service_unavailable"
    assert alive.status_code == 200
    assert later.status_code == 200
    assert list((tmp_path / "models").iterdir())  # trained there at first start
