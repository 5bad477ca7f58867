"""Hostile input: no exception escapes, spans stay valid, cost per KB stays flat as input grows."""

from __future__ import annotations

import pytest
from newsextract_displacement import extract_displacement

from newsextract import Document
from newsextract.testing import assert_linear, repeated

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
    facts = list(extract_displacement(Document(text)))
    for fact in facts:
        assert fact.text == text[fact.span.start : fact.span.end]
        assert 0 <= fact.span.start < fact.span.end <= len(text)


def test_a_huge_number_is_not_a_count() -> None:
    assert list(extract_displacement(Document("9" * 100_000 + " people were evacuated."))) == []


GROWING = {
    "no_trigger": repeated("", "The council met on Tuesday to discuss the budget. "),
    "repeated_trigger": repeated("", "evacuated displaced fled "),
    "numbers_without_end": repeated("", "1,000 2,000 3,000 ", "people were evacuated"),
    "one_long_sentence": repeated("forced ", "1 ", "residents to flee "),
    "huge_number": repeated("", "9", " people were evacuated."),
    "real_sentences": repeated("", "About 3,000 people were evacuated from the town on Monday. "),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_displacement, GROWING[shape])


def test_five_megabytes_without_a_trigger_word_gives_nothing() -> None:
    assert list(extract_displacement(Document("The council met on Tuesday to discuss the budget. " * 100_000))) == []
