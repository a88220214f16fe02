"""The example model on scikit-learn: the fitted pipeline, saved with joblib.

joblib files are pickles, which run code when loaded: load only files this app
wrote (MODEL_DIR is yours alone).
"""

import io
from pathlib import Path

import joblib
import numpy as np
from sklearn.pipeline import Pipeline

from app.core.config import Settings
from app.ml.device import select_device
from app.ml.iris import as_prediction
from app.ml.model_io import Features, Prediction
from app.ml.pipeline import fit_classifier
from app.ml.trained import TrainedModel


def gpu_present() -> bool:
    """scikit-learn computes on the CPU only."""
    return False


class IrisClassifier(TrainedModel):
    name = "iris-classifier"
    version = "1"
    runtime = "scikit-learn"
    file_name = "iris-classifier.joblib"

    def __init__(self, model_dir: Path, device: str) -> None:
        super().__init__(model_dir, device)
        self._pipeline: Pipeline | None = None

    def train(self) -> None:
        buffer = io.BytesIO()
        joblib.dump(fit_classifier(), buffer)
        self.save(buffer.getvalue())

    def read(self) -> None:
        self._pipeline = joblib.load(self.path)

    def predict(self, rows: list[Features]) -> list[Prediction]:
        assert self._pipeline is not None, "load() comes first"
        matrix = np.array([row.as_row() for row in rows])
        return [as_prediction(p) for p in self._pipeline.predict_proba(matrix)]


def create_model(settings: Settings) -> IrisClassifier:
    """The served model, on the device DEVICE picks (a missing GPU stops the start)."""
    return IrisClassifier(
        Path(settings.model_dir), select_device(settings.device, gpu_present)
    )
