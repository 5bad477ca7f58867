"""The command line says what went wrong: usage errors up front, each plugin failure once, --version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsextract
from newsextract import Pipeline, UnknownNameError, cli

from . import fakeplugins as fp


@pytest.fixture(autouse=True)
def counter_and_raiser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI sees two in-process plugins: "counter" (works) and "raiser" (always fails)."""
    real = Pipeline

    class FakePipeline(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["entry_points"] = False
            kwargs["register"] = [fp.Counter(), fp.Raiser()]
            kwargs["strict"] = kwargs.get("strict") or False  # the test-wide strict mode would stop at "raiser"
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", FakePipeline)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(argv))
    except SystemExit as exc:  # argparse's usage errors and --version
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Russia fired 12 drones.", encoding="utf-8")
    return path


def test_unknown_plugin_name_is_a_usage_error_listing_the_valid_ones(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "extract", str(story), "--plugins", "weapon_count", "--format", "jsonl")
    assert status == cli.EXIT_USAGE and out == ""
    assert "'weapon_count'" in err and "counter" in err and "raiser" in err


def test_library_rejects_unknown_plugin_names_with_value_error() -> None:
    with pytest.raises(ValueError, match=r"unknown plugin name 'nonexistent'.*valid plugin names: counter"):
        Pipeline(plugins=["nonexistent"], entry_points=False, register=[fp.Counter()])
    assert issubclass(UnknownNameError, ValueError)
    assert [e.plugin for e in Pipeline(plugins=["counter"], entry_points=False, register=[fp.Counter()]).extractors] == [
        "counter"
    ]


def test_unknown_kind_in_eval_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": "5 drones", "facts": {"count": []}}) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "eval", str(gold), "--kinds", "weapon_count")
    assert status == cli.EXIT_USAGE and "'weapon_count'" in err and "count" in err


@pytest.mark.parametrize(
    ("flag", "value", "complaint"),
    [("--workers", "0", "at least 1"), ("--workers", "two", "whole number"), ("--published", "notadate", "notadate"),
     ("--encoding", "klingon", "unknown encoding")],
)
def test_bad_flag_values_are_usage_errors_before_any_work(
    story: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str, complaint: str
) -> None:
    status, out, err = run(capsys, "extract", str(story), flag, value, "--format", "jsonl")
    assert status == cli.EXIT_USAGE
    assert out == ""  # no record was written: nothing ran
    assert complaint in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.strip() == f"newsextract {newsextract.__version__}"


def test_each_plugin_failure_is_printed_once_with_the_document_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"doc{i}", "text": f"{i} drones"}) for i in range(8)), encoding="utf-8")
    status, out, err = run(capsys, "extract", str(source), "--format", "jsonl")
    assert status == cli.EXIT_FAILURES
    assert len(out.splitlines()) == 8
    failure_lines = [line for line in err.splitlines() if "raiser failed at extract:" in line]
    # Five shown one by one, each with its document id; the rest only counted in the summary.
    assert failure_lines == [f"newsextract: doc{i}: plugin raiser failed at extract: RuntimeError: boom" for i in range(5)]
    assert "plugin raiser failed at extract (RuntimeError) on 8 documents (first: doc0, doc1, doc2; 3 not shown above)" in err
    assert "'raiser'" not in err  # the pipeline's own warning (without an id) is not printed as well


def test_traceback_flag_prints_the_plugin_traceback(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, plain = run(capsys, "extract", str(story), "--format", "jsonl")
    assert "Traceback" not in plain
    _, _, err = run(capsys, "extract", str(story), "--format", "jsonl", "--traceback")
    assert "Traceback (most recent call last)" in err and "in boom" in err and 'RuntimeError("boom")' in err
    assert err.count("story: plugin raiser failed at extract") == 1
