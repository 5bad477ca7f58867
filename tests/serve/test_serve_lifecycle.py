"""``newsextract serve`` as a process: SIGTERM drains in-flight requests, workers, loopback, the extra missing."""

from __future__ import annotations

import argparse
import http.client
import json
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from newsextract import cli
from newsextract.testing import plugin_dir

from . import serve_helpers as sh


def _in_flight(server: sh.Server, results: list[sh.Reply | BaseException], body: dict[str, str]) -> threading.Thread:
    def run() -> None:
        try:
            results.append(server.post_json("/extract", body))
        except BaseException as exc:  # recorded for the assertion below
            results.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _wait_for(path: Path, server: sh.Server) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert server.process.poll() is None, server.logs()
        assert time.monotonic() < deadline, "the slow request never started"
        time.sleep(0.01)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_drains_a_request_in_flight(tmp_path: Path, workers: str) -> None:
    if not sh.has_serve_extra():
        pytest.skip("needs the serve extra")
    plugin = plugin_dir(tmp_path, "serveslow", sh.SLOW_PLUGIN)
    mark = tmp_path / "in-flight"
    env = sh.clean_env(plugin, SERVE_TEST_MARK=str(mark), SERVE_TEST_SLEEP="1.5")
    with sh.running_server(tmp_path, "--workers", workers, env=env) as server:
        results: list[sh.Reply | BaseException] = []
        thread = _in_flight(server, results, {"id": "slow", "text": "SLOW: Russia launched 40 drones overnight."})
        _wait_for(mark, server)  # the extractor is running: the request is in flight
        server.process.send_signal(signal.SIGTERM)
        thread.join(timeout=60)
        server.process.wait(timeout=60)
        assert results, "the in-flight request got no answer"
        reply = results[0]
        assert isinstance(reply, sh.Reply), reply
        assert reply.status == 200
        data = reply.json()
        assert data["id"] == "slow" and any(f["text"] == "40 drones" for f in data["facts"])
        # uvicorn re-raises the signal after its graceful shutdown: exit 0 or "terminated by SIGTERM".
        assert server.process.returncode in (0, -signal.SIGTERM), server.logs()
        assert "Traceback" not in server.logs()
        with pytest.raises(OSError):  # nothing listens any more
            http.client.HTTPConnection(sh.HOST, server.port, timeout=5).request("GET", "/healthz")


def test_two_workers_each_load_the_pipeline_once(tmp_path: Path) -> None:
    if not sh.has_serve_extra():
        pytest.skip("needs the serve extra")
    plugin = plugin_dir(tmp_path, "serveloads", sh.LOAD_COUNTING_PLUGIN)
    loads = tmp_path / "loads.txt"
    with sh.running_server(tmp_path, "--workers", "2", env=sh.clean_env(plugin, SERVE_TEST_LOADS=str(loads))) as server:
        rows = [{"id": f"d{i}", "text": f"Russia launched {i + 1} drones overnight."} for i in range(40)]
        out = server.request("POST", "/extract/batch", "".join(json.dumps(r) + "\n" for r in rows)).lines()
        assert [r["id"] for r in out] == [r["id"] for r in rows]
        replies = [server.post_json("/extract", rows[i]) for i in range(12)]
        assert [r.json()["facts"][0]["value"]["count"] for r in replies] == list(range(1, 13))
        deadline = time.monotonic() + 60  # the second worker may still be starting when the first answers
        while len(loads.read_text(encoding="utf-8").split()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        pids = loads.read_text(encoding="utf-8").split()
        assert len(pids) == len(set(pids)) == 2, pids  # two processes, one load each, none per request
        assert str(server.process.pid) not in pids  # the supervisor itself loads nothing


def test_a_hung_plugin_is_stopped_by_its_time_budget(tmp_path: Path) -> None:
    if not sh.has_serve_extra():
        pytest.skip("needs the serve extra")
    plugin = plugin_dir(tmp_path, "serveslow", sh.SLOW_PLUGIN)
    env = sh.clean_env(plugin, SERVE_TEST_MARK=str(tmp_path / "started"), SERVE_TEST_SLEEP="600",
                       NEWSEXTRACT_TIMEOUT="0.5")
    with sh.running_server(tmp_path, env=env) as server:
        reply = server.post_json("/extract", {"id": "hung", "text": "SLOW: Russia launched 40 drones overnight."})
        assert reply.status == 200
        data = reply.json()
        assert [(e["plugin"], e["stage"]) for e in data["errors"]] == [("serveslow", "timeout")]
        assert any(f["text"] == "40 drones" for f in data["facts"])
        assert server.request("GET", "/healthz").status == 200


def test_loopback_is_the_default() -> None:
    args = cli.build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.workers, args.cors_origin) == ("127.0.0.1", 8000, 1, [])
    assert args.max_body_bytes == 10 * 1024 * 1024
    from newsextract.serve import _is_loopback

    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.2") and not _is_loopback("example.org")


def test_without_the_extra_serve_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    assert cli.main(["serve"]) == 2
    assert 'pip install "newsextract[serve]"' in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--workers", "0"], ["--max-body-bytes", "0"], ["--port", "70000"]])
def test_bad_options_are_usage_errors(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    if not sh.has_serve_extra():
        pytest.skip("needs the serve extra")
    from newsextract.serve import cmd_serve

    args = cli.build_parser().parse_args(["serve", *bad])
    assert isinstance(args, argparse.Namespace)
    assert cmd_serve(args) == 2
    assert "must be" in capsys.readouterr().err


def test_other_requests_interleave_with_a_long_batch(tmp_path: Path) -> None:
    if not sh.has_serve_extra():
        pytest.skip("needs the serve extra")
    plugin = plugin_dir(tmp_path, "serveslow", sh.SLOW_PLUGIN)
    mark = tmp_path / "in-flight"
    env = sh.clean_env(plugin, SERVE_TEST_MARK=str(mark), SERVE_TEST_SLEEP="0.4")
    with sh.running_server(tmp_path, env=env) as server:
        finished: dict[str, float] = {}
        rows = "".join(json.dumps({"id": f"s{i}", "text": f"SLOW {i}: 40 drones."}) + "\n" for i in range(6))

        def batch() -> None:
            out = server.request("POST", "/extract/batch", rows).lines()
            finished["batch"] = time.monotonic()
            finished["lines"] = len(out)

        thread = threading.Thread(target=batch, daemon=True)
        thread.start()
        _wait_for(mark, server)  # the batch is being extracted
        assert server.request("GET", "/healthz").status == 200
        finished["healthz"] = time.monotonic()
        thread.join(timeout=60)
        assert finished["lines"] == 6
        assert finished["healthz"] < finished["batch"]  # answered between two articles, not after the batch
