"""Where the time goes, stage by stage: start-up, then per document and per KB.

    .venv/bin/python benchmarks/profile.py [--runs 5] [--copies 200] [--no-startup | --startup-only]

Start-up (fresh interpreters, CPU time, median of ``--runs``): ``import newsextract``, entry-point
discovery, each plugin's set-up (importing its module, then calling its ``register_*``
hooks), building the pipeline, and the first document (lazy imports and compiles it
triggers). Then, in this process, each stage of the CLI's path for two corpora, timed
with CPU time (``time.process_time``, so other users of the machine do not inflate it):

* ``seed``: ``--copies`` distinct variants of the seed article (no per-text cache serves
  one from another), ``published`` 2025-07-21;
* ``acled``: the ACLED event notes (``real/acled_2020_fatalities.jsonl``), short texts
  with a ``published`` date such as "9-May-20".

Stages: reading (JSON decoding), document (``Document`` construction incl. the
``published`` date), each plugin's extractors, link (speaker linking), merge, dates
(``when`` attachment), serialisation (``Result.to_dict`` + ``json.dumps``, as the CLI
writes). Run with ``NEWSEXTRACT_EXCLUDE=displacement`` to leave out the tutorial plugin.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEED, SHARED, peak_rss_mb

# One fresh interpreter: prints a JSON object of seconds per start-up step.
STARTUP_CODE = r"""
import json, sys, time
clock = time.process_time  # CPU time: what other users of the machine do not inflate
t0 = clock()
import newsextract
from newsextract import plugins as _plugins
t1 = clock()
eps = _plugins._entry_points()
t2 = clock()
loads = {}
for ep in eps:
    if ep.name in (_plugins.env_list("NEWSEXTRACT_EXCLUDE") or ()):
        continue
    s = clock()
    try:
        ep.load()
    except Exception:
        pass
    loads[ep.name] = clock() - s
t3 = clock()
pipeline = newsextract.Pipeline()
t4 = clock()
result = pipeline.extract(open(sys.argv[1], encoding="utf-8").read(), published="2025-07-21")
t5 = clock()
registry = pipeline.registry
hooks = {t.plugin: t.register_seconds for t in getattr(registry, "timings", ())}
print(json.dumps({"import": t1 - t0, "discovery": t2 - t1, "plugin_import": loads, "pipeline": t4 - t3,
                  "register_hooks": hooks, "first_document": t5 - t4, "total": t5 - t0, "facts": len(result.facts)}))
