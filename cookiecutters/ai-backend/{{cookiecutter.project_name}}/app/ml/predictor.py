"""The predictor the API calls, and how the running app gets one.

Inference is blocking CPU (or GPU) work: it runs in a thread pool of its own, never
on the event loop, so /health and every other request stay fast while models
compute. The model loads in the background after start-up: until it has, readiness
answers 503 and so do the prediction routes.
"""

import asyncio
import contextvars
import logging
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.errors import AppError
from app.ml.batching import MicroBatcher
from app.ml.model import ServedModel
from app.ml.model_io import ModelInput, ModelOutput
from app.ml.runtime import create_model
from app.ml.schemas import ModelInfo

logger = logging.getLogger(__name__)
# The models this process has loaded, by identity: an app created again in the same
# process (each test creates its own) starts with its model at once.
_loaded: dict[Hashable, ServedModel] = {}


class ModelNotReady(AppError):
    status_code = 503
    code = "service_unavailable"

    def __init__(self) -> None:
        super().__init__("The model is not loaded yet: try again shortly")


class Predictor:
    def __init__(self, model: ServedModel, settings: Settings) -> None:
        self.model = model
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

    async def _run(self, rows: list[ModelInput]) -> list[ModelOutput]:
        loop = asyncio.get_running_loop()
        # In this request's context: the model's log lines carry its request id.
        context = contextvars.copy_context()
        return await loop.run_in_executor(
            self._threads, context.run, self.model.predict, rows
        )

    async def predict(self, rows: list[ModelInput]) -> list[ModelOutput]:
        if self.batcher is not None:
            return await self.batcher.predict(rows)
        return await self._run(rows)

    def info(self) -> ModelInfo:
        return ModelInfo(
            name=self.model.name,
            version=self.model.version,
            runtime=self.model.runtime,
            device=self.model.device,
            batching=self.batcher is not None,
            input_schema=ModelInput.model_json_schema(),
        )

    async def close(self) -> None:
        if self.batcher is not None:
            await self.batcher.close()
        self._threads.shutdown(wait=False, cancel_futures=True)


@dataclass
class ModelSlot:
    """Where the running app keeps its predictor: empty until the model has loaded."""

    settings: Settings
    model: ServedModel
    predictor: Predictor | None = None
    loading: "asyncio.Task[None] | None" = field(default=None, repr=False)

    async def load(self) -> None:
        try:
            await asyncio.to_thread(self.model.load)
        except Exception:
            logger.exception("the model could not be loaded: readiness stays 503")
            return
        _loaded[self.model.identity] = self.model
        self.predictor = Predictor(self.model, self.settings)
        logger.info("model %s loaded on %s", self.model.name, self.model.device)

    async def close(self) -> None:
        if self.loading is not None and not self.loading.done():
            self.loading.cancel()
        if self.predictor is not None:
            await self.predictor.close()


def start_loading(settings: Settings) -> ModelSlot:
    """Create the model now (a setting it cannot meet stops the start), load it in
    the background."""
    model = create_model(settings)
    slot = ModelSlot(settings, model)
    loaded = _loaded.get(model.identity)
    if loaded is not None:
        slot.predictor = Predictor(loaded, settings)
    else:
        slot.loading = asyncio.create_task(slot.load())
    return slot


async def get_predictor(request: Request) -> Predictor:
    slot: ModelSlot = request.app.state.models
    if slot.predictor is None:
        raise ModelNotReady()
    return slot.predictor


PredictorDep = Annotated[Predictor, Depends(get_predictor)]
