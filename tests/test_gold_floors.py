"""The gold corpus: every kind's F1 must stay at or above its floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import Pipeline
from newsextract.evaluation import Evaluation, evaluate, read_gold

GOLD = Path(__file__).parent / "gold"

#: F1 floors per kind and file: just under what the project measured (see README's Accuracy).
#: The holdout files were written independently of the extractors; each was measured
#: unseen, then its misses were fixed with general rules (see README's Accuracy).
FLOORS = {
    "dev.jsonl": {"weapon_count": 0.98, "casualty": 0.98, "quote": 0.97, "official": 0.98},
    "seed.jsonl": {"weapon_count": 0.99, "casualty": 0.99, "quote": 0.99, "official": 0.99},
    "holdout.jsonl": {"weapon_count": 0.98, "casualty": 0.98, "quote": 0.98, "official": 0.98},
    "holdout2.jsonl": {"weapon_count": 0.98, "casualty": 0.97, "quote": 0.95, "official": 0.98},
    "holdout3.jsonl": {"weapon_count": 0.98, "casualty": 0.98, "quote": 0.98, "official": 0.98},
    "holdout4.jsonl": {"weapon_count": 0.96, "casualty": 0.95, "quote": 0.95, "official": 0.98},
    # Measured 0.873 / 0.965 / 0.961 / 0.977 when first seen; its scores were in view while
    # the real-news rules were written, so it is regression protection now.
    "holdout5.jsonl": {"weapon_count": 0.98, "casualty": 0.95, "quote": 0.98, "official": 0.96},
    # Never tuned on: measured 0.859 / 0.888 / 0.933 / 0.977 when first seen (code before the
    # real-news rules), 0.906 / 0.915 / 0.950 / 0.977 after them; quote 0.967 after a later
    # general quotes fix (its misses still unread).
    "holdout6.jsonl": {"weapon_count": 0.89, "casualty": 0.90, "quote": 0.95, "official": 0.96},
    # Never tuned on: measured 0.951 / 0.946 / 0.928 / 0.970 when first seen (code before this
    # round's real-news rules), 0.951 / 0.953 / 0.928 / 0.970 after them.
    "holdout7.jsonl": {"weapon_count": 0.94, "casualty": 0.94, "quote": 0.91, "official": 0.96},
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(resolve_dates=False, strict=True)


def score(pipeline: Pipeline, name: str) -> Evaluation:
    return evaluate(read_gold(GOLD / name), pipeline.extract, lambda k: pipeline.kind(k).matches_gold)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_stays_above_floor(pipeline: Pipeline, name: str) -> None:
    active = {k for k in pipeline.kinds}
    evaluation = score(pipeline, name)
    for kind, floor in FLOORS[name].items():
        if kind not in active:
            pytest.skip(f"no installed plugin emits {kind}")
        f1 = evaluation.scores[kind].f1
        assert f1 >= floor, f"{name}: {kind} F1 {f1:.3f} fell below its floor {floor}"
