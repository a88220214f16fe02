"""The job a worker runs for POST /api/v1/jobs. The model loads once per worker
process, from the same settings as the API (environment and .env)."""

from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.config import get_settings
from app.ml.device import select_device
from app.ml.model import ServedModel
from app.ml.predictor import load_model
from app.ml.runtime import gpu_present
from app.ml.schemas import Features

PREDICT = "predict"


@lru_cache(maxsize=1)
def worker_model() -> ServedModel:
    settings = get_settings()
    return load_model(
        Path(settings.model_dir), select_device(settings.device, gpu_present)
    )


def predict(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = [Features.model_validate(row) for row in inputs]
    return [prediction.model_dump() for prediction in worker_model().predict(rows)]
