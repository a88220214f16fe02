"""The example model's data: the iris data set, which scikit-learn ships (nothing is
downloaded, ever), and how its three species are named in answers."""

from collections.abc import Sequence
from typing import Any

from sklearn.datasets import load_iris

from app.ml.model_io import Prediction

CLASS_NAMES = ("setosa", "versicolor", "virginica")


def training_data() -> tuple[Any, Any]:
    """150 flowers: their four measurements, and the index of each one's species."""
    data = load_iris()
    return data.data, data.target


def as_prediction(probabilities: Sequence[float]) -> Prediction:
    """The most likely species, with every species' probability."""
    named = {name: float(p) for name, p in zip(CLASS_NAMES, probabilities, strict=True)}
    return Prediction(label=max(named, key=named.__getitem__), probabilities=named)