"""


def startup(runs: int) -> None:
    """Start-up split into its steps (fresh interpreters, medians)."""
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", STARTUP_CODE, str(SEED)], capture_output=True, text=True, check=True)
        samples.append(json.loads(out.stdout))
    bare = []
    for _ in range(runs):
        proc = subprocess.Popen([sys.executable, "-c", "pass"])
        usage = os.wait4(proc.pid, 0)[2]
        bare.append(usage.ru_utime + usage.ru_stime)

    def med(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:8.1f}"

    print(f"Start-up (fresh interpreters, CPU ms, median of {runs}; {samples[0]['facts']} facts on the seed; "
          "bytecode as the environment has it)")
    print("| step | ms |")
    print("|---|---|")
    print(f"| interpreter start (python -c pass, whole process CPU) | {med(bare)} |")
    print(f"| import newsextract | {med([s['import'] for s in samples])} |")
    print(f"| entry-point discovery | {med([s['discovery'] for s in samples])} |")
    for name in samples[0]["plugin_import"]:
        print(f"| plugin set-up: import {name} | {med([s['plugin_import'][name] for s in samples])} |")
    print(f"| Pipeline() (register hooks; discovery again before it was cached) | {med([s['pipeline'] for s in samples])} |")
    for name in samples[0]["register_hooks"]:
        print(f"|   register hooks: {name} (wall) | {med([s['register_hooks'][name] for s in samples])} |")
    print(f"| first document (seed) | {med([s['first_document'] for s in samples])} |")
    print(f"| total in-process, import to first facts | {med([s['total'] for s in samples])} |")
    print()


def _seed_lines(copies: int) -> list[bytes]:
    seed = SEED.read_text(encoding="utf-8")
    return [
        json.dumps({"id": f"seed-{i}", "published": "2025-07-21", "text": seed.replace("KYIV", f"KYIV {i}", 1)}).encode()
        for i in range(copies)
    ]


def _acled_lines() -> list[bytes]:
    with open(SHARED / "real" / "acled_2020_fatalities.jsonl", "rb") as handle:
        return [line for line in handle if line.strip()]


def stages(label: str, lines: list[bytes]) -> None:
    """Each stage of the CLI path over ``lines``, CPU time per document and per KB."""
    from newsextract import Document, Pipeline
    from newsextract.merge import merge_facts
    from newsextract.pipeline import _alarm_handler, _attach_times

    pipeline = Pipeline()
    clock = time.process_time
    spent: dict[str, float] = defaultdict(float)
    kb = sum(len(line) for line in lines) / 1024
    undated = {name for name, kind in pipeline.registry.kinds.items() if not kind.dated}
    documents = 0
    total_started = clock()
    for raw in lines:
        t = clock()
        row = json.loads(raw.decode("utf-8"))
        t1 = clock()
        spent["reading (JSON decode)"] += t1 - t
        fields = {k: row.get(k) for k in ("id", "title", "published", "source", "url")}
        doc = Document(row["text"], metadata={k: v for k, v in row.items() if k not in fields and k != "text"}, **fields)
        t2 = clock()
        spent["document + published date"] += t2 - t1
        errors: list = []
        facts: list = []
        with _alarm_handler(pipeline.timeout) as armed:
            for extractor in pipeline.registry.extractors:
                s = clock()
                facts.extend(pipeline._run_extractor(extractor, doc, errors, armed))
                spent[f"plugin {extractor.plugin}"] += clock() - s
        t3 = clock()
        facts = pipeline._link(doc, facts, errors)
        t4 = clock()
        spent["link (speakers)"] += t4 - t3
        facts = merge_facts(facts, pipeline._key_of(errors), pipeline._rank)
        t5 = clock()
        spent["merge"] += t5 - t4
        facts = _attach_times(doc, facts, undated)
        t6 = clock()
        spent["dates (when)"] += t6 - t5
        from newsextract import Result

        json.dumps(Result(document=doc, facts=tuple(facts), errors=tuple(errors)).to_dict(), ensure_ascii=False)
        spent["serialisation"] += clock() - t6
        documents += 1
    total = clock() - total_started
    print(f"{label}: {documents} documents, {kb:,.0f} KB; CPU ms per document and per KB")
    print("| stage | ms/doc | ms/KB | share |")
    print("|---|---|---|---|")
    for stage, seconds in spent.items():
        print(f"| {stage} | {seconds * 1000 / documents:.3f} | {seconds * 1000 / kb:.3f} | {seconds / total:.0%} |")
    print(f"| **total** | {total * 1000 / documents:.3f} | {total * 1000 / kb:.3f} | 100% |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters for the start-up split")
    parser.add_argument("--copies", type=int, default=200, help="seed variants")
    parser.add_argument("--no-startup", action="store_true")
    parser.add_argument("--startup-only", action="store_true")
    args = parser.parse_args()
    os.environ.pop("NEWSEXTRACT_TRACE", None)
    if not args.no_startup:
        startup(args.runs)
    if args.startup_only:
        return
    # Warm-up on an unrelated text, so the first measured document does not pay lazy imports.
    from newsextract import Pipeline

    Pipeline().extract("Russia launched 40 drones on Monday, officials said.", published="2020-05-09")
    stages(f"seed ({args.copies} variants)", _seed_lines(args.copies))
    if (SHARED / "real" / "acled_2020_fatalities.jsonl").exists():
        stages("acled notes", _acled_lines())
    else:
        print(f"(no ACLED notes under {SHARED}; set NEWSEXTRACT_SHARED)")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
