"""Hostile input: no exception escapes, spans stay valid, and cost per KB stays flat from 10 KB to 1 MB
(CPU times compared within one run, never against a clock figure: the layer has no timeouts, so
output never depends on load)."""

from __future__ import annotations

import time

import pytest
from newsextract_displacement import extract_displacement

from newsextract import Document
from newsextract.rules import tokenize
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
BENIGN = "Some 800 people were evacuated and 2,500 residents fled to the west on Sunday, officials said. "


def _seconds(text: str) -> float:
    started = time.process_time()
    list(extract_displacement(Document(text)))
    return time.process_time() - started


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_harmless(name: str) -> None:
    text = HOSTILE[name]
    facts = list(extract_displacement(Document(text)))
    for fact in facts:
        assert fact.text == text[fact.span.start : fact.span.end]
        assert 0 <= fact.span.start < fact.span.end <= len(text)


GROWING = {
    "no_trigger": repeated("", "The council met on Tuesday to discuss the budget. "),
    "repeated_trigger": repeated("", "evacuated displaced fled "),
    "numbers_without_end": repeated("", "1,000 2,000 3,000 ", "people were evacuated"),
    "one_long_sentence": repeated("forced ", "1 ", "residents to flee "),
    "huge_number": repeated("", "9", " people were evacuated."),
    "real_sentences": repeated("", BENIGN),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_displacement, GROWING[shape])


def test_a_huge_number_is_not_a_count() -> None:
    assert list(extract_displacement(Document("9" * 100_000 + " people were evacuated."))) == []


def test_five_megabytes_without_a_trigger_word_is_never_tokenised() -> None:
    text = "The council met on Tuesday to discuss the budget. " * 100_000
    skipped = _seconds(text)
    started = time.process_time()
    tokenize(text[: len(text) // 20] + " ")
    tokenising_a_twentieth = time.process_time() - started
    assert list(extract_displacement(Document(text))) == []
    assert skipped < tokenising_a_twentieth, (skipped, tokenising_a_twentieth)
