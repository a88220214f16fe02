"""Flowers of the iris data set, one of each species, as the API takes them."""

from typing import Any

SETOSA: dict[str, Any] = dict(
    sepal_length=5.1, sepal_width=3.5, petal_length=1.4, petal_width=0.2
)
VERSICOLOR: dict[str, Any] = dict(
    sepal_length=7.0, sepal_width=3.2, petal_length=4.7, petal_width=1.4
)
VIRGINICA: dict[str, Any] = dict(
    sepal_length=6.3, sepal_width=3.3, petal_length=6.0, petal_width=2.5
)

# What the job tests send, and what answer() reads from each output.
INPUTS = [VIRGINICA, SETOSA]
ANSWERS = ["virginica", "setosa"]


def answer(output: dict[str, Any]) -> str:
    return str(output["label"])
