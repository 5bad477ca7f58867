"""One ingest into the SQLite fact store (``--db``) against JSON Lines output, same articles, same plugins.

    .venv/bin/python benchmarks/store.py [--articles 1000] [--workers 1]

Runs ``newsextract extract ARTICLES.jsonl`` three ways as subprocesses: ``--format jsonl`` to a file,
``--db`` into a new database, and ``--db`` again on the same input (every document skipped).
Prints documents/s (wall) and the child's CPU seconds for each, and the database's size.
The articles are distinct seed-sized variants (3.2 KB: the seed with a numbered dateline).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEED


def timed(command: list[str], stdout_path: Path | None = None) -> tuple[float, float]:
    """Wall seconds and child CPU seconds of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(stdout_path or os.devnull, "w", encoding="utf-8") as out:
        subprocess.run(command, stdout=out, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    seed = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for i in range(args.articles):
                text = seed.replace("KYIV", f"KYIV {i}", 1)
                handle.write(json.dumps({"id": f"s{i:05d}", "text": text, "published": "2025-07-21"}) + "\n")
        base = [sys.executable, "-m", "newsextract.cli", "extract", str(source), "-q", "--workers", str(args.workers)]
        db = work / "facts.sqlite"
        runs = [
            ("JSONL output", [*base, "--format", "jsonl"], work / "out.jsonl"),
            ("--db, new database", [*base, "--db", str(db)], None),
            ("--db again (all skipped)", [*base, "--db", str(db)], None),
        ]
        print(f"{args.articles} seed-sized articles, {args.workers} worker(s)")
        for label, command, out in runs:
            wall, cpu = timed(command, out)
            print(f"{label:<26} {wall:7.2f} s wall {args.articles / wall:8.1f} documents/s | CPU {cpu:6.2f} s "
                  f"= {args.articles / cpu:8.1f} documents/CPU-s")
        print(f"database {db.stat().st_size / 1e6:.1f} MB, JSONL output {(work / 'out.jsonl').stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
