"""The plugin inside the core: loading, merging, scoring, the seed article."""

from __future__ import annotations

from pathlib import Path

from newsextract_displacement import Displacement, gold_match

import newsextract
from newsextract.evaluation import evaluate, read_gold

DATA = Path(__file__).parent / "data"


def test_plugin_loads_from_its_entry_point() -> None:
    pipeline = newsextract.Pipeline(plugins=["displacement"], strict=True)
    (info,) = [p for p in pipeline.plugins if p.name == "displacement"]
    assert info.status == "active"
    assert info.distribution == "newsextract-displacement"
    assert info.kinds == ("displacement",)
    assert pipeline.kind("displacement").value_type is Displacement


def test_provenance_is_stamped_by_the_core() -> None:
    result = newsextract.Pipeline(plugins=["displacement"], strict=True).extract("The war has displaced 40,000.")
    (fact,) = result.of("displacement")
    assert fact.extractor == "displacement"
    assert fact.provenance is not None
    assert fact.provenance.distribution == "newsextract-displacement"
    assert fact.to_dict()["value"] == {
        "count": 40000,
        "qualifier": "exact",
        "action": "displaced",
        "who": None,
        "lower_bound": None,
    }


# --8<-- [start:merge]
def test_same_group_told_twice_is_one_fact_with_two_mentions() -> None:
    text = (
        "More than 3,000 people were evacuated as the river rose.\n"
        "By Monday evening, 3,000 residents were evacuated from low-lying streets, the mayor said."
    )
    result = newsextract.Pipeline(plugins=["displacement"], strict=True).extract(text)
    (fact,) = result.of("displacement")
    assert fact.value.count == 3000
    assert [m.of(text) for m in fact.mentions] == [
        "More than 3,000 people were evacuated",
        "3,000 residents were evacuated",
    ]


# --8<-- [end:merge]


def test_vague_amounts_never_fold() -> None:
    text = "Thousands of people were displaced in the north. Thousands of people fled in the south."
    result = newsextract.Pipeline(plugins=["displacement"], strict=True).extract(text)
    assert len(result.of("displacement")) == 2


def test_gold_match_compares_count_and_given_action() -> None:
    predicted = {"count": 900, "qualifier": "about", "action": "fled", "who": "villagers"}
    assert gold_match({"count": 900}, predicted)
    assert gold_match({"count": 900, "action": "fled"}, predicted)
    assert not gold_match({"count": 900, "action": "evacuated"}, predicted)
    assert not gold_match({"count": 90}, predicted)


# --8<-- [start:eval]
def test_scores_perfectly_on_its_small_gold_file() -> None:
    pipeline = newsextract.Pipeline(plugins=["displacement"], strict=True, resolve_dates=False)
    evaluation = evaluate(read_gold(DATA / "gold.jsonl"), pipeline.extract, lambda k: pipeline.kind(k).matches_gold)
    score = evaluation.scores["displacement"]
    assert (score.tp, score.fp, score.fn) == (3, 0, 0), evaluation.misses


# --8<-- [end:eval]


def test_seed_article_has_no_displacement() -> None:
    text = (DATA / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")
    result = newsextract.Pipeline(plugins=["displacement"], strict=True).extract(text, published="2025-07-21")
    assert result.ok
    assert result.of("displacement") == ()
