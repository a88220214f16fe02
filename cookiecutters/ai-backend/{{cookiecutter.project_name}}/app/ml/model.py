"""The interface every served model meets: load it once, predict a batch, describe it.

To serve a model of your own, write one class like runtime.py's (and its schemas in
schemas.py); the predictor, the batching, the jobs and the API stay as they are.
"""

from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from app.ml.schemas import Features, Prediction


class ServedModel(ABC):
    name: ClassVar[str]
    version: ClassVar[str]
    runtime: ClassVar[str]

    @abstractmethod
    def train(self, model_dir: Path) -> None:
        """Write the model's files into model_dir (the example trains; yours may copy)."""

    @abstractmethod
    def is_trained(self, model_dir: Path) -> bool:
        """Whether model_dir holds the files load() reads."""

    @abstractmethod
    def load(self, model_dir: Path, device: str) -> None:
        """Read the model from model_dir onto the device; called once, off the event loop."""

    @abstractmethod
    def predict(self, rows: list[Features]) -> list[Prediction]:
        """One prediction per row, in order. Blocking: callers run it in a thread."""


def write_file_atomically(path: Path, data: bytes) -> None:
    """Readers (another worker starting, say) see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    partial.replace(path)
