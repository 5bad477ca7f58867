"""The SQLite fact store: incremental runs, replacement, views, schema versions, datasette metadata."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsextract
from newsextract import Document, Fact, Kind, Pipeline, Provenance, Result, Span, cli
from newsextract.store import (
    SCHEMA_VERSION,
    FactStore,
    StoreError,
    datasette_metadata,
    document_key,
    kind_view_name,
    open_database,
    value_fields,
)

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "gold" / "dev.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def scalar(db: Path, sql: str, *params: Any) -> Any:
    return rows(db, sql, *params)[0][0]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def dev_records(n: int | None = None) -> list[dict[str, Any]]:
    lines = DEV.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [{k: r[k] for k in ("id", "text", "published", "source") if k in r} for r in records[:n]]


def summary_counts(err: str) -> tuple[int, int]:
    match = re.search(r"(\d+) documents stored \(\d+ facts\), (\d+) skipped as unchanged", err)
    assert match, err
    return int(match.group(1)), int(match.group(2))


FACT_CONTENT = (
    'SELECT document_id, kind, start, "end", text, confidence, plugin, version, when_date, value, mentions '
    'FROM facts ORDER BY document_id, start, "end", kind, value'
)


# -- incremental runs -------------------------------------------------------------------------


def test_ingesting_the_dev_set_twice_skips_every_document_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "facts.sqlite"
    status, out, err = run(capsys, "extract", str(DEV), "--db", str(db))
    assert status == cli.EXIT_OK, err
    assert out == ""  # results go to the store; stdout only with --format
    assert summary_counts(err) == (40, 0)
    facts = scalar(db, "SELECT count(*) FROM facts")
    assert facts > 300
    assert scalar(db, "SELECT sum(fact_count) FROM documents") == facts
    before = rows(db, "SELECT id, processed_at FROM documents ORDER BY id")
    fact_ids = rows(db, "SELECT id FROM facts ORDER BY id")

    status, _, err = run(capsys, "extract", str(DEV), "--db", str(db))
    assert status == cli.EXIT_OK
    assert summary_counts(err) == (0, 40)
    assert scalar(db, "SELECT count(*) FROM facts") == facts
    assert rows(db, "SELECT id, processed_at FROM documents ORDER BY id") == before
    assert rows(db, "SELECT id FROM facts ORDER BY id") == fact_ids  # nothing rewritten


def test_a_changed_text_under_the_same_id_is_the_only_document_reprocessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = dev_records(3)
    source = write_jsonl(tmp_path / "day1.jsonl", records)
    db = tmp_path / "facts.sqlite"
    run(capsys, "extract", str(source), "--db", str(db))
    changed = records[1]["id"]
    untouched = rows(db, "SELECT id, document_id FROM facts WHERE document_id != ? ORDER BY id", changed)
    old_facts = rows(db, "SELECT id FROM facts WHERE document_id = ?", changed)

    records[1] = {**records[1], "text": "Russia launched 17 drones at Odesa overnight, the air force said."}
    write_jsonl(source, records)
    status, _, err = run(capsys, "extract", str(source), "--db", str(db))
    assert status == cli.EXIT_OK, err
    assert summary_counts(err) == (1, 2)
    assert rows(db, "SELECT id, document_id FROM facts WHERE document_id != ? ORDER BY id", changed) == untouched
    new = rows(db, "SELECT count, span_text FROM weapon_counts WHERE document_id = ?", changed)
    assert new == [(17, "17 drones")]
    assert not set(old_facts) & set(rows(db, "SELECT id FROM facts WHERE document_id = ?", changed))
    assert scalar(db, "SELECT text FROM documents WHERE id = ?", changed) == records[1]["text"]
    assert scalar(db, "SELECT fact_count FROM documents WHERE id = ?", changed) == 1
    # Every stored span still points at its text: no fact of the old text survived.
    stale = (
        "SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id "
        'WHERE substr(d.text, f.start + 1, f."end" - f.start) != f.text'
    )
    assert scalar(db, stale) == 0
    assert rows(db, "PRAGMA foreign_key_check") == []  # no value row outlived its fact
    assert scalar(db, "SELECT count(*) FROM values_weapon_count") == scalar(db, "SELECT count(*) FROM weapon_counts")


def test_reprocess_redoes_stored_documents_and_replaces_their_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", dev_records(3))
    db = tmp_path / "facts.sqlite"
    run(capsys, "extract", str(source), "--db", str(db))
    content = rows(db, FACT_CONTENT)
    ids = rows(db, "SELECT id FROM facts")
    status, _, err = run(capsys, "extract", str(source), "--db", str(db), "--reprocess")
    assert status == cli.EXIT_OK
    assert summary_counts(err) == (3, 0)
    assert rows(db, FACT_CONTENT) == content  # same facts, not twice
    assert not set(ids) & set(rows(db, "SELECT id FROM facts"))  # written anew


def test_a_plugin_upgrade_or_another_plugin_set_makes_a_document_stale(tmp_path: Path) -> None:
    doc = Document("Russia fired 12 drones.", id="a1")
    pipeline = Pipeline(plugins=["weapons"])
    db = tmp_path / "facts.sqlite"
    with FactStore.for_pipeline(db, pipeline) as store:
        store.write(pipeline.extract(doc))
    with FactStore.for_pipeline(db, pipeline) as store:
        assert store.is_current(doc)
        assert not store.is_current(attrs.evolve(doc, text="Russia fired 13 drones."))
        assert not store.is_current(attrs.evolve(doc, id="a2"))
    upgraded = [attrs.evolve(p, version="9.9") if p.name == "weapons" else p for p in pipeline.plugins]
    with FactStore(db, plugins=upgraded) as store:
        assert not store.is_current(doc)
    with FactStore.for_pipeline(db, Pipeline(plugins=["weapons", "quotes"])) as store:
        assert not store.is_current(doc)
    with FactStore.for_pipeline(db, pipeline, reprocess=True) as store:
        assert not store.is_current(doc)


def test_input_errors_are_recorded_once_however_many_runs_read_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(dev_records(1)[0]) + "\n{not json\n", encoding="utf-8")
    db = tmp_path / "facts.sqlite"
    for _ in range(2):
        status, _, err = run(capsys, "extract", str(source), "--db", str(db))
        assert status == cli.EXIT_FAILURES
        assert "in.jsonl:2" in err
    assert rows(db, "SELECT document_id, line, stage FROM errors") == [(None, 2, "input")]
    assert scalar(db, "SELECT count(*) FROM documents") == 1


def test_with_format_the_results_go_to_stdout_as_well(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", dev_records(2))
    db = tmp_path / "facts.sqlite"
    status, out, _ = run(capsys, "extract", str(source), "--db", str(db), "--format", "jsonl", "-q")
    assert status == cli.EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["d01", "d02"]
    assert scalar(db, "SELECT count(*) FROM facts") == sum(len(r["facts"]) for r in records)


# -- what is stored -------------------------------------------------------------------------


@attrs.frozen
class Widget:
    colour: str
    size: int | None
    start: str  # named like a common view column: becomes value_start
    tags: tuple[str, ...] = ()


class WidgetPlugin:
    """A third-party plugin with its own kind (and one kind described only by a JSON Schema)."""

    __newsextract_name__ = "widgets"

    @newsextract.hookimpl
    def register_kinds(self, register: Any) -> None:
        register(Kind("widget", Widget, description="Widgets seen in the text"))
        register(Kind("gizmo", value_schema={"type": "object", "properties": {"label": {"type": "string"}}}, dated=False))

    @newsextract.hookimpl
    def register_extractors(self, register: Any) -> None:
        def widgets(doc: Document) -> list[Fact]:
            out = []
            for match in re.finditer(r"(red|blue) widget", doc.text):
                out.append(Fact("widget", Span(*match.span()), match.group(), Widget(match.group(1), 3, "x", ("a", "b"))))
            for match in re.finditer(r"gizmo", doc.text):
                out.append(Fact("gizmo", Span(*match.span()), match.group(), {"label": "G"}))
            return out

        register(widgets, kinds=["widget", "gizmo"])


def test_a_third_party_kind_gets_its_own_view_with_its_value_fields_as_columns(tmp_path: Path) -> None:
    pipeline = Pipeline(register=[WidgetPlugin()], entry_points=False)
    db = tmp_path / "facts.sqlite"
    with FactStore.for_pipeline(db, pipeline) as store:
        store.write(pipeline.extract("A red widget and a gizmo, then a blue widget.", id="w1", published="2025-07-21"))
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    widgets = [dict(r) for r in conn.execute("SELECT * FROM widgets ORDER BY start")]
    gizmos = [dict(r) for r in conn.execute("SELECT * FROM gizmos")]
    conn.close()
    assert [(w["colour"], w["size"], w["value_start"], w["span_text"], w["day"]) for w in widgets] == [
        ("red", 3, "x", "red widget", "2025-07-21"),
        ("blue", 3, "x", "blue widget", "2025-07-21"),
    ]
    assert json.loads(widgets[0]["tags"]) == ["a", "b"]
    assert widgets[0]["plugin"] == "widgets" and widgets[0]["rule"] is None
    assert [(g["label"], g["span_text"]) for g in gizmos] == [("G", "gizmo")]
    assert rows(db, "SELECT name, view, plugin FROM kinds ORDER BY name") == [
        ("gizmo", "gizmos", "widgets"),
        ("widget", "widgets", "widgets"),
    ]


def test_a_field_a_new_plugin_version_adds_becomes_a_new_column(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    doc = Document("a red widget", id="w1")
    with FactStore(db, kinds={"widget": Kind("widget", Widget)}) as store:
        store.write(Result(doc, (Fact("widget", Span(2, 12), "red widget", Widget("red", 1, "s")),)))
    schema = {"properties": {"colour": {"type": "string"}, "size": {"type": "integer"}, "shine": {"type": "number"}}}
    with FactStore(db, kinds={"widget": Kind("widget", value_schema=schema)}) as store:
        store.write(Result(attrs.evolve(doc, id="w2"), (Fact("widget", Span(2, 12), "red widget", {"colour": "red",
                                                                                              "size": 2, "shine": 0.5}),)))
    assert rows(db, "SELECT document_id, colour, size, shine FROM widgets ORDER BY document_id") == [
        ("w1", "red", 1, None),
        ("w2", "red", 2, 0.5),
    ]


def test_builtin_kinds_get_the_views_the_issue_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "facts.sqlite"
    run(capsys, "extract", str(write_jsonl(tmp_path / "in.jsonl", dev_records(1))), "--db", str(db))
    views = {r[0] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"weapon_counts", "casualties", "quotes", "officials"} <= views
    conn = sqlite3.connect(db)
    columns = [d[0] for d in conn.execute("SELECT * FROM weapon_counts LIMIT 0").description]
    conn.close()
    assert columns[:5] == ["fact_id", "document_id", "day", "weapon", "class"]
    assert {"count", "status", "actor", "span_text", "start", "end", "plugin", "version", "rule"} <= set(columns)


def test_view_names_are_plurals_and_never_take_a_table_name() -> None:
    assert [kind_view_name(k) for k in ("weapon_count", "casualty", "quote", "official", "box", "day")] == [
        "weapon_counts", "casualties", "quotes", "officials", "boxes", "days",
    ]
    assert kind_view_name("fact") == "kind_fact"
    assert kind_view_name("widget", taken={"widgets"}) == "kind_widget"


def test_value_fields_come_from_the_value_type_or_the_value_schema() -> None:
    assert value_fields(Kind("widget", Widget)) == ["colour", "size", "start", "tags"]
    assert value_fields(Kind("gizmo", value_schema={"properties": {"label": {}}})) == ["label"]
    assert value_fields(Kind("bare")) == []


def test_a_rule_in_provenance_is_stored_and_its_absence_is_null(tmp_path: Path) -> None:
    doc = Document("Russia fired 12 drones.", id="r1")
    plain = Fact("gizmo", Span(13, 15), "12", {"label": "n"}, provenance=Provenance("p", "e", None, None))
    ruled = attrs.evolve(plain, provenance=Provenance("rules", "r", None, "1.0", rule="drones-launched"))
    db = tmp_path / "facts.sqlite"
    with FactStore(db) as store:
        store.write(Result(doc, (plain, ruled)))
    assert rows(db, "SELECT plugin, rule FROM facts ORDER BY id") == [("p", None), ("rules", "drones-launched")]


def test_plugin_errors_are_stored_and_the_document_is_retried_next_run(tmp_path: Path) -> None:
    class Broken:
        __newsextract_name__ = "broken"

        @newsextract.hookimpl
        def register_extractors(self, register: Any) -> None:
            def fail(doc: Document) -> list[Fact]:
                raise RuntimeError("boom")

            register(fail, kinds=["gizmo"])

    pipeline = Pipeline(register=[Broken(), WidgetPlugin()], entry_points=False, strict=False)
    doc = Document("a red widget", id="b1", source="wire")
    db = tmp_path / "facts.sqlite"
    with FactStore.for_pipeline(db, pipeline) as store:
        store.write(pipeline.extract(doc))
    assert rows(db, "SELECT document_id, source, plugin, stage, error_type, message FROM errors") == [
        ("b1", "wire", "broken", "extract", "RuntimeError", "boom")
    ]
    assert rows(db, "SELECT fact_count, error_count FROM documents") == [(1, 1)]
    with FactStore.for_pipeline(db, pipeline) as store:
        assert not store.is_current(doc)


def test_documents_without_an_id_are_stored_under_their_text_hash(tmp_path: Path) -> None:
    doc = Document("Russia fired 12 drones.")
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", document_key(doc))
    db = tmp_path / "facts.sqlite"
    with FactStore(db) as store:
        store.write(Result(doc))
        store.write(Result(doc))  # the same document twice is stored once
    assert rows(db, "SELECT id FROM documents") == [(document_key(doc),)]
    with FactStore(db) as store:
        assert store.is_current(doc)


def test_each_batch_is_one_transaction_and_close_commits_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    store = FactStore(db, batch_size=3)
    for i in range(4):
        store.write(Result(Document(f"text {i}", id=f"t{i}")))
    assert scalar(db, "SELECT count(*) FROM documents") == 3  # the first batch, committed
    store.close()
    assert scalar(db, "SELECT count(*) FROM documents") == 4
    assert scalar(db, "PRAGMA journal_mode") == "wal"


# -- schema versions --------------------------------------------------------------------------


def test_a_database_from_a_newer_schema_version_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    db = tmp_path / "facts.sqlite"
    run(capsys, "extract", str(source), "--db", str(db))
    facts = scalar(db, "SELECT count(*) FROM facts")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    status, _, err = run(capsys, "extract", str(source), "--db", str(db), "--reprocess")
    assert status == cli.EXIT_USAGE
    assert "written by a newer newsextract" in err and f"version {SCHEMA_VERSION + 1}" in err
    assert "Traceback" not in err
    assert scalar(db, "SELECT count(*) FROM facts") == facts  # untouched
    with pytest.raises(StoreError, match="newer"):
        open_database(db)


def test_foreign_sqlite_files_and_non_databases_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.close()
    status, _, err = run(capsys, "extract", str(source), "--db", str(foreign))
    assert status == cli.EXIT_USAGE and "not a newsextract fact store" in err
    assert rows(foreign, "SELECT name FROM sqlite_master") == [("people",)]
    text = tmp_path / "notes.sqlite"
    text.write_text("just some text, long enough to be read as a header " * 4, encoding="utf-8")
    status, _, err = run(capsys, "extract", str(source), "--db", str(text))
    assert status == cli.EXIT_USAGE and "not a SQLite database" in err


# -- documented queries, metadata, other readers ----------------------------------------------


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "facts.sqlite"
    assert cli.main(["extract", str(DEV), "--db", str(db), "-q"]) == cli.EXIT_OK
    return db


def test_every_query_in_the_docs_runs_on_the_dev_store(dev_store: Path) -> None:
    page = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", page, flags=re.S)
    plain = [q for q in queries if "ATTACH" not in q]  # the DuckDB one is DuckDB's dialect
    assert len(plain) >= 5
    results = [rows(dev_store, q) for q in plain]
    drones_per_day, largest_per_day, ellison = results[:3]
    assert ("2025-10-14", 147) in drones_per_day
    assert dict(largest_per_day)["2025-10-14"] == 147
    assert len(ellison) == 2 and all(r[1] == "Defense Secretary" for r in ellison)
    assert results[3]  # killed per place


def test_datasette_metadata_describes_every_table_and_view_with_facets(dev_store: Path) -> None:
    metadata = json.loads(dev_store.with_name("facts.metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["facts"]["tables"]
    assert {"documents", "facts", "errors", "weapon_counts", "casualties", "quotes", "officials"} <= set(tables)
    weapons = tables["weapon_counts"]
    assert weapons["title"] == "Weapon counts" and weapons["description"]
    assert {"class", "status"} <= set(weapons["facets"])
    assert "count" not in weapons["facets"]  # numbers are not facets
    assert weapons["columns"]["day"]
    conn = open_database(dev_store)
    try:
        assert datasette_metadata(conn) == metadata
    finally:
        conn.close()


def test_the_datasette_metadata_command_writes_the_file(
    dev_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "meta.json"
    status, _, _ = run(capsys, "datasette-metadata", str(dev_store), "-o", str(out))
    assert status == cli.EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "newsextract facts"
    status, _, err = run(capsys, "datasette-metadata", str(tmp_path / "missing.sqlite"))
    assert status == cli.EXIT_USAGE and "no such database" in err


@pytest.mark.skipif(shutil.which("datasette") is None and not __import__("importlib").util.find_spec("datasette"),
                    reason="datasette is not installed (pip install datasette)")
def test_datasette_serves_a_view_through_get_without_a_server(dev_store: Path) -> None:
    def get(path: str) -> Any:
        completed = subprocess.run(
            [sys.executable, "-m", "datasette", str(dev_store), "-m", str(dev_store.with_name("facts.metadata.json")),
             "--get", path],
            capture_output=True, text=True, timeout=120, check=True,
        )
        return json.loads(completed.stdout)

    drones = get("/facts/weapon_counts.json?_shape=array&class=drone&status=launched&day=2025-10-14")
    assert [(r["document_id"], r["count"], r["span_text"]) for r in drones] == [("d01", 147, "147 drones")]
    assert get("/-/metadata.json")["title"] == "newsextract facts"


def test_pandas_read_sql_reads_a_view(dev_store: Path) -> None:
    pd = pytest.importorskip("pandas")
    with sqlite3.connect(dev_store) as conn:
        frame = pd.read_sql("SELECT * FROM casualties", conn)
    assert len(frame) == scalar(dev_store, "SELECT count(*) FROM facts WHERE kind = 'casualty'")
    assert {"status", "count", "day"} <= set(frame.columns)
