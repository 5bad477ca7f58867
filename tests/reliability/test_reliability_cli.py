"""The ``newsextract extract`` command as a user runs it: a subprocess over files and streams.

Extra plugins (a slow one, a failing one) are made installable for the subprocess only:
a module plus a ``*.dist-info`` with an entry point in a temporary directory on PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from newsextract.testing import plugin_dir

from .conftest import SEED_TEXT

SLOW_PLUGIN = '''
import time
import newsextract

@newsextract.hookimpl
def register_extractors(register):
    def tick(document):
        time.sleep(0.01)
        return []
    register(tick, name="tick", kinds=("reliab_tick",))
'''

FAILING_PLUGIN = '''
import newsextract

@newsextract.hookimpl
def register_extractors(register):
    def boom(document):
        raise RuntimeError("reliability boom")
    register(boom, name="boom", kinds=("reliab_boom",))
'''




def cli_env(*extra_paths: Path, strict: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    if strict:
        env["NEWSEXTRACT_STRICT"] = "1"
    if extra_paths:
        env["PYTHONPATH"] = os.pathsep.join([*(str(p) for p in extra_paths), env.get("PYTHONPATH", "")])
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", "extract", "--format", "jsonl", "--quiet", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env if env is not None else cli_env(),
        timeout=120,
    )
    return proc


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


GOOD = [
    {"id": "g1", "text": SEED_TEXT, "published": "2025-07-21"},
    {"id": "g2", "text": "Russia launched 40 drones overnight, killing two people, officials said.", "title": "Attack"},
    {"id": 3, "text": '"We will respond," President Volodymyr Zelenskyy said.', "published": None, "extra": [1, 2]},
]
MIXED = [
    json.dumps(GOOD[0]),
    '{"id": "broken", "text": "unterminated',
    json.dumps({"id": "notext", "title": "no text here"}),
    json.dumps({"id": "inttext", "text": 42}),
    "[1, 2, 3]",
    "17",
    '"just a string"',
    "null",
    "",
    "   \t ",
    json.dumps(GOOD[1]),
    json.dumps({"id": "baddate", "text": "Two were killed.", "published": "not a date at all"}),
    json.dumps(GOOD[2]),
]
GOOD_AT = {1: "g1", 11: "g2", 13: "3"}  # input line number -> id
BLANK_AT = {9, 10}  # blank lines are skipped, not errors
ERROR_ID_AT = {3: "notext", 4: "inttext", 12: "baddate"}  # error records keep the id their line had


def check_mixed_output(proc: subprocess.CompletedProcess[str], source: str) -> None:
    out = records(proc.stdout)
    assert len(out) == len(MIXED) - len(BLANK_AT), proc.stderr
    numbers = [n for n in range(1, len(MIXED) + 1) if n not in BLANK_AT]
    for number, record in zip(numbers, out, strict=True):
        if number in GOOD_AT:
            assert record["id"] == GOOD_AT[number]
            assert record["errors"] == []
            assert "line" not in record
        else:
            assert record["id"] == ERROR_ID_AT.get(number)
            assert record["line"] == number
            assert record["source"] == source
            assert record["facts"] == []
            [error] = record["errors"]
            assert error["stage"] == "input" and error["message"]
            assert f"{source}:{number}:" in proc.stderr
    assert proc.returncode == 1


@pytest.fixture(scope="module")
def mixed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "mixed.jsonl"
    path.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "good.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in GOOD * 3), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_mixed_jsonl_gives_one_line_per_input_line_in_order(mixed_file: Path, workers: str) -> None:
    proc = run_cli(str(mixed_file), "--workers", workers)
    check_mixed_output(proc, str(mixed_file))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_all_good_input_exits_zero_in_order(good_file: Path, workers: str) -> None:
    proc = run_cli(str(good_file), "--workers", workers)
    out = records(proc.stdout)
    assert [r["id"] for r in out] == ["g1", "g2", "3"] * 3
    assert all(r["errors"] == [] for r in out)
    assert proc.returncode == 0, proc.stderr
    for record, row in zip(out, GOOD * 3, strict=True):
        for fact in record["facts"]:
            assert row["text"][fact["start"] : fact["end"]] == fact["text"]


def test_workers_give_the_same_output_as_one_process(good_file: Path) -> None:
    assert run_cli(str(good_file)).stdout == run_cli(str(good_file), "--workers", "2").stdout


def test_stdin_jsonl_is_read_like_a_file(mixed_file: Path) -> None:
    proc = run_cli("-", stdin=mixed_file.read_bytes())
    check_mixed_output(proc, "<stdin>")


def test_invalid_utf8_costs_only_its_line_or_file_and_everything_else_is_processed(
    tmp_path: Path, mixed_file: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(json.dumps(GOOD[1]).encode() + b"\n" + b'{"id": "x", "text": "caf\xe9 \xff\xfe"}\n')
    bad_txt = tmp_path / "bad.txt"
    bad_txt.write_bytes(b"Two were killed \x80\x81 in Kyiv.")
    story = tmp_path / "story.txt"
    story.write_text(SEED_TEXT, encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    proc = run_cli(str(bad), str(story), str(bad_txt), str(missing), str(mixed_file))
    out = records(proc.stdout)
    assert len(out) == 5 + len(MIXED) - len(BLANK_AT)
    # In a JSON Lines file the good line survives; the bad line is an error record naming file and line.
    assert out[0]["id"] == GOOD[1]["id"] and out[0]["errors"] == []
    assert out[1]["source"] == str(bad) and out[1]["line"] == 2
    assert out[1]["errors"][0]["error_type"] == "UnicodeDecodeError"
    assert out[2]["id"] == "story" and out[2]["errors"] == []
    # A text file that is not UTF-8 is read by the documented fallback (cp1252, then Latin-1).
    assert out[3]["document"]["source"] == str(bad_txt) and out[3]["errors"] == []
    assert out[3]["id"] == "bad"
    assert out[4]["source"] == str(missing) and out[4]["errors"][0]["error_type"] == "FileNotFoundError"
    assert [r["id"] for r in out[5:] if r["id"] and not r["errors"]] == ["g1", "g2", "3"]
    err_lines = proc.stderr.splitlines()
    assert any(f"{bad}:2" in line and "UnicodeDecodeError" in line and "utf-8" in line for line in err_lines)
    assert not any(str(bad_txt) in line for line in err_lines)
    assert any(str(missing) in line for line in err_lines)
    assert proc.returncode == 1


def test_strict_with_a_failing_plugin_exits_non_zero(tmp_path: Path, good_file: Path) -> None:
    plugin = plugin_dir(tmp_path, "reliabfail", FAILING_PLUGIN)
    lenient = run_cli(str(good_file), env=cli_env(plugin))
    out = records(lenient.stdout)
    assert len(out) == 9
    assert all([e["plugin"] for e in r["errors"]] == ["reliabfail"] for r in out)
    assert lenient.returncode == 1
    assert "reliabfail" in lenient.stderr
    # Each failure printed once, with its document id (not again by the pipeline's own warning),
    # the first five one by one and all nine in the closing summary.
    failure_lines = [line for line in lenient.stderr.splitlines() if "reliability boom" in line]
    assert failure_lines == [f"newsextract: {i}: plugin reliabfail failed at extract: RuntimeError: reliability boom"
                             for i in ["g1", "g2", "3", "g1", "g2"]]
    assert "plugin reliabfail failed at extract (RuntimeError) on 9 documents" in lenient.stderr
    for env in (cli_env(plugin), cli_env(plugin, strict=True)):
        proc = run_cli(str(good_file), "--strict", env=env)
        assert proc.returncode != 0
        assert "reliabfail" in proc.stderr and "reliability boom" in proc.stderr
        assert all(json.loads(line) for line in proc.stdout.splitlines())  # whatever was written is whole


def test_excluding_the_failing_plugin_makes_the_run_clean(tmp_path: Path, good_file: Path) -> None:
    plugin = plugin_dir(tmp_path, "reliabfail", FAILING_PLUGIN)
    proc = run_cli(str(good_file), "--strict", "--exclude", "reliabfail", env=cli_env(plugin))
    assert proc.returncode == 0, proc.stderr
    assert len(records(proc.stdout)) == 9


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_leaves_only_complete_json_lines(tmp_path: Path, workers: str) -> None:
    plugin = plugin_dir(tmp_path, "reliabslow", SLOW_PLUGIN)
    big = tmp_path / "big.jsonl"
    rows = [{"id": f"d{i}", "text": SEED_TEXT + f"\nStory {i}: {i} drones were launched."} for i in range(1500)]
    big.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsextract.cli", "extract", str(big), "--format", "jsonl", "--quiet", "--workers", workers],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(plugin),
    )
    assert proc.stdout is not None and proc.stderr is not None
    # Drain stdout all the time, as a file or a fast reader would (see the report on blocked pipes).
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: proc.stdout.read1(65536), b"")), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not chunks and time.monotonic() < deadline:  # processing has started
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    reader.join(timeout=60)
    text = b"".join(chunks).decode("utf-8")
    assert text.endswith("\n")
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert 1 <= len(ids) < len(rows), "the run finished before the interrupt: make the input bigger"
    assert ids == [r["id"] for r in rows[: len(ids)]]
    assert proc.returncode == 130
    assert b"interrupted" in err
    assert b"Traceback" not in err
