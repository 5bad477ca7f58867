"""Throughput of all installed plugins: one process, a process pool, and Dask-local, side by side.

    .venv/bin/python benchmarks/throughput.py [--mb 2] [--workers 2] [--no-dask] [--per-plugin]

Prints articles/s, MB/s, words/s (vs the spaCy baseline of 5,000-7,000 words/s/core) and peak memory.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from _common import SEED, corpus, peak_rss_mb

import newsextract

SPACY_WORDS_PER_S = (5_000, 7_000)


def report(label: str, texts: list[str], seconds: float, facts: int, extra: str = "", cpu: float | None = None) -> None:
    """One line of figures; ``cpu`` (process CPU seconds) is shown too, as wall time suffers on a loaded machine."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if cpu:
        extra = f"| CPU {cpu:.2f} s = {mb / cpu:.3f} MB/s {len(texts) / cpu:.1f} articles/s " + extra
    words = sum(len(t.split()) for t in texts)
    wps = words / seconds
    print(
        f"{label:<22} {len(texts):>6} articles {mb:6.2f} MB {seconds:8.2f} s | "
        f"{len(texts) / seconds:8.1f} articles/s {mb / seconds:6.3f} MB/s {wps:10,.0f} words/s "
        f"({wps / SPACY_WORDS_PER_S[1]:.1f}-{wps / SPACY_WORDS_PER_S[0]:.1f}x spaCy) | {facts} facts {extra}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text (default 2)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--per-plugin", action="store_true", help="also time each extractor alone")
    args = parser.parse_args()

    texts = corpus(int(args.mb * 1024 * 1024))
    pipeline = newsextract.Pipeline(strict=False)
    active = [p.name for p in pipeline.plugins if p.status == "active"]
    print(f"plugins: {', '.join(active)}")
    pipeline.extract(texts[0])  # warm-up: lazy imports, caches

    tracemalloc.start()  # traced allocations on a sample only: tracemalloc slows extraction several-fold
    for text in texts[:500]:
        pipeline.extract(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    cpu_started = time.process_time()
    started = time.perf_counter()
    facts = errors = 0
    for result in pipeline.extract_many(texts):
        facts += len(result.facts)
        errors += len(result.errors)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    report("1 process", texts, seconds, facts,
           f"| {errors} errors | peak RSS {peak_rss_mb():.0f} MB, tracemalloc peak {traced_peak / 1e6:.1f} MB/500 articles", cpu)

    # Seed-sized articles: 300 distinct variants of the seed (no cache can serve one from another).
    seed = SEED.read_text(encoding="utf-8")
    seeds = [seed.replace("KYIV", f"KYIV {i}", 1) for i in range(300)]
    started = time.perf_counter()
    cpu_started = time.process_time()
    facts = sum(len(pipeline.extract(text, published="2025-07-21").facts) for text in seeds)
    report("seed-sized, 1 process", seeds, time.perf_counter() - started, facts, cpu=time.process_time() - cpu_started)

    if args.per_plugin:
        doc_texts = [newsextract.Document(t) for t in texts]
        for extractor in pipeline.extractors:
            started = time.perf_counter()
            cpu_started = time.process_time()
            count = 0
            for doc in doc_texts:
                with contextlib.suppress(Exception):
                    count += len(list(extractor.function(doc)))
            report(f"  only {extractor.plugin}", texts, time.perf_counter() - started, count,
                   cpu=time.process_time() - cpu_started)

    started = time.perf_counter()
    facts = sum(len(r.facts) for r in pipeline.extract_many(texts, workers=args.workers, chunk_size=32))
    report(f"pool, {args.workers} workers", texts, time.perf_counter() - started, facts)

    if args.no_dask:
        return
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        print("dask: not installed (pip install 'dask[bag]' distributed) - skipped")
        return
    from newsextract.batch import dask_extract

    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster):
        bag = db.from_sequence(texts, npartitions=args.workers * 8)
        dask_extract(db.from_sequence(texts[:4], npartitions=2), pipeline).compute()  # warm workers
        started = time.perf_counter()
        out = dask_extract(bag, pipeline).compute()
        report(f"dask, {args.workers} workers", texts, time.perf_counter() - started, sum(len(r["facts"]) for r in out))


if __name__ == "__main__":
    main()
