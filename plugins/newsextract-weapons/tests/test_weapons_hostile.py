"""Hostile input: no exception escapes, every span is valid, cost per KB stays flat as input grows."""

from __future__ import annotations

import pytest
from newsextract_weapons import extract_weapon_counts

import newsextract
from newsextract.testing import assert_linear, repeated

HOSTILE = [
    "",
    "\x00" * 1000,
    "drones " * 20000,
    '"' * 10000 + " 20 drones were shot down " + "“" * 5000,
    "Russia fired " + "9" * 100_000 + " drones.",
    "fired\u200b 20\u200b drones\u200b and 30 missiles were intercepted\x00" * 200,
    ("20 of the " * 5000) + "drones were shot down.",
    ("1 2 3 4 5 6 7 8 9 " * 3000) + "drones",
    ("20 drones, " * 5000) + "were shot down.",
    "Russia fired 20 " + "Shahed-type " * 20000 + "drones.",
    "Russia fired 20 U.S.-made." * 10000,
    "all but " * 3000 + "one of the missiles were destroyed.",
    "İİİ Russia fired 20 drones at İstanbul İİİ and 3 missiles were intercepted.",
    "with " * 10000 + "40 drones",
    "Russia fired 426 Shahed-type drones, five Kinzhal missiles, and 19 cruise missiles. " * 2000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input(text: str) -> None:
    facts = extract_weapon_counts(newsextract.Document(text))
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.kind == "weapon_count"


def test_hostile_through_pipeline() -> None:
    pipeline = newsextract.Pipeline(plugins=["weapons"], strict=True, timeout=0)
    result = pipeline.extract("\x00 20 drones were shot down \u200b" * 500 + '"' * 3000)
    assert result.ok
    assert result.of("weapon_count")


GROWING = {
    "dense_article": repeated("", "Russia fired 426 Shahed-type drones, five Kinzhal missiles, and 19 cruise missiles at Kyiv. "),
    "head_words": repeated("", "drones "),
    "quote_marks": repeated("", '"', " 20 drones were shot down "),
    "digits": repeated("Russia fired ", "9", " drones."),
    "of_the_run": repeated("", "20 of the ", "drones were shot down."),
    "numbers_run": repeated("", "1 2 3 4 5 6 7 8 9 ", "drones"),
    "count_list": repeated("", "20 drones, ", "were shot down."),
    "modifier_run": repeated("Russia fired 20 ", "Shahed-type ", "drones."),
    "all_but_run": repeated("", "all but ", "one of the missiles were destroyed."),
    "with_run": repeated("", "with ", "40 drones"),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_weapon_counts, GROWING[shape])
