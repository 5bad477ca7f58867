"""Accuracy on real text written by others, side by side with the spaCy + textacy peer in the same run.

    .venv/bin/python benchmarks/real_data.py [--limit N] [--no-peer]

Every set in ``../shared/eval/real`` (or ``$NEWSEXTRACT_SHARED/eval/real``):

* per-fact precision / recall / F1 with the scoring of ``newsextract eval`` (the peer's saved
  output is scored by the same code, :func:`newsextract.evaluation.evaluate_predictions`);
* per-article totals agreement with the coders' figures (ACLED fatalities, GTD nkill / nwound),
  computed by ``../shared/eval/totals.py`` from each system's JSON Lines output: newsextract's
  own ``totals`` field, the peer's facts summed naively (it has no totals);
* KBP37 official titles: the share of sentence pairs whose person is found with a title
  sharing a content word with the coded one.

The peer runs as ``peers.py FILE`` under its own interpreter (``NEWSEXTRACT_PEER_PYTHON``, else
``../shared/peer/.venv/bin/python`` or ``../peer-venv/bin/python`` beside this checkout).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, peer_python, run_peer, write_jsonl

import newsextract
from newsextract.evaluation import (
    Article,
    Evaluation,
    content_words,
    evaluate,
    evaluate_predictions,
    read_gold,
    read_predictions,
    same_last_name,
)

REAL = SHARED / "real"
#: file, kinds scored, label, whether the coders recorded per-article casualty totals
SETS = [
    ("acled_2020_fatalities.jsonl", ["casualty"], "ACLED event notes (killed only; noisy coding)", True),
    ("gtd_us_casualties.jsonl", ["casualty"], "GTD US incident summaries (noisy coding)", True),
    ("polnear_quotes.jsonl", ["quote"], "PolNeAR election news", False),
    ("weapons_news.jsonl", ["weapon_count", "casualty"], "real war news (BBC, Fox, NYT, GDELT, maritime)", False),
]
KBP37 = "kbp37_per_title.jsonl"


def peer_as_output(path: Path) -> list[dict[str, Any]]:
    """The peer's records (facts by kind) as newsextract's output records (a list of kind/value)."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [
        {
            "id": row["id"],
            "facts": [{"kind": kind, "value": value} for kind, values in (row.get("facts") or {}).items() for value in values],
        }
        for row in rows
    ]


