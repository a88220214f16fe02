"""A small HTTP/1.1 load generator: keep-alive connections, each sending its next
request as soon as the previous answer is complete, for a fixed time.

    python bench/load.py http://127.0.0.1:8000/health [--connections 32] [--seconds 5]

Prints one JSON line: requests per second, p50/p99 latency in ms, non-2xx count, and
how many answers took over 2 s (what wrk counts as timeouts). The
bench scripts run it with the measured project's Python (uvloop when installed), on
the core the single-process server does not use, for the app and its floor alike.
"""

import argparse
import asyncio
import json
import statistics
import time
from typing import cast
from urllib.parse import urlsplit


class Connection(asyncio.Protocol):
    def __init__(self, request: bytes, stop_at: float, finished: asyncio.Future[None]) -> None:
        self.request = request
        self.stop_at = stop_at
        self.finished = finished
        self.latencies: list[float] = []
        self.failures = 0
        self.buffer = bytearray()
        self.expected = 0
        self.started = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports have asyncio.Transport's methods without subclassing it.
        self.transport = cast(asyncio.Transport, transport)
        self.send()

    def send(self) -> None:
        if time.perf_counter() >= self.stop_at:
            self.transport.close()
            return
        self.buffer.clear()
        self.expected = 0
        self.started = time.perf_counter()
        self.transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.expected:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).lower()
            length = head.split(b"content-length:", 1)[1].split(b"\r\n", 1)[0]
            self.expected = end + 4 + int(length)
            if not head.startswith((b"http/1.1 2", b"http/1.0 2")):
                self.failures += 1
        if len(self.buffer) >= self.expected:
            self.latencies.append(time.perf_counter() - self.started)
            self.send()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.finished.done():
            self.finished.set_result(None)


async def hammer(url: str, connections: int, seconds: float) -> list[Connection]:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    request = f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode()
    loop = asyncio.get_running_loop()
    stop_at = time.perf_counter() + seconds
    clients = []
    for _ in range(connections):
        finished: asyncio.Future[None] = loop.create_future()
        client = Connection(request, stop_at, finished)
        await loop.create_connection(lambda c=client: c, parts.hostname, parts.port)
        clients.append(client)
    # A connection the server never answers ends the run instead of hanging it.
    await asyncio.wait_for(asyncio.gather(*(c.finished for c in clients)), seconds + 30)
    return clients


def measure(url: str, connections: int, seconds: float, warmup: float) -> dict[str, float]:
    try:
        import uvloop  # in the measured project's environment (uvicorn[standard])

        run = uvloop.run
    except ImportError:
        run = asyncio.run
    run(hammer(url, connections, warmup))
    started = time.perf_counter()
    clients = run(hammer(url, connections, seconds))
    elapsed = time.perf_counter() - started
    latencies = sorted(latency for client in clients for latency in client.latencies)
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": cuts[49] * 1000,
        "p99_ms": cuts[98] * 1000,
        "non_2xx": sum(client.failures for client in clients),
        "over_2s": sum(latency > 2 for latency in latencies),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    arguments = parser.parse_args()
    print(
        json.dumps(
            measure(arguments.url, arguments.connections, arguments.seconds, arguments.warmup)
        )
    )


if __name__ == "__main__":
    main()
