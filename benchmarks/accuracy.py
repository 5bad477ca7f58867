"""Accuracy table for README: per-kind F1 on the project's gold files and the real data.

    .venv/bin/python benchmarks/accuracy.py            # markdown table on stdout

Runs the installed plugins (the tutorial's ``displacement`` plugin excluded) with the
same scoring as ``newsextract eval``. Real data is read from ../shared when present.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED

import newsextract
from newsextract.evaluation import Evaluation, evaluate, read_gold

KINDS = ["weapon_count", "casualty", "quote", "official"]
PROJECT = [
    ("tests/gold/dev.jsonl", "development set (40 articles; rules were written against it)"),
    ("tests/gold/seed.jsonl", "seed article"),
    ("tests/gold/holdout.jsonl", "held-out set 1 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout2.jsonl", "held-out set 2 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout3.jsonl", "held-out set 3 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout4.jsonl", "held-out set 4 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout5.jsonl", "held-out set 5 (30; written independently, never tuned on)"),
]
REAL = [
    ("real/acled_2020_fatalities.jsonl", "ACLED notes, killed only (5,070; noisy coding)", ["casualty"]),
    ("real/gtd_us_casualties.jsonl", "GTD US summaries (475; noisy coding)", ["casualty"]),
    ("real/polnear_quotes.jsonl", "PolNeAR news articles (168)", ["quote"]),
]


def score(pipeline: newsextract.Pipeline, path: Path, kinds: list[str] | None = None) -> Evaluation:
    return evaluate(read_gold(path), pipeline.extract, lambda k: pipeline.kind(k).matches_gold, kinds)


def row(name: str, evaluation: Evaluation, kinds: list[str]) -> str:
    cells = []
    for kind in KINDS:
        s = evaluation.scores.get(kind)
        cells.append(f"{s.f1:.3f}" if kind in kinds and s is not None and (s.tp + s.fn) else "")
    micro = evaluation.micro
    return f"| {name} | " + " | ".join(cells) + f" | {micro.precision:.3f} / {micro.recall:.3f} / {micro.f1:.3f} |"


def main() -> None:
    pipeline = newsextract.Pipeline(exclude=["displacement"], resolve_dates=False)
    print("| gold | weapon_count F1 | casualty F1 | quote F1 | official F1 | micro P / R / F1 |")
    print("|---|---|---|---|---|---|")
    for rel, name in PROJECT:
        path = ROOT / rel
        if path.exists():
            print(row(f"{name}", score(pipeline, path), KINDS))
    for rel, name, kinds in REAL:
        path = SHARED / rel
        if path.exists():
            print(row(name, score(pipeline, path, kinds), kinds))


if __name__ == "__main__":
    main()
