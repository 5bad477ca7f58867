"""Hostile input: no exception escapes, spans stay valid, nothing takes long."""

from __future__ import annotations

import time

import pytest
from newsextract_displacement import extract_displacement

from newsextract import Document

HOSTILE = {
    "empty": "",
    "nul_and_zero_width": "3,000\x00 people\u200b were evacuated\x00\ufeff",
    "quote_storm": '"' * 10_000 + " 3,000 people were evacuated " + "\u201c" * 10_000,
    "huge_number": "9" * 100_000 + " people were evacuated.",
    "repeated_trigger": "evacuated displaced fled " * 40_000,
    "numbers_without_end": "1,000 2,000 3,000 " * 30_000 + "people were evacuated",
    "one_long_sentence": ("forced " + "1 " * 50_000 + "residents to flee "),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_harmless(name: str) -> None:
    text = HOSTILE[name]
    started = time.perf_counter()
    facts = list(extract_displacement(Document(text)))
    assert time.perf_counter() - started < 5.0
    for fact in facts:
        assert fact.text == text[fact.span.start : fact.span.end]
        assert 0 <= fact.span.start < fact.span.end <= len(text)


def test_a_huge_number_is_not_a_count() -> None:
    assert list(extract_displacement(Document("9" * 100_000 + " people were evacuated."))) == []


def test_five_megabytes_without_a_trigger_word_is_fast() -> None:
    text = "The council met on Tuesday to discuss the budget. " * 100_000
    started = time.perf_counter()
    assert list(extract_displacement(Document(text))) == []
    assert time.perf_counter() - started < 2.0
