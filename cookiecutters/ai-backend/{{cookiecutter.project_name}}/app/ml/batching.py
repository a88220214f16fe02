"""Dynamic batching: requests that arrive within a few milliseconds of each other
share one model call.

A model computes a batch of rows for little more than the cost of one, so under
concurrent load combining requests raises throughput; each request waits at most
`max_wait` seconds for company, then gets exactly its own results back.
"""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from app.ml.model_io import ModelInput, ModelOutput

Run = Callable[[list[ModelInput]], Awaitable[list[ModelOutput]]]
Waiting = tuple[list[ModelInput], "asyncio.Future[list[ModelOutput]]"]


class MicroBatcher:
    def __init__(self, run: Run, max_rows: int, max_wait: float) -> None:
        self._run = run
        self._max_rows = max_rows
        self._max_wait = max_wait
        self._waiting: asyncio.Queue[Waiting] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        # How many times the model was called: what batching saves shows here.
        self.model_calls = 0

    async def predict(self, rows: list[ModelInput]) -> list[ModelOutput]:
        if self._worker is None or self._worker.done():  # first call, or it was stopped
            self._worker = asyncio.create_task(self._work())
        future: asyncio.Future[list[ModelOutput]] = (
            asyncio.get_running_loop().create_future()
        )
        self._waiting.put_nowait((rows, future))
        return await future

    async def _work(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._waiting.get()]
            size = len(batch[0][0])
            deadline = loop.time() + self._max_wait
            while size < self._max_rows and (left := deadline - loop.time()) > 0:
                try:
                    waiting = await asyncio.wait_for(self._waiting.get(), left)
                except TimeoutError:
                    break
                batch.append(waiting)
                size += len(waiting[0])
            await self._call(batch)

    async def _call(self, batch: list[Waiting]) -> None:
        # A request whose client went away is not worth computing.
        live = [(rows, future) for rows, future in batch if not future.done()]
        if not live:
            return
        self.model_calls += 1
        try:
            results = await self._run([row for rows, _ in live for row in rows])
        except Exception as error:
            for _, future in live:
                if not future.done():
                    future.set_exception(error)
            return
        start = 0
        for rows, future in live:
            if not future.done():
                future.set_result(results[start : start + len(rows)])
            start += len(rows)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