def totals_agreement(gold: Path, output: Path) -> dict[str, Any]:
    """What ``../shared/eval/totals.py`` prints for one system's output."""
    done = subprocess.run(
        [sys.executable, str(SHARED / "totals.py"), str(gold), str(output)], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


def subset(path: Path, limit: int | None, folder: Path) -> Path:
    """``path`` itself, or its first ``limit`` lines in a temporary file."""
    if limit is None:
        return path
    out = folder / path.name
    with open(path, encoding="utf-8") as handle:
        out.write_text("".join(itertools.islice(handle, limit)), encoding="utf-8")
    return out


def ours(pipeline: newsextract.Pipeline, articles: Sequence[Article], out: Path) -> tuple[Evaluation, float]:
    """Run newsextract on the articles (once), save its records, and score them."""
    started = time.perf_counter()
    results = {a.document.id: pipeline.extract(a.document) for a in articles}
    seconds = time.perf_counter() - started
    write_jsonl(out, (r.to_dict() for r in results.values()))
    evaluation = evaluate(articles, lambda d: results[d.id], lambda k: pipeline.kind(k).matches_gold)
    return evaluation, seconds


def share(value: float | None) -> str:
    """A share as a percentage; a dash where there was nothing to share."""
    return "—" if value is None else f"{value:.1%}"


def score_row(label: str, kind: str, n: int, mine: Evaluation, peer: Evaluation | None) -> str:
    def cell(evaluation: Evaluation | None) -> str:
        if evaluation is None or kind not in evaluation.scores:
            return "—"
        s = evaluation.scores[kind]
        return f"{s.precision:.3f} / {s.recall:.3f} / **{s.f1:.3f}**"

    return f"| {label} | {kind} | {n} | {cell(mine)} | {cell(peer)} |"


def kbp37(pipeline: newsextract.Pipeline, limit: int | None, python: Path | None, folder: Path) -> str:
    """Title recall on KBP37 person/title pairs, for both systems."""
    with open(REAL / KBP37, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, limit)]
    mine = [[newsextract.value_to_dict(f.value) for f in pipeline.extract(row["sentence"]).of("official")] for row in rows]
    theirs: list[list[Mapping[str, Any]]] = [[] for _ in rows]
    if python is not None:
        source = folder / "kbp37.in.jsonl"
        write_jsonl(source, ({"id": str(i), "text": row["sentence"]} for i, row in enumerate(rows)))
        run_peer(python, source, folder / "kbp37.peer.jsonl")
        predicted = read_predictions(folder / "kbp37.peer.jsonl")
        theirs = [list(predicted.get(str(i), {}).get("official", [])) for i in range(len(rows))]

    def recall(values_per_row: list[list[Mapping[str, Any]]]) -> tuple[float, float]:
        person = title = 0
        for row, values in zip(rows, values_per_row, strict=True):
            persons = [v for v in values if same_last_name(row["person"], v.get("name"))]
            person += bool(persons)
            title += any(content_words(row["title"]) & content_words(v.get("title") or "") for v in persons)
        return person / len(rows), title / len(rows)

    (mp, mt), (tp, tt) = recall(mine), recall(theirs)
    peer_cell = f"{tp:.3f} / **{tt:.3f}**" if python is not None else "—"
    return (
        f"| KBP37 person-title pairs | official (person found / title recall) | {len(rows)} | "
        f"{mp:.3f} / **{mt:.3f}** | {peer_cell} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    parser.add_argument("--no-peer", action="store_true", help="newsextract only")
    args = parser.parse_args()
    if not REAL.exists():
        sys.exit(f"no real data at {REAL} (set NEWSEXTRACT_SHARED)")
    python = None if args.no_peer else peer_python()
    if not args.no_peer and python is None:
        print("(no peer interpreter found: set NEWSEXTRACT_PEER_PYTHON; running without the peer)")
    pipeline = newsextract.Pipeline(strict=False, resolve_dates=False, exclude=["displacement"])
    score_lines = ["| set | kind | articles | newsextract P / R / F1 | peer P / R / F1 |", "|---|---|---|---|---|"]
    totals_lines = [
        "| set | status | coded > 0: newsextract | peer | coded = 0: newsextract | peer |",
        "|---|---|---|---|---|---|",
    ]
    timing: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, kinds, label, coded in SETS:
            if not (REAL / name).exists():
                continue
            source = subset(REAL / name, args.limit, folder)
            articles = list(read_gold(source))
            mine, seconds = ours(pipeline, articles, folder / f"{name}.ours")
            peer = None
            if python is not None:
                peer_seconds = run_peer(python, source, folder / f"{name}.peer")
                peer = evaluate_predictions(
                    articles, read_predictions(folder / f"{name}.peer"), lambda k: pipeline.kind(k).matches_gold
                )
                write_jsonl(folder / f"{name}.peer.out", peer_as_output(folder / f"{name}.peer"))
                timing.append(f"{name}: newsextract {seconds:.1f} s in-process, peer {peer_seconds:.1f} s whole process")
            for kind in kinds:
                score_lines.append(score_row(label, kind, len(articles), mine, peer))
            if coded:
                agree = totals_agreement(source, folder / f"{name}.ours")
                theirs = totals_agreement(source, folder / f"{name}.peer.out") if peer is not None else {}
                for status in ("killed", "wounded"):
                    if status not in agree:
                        continue
                    row = [share(agree.get(status, {}).get(c)) for c in ("coded>0", "coded=0")]
                    other = [share(theirs.get(status, {}).get(c)) for c in ("coded>0", "coded=0")]
                    totals_lines.append(f"| {label} | {status} | {row[0]} | {other[0]} | {row[1]} | {other[1]} |")
        if (REAL / KBP37).exists():
            score_lines.append(kbp37(pipeline, args.limit, python, folder))
    print("Per-fact accuracy (newsextract eval's scoring):\n")
    print("\n".join(score_lines))
    print("\nPer-article totals equal to the coded figure (../shared/eval/totals.py; the peer's facts summed):\n")
    print("\n".join(totals_lines))
    if timing:
        print("\n" + "\n".join(timing))


if __name__ == "__main__":
    main()
