"""The example model on scikit-learn: the fitted pipeline, saved with joblib.

joblib files are pickles, which run code when loaded: load only files this app
wrote (MODEL_DIR is yours alone).
"""

import io
from pathlib import Path

import joblib
import numpy as np
from sklearn.pipeline import Pipeline

from app.ml.iris import as_prediction
from app.ml.model import ServedModel, write_file_atomically
from app.ml.pipeline import fit_classifier
from app.ml.schemas import Features, Prediction

FILE_NAME = "iris-classifier.joblib"


def gpu_present() -> bool:
    """scikit-learn computes on the CPU only."""
    return False


class IrisClassifier(ServedModel):
    name = "iris-classifier"
    version = "1"
    runtime = "scikit-learn"

    def __init__(self) -> None:
        self._pipeline: Pipeline | None = None

    def train(self, model_dir: Path) -> None:
        buffer = io.BytesIO()
        joblib.dump(fit_classifier(), buffer)
        write_file_atomically(model_dir / FILE_NAME, buffer.getvalue())

    def is_trained(self, model_dir: Path) -> bool:
        return (model_dir / FILE_NAME).is_file()

    def load(self, model_dir: Path, device: str) -> None:
        del device  # always the CPU
        self._pipeline = joblib.load(model_dir / FILE_NAME)

    def predict(self, rows: list[Features]) -> list[Prediction]:
        assert self._pipeline is not None, "load() comes first"
        matrix = np.array([row.as_row() for row in rows])
        return [as_prediction(p) for p in self._pipeline.predict_proba(matrix)]
