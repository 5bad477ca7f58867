"""The ``newsextract`` command line, driven in-process through ``main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import cli

from . import fakeplugins as fp

GOOD = {"id": "a1", "text": "Russia fired 12 drones.", "published": "2025-07-21"}


@pytest.fixture(autouse=True)
def only_fake_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the CLI with the counter fake plugin instead of whatever is installed."""
    from newsextract import pipeline as pipeline_module

    real = pipeline_module.Pipeline

    class FakePipeline(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["entry_points"] = False
            kwargs["register"] = [fp.Counter()]
            kwargs["strict"] = kwargs.get("strict") or False
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", FakePipeline)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_in_jsonl_out_one_line_per_input_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(GOOD), "{not json", json.dumps({"id": "b"}), "[1, 2]", "", json.dumps({**GOOD, "id": "a2"})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(source), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(lines) - 1  # the blank line is skipped, not an error
    # An error record keeps the id its line had.
    assert [r["id"] for r in records] == ["a1", None, "b", None, "a2"]
    assert [r.get("line") for r in records[1:4]] == [2, 3, 4]
    assert records[0]["facts"][0]["value"] == {"noun": "drones", "count": 12}
    assert status == cli.EXIT_FAILURES
    assert "in.jsonl:2" in err and 'missing string field "text"' in err


def test_all_good_input_exits_zero_and_txt_files_are_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text("Officials said 7 shells hit the town.", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(tmp_path / "story.txt"), "--format", "jsonl", "--published", "2025-07-21")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert status == cli.EXIT_OK
    assert record["id"] == "story" and record["document"]["published"] == "2025-07-21"


def test_invalid_utf8_file_is_reported_and_other_files_still_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff 3 drones")
    good = tmp_path / "good.txt"
    good.write_text("3 drones", encoding="utf-8")
    # With an explicit --encoding, bytes that do not fit it are that file's error only.
    status, out, err = run(capsys, "extract", str(bad), str(good), "--format", "jsonl", "--encoding", "utf-8")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2 and records[1]["facts"][0]["value"]["count"] == 3
    assert records[0]["errors"][0]["error_type"] == "UnicodeDecodeError"
    assert records[0]["id"] == "bad"
    assert status == cli.EXIT_FAILURES and "bad.txt" in err
    # Without one, text that is not UTF-8 is read as cp1252 (documented fallback).
    status, out, _ = run(capsys, "extract", str(bad), "--format", "jsonl")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert status == cli.EXIT_OK and record["facts"][0]["text"] == "3 drones"


def test_csv_and_json_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(source), "--format", "csv")
    header, row = out.splitlines()
    assert header.startswith("id,kind,start,end,text")
    assert row.startswith("a1,count,13,22,12 drones")
    _, out, _ = run(capsys, "extract", str(source), "--format", "json")
    assert json.loads(out)[0]["id"] == "a1"
    _, out, _ = run(capsys, "extract", str(source), "--format", "table")
    assert "count" in out and "12 drones" in out


def test_workers_keep_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": str(i), "text": f"{i} drones"}) if i % 7 else "oops" for i in range(30)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(source), "--format", "jsonl", "--workers", "2", "-q")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [str(i) if i % 7 else None for i in range(30)]


def test_plugins_lists_status_as_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "plugins")
    assert "counter" in out and "active" in out and "nouns" in out
    _, out, _ = run(capsys, "plugins", "--json")
    [info] = json.loads(out)
    assert info["name"] == "counter" and info["kinds"] == ["count"]


def test_no_plugins_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("3 drones", encoding="utf-8")
    status, _, err = run(capsys, "extract", str(tmp_path / "a.txt"), "--exclude", "counter", "--format", "jsonl")
    assert "no plugins" in err
    assert status == cli.EXIT_OK


def test_eval_prints_scores_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "text": "5 drones and 2 tanks", "facts": {"count": [{"noun": "drones", "count": 5},
                                                                           {"noun": "jets", "count": 9}]}},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    status, out, _ = run(capsys, "eval", str(gold), "--errors")
    assert status == cli.EXIT_OK
    count_row = next(line for line in out.splitlines() if line.startswith("count"))
    assert count_row.split()[1:4] == ["1", "1", "1"]  # tp fp fn
    assert "missed" in out and "spurious" in out and "2 tanks" in out
    _, out, _ = run(capsys, "eval", str(gold), "--format", "json")
    assert json.loads(out)["kinds"]["count"]["f1"] == 0.5


def test_eval_says_when_a_plugin_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsextract import pipeline as pipeline_module

    class WithRaiser(pipeline_module.Pipeline):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.update(entry_points=False, register=[fp.Counter(), fp.Raiser()], strict=False)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", WithRaiser)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "5 drones", "facts": {"count": [{"noun": "drones", "count": 5}]}}),
                    encoding="utf-8")
    status, out, err = run(capsys, "eval", str(gold))
    assert status == cli.EXIT_FAILURES
    assert "1 plugin failures while scoring" in err and "plugin raiser" in err and "RuntimeError: boom" in err
    assert out.splitlines()[0] == "1 articles"  # the scores are still printed
    status, out, _ = run(capsys, "eval", str(gold), "--format", "json")
    assert status == cli.EXIT_FAILURES and json.loads(out)["plugin_failures"] == 1


def test_eval_scores_saved_output_of_any_system(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "text": "5 drones and 2 tanks", "facts": {"count": [{"noun": "drones", "count": 5},
                                                                           {"noun": "jets", "count": 9}]}},
        {"id": "g2", "text": "7 jets", "facts": {"count": [{"noun": "jets", "count": 7}]}},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    ours = tmp_path / "ours.jsonl"
    run(capsys, "extract", str(gold), "--format", "jsonl")
    status, out, _ = run(capsys, "extract", str(gold), "--format", "jsonl")
    ours.write_text(out, encoding="utf-8")
    _, live, _ = run(capsys, "eval", str(gold), "--format", "json")
    status, saved, _ = run(capsys, "eval", str(gold), "--predictions", str(ours), "--format", "json")
    assert status == cli.EXIT_OK and json.loads(saved)["kinds"] == json.loads(live)["kinds"]
    # Another system's gold-shaped records; g2 absent from its output, so its fact is missed.
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "g1", "facts": {"count": [{"noun": "jets", "count": 9}]}}), encoding="utf-8")
    _, out, _ = run(capsys, "eval", str(gold), "--predictions", str(other), "--format", "json")
    assert json.loads(out)["kinds"]["count"] == {"tp": 1, "fp": 0, "fn": 2, "precision": 1.0,
                                                 "recall": 0.3333, "f1": 0.5}
    other.write_text("{not json", encoding="utf-8")
    status, _, err = run(capsys, "eval", str(gold), "--predictions", str(other))
    assert status == cli.EXIT_USAGE and "other.jsonl:1" in err


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0 and schema["title"] == "newsextract result"
    assert "mentions" in schema["properties"]["facts"]["items"]["properties"]


def test_unicode_line_separators_nesting_and_surrogates_stay_on_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": "sep", "text": "a\u2028b 4 drones"}, ensure_ascii=False),
        "[" * 100_000,
        '{"id": "\\ud800x", "text": "5 drones"}',
        json.dumps({"id": "last", "text": "6 drones"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(source), "--format", "jsonl")
    records = [json.loads(line) for line in out.split("\n") if line]
    assert len(records) == 4
    assert records[0]["id"] == "sep" and records[1]["line"] == 2 and records[3]["id"] == "last"
    assert records[2]["facts"][0]["value"]["count"] == 5
    assert status == cli.EXIT_FAILURES
