"""Accuracy on the real data in /work/shared/eval/real (the `newsextract eval` equivalent) plus kbp37 title recall.

    .venv/bin/python benchmarks/real_data.py [--limit N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED

import newsextract
from newsextract.evaluation import content_words, evaluate, read_gold, same_last_name

GOLD = [
    ("acled_2020_fatalities.jsonl", ["casualty"]),
    ("gtd_us_casualties.jsonl", ["casualty"]),
    ("polnear_quotes.jsonl", ["quote"]),
    ("textacy_direct_quotations_cases.jsonl", ["quote"]),
]


def kbp37_title_recall(pipeline: newsextract.Pipeline, limit: int | None) -> None:
    path = SHARED / "real" / "kbp37_per_title.jsonl"
    if "official" not in pipeline.kinds:
        print("kbp37: no plugin owns kind 'official' - skipped")
        return
    hit = person_hit = total = 0
    with open(path, encoding="utf-8") as handle:
        for line in itertools.islice(handle, limit):
            row = json.loads(line)
            total += 1
            facts = pipeline.extract(row["sentence"]).of("official")
            values = [newsextract.value_to_dict(f.value) for f in facts]
            persons = [v for v in values if same_last_name(row["person"], v.get("name"))]
            person_hit += bool(persons)
            hit += any(content_words(row["title"]) & content_words(v.get("title") or "") for v in persons)
    print(f"kbp37_per_title: {total} pairs; person found {person_hit / total:.3f}; "
          f"person with a title sharing a content word {hit / total:.3f} (title recall)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    args = parser.parse_args()
    pipeline = newsextract.Pipeline(strict=False, resolve_dates=False)
    print(f"{'file':<40}{'kind':<10}{'n':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}{'s':>7}")
    for name, kinds in GOLD:
        path = SHARED / "real" / name
        if not path.exists():
            continue
        articles = list(itertools.islice(read_gold(path), args.limit))
        started = time.perf_counter()
        result = evaluate(articles, pipeline.extract, lambda k: pipeline.kind(k).matches_gold, kinds)
        seconds = time.perf_counter() - started
        for kind, s in sorted(result.scores.items()):
            print(f"{name:<40}{kind:<10}{result.articles:>6}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
                  f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{seconds:>7.1f}")
    kbp37_title_recall(pipeline, args.limit)


if __name__ == "__main__":
    main()
