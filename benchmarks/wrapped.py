"""Plain text as it arrives: do wrapped copies of real articles give the same facts?

    .venv/bin/python benchmarks/wrapped.py [--width 72]

Each article of ../shared/eval/dev.jsonl and real/weapons_news.jsonl is written once with its
paragraphs separated by a blank line and once with every paragraph wrapped at ``--width``
columns (``textwrap.fill``); the facts of both are compared by kind and value (spans aside).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED

import newsextract
from newsextract import Span

FILES = ["dev.jsonl", "real/weapons_news.jsonl"]


def spanless(value: Any) -> Any:
    """A fact value with its spans left out."""
    if isinstance(value, Span):
        return None
    if attrs.has(type(value)):
        return tuple((f.name, spanless(getattr(value, f.name))) for f in attrs.fields(type(value)))
    if isinstance(value, (list, tuple)):
        return tuple(spanless(v) for v in value)
    return value


def values(pipeline: newsextract.Pipeline, text: str) -> collections.Counter[tuple[str, Any]]:
    return collections.Counter((f.kind, spanless(f.value)) for f in pipeline.extract(text).facts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=72)
    args = parser.parse_args()
    pipeline = newsextract.Pipeline(exclude=["displacement"], resolve_dates=False)
    for name in FILES:
        articles = facts = differences = differing = 0
        with open(SHARED / name, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                paragraphs = [p.strip() for p in json.loads(line)["text"].splitlines() if p.strip()]
                plain = values(pipeline, "\n\n".join(paragraphs))
                wrapped = values(pipeline, "\n\n".join(textwrap.fill(p, args.width) for p in paragraphs))
                diff = sum(((plain - wrapped) + (wrapped - plain)).values())
                articles += 1
                facts += sum(plain.values())
                differences += diff
                differing += bool(diff)
        print(
            f"{name}: {articles} articles, {facts} facts unwrapped; wrapped at {args.width}: "
            f"{differences} differing facts in {differing} articles"
        )


if __name__ == "__main__":
    main()
