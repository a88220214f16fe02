"""The interface every served model meets: get ready once, then predict batches.

To serve a model of your own, write one class like runtime.py's (its input and
output go in model_io.py) and return it from runtime.create_model; the predictor,
the batching, the jobs and the API stay as they are.
"""

from abc import ABC, abstractmethod
from collections.abc import Hashable

from app.ml.model_io import ModelInput, ModelOutput


class ServedModel(ABC):
    name: str
    version: str
    runtime: str
    # Where it computes: "cpu" or "cuda", or "remote" for a model behind an API.
    device: str

    @property
    @abstractmethod
    def identity(self) -> Hashable:
        """Equal for two models that would load the same (the app reuses a loaded one)."""

    @abstractmethod
    def load(self) -> None:
        """Get ready to predict (read files, open connections): once, off the event loop."""

    @abstractmethod
    def predict(self, rows: list[ModelInput]) -> list[ModelOutput]:
        """One output per input, in order. Blocking: callers run it in a thread."""
