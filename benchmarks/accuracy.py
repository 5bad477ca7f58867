"""Accuracy table for README: per-kind F1 on the project's gold files and the real data.

    .venv/bin/python benchmarks/accuracy.py            # markdown table on stdout
    .venv/bin/python benchmarks/accuracy.py --peer     # plus the spaCy + textacy peer's micro F1, same run

Runs the installed plugins (the tutorial's ``displacement`` plugin excluded) with the
same scoring as ``newsextract eval``. Real data is read from ../shared when present.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED, peer_python, run_peer

import newsextract
from newsextract.evaluation import Evaluation, evaluate, evaluate_predictions, read_gold, read_predictions

KINDS = ["weapon_count", "casualty", "quote", "official"]
PROJECT = [
    ("tests/gold/dev.jsonl", "development set (40 articles; rules were written against it)"),
    ("tests/gold/seed.jsonl", "seed article"),
    ("tests/gold/holdout.jsonl", "held-out set 1 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout2.jsonl", "held-out set 2 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout3.jsonl", "held-out set 3 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout4.jsonl", "held-out set 4 (30; written independently, misses then fixed)"),
    ("tests/gold/holdout5.jsonl", "held-out set 5 (30; written independently; its scores were in view while rules were written)"),
    ("tests/gold/holdout6.jsonl", "held-out set 6 (30; written independently, never tuned on)"),
    ("tests/gold/holdout7.jsonl", "held-out set 7 (30; written independently, never tuned on)"),
]
REAL = [
    ("real/acled_2020_fatalities.jsonl", "ACLED notes, killed only (5,070; noisy coding)", ["casualty"]),
    ("real/gtd_us_casualties.jsonl", "GTD US summaries (475; noisy coding)", ["casualty"]),
    ("real/polnear_quotes.jsonl", "PolNeAR news articles (168)", ["quote"]),
    ("real/weapons_news.jsonl", "real war news (45 excerpts; BBC, Fox, NYT, GDELT, maritime)", ["weapon_count", "casualty"]),
]


def score(pipeline: newsextract.Pipeline, path: Path, kinds: list[str] | None = None) -> Evaluation:
    return evaluate(read_gold(path), pipeline.extract, lambda k: pipeline.kind(k).matches_gold, kinds)


def peer_score(pipeline: newsextract.Pipeline, python: Path, path: Path, kinds: list[str] | None) -> Evaluation:
    """The peer's output on ``path``, scored by the same code."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "peer.jsonl"
        run_peer(python, path, out)
        predictions = read_predictions(out)
    return evaluate_predictions(read_gold(path), predictions, lambda k: pipeline.kind(k).matches_gold, kinds)


def row(name: str, evaluation: Evaluation, kinds: list[str], peer: Evaluation | None) -> str:
    cells = []
    for kind in KINDS:
        s = evaluation.scores.get(kind)
        cells.append(f"{s.f1:.3f}" if kind in kinds and s is not None and (s.tp + s.fn) else "")
    micro = evaluation.micro
    line = f"| {name} | " + " | ".join(cells) + f" | {micro.precision:.3f} / {micro.recall:.3f} / {micro.f1:.3f} |"
    return line + (f" {peer.micro.f1:.3f} |" if peer is not None else "")


def main() -> None:
    parser = argparse.ArgumentParser(description="per-kind F1 on every gold file and real set")
    parser.add_argument("--peer", action="store_true", help="also score the spaCy + textacy peer in the same run")
    args = parser.parse_args()
    python = peer_python() if args.peer else None
    if args.peer and python is None:
        sys.exit("no peer interpreter found: set NEWSEXTRACT_PEER_PYTHON")
    pipeline = newsextract.Pipeline(exclude=["displacement"], resolve_dates=False)
    peer_head = (" peer micro F1 |", "---|") if python is not None else ("", "")
    print("| gold | weapon_count F1 | casualty F1 | quote F1 | official F1 | micro P / R / F1 |" + peer_head[0])
    print("|---|---|---|---|---|---|" + peer_head[1])
    sets = [(ROOT / rel, name, KINDS) for rel, name in PROJECT] + [(SHARED / rel, name, k) for rel, name, k in REAL]
    for path, name, kinds in sets:
        if path.exists():
            only = None if kinds is KINDS else kinds
            peer = peer_score(pipeline, python, path, only) if python is not None else None
            print(row(name, score(pipeline, path, only), kinds, peer))


if __name__ == "__main__":
    main()
