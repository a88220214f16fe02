"""Throughput with dynamic batching and without: `python -m app.ml.bench`.

Many concurrent one-row predictions go through the predictor (no HTTP in between),
once with each setting, on the model in MODEL_DIR and the CPU.
"""

import argparse
import asyncio
import time

from app.core.config import Settings, get_settings
from app.ml.model_io import Features
from app.ml.predictor import Predictor
from app.ml.runtime import create_model

ROW = Features(sepal_length=5.8, sepal_width=3.0, petal_length=4.3, petal_width=1.3)


async def throughput(predictor: Predictor, requests: int, concurrency: int) -> float:
    """Predictions per second, `concurrency` of them in flight at a time."""
    slots = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with slots:
            await predictor.predict([ROW])

    await asyncio.gather(*(one() for _ in range(concurrency)))  # warm up
    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(requests)))
    return requests / (time.perf_counter() - started)


async def compare(settings: Settings, requests: int, concurrency: int) -> list[float]:
    model = create_model(settings.model_copy(update={"device": "cpu"}))
    model.load()
    results = []
    for batching in (False, True):
        predictor = Predictor(model, settings.model_copy(update={"batching": batching}))
        results.append(await throughput(predictor, requests, concurrency))
        await predictor.close()
    return results


def main(argv: list[str] | None = None, settings: Settings | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m app.ml.bench", description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args(argv)
    off, on = asyncio.run(
        compare(settings or get_settings(), args.requests, args.concurrency)
    )
    print(f"batching off: {off:,.0f} predictions/s")
    print(
        f"batching on:  {on:,.0f} predictions/s ({on / off:.2f}x the throughput without)"
    )


if __name__ == "__main__":
    main()
