"""Results as tables: records, CSV with real columns and error rows, pandas, Arrow, Parquet."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsextract
from newsextract import Document, Fact, Kind, Pipeline, PluginError, Provenance, Result, Span, cli, tables
from newsextract.inputs import InputError

from . import fakeplugins as fp


@attrs.frozen
class Weapon:
    weapon: str
    count: int
    tags: tuple[str, ...] = ()


@attrs.frozen
class Loss:
    status: str
    count: int | None


@attrs.frozen
class RuleProvenance(Provenance):
    """A provenance with the ``rule`` attribute newer cores add."""

    rule: str | None = None


TEXT = "Russia fired 12 drones; 3 people were killed."


def sample() -> list[Result | InputError]:
    doc = Document(TEXT, id="d1", source="feed.jsonl")
    drones = Fact("weapon_count", Span(13, 22), "12 drones", Weapon("drones", 12, ("night",)), 0.9, "weapons",
                  provenance=RuleProvenance("weapons", "counts", "newsextract-weapons", "0.1", rule="number-noun"))
    killed = Fact("casualty", Span(24, 45), "3 people were killed", Loss("killed", 3), 1.0, "casualties",
                  provenance=Provenance("casualties", "deaths"))
    failure = PluginError("quotes", "extract", "RuntimeError", "boom", extractor="quotes")
    return [Result(doc, (drones, killed), (failure,)), InputError("feed.jsonl", 4, "ValueError", "no text", id="d2")]


def test_records_have_one_row_per_fact_with_value_fields_as_columns() -> None:
    rows = newsextract.to_records(sample())
    assert [r["kind"] for r in rows] == ["weapon_count", "casualty"]
    first, second = rows
    assert list(first) == list(second)  # every row has every column
    assert first["id"] == "d1" and first["start"] == 13 and first["text"] == "12 drones"
    assert first["plugin"] == "weapons" and first["extractor"] == "counts" and first["rule"] == "number-noun"
    assert first["value.weapon"] == "drones" and first["value.count"] == 12 and first["value.tags"] == '["night"]'
    assert second["value.status"] == "killed" and second["value.count"] == 3 and second["value.weapon"] is None
    assert second["rule"] is None  # a provenance without a rule
    columns = list(first)
    assert columns[: len(tables.FACT_COLUMNS)] == list(tables.FACT_COLUMNS)
    assert columns[-3:] == ["source", "line", "error"]
    assert columns.index("value.weapon") < columns.index("value.status")  # first-seen order


def test_error_rows_on_request() -> None:
    rows = newsextract.to_records(sample(), errors=True)
    errors = [r for r in rows if r["error"]]
    assert [(r["id"], r["kind"]) for r in errors] == [("d1", None), ("d2", None)]
    assert errors[0]["error"] == "plugin quotes failed at extract: RuntimeError: boom"
    assert errors[1]["error"] == "input feed.jsonl:4: ValueError: no text" and errors[1]["line"] == 4


def test_columns_for_kinds_are_stable_and_shared_fields_share_a_column() -> None:
    kinds = {"weapon_count": Kind("weapon_count", value_type=Weapon), "casualty": Kind("casualty", value_type=Loss)}
    columns = tables.columns_for_kinds(kinds)
    values = [c for c in columns if c.startswith("value.")]
    assert values == ["value.status", "value.count", "value.weapon", "value.tags", "value.other"]
    assert tables.columns_for_kinds(dict(reversed(kinds.items()))) == columns


def test_pandas_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    frame = newsextract.to_pandas(sample())
    assert frame.shape[0] == 2
    assert frame.groupby("kind")["value.count"].sum().to_dict() == {"casualty": 3, "weapon_count": 12}
    assert str(frame["start"].dtype) == "Int64"
    assert newsextract.to_pandas([]).shape[0] == 0


def test_arrow_table_and_parquet_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = newsextract.to_arrow(sample(), errors=True)
    assert table.num_rows == 4
    assert table.column("value.count").to_pylist() == [12, 3, None, None]
    tables.write_parquet(sample(), tmp_path / "out.parquet")
    back = pq.read_table(tmp_path / "out.parquet")
    assert back.column("kind").to_pylist() == ["weapon_count", "casualty", None, None]
    assert back.column("error").to_pylist()[2:] == ["plugin quotes failed at extract: RuntimeError: boom",
                                                    "input feed.jsonl:4: ValueError: no text"]


def test_arrow_makes_mixed_value_columns_text() -> None:
    pytest.importorskip("pyarrow")
    doc = Document("5 a; x b", id="m")
    facts = (Fact("k", Span(0, 3), "5 a", {"n": 5}), Fact("k", Span(5, 8), "x b", {"n": "x"}))
    table = newsextract.to_arrow([Result(doc, facts)])
    assert table.column("value.n").to_pylist() == ["5", "x"]


def test_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r'pip install "newsextract\[pandas\]"'):
        newsextract.to_pandas(sample())
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r'pip install "newsextract\[arrow\]"'):
        newsextract.to_arrow(sample())


# -- command line ----------------------------------------------------------------------------


@pytest.fixture
def fake_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Pipeline

    class FakePipeline(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["entry_points"] = False
            kwargs["register"] = [fp.Counter(), fp.Raiser()]
            kwargs["strict"] = False
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", FakePipeline)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    return status, capsys.readouterr().out


@pytest.fixture
def mixed_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Russia fired 12 drones and 3 shells."}), '{"id": "b", "title": "no text"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_csv_has_value_columns_and_error_rows(fake_cli: None, mixed_jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_cli(capsys, "extract", str(mixed_jsonl), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == cli.EXIT_FAILURES
    facts = [r for r in rows if r["kind"]]
    assert [(r["id"], r["text"], r["value.noun"], r["value.count"]) for r in facts] == [
        ("a", "12 drones", "drones", "12"), ("a", "3 shells", "shells", "3")]
    errors = [r for r in rows if r["error"]]
    assert [(r["id"], r["error"]) for r in errors] == [
        ("a", "plugin raiser failed at extract: RuntimeError: boom"),
        ("b", f'input {mixed_jsonl}:2: ValueError: missing string field "text"'),
    ]


def test_cli_parquet(fake_cli: None, mixed_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    target = tmp_path / "out.parquet"
    with target.open("w", encoding="utf-8") as handle:
        monkeypatch.setattr(sys, "stdout", handle)
        cli.main(["extract", str(mixed_jsonl), "--format", "parquet"])
    table = pq.read_table(target)
    assert table.column("value.count").to_pylist() == [12, 3, None, None]
    assert table.column("id").to_pylist() == ["a", "a", "a", "b"]


def test_parquet_to_a_terminal_is_a_usage_error(fake_cli: None, mixed_jsonl: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract", str(mixed_jsonl), "--format", "parquet"])
    assert exc.value.code == cli.EXIT_USAGE and "redirect" in capsys.readouterr().err


README_PANDAS = Path(__file__).resolve().parents[2] / "README.md"


def _readme_block(after: str) -> tuple[str, str]:
    """The first ```python block after the line containing ``after``, and the ```text block that follows."""
    text = README_PANDAS.read_text(encoding="utf-8")
    rest = text[text.index(after):]
    code = rest.split("```python\n", 1)[1].split("```", 1)[0]
    output = rest.split("```text\n", 1)[1].split("```", 1)[0]
    return code, output


def test_readme_pandas_example_prints_what_readme_shows() -> None:
    pytest.importorskip("pandas")
    code, shown = _readme_block("<!-- pandas-example -->")
    assert len(code.strip().splitlines()) == 3
    root = README_PANDAS.parent
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300,
                          env=_env_without_strict())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == shown


def _env_without_strict() -> dict[str, Any]:
    import os

    env = dict(os.environ)
    env.pop("NEWSEXTRACT_STRICT", None)
    return env
