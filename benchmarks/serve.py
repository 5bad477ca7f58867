"""Load on ``newsextract serve``: seed-sized POST /extract requests at a fixed concurrency, 1 and 2 workers.

    .venv/bin/python benchmarks/serve.py [--requests 2000] [--concurrency 8] [--workers 1,2]

Starts the real server on 127.0.0.1 (a free port) for each worker count, warms it up, sends the
requests from ``--concurrency`` client threads (one keep-alive connection each; standard library
only) and prints requests/s, p50 and p99 latency and the error count (a non-200 reply, a plugin
error in a result, or a failed connection). The client shares the machine with the server, so
these are end-to-end figures for one box, not the server's ceiling.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEED

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsextract.cli", "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return process, port
        time.sleep(0.1)
    stop(process)
    raise SystemExit("server did not start")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # workers left behind, if any (the group is ours)
    process.wait()


def load(port: int, bodies: list[bytes], concurrency: int) -> tuple[float, list[float], int]:
    """Send every body once; wall seconds, per-request latencies (s) and the error count."""
    lock = threading.Lock()
    next_index = iter(range(len(bodies)))
    latencies: list[float] = []
    errors = [0]

    def client() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=120)
        while True:
            with lock:
                index = next(next_index, None)
            if index is None:
                break
            started = time.perf_counter()
            try:
                conn.request("POST", "/extract", body=bodies[index], headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                data = response.read()
                ok = response.status == 200 and not json.loads(data)["errors"]
            except (OSError, http.client.HTTPException, ValueError):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=120)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, errors[0]


def library_rate(bodies: list[bytes]) -> float:
    """Articles/s of ``Pipeline.extract`` on the same articles in this process, measured in the same run.

    The machine may be shared, so server figures are best read against this one.
    """
    import newsextract

    pipeline = newsextract.Pipeline(strict=False)
    articles = [json.loads(body) for body in bodies]
    pipeline.extract(articles[0])  # warm-up
    started = time.perf_counter()
    for article in articles:
        pipeline.extract(article)
    return len(articles) / (time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    args = parser.parse_args()

    seed = SEED.read_text(encoding="utf-8")
    # Distinct seed-sized articles (3.2 KB each), as in throughput.py: no cache can serve one from another.
    bodies = [
        json.dumps({"id": f"s{i}", "text": seed.replace("KYIV", f"KYIV {i % 300}", 1), "published": "2025-07-21"}).encode()
        for i in range(args.requests)
    ]
    print(f"{args.requests} POST /extract requests of {len(bodies[0]) / 1024:.1f} KB, concurrency {args.concurrency}")
    reference = library_rate(bodies[:300])
    print(f"reference, the library in this process (no HTTP): {reference:7.1f} articles/s")
    for workers in (int(w) for w in args.workers.split(",")):
        process, port = start(workers)
        try:
            load(port, bodies[: 20 * workers], args.concurrency)  # warm-up: lazy imports, caches in every worker
            seconds, latencies, errors = load(port, bodies, args.concurrency)
        finally:
            stop(process)
        print(
            f"workers {workers}: {len(bodies) / seconds:7.1f} requests/s | p50 {percentile(latencies, 50) * 1000:6.1f} ms "
            f"p99 {percentile(latencies, 99) * 1000:6.1f} ms | {errors} errors | {seconds:.1f} s"
        )


if __name__ == "__main__":
    main()
