"""The example classifier as scikit-learn fits it: scaling, then a logistic regression
(served as it is, or exported to ONNX)."""

from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from app.ml.iris import training_data


def fit_classifier() -> Pipeline:
    """The same model on every run: the data and the solver are deterministic."""
    measurements, species = training_data()
    classifier = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    classifier.fit(measurements, species)
    return classifier
