"""Where the per-fact casualty errors on coded real sets come from (ACLED, GTD): text or coding convention.

    .venv/bin/python benchmarks/conventions.py [--limit N]

ACLED and GTD code one figure per status and event; newsextract reports each stated group.
For every article and status with an error (the scoring of ``newsextract eval``: same status,
same count, each gold fact matched once, optional gold facts neither rewarded nor penalised),
the errors are put in the first class that fits:

* ``sum of stated groups``: one coded figure, and the article's own-event facts (not background,
  superseded or a subset) are several that add up to it;
* ``coded figure not in text``: one coded figure that no count in the text states (halved,
  split across events, "coded as 10", another source's figure);
* ``nothing coded``: the coders recorded no figure for the status (coded 0, distrusted source,
  deaths the event is about), yet the text states one;
* ``breakdown parts``: some facts are marked parts of another ("including two children");
* ``other``: everything else, the errors a rule could fix (and some conventions no test catches).

The last line is the F1 if every ``other`` error were fixed: the ceiling general rules can reach
without adopting the coders' conventions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED

import newsextract
from newsextract.text import find_quantities

REAL = SHARED / "real"
SETS = [("acled_2020_fatalities.jsonl", "ACLED event notes"), ("gtd_us_casualties.jsonl", "GTD US incident summaries")]
CLASSES = ["sum of stated groups", "coded figure not in text", "nothing coded", "breakdown parts", "other"]


def _unmatched(gold: list[int], predicted: list[int | None]) -> tuple[int, int, int]:
    """(matched, extra, missed) when each gold count matches at most one equal predicted count."""
    left = list(predicted)
    matched = 0
    for count in gold:
        if count in left:
            left.remove(count)
            matched += 1
    return matched, len(left), len(gold) - matched


def _class(gold: list[int], facts: list[dict[str, Any]], stated: set[int]) -> str:
    own = [f for f in facts if f.get("scope") != "background" and not f.get("superseded") and not f.get("subset_of")]
    if len(gold) == 1 and len(own) > 1 and sum(f["count"] or 0 for f in own) == gold[0]:
        return "sum of stated groups"
    if len(gold) == 1 and gold[0] not in stated:
        return "coded figure not in text"
    if not gold:
        return "nothing coded"
    if any(f.get("subset_of") for f in facts):
        return "breakdown parts"
    return "other"


def classify(path: Path, limit: int | None) -> tuple[Counter[str], Counter[str], Counter[str], tuple[int, int, int]]:
    """Per class: articles, extra facts, missed facts; and the set's (matched, extra, missed)."""
    pipeline = newsextract.Pipeline()
    articles, extra, missed = Counter[str](), Counter[str](), Counter[str]()
    totals = [0, 0, 0]
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            result = pipeline.extract(newsextract.Document(text=row["text"], id=row["id"]))
            values = [f.to_dict()["value"] for f in result.facts if f.kind == "casualty"]
            gold_facts = row["facts"].get("casualty", [])
            statuses = row.get("only_status") or sorted({g["status"] for g in gold_facts} | {v["status"] for v in values})
            # "a man", "an officer": one is always stated.
            stated = {1} | {q.count for q in find_quantities(row["text"]) if q.count is not None}
            for status in statuses:
                gold = [g["count"] for g in gold_facts if g["status"] == status and not g.get("optional")]
                optional = [g["count"] for g in gold_facts if g["status"] == status and g.get("optional")]
                facts = [v for v in values if v["status"] == status]
                predicted = [v["count"] for v in facts]
                matched, more, fewer = _unmatched(gold, predicted)
                more -= _unmatched(optional, [c for c in predicted if c not in gold])[0]
                totals = [totals[0] + matched, totals[1] + more, totals[2] + fewer]
                if more or fewer:
                    which = _class(gold, facts, stated)
                    articles[which] += 1
                    extra[which] += more
                    missed[which] += fewer
    return articles, extra, missed, (totals[0], totals[1], totals[2])


def f1(matched: int, extra: int, missed: int) -> float:
    """F1 from counts of matched, extra and missed facts."""
    return 2 * matched / (2 * matched + extra + missed) if matched else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    args = parser.parse_args()
    for name, label in SETS:
        if not (REAL / name).exists():
            print(f"{label}: {REAL / name} not found")
            continue
        articles, extra, missed, (matched, more, fewer) = classify(REAL / name, args.limit)
        print(f"\n{label}: {matched} matched, {more} extra, {fewer} missed, F1 {f1(matched, more, fewer):.3f}")
        print("| class | articles | extra | missed |\n|---|---|---|---|")
        for which in CLASSES:
            print(f"| {which} | {articles[which]} | {extra[which]} | {missed[which]} |")
        ceiling = f1(matched + missed["other"], more - extra["other"], fewer - missed["other"])
        print(f"F1 if every 'other' error were fixed: {ceiling:.3f}")


if __name__ == "__main__":
    main()
