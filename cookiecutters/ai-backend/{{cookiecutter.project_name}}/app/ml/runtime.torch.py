"""The example model on PyTorch: a small network trained on the iris data set.

The weights are saved as a state dict and loaded with weights_only=True: loading a
file runs no pickled code.
"""

import io
from pathlib import Path

import torch
from torch import nn

from app.core.config import Settings
from app.ml.device import select_device
from app.ml.iris import as_prediction, training_data
from app.ml.model_io import Features, Prediction
from app.ml.trained import TrainedModel

EPOCHS = 300


def gpu_present() -> bool:
    """Whether this PyTorch build sees a CUDA GPU."""
    return torch.cuda.is_available()


def build_network() -> nn.Sequential:
    return nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))


class IrisClassifier(TrainedModel):
    name = "iris-classifier"
    version = "1"
    runtime = "pytorch"
    file_name = "iris-classifier.pt"

    def __init__(self, model_dir: Path, device: str) -> None:
        super().__init__(model_dir, device)
        self._network: nn.Sequential | None = None
        self._device = torch.device(device)
        self._mean = self._std = torch.zeros(4)

    def train(self) -> None:
        torch.manual_seed(0)  # the same model on every run
        measurements, species = training_data()
        inputs = torch.tensor(measurements, dtype=torch.float32)
        labels = torch.tensor(species)
        mean, std = inputs.mean(dim=0), inputs.std(dim=0)
        network = build_network()
        optimizer = torch.optim.Adam(network.parameters(), lr=0.05)
        for _ in range(EPOCHS):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(network((inputs - mean) / std), labels)
            torch.autograd.backward(loss)
            optimizer.step()
        buffer = io.BytesIO()
        torch.save({"network": network.state_dict(), "mean": mean, "std": std}, buffer)
        self.save(buffer.getvalue())

    def read(self) -> None:
        saved = torch.load(self.path, map_location=self._device, weights_only=True)
        network = build_network()
        network.load_state_dict(saved["network"])
        self._network = network.to(self._device).eval()
        self._mean, self._std = saved["mean"], saved["std"]

    def predict(self, rows: list[Features]) -> list[Prediction]:
        assert self._network is not None, "load() comes first"
        inputs = torch.tensor(
            [row.as_row() for row in rows], dtype=torch.float32, device=self._device
        )
        with torch.inference_mode():
            logits = self._network((inputs - self._mean) / self._std)
            probabilities = torch.softmax(logits, dim=1).cpu().tolist()
        return [as_prediction(p) for p in probabilities]


def create_model(settings: Settings) -> IrisClassifier:
    """The served model, on the device DEVICE picks (a missing GPU stops the start)."""
    return IrisClassifier(
        Path(settings.model_dir), select_device(settings.device, gpu_present)
    )
