"""A model kept as one file in MODEL_DIR, trained there when the file is missing:
what the examples are. A model of yours trained elsewhere copies its file in train()."""

import logging
from abc import abstractmethod
from collections.abc import Hashable
from pathlib import Path

from app.ml.model import ServedModel

logger = logging.getLogger(__name__)


class TrainedModel(ServedModel):
    file_name: str

    def __init__(self, model_dir: Path, device: str) -> None:
        self.model_dir = model_dir
        self.device = device

    @property
    def path(self) -> Path:
        return self.model_dir / self.file_name

    @property
    def identity(self) -> Hashable:
        return (type(self), self.path.resolve(), self.device)

    def is_trained(self) -> bool:
        return self.path.is_file()

    @abstractmethod
    def train(self) -> None:
        """Write the model's file (with save())."""

    @abstractmethod
    def read(self) -> None:
        """Read the model's file onto self.device."""

    def load(self) -> None:
        if not self.is_trained():
            logger.info("no model in %s: training %s", self.model_dir, self.name)
            self.train()
        self.read()

    def save(self, data: bytes) -> None:
        """Readers (another worker starting, say) see the old file or the whole new one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f".{self.path.name}.partial")
        partial.write_bytes(data)
        partial.replace(self.path)
