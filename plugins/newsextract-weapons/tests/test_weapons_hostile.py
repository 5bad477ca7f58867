"""Hostile input: no exception escapes, every span is valid, nothing stalls."""

from __future__ import annotations

import time

import pytest
from newsextract_weapons import extract_weapon_counts

import newsextract

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
    started = time.perf_counter()
    facts = extract_weapon_counts(newsextract.Document(text))
    assert time.perf_counter() - started < 10
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.kind == "weapon_count"


def test_hostile_through_pipeline() -> None:
    pipeline = newsextract.Pipeline(plugins=["weapons"], strict=True, timeout=0)
    result = pipeline.extract("\x00 20 drones were shot down \u200b" * 500 + '"' * 3000)
    assert result.ok
    assert result.of("weapon_count")


def test_dense_text_is_linear() -> None:
    unit = "Russia fired 426 Shahed-type drones, five Kinzhal missiles, and 19 cruise missiles at Kyiv. "
    small, big = unit * 200, unit * 2000
    t0 = time.perf_counter()
    extract_weapon_counts(newsextract.Document(small))
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_weapon_counts(newsextract.Document(big))
    t_big = time.perf_counter() - t0
    assert t_big < 30 * max(t_small, 0.005)
