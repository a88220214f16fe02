"""The predictor the API calls, and how the running app gets one.

Inference is blocking CPU (or GPU) work: it runs in a thread pool of its own, never
on the event loop, so /health and every other request stay fast while models
compute. The model loads in the background after start-up: until it has, readiness
answers 503 and so do the prediction routes.
"""

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.errors import AppError
from app.ml.batching import MicroBatcher
from app.ml.device import select_device
from app.ml.model import ServedModel
from app.ml.runtime import IrisClassifier, gpu_present
from app.ml.schemas import Features, ModelInfo, Prediction

logger = logging.getLogger(__name__)
# The models this process has loaded, by folder and device: an app created again in
# the same process (each test creates its own) starts with its model at once.
_loaded: dict[tuple[str, str], ServedModel] = {}


class ModelNotReady(AppError):
    status_code = 503
    code = "service_unavailable"

    def __init__(self) -> None:
        super().__init__("The model is not loaded yet: try again shortly")


class Predictor:
    def __init__(self, model: ServedModel, device: str, settings: Settings) -> None:
        self.model = model
        self.device = device
        self._threads = ThreadPoolExecutor(
            settings.inference_threads, thread_name_prefix="inference"
        )
        self.batcher = (
            MicroBatcher(
                self._run, settings.batch_max_rows, settings.batch_wait_ms / 1000
            )
            if settings.batching
            else None
        )

    async def _run(self, rows: list[Features]) -> list[Prediction]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self.model.predict, rows)

    async def predict(self, rows: list[Features]) -> list[Prediction]:
        if self.batcher is not None:
            return await self.batcher.predict(rows)
        return await self._run(rows)

    def info(self) -> ModelInfo:
        return ModelInfo(
            name=self.model.name,
            version=self.model.version,
            runtime=self.model.runtime,
            device=self.device,
            batching=self.batcher is not None,
            input_schema=Features.model_json_schema(),
        )

    async def close(self) -> None:
        if self.batcher is not None:
            await self.batcher.close()
        self._threads.shutdown(wait=False, cancel_futures=True)


def load_model(model_dir: Path, device: str) -> ServedModel:
    """Blocking: train the example when its files are missing, then load it."""
    model = IrisClassifier()
    if not model.is_trained(model_dir):
        logger.info("no model in %s: training %s", model_dir, model.name)
        model.train(model_dir)
    model.load(model_dir, device)
    return model


@dataclass
class ModelSlot:
    """Where the running app keeps its predictor: empty until the model has loaded."""

    settings: Settings
    device: str
    predictor: Predictor | None = None
    loading: "asyncio.Task[None] | None" = field(default=None, repr=False)

    async def load(self) -> None:
        try:
            model = await asyncio.to_thread(
                load_model, Path(self.settings.model_dir), self.device
            )
        except Exception:
            logger.exception("the model could not be loaded: readiness stays 503")
            return
        _loaded[self.settings.model_dir, self.device] = model
        self.predictor = Predictor(model, self.device, self.settings)
        logger.info("model %s loaded on %s", model.name, self.device)

    async def close(self) -> None:
        if self.loading is not None and not self.loading.done():
            self.loading.cancel()
        if self.predictor is not None:
            await self.predictor.close()


def start_loading(settings: Settings) -> ModelSlot:
    """Pick the device now (a wrong DEVICE stops the start), load in the background."""
    slot = ModelSlot(settings, select_device(settings.device, gpu_present))
    loaded = _loaded.get((settings.model_dir, slot.device))
    if loaded is not None:
        slot.predictor = Predictor(loaded, slot.device, settings)
    else:
        slot.loading = asyncio.create_task(slot.load())
    return slot


async def get_predictor(request: Request) -> Predictor:
    slot: ModelSlot = request.app.state.models
    if slot.predictor is None:
        raise ModelNotReady()
    return slot.predictor


PredictorDep = Annotated[Predictor, Depends(get_predictor)]
