"""Starting ``newsextract serve`` in a subprocess on a free loopback port, and talking HTTP to it.

Only the standard library speaks to the server (http.client), as a non-Python client would.
Extra plugins (failing, slow) are made installable for the subprocess only: a module plus a
``*.dist-info`` with an entry point in a temporary directory on PYTHONPATH.
"""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

HOST = "127.0.0.1"
SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")

FAILING_PLUGIN = '''
import newsextract

@newsextract.hookimpl
def register_extractors(register):
    def boom(document):
        raise RuntimeError("serve boom")
    register(boom, name="boom", kinds=("serve_boom",))
'''

# Sleeps on texts containing SLOW, after creating the file named by SERVE_TEST_MARK: the test
# then knows for certain that a request is in flight.
SLOW_PLUGIN = '''
import os
import pathlib
import time
import newsextract

@newsextract.hookimpl
def register_extractors(register):
    def slow(document):
        if "SLOW" in document.text:
            pathlib.Path(os.environ["SERVE_TEST_MARK"]).touch()
            time.sleep(float(os.environ.get("SERVE_TEST_SLEEP", "2")))
        return []
    register(slow, name="slow", kinds=("serve_slow",))
'''

# Appends its process id to the file named by SERVE_TEST_LOADS each time a pipeline loads it.
LOAD_COUNTING_PLUGIN = '''
import os
import newsextract

@newsextract.hookimpl
def register_extractors(register):
    with open(os.environ["SERVE_TEST_LOADS"], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\\n")
    register(lambda document: [], name="nothing", kinds=("serve_loads",))
'''


def has_serve_extra() -> bool:
    """Whether starlette and uvicorn are installed, found without importing them into the test process.

    (The servers under test are subprocesses; importing uvicorn here at collection time is not needed.)
    """
    return all(importlib.util.find_spec(name) is not None for name in ("starlette", "uvicorn"))




def clean_env(*extra_paths: Path, **extra: str) -> dict[str, str]:
    """The environment without NEWSEXTRACT_* settings, with ``extra_paths`` importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    if extra_paths:
        env["PYTHONPATH"] = os.pathsep.join([*(str(p) for p in extra_paths), env.get("PYTHONPATH", "")])
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@attrs.frozen
class Reply:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.body.decode("utf-8").splitlines()]


@attrs.define
class Server:
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: Mapping[str, str] | None = None, timeout: float = 120) -> Reply:
        """One HTTP request on a fresh connection; the whole reply."""
        conn = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            data = body.encode("utf-8") if isinstance(body, str) else body
            conn.request(method, path, body=data, headers=dict(headers or {}))
            response = conn.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            conn.close()

    def post_json(self, path: str, data: Any) -> Reply:
        return self.request("POST", path, json.dumps(data), {"Content-Type": "application/json"})

    def logs(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _wait_ready(server: Server, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.logs()}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            if server.request("GET", "/healthz", timeout=5).status == 200:
                return
        time.sleep(0.05)
    raise RuntimeError(f"server did not become ready:\n{server.logs()}")


def stop(server: Server) -> None:
    """SIGTERM, then SIGKILL to the server's whole process group (workers included) if it lingers."""
    process = server.process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # any worker left behind; the group is ours alone
    if process.poll() is None:
        process.wait(timeout=30)


@contextlib.contextmanager
def running_server(log_dir: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """``newsextract serve --host 127.0.0.1 --port <free> ARGS`` until the block ends (always stopped)."""
    port = free_port()
    log = log_dir / f"serve-{port}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsextract.cli", "serve", "--host", HOST, "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env if env is not None else clean_env(),
            start_new_session=True,  # its own process group, so stop() can reach the workers
        )
    server = Server(port, process, log)
    try:
        _wait_ready(server, time.monotonic() + 90)
        yield server
    finally:
        stop(server)
