"""The job a worker runs for POST /api/v1/jobs. The model loads once per worker
process, from the same settings as the API (environment and .env)."""

from functools import lru_cache
from typing import Any

from app.core.config import get_settings
from app.ml.model import ServedModel
from app.ml.model_io import ModelInput
from app.ml.runtime import create_model

PREDICT = "predict"


@lru_cache(maxsize=1)
def worker_model() -> ServedModel:
    model = create_model(get_settings())
    model.load()
    return model


def predict(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = [ModelInput.model_validate(row) for row in inputs]
    return [output.model_dump() for output in worker_model().predict(rows)]
