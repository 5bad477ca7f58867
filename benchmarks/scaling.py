"""Time per KB for articles of 1 KB, 10 KB, 100 KB and 1 MB (must be flat), plus the hostile inputs.

    .venv/bin/python benchmarks/scaling.py [--no-hostile] [--per-plugin] [--max-kb 1024]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEED, dev_texts, hostile_inputs

import newsextract


def timed(pipeline: newsextract.Pipeline, text: str) -> tuple[float, int, int]:
    started = time.process_time()  # CPU time: wall time is noisy on a shared machine
    result = pipeline.extract(text)
    return time.process_time() - started, len(result.facts), len(result.errors)


def per_plugin(pipeline: newsextract.Pipeline, text: str) -> str:
    doc = newsextract.Document(text)
    parts = []
    for extractor in pipeline.extractors:
        started = time.process_time()
        try:
            list(extractor.function(doc))
            status = ""
        except Exception as exc:
            status = f"!{type(exc).__name__}"
        parts.append(f"{extractor.plugin}={(time.process_time() - started) * 1000 / (len(text) / 1024):.3f}{status}")
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-hostile", action="store_true")
    parser.add_argument("--per-plugin", action="store_true", help="ms/KB of each extractor alone")
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--timeout", type=float, default=600, help="per-extractor budget in seconds")
    args = parser.parse_args()
    pipeline = newsextract.Pipeline(strict=False, timeout=args.timeout)
    pool = "\n\n".join(dev_texts())
    pipeline.extract(pool[:3000])
    print("CPU time per KB (process_time)\nsize        ms/KB    total s   facts errors")
    for kb in (1, 10, 100, 1024):
        if kb > args.max_kb:
            break
        text = (pool * (kb * 1024 // len(pool) + 1))[: kb * 1024]
        seconds, facts, errors = timed(pipeline, text)
        line = f"{kb:>5} KB {seconds * 1000 / kb:10.3f} {seconds:10.3f} {facts:7d} {errors:6d}"
        if args.per_plugin:
            line += "   " + per_plugin(pipeline, text)
        print(line, flush=True)
    if args.no_hostile:
        return
    print("\nhostile input          KB      ms/KB    total s   facts errors")
    for name, text in hostile_inputs(SEED.read_text(encoding="utf-8")).items():
        kb = len(text.encode("utf-8")) / 1024
        seconds, facts, errors = timed(pipeline, text)
        line = f"{name:<20} {kb:8.0f} {seconds * 1000 / kb:10.3f} {seconds:10.3f} {facts:7d} {errors:6d}"
        if args.per_plugin:
            line += "   " + per_plugin(pipeline, text)
        print(line, flush=True)


if __name__ == "__main__":
    main()
