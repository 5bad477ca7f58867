"""A fact-store ingest killed with SIGKILL at a random moment: the database stays whole, and a rerun finishes it."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsextract import cli

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")
ARTICLES = 2000

DOCUMENT_CONTENT = (
    "SELECT id, title, source, url, published, language, text_sha256, metadata, totals, plugins, "
    "newsextract_version, fact_count, error_count FROM documents ORDER BY id"
)
FACT_CONTENT = (
    'SELECT document_id, kind, start, "end", text, confidence, plugin, extractor, distribution, version, rule, '
    'when_date, when_granularity, when_text, value, mentions FROM facts ORDER BY document_id, start, "end", kind, value'
)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return int(query(db, "SELECT count(*) FROM documents")[0][0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def extract_command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsextract.cli", "extract", str(source), "--db", str(db), "-q"]


def facts_by_document(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in query(db, FACT_CONTENT):
        out.setdefault(row[0], []).append(row)
    return out


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 distinct seed-sized articles (3.2 KB each: the seed with a numbered dateline)."""
    path = tmp_path_factory.mktemp("crash") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            text = SEED.replace("KYIV", f"KYIV {i}", 1)
            handle.write(json.dumps({"id": f"s{i:04d}", "text": text, "published": "2025-07-21"}) + "\n")
    return path


def test_a_run_killed_at_a_random_moment_leaves_whole_documents_and_a_rerun_finishes_the_job(
    articles: Path, tmp_path: Path
) -> None:
    clean = tmp_path / "clean.sqlite"
    assert cli.main(["extract", str(articles), "--db", str(clean), "-q"]) == cli.EXIT_OK
    assert stored_documents(clean) == ARTICLES

    db = tmp_path / "killed.sqlite"
    process = subprocess.Popen(extract_command(articles, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while stored_documents(db) == 0:  # wait for the first committed batch
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "no batch committed in 300 s"
            time.sleep(0.02)
        delay = random.uniform(0.0, 1.0)
        print(f"killing {delay:.3f} s after the first commit")  # shown when the test fails
        time.sleep(delay)
        assert process.poll() is None, "the run finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    partial = stored_documents(db)
    assert 0 < partial < ARTICLES
    # Only whole documents: each stored document has exactly the facts a clean run gives it.
    expected = facts_by_document(clean)
    got = facts_by_document(db)
    stored = [row[0] for row in query(db, "SELECT id FROM documents")]
    assert set(got) <= set(stored)
    for doc_id in stored:
        assert got.get(doc_id, []) == expected.get(doc_id, []), doc_id
    assert query(db, "SELECT count(*) FROM documents d WHERE fact_count != "
                     "(SELECT count(*) FROM facts f WHERE f.document_id = d.id)") == [(0,)]

    rerun = subprocess.run(
        [*extract_command(articles, db)[:-1]], capture_output=True, text=True, timeout=900, check=False
    )
    assert rerun.returncode == cli.EXIT_OK, rerun.stderr
    assert f"{ARTICLES - partial} documents stored" in rerun.stderr
    assert f"{partial} skipped as unchanged" in rerun.stderr
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, DOCUMENT_CONTENT) == query(clean, DOCUMENT_CONTENT)
    assert query(db, FACT_CONTENT) == query(clean, FACT_CONTENT)


def test_a_run_killed_at_any_moment_from_its_start_is_finished_by_a_rerun(articles: Path, tmp_path: Path) -> None:
    """Also before the first commit: while the schema is created, or before the file exists."""
    source = tmp_path / "few.jsonl"
    source.write_text("".join(articles.read_text(encoding="utf-8").splitlines(keepends=True)[:150]), encoding="utf-8")
    clean = tmp_path / "clean.sqlite"
    assert cli.main(["extract", str(source), "--db", str(clean), "-q"]) == cli.EXIT_OK

    db = tmp_path / "killed.sqlite"
    delay = random.uniform(0.0, 2.0)
    print(f"killing {delay:.3f} s after the start")
    process = subprocess.Popen(extract_command(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=60)
    if db.exists():
        assert query(db, "PRAGMA integrity_check") == [("ok",)]
        for doc_id, facts in facts_by_document(db).items():
            assert facts == facts_by_document(clean)[doc_id]
    assert cli.main(["extract", str(source), "--db", str(db), "-q"]) == cli.EXIT_OK
    assert query(db, DOCUMENT_CONTENT) == query(clean, DOCUMENT_CONTENT)
    assert query(db, FACT_CONTENT) == query(clean, FACT_CONTENT)
