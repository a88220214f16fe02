"""`python -m app.train` writes the model the app loads; `python -m app.ml.bench`
compares throughput with batching and without."""

from pathlib import Path

import pytest

from app.core.config import Settings
from app.ml.bench import main as bench
from app.ml.model_io import Features
from app.ml.runtime import IrisClassifier
from app.train import main as train
from tests.examples import SETOSA


def test_train_writes_a_model_that_loads_and_predicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train(["--model-dir", str(tmp_path)])

    model = IrisClassifier(tmp_path, "cpu")
    assert model.is_trained()
    model.read()
    assert [p.label for p in model.predict([Features(**SETOSA)])] == ["setosa"]
    assert str(tmp_path) in capsys.readouterr().out


def test_bench_prints_both_throughputs(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    bench(["--requests", "40", "--concurrency", "8"], settings)

    off, on = capsys.readouterr().out.splitlines()
    assert off.startswith("batching off:")
    assert on.startswith("batching on:")
    assert on.endswith("x the throughput without)")
