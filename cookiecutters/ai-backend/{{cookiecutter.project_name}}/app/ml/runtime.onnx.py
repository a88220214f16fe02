"""The example model on ONNX Runtime: the scikit-learn pipeline exported to ONNX once
(skl2onnx, at training), then served without scikit-learn in the loop."""

from pathlib import Path

import numpy as np
import onnxruntime
from skl2onnx import to_onnx

from app.core.config import Settings
from app.ml.device import select_device
from app.ml.iris import as_prediction
from app.ml.model_io import Features, Prediction
from app.ml.pipeline import fit_classifier
from app.ml.trained import TrainedModel

CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"


def gpu_present() -> bool:
    """Whether this ONNX Runtime build can use a CUDA GPU (onnxruntime-gpu can)."""
    return CUDA in onnxruntime.get_available_providers()


class IrisClassifier(TrainedModel):
    name = "iris-classifier"
    version = "1"
    runtime = "onnxruntime"
    file_name = "iris-classifier.onnx"

    def __init__(self, model_dir: Path, device: str) -> None:
        super().__init__(model_dir, device)
        self._session: onnxruntime.InferenceSession | None = None

    def train(self) -> None:
        sample = np.zeros((1, 4), dtype=np.float32)
        # Probabilities as one tensor (no ZipMap): what predict() reads.
        exported = to_onnx(fit_classifier(), sample, options={"zipmap": False})
        self.save(exported.SerializeToString())

    def read(self) -> None:
        providers = [CUDA, CPU] if self.device == "cuda" else [CPU]
        self._session = onnxruntime.InferenceSession(
            str(self.path), providers=providers
        )

    def predict(self, rows: list[Features]) -> list[Prediction]:
        assert self._session is not None, "load() comes first"
        matrix = np.array([row.as_row() for row in rows], dtype=np.float32)
        name = self._session.get_inputs()[0].name
        _labels, probabilities = self._session.run(None, {name: matrix})
        return [as_prediction(p) for p in probabilities]


def create_model(settings: Settings) -> IrisClassifier:
    """The served model, on the device DEVICE picks (a missing GPU stops the start)."""
    return IrisClassifier(
        Path(settings.model_dir), select_device(settings.device, gpu_present)
    )
