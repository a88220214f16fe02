"""The example model's data and training: a logistic regression on the iris data set,
which scikit-learn ships (nothing is downloaded, ever)."""

from collections.abc import Sequence

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from app.ml.schemas import Prediction

CLASS_NAMES = ("setosa", "versicolor", "virginica")


def fit_classifier() -> Pipeline:
    """The same model on every run: the data and the solver are deterministic."""
    data = load_iris()
    classifier = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    classifier.fit(data.data, data.target)
    return classifier


def as_prediction(probabilities: Sequence[float]) -> Prediction:
    """The most likely species, with every species' probability."""
    named = {name: float(p) for name, p in zip(CLASS_NAMES, probabilities, strict=True)}
    return Prediction(label=max(named, key=named.__getitem__), probabilities=named)
