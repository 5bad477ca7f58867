"""The seed article (fixtures/kyiv-overnight-attack.txt): every required weapon fact, nothing spurious."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsextract_weapons import gold_match

import newsextract

SEED = (Path(__file__).parent / "fixtures" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")

#: The seed's weapon_count gold (required and optional), copied from the eval set.
REQUIRED = [
    {"weapon": "missiles", "class": "missile", "count": 24, "qualifier": "more_than", "status": "launched"},
    {"weapon": "Shahed-type drones", "class": "drone", "count": 426, "qualifier": "exact", "status": "launched"},
    {"weapon": "Kinzhal hypersonic missiles", "class": "missile", "count": 5, "qualifier": "exact", "status": "launched"},
    {"weapon": "cruise missiles", "class": "missile", "count": 19, "qualifier": "exact", "status": "launched"},
]
OPTIONAL = [
    {"weapon": "drones", "class": "drone", "count": None, "qualifier": "about", "status": "launched"},
    {"weapon": "drones", "class": "drone", "count": None, "qualifier": "less_than", "status": "neutralized"},
    {"weapon": "missiles", "class": "missile", "count": 23, "qualifier": "exact", "status": "neutralized"},
]


@pytest.fixture(scope="module")
def facts() -> list[dict[str, object]]:
    result = newsextract.Pipeline(plugins=["weapons"], strict=True).extract(SEED, published="2025-07-21")
    assert result.ok
    for fact in result.of("weapon_count"):
        assert SEED[fact.span.start : fact.span.end] == fact.text
    return [newsextract.value_to_dict(f.value) for f in result.of("weapon_count")]


@pytest.mark.parametrize("gold", REQUIRED, ids=lambda g: f"{g['count']}-{g['weapon']}")
def test_required_fact_found(facts: list[dict[str, object]], gold: dict[str, object]) -> None:
    assert any(gold_match(gold, p) for p in facts), facts


def test_nothing_spurious(facts: list[dict[str, object]]) -> None:
    for predicted in facts:
        assert any(gold_match(g, predicted) for g in REQUIRED + OPTIONAL), predicted


def test_values_as_written(facts: list[dict[str, object]]) -> None:
    shahed = next(p for p in facts if p["count"] == 426)
    assert shahed["weapon"] == "Shahed-type drones"
    assert shahed["model"] == "Shahed"
    assert shahed["actor"] == "Russia"
    kinzhal = next(p for p in facts if p["count"] == 5)
    assert kinzhal["model"] == "Kinzhal"
    assert kinzhal["class"] == "missile"


def test_all_but_one_is_derived_from_the_list(facts: list[dict[str, object]]) -> None:
    derived = [p for p in facts if p["derived"]]
    assert len(derived) == 1
    assert derived[0]["count"] == 23 and derived[0]["status"] == "neutralized"


def test_vague_amounts_keep_a_lower_bound(facts: list[dict[str, object]]) -> None:
    hundreds = next(p for p in facts if p["count"] is None and p["status"] == "launched")
    assert hundreds["qualifier"] == "about"
    assert hundreds["lower_bound"] == 200
    half = next(p for p in facts if p["count"] is None and p["status"] == "neutralized")
    assert half["qualifier"] == "less_than"
