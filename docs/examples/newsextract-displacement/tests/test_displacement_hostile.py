"""Hostile input: no exception escapes, spans stay valid, and nothing costs much more
than an ordinary text of the same length (times are compared within one run, never
against a clock figure: the layer has no timeouts, so output never depends on load)."""

from __future__ import annotations

import time

import pytest
from newsextract_displacement import extract_displacement

from newsextract import Document
from newsextract.rules import tokenize

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
    started = time.perf_counter()
    list(extract_displacement(Document(text)))
    return time.perf_counter() - started


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_harmless(name: str) -> None:
    text = HOSTILE[name]
    facts = list(extract_displacement(Document(text)))
    for fact in facts:
        assert fact.text == text[fact.span.start : fact.span.end]
        assert 0 <= fact.span.start < fact.span.end <= len(text)
    if len(text) > 1000:
        benign = (BENIGN * (len(text) // len(BENIGN) + 1))[: len(text)]
        hostile_cost, benign_cost = _seconds(text + " "), _seconds(benign + " ")  # fresh texts: no cached streams
        assert hostile_cost < 10 * benign_cost, (hostile_cost, benign_cost)


def test_a_huge_number_is_not_a_count() -> None:
    assert list(extract_displacement(Document("9" * 100_000 + " people were evacuated."))) == []


def test_five_megabytes_without_a_trigger_word_is_never_tokenised() -> None:
    text = "The council met on Tuesday to discuss the budget. " * 100_000
    skipped = _seconds(text)
    started = time.perf_counter()
    tokenize(text[: len(text) // 20] + " ")
    tokenising_a_twentieth = time.perf_counter() - started
    assert list(extract_displacement(Document(text))) == []
    assert skipped < tokenising_a_twentieth, (skipped, tokenising_a_twentieth)
