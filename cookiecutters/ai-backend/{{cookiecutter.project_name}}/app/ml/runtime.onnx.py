"""The example model on ONNX Runtime: the scikit-learn pipeline exported to ONNX once
(skl2onnx, at training), then served without scikit-learn in the loop."""

from pathlib import Path

import numpy as np
import onnxruntime
from skl2onnx import to_onnx

from app.ml.iris import as_prediction
from app.ml.model import ServedModel, write_file_atomically
from app.ml.pipeline import fit_classifier
from app.ml.schemas import Features, Prediction

FILE_NAME = "iris-classifier.onnx"
CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"


def gpu_present() -> bool:
    """Whether this ONNX Runtime build can use a CUDA GPU (onnxruntime-gpu can)."""
    return CUDA in onnxruntime.get_available_providers()


class IrisClassifier(ServedModel):
    name = "iris-classifier"
    version = "1"
    runtime = "onnxruntime"

    def __init__(self) -> None:
        self._session: onnxruntime.InferenceSession | None = None

    def train(self, model_dir: Path) -> None:
        sample = np.zeros((1, 4), dtype=np.float32)
        # Probabilities as one tensor (no ZipMap): what predict() reads.
        exported = to_onnx(fit_classifier(), sample, options={"zipmap": False})
        write_file_atomically(model_dir / FILE_NAME, exported.SerializeToString())

    def is_trained(self, model_dir: Path) -> bool:
        return (model_dir / FILE_NAME).is_file()

    def load(self, model_dir: Path, device: str) -> None:
        providers = [CUDA, CPU] if device == "cuda" else [CPU]
        self._session = onnxruntime.InferenceSession(
            str(model_dir / FILE_NAME), providers=providers
        )

    def predict(self, rows: list[Features]) -> list[Prediction]:
        assert self._session is not None, "load() comes first"
        matrix = np.array([row.as_row() for row in rows], dtype=np.float32)
        name = self._session.get_inputs()[0].name
        _labels, probabilities = self._session.run(None, {name: matrix})
        return [as_prediction(p) for p in probabilities]
