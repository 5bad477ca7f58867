"""Tests for newsextract.text.sentences: sentence_bounds, is_abbreviation, is_headline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import text as nt
from newsextract.text.sentences import is_abbreviation, is_headline, sentence_bounds, split_sentences


def bounded(text: str, offset: int, floor: int = 0, ceiling: int | None = None) -> str:
    start, end = sentence_bounds(text, offset, floor, ceiling)
    return text[start:end]


def test_exported_from_package() -> None:
    assert nt.sentence_bounds is sentence_bounds
    assert nt.is_abbreviation is is_abbreviation
    assert nt.is_headline is is_headline


def test_bounds_are_the_sentence_around_the_offset() -> None:
    text = "First one here. Gov. Dmitry Kuzmin met U.S. envoys on Jan. 5 in St. Louis. Last one."
    at = text.index("Kuzmin")
    assert bounded(text, at) == "Gov. Dmitry Kuzmin met U.S. envoys on Jan. 5 in St. Louis."
    assert bounded(text, 0) == "First one here."
    assert bounded(text, len(text) - 2) == "Last one."


def test_bounds_respect_floor_and_ceiling() -> None:
    text = 'The minister, "who spoke first," said Sen. Ron Johnson on Monday.'
    quote_close = text.index('first,"') + len('first,"') - 1
    at = text.index("Johnson")
    assert bounded(text, at, floor=quote_close + 1) == " said Sen. Ron Johnson on Monday."
    assert bounded(text, at, ceiling=text.index(" on Monday")) == 'The minister, "who spoke first," said Sen. Ron Johnson'
    start, end = sentence_bounds(text, at, floor=at - 5, ceiling=at + 3)
    assert (start, end) == (at - 5, at + 3)


def test_bounds_never_cross_a_paragraph() -> None:
    text = "A headline without a stop\nThe body starts here. It goes on."
    assert bounded(text, 3) == "A headline without a stop"
    assert bounded(text, text.index("body")) == "The body starts here."


def test_offset_in_whitespace() -> None:
    text = '"It is over." Then the talks ended.\nNext.'
    gap = text.index(" Then")
    # between two sentences of a paragraph: the following one, from the offset
    assert sentence_bounds(text, gap) == (gap, text.index("\n"))
    # at the end of a paragraph: empty
    nl = text.index("\n")
    assert sentence_bounds(text, nl) == (nl, nl)
    assert sentence_bounds("", 0) == (0, 0)
    assert sentence_bounds("   ", 1) == (1, 1)


def test_bounds_clamp_bad_arguments() -> None:
    text = "One. Two."
    assert sentence_bounds(text, -5) == (0, 4)
    assert sentence_bounds(text, 99) == (9, 9)
    assert sentence_bounds(text, 2, floor=7, ceiling=3) == (3, 3)


@pytest.mark.parametrize("word", ["Gov.", "gov", "Sen", "Jan.", "U.S.", "U.S", "a.m.", "D.C.", "e.g.", "J.", "Amb.", "Fr."])
def test_is_abbreviation(word: str) -> None:
    assert is_abbreviation(word)


@pytest.mark.parametrize("word", ["", ".", "said", "Kyiv.", "drones", "5.", "ab.cde", "U.S.A.F.Z.123"])
def test_is_not_abbreviation(word: str) -> None:
    assert not is_abbreviation(word)


def test_title_abbreviations_added_for_speakers_do_not_split() -> None:
    text = "Amb. Jane Doe met Fr. John Roe and Cpt. Ann Poe in Rome."
    assert [s.text for s in split_sentences(text)] == [text]


def test_is_headline() -> None:
    text = "Hit Piece Exploits Trump's Remarks On Trade\nPresident Donald Trump spoke on Monday about trade with China."
    assert is_headline(text, 0)
    assert is_headline(text, text.index("Exploits"), text.index(" On"))
    assert not is_headline(text, text.index("Donald"))
    assert not is_headline(text, 0, text.index("Donald"))  # runs past the headline line
    assert not is_headline("Short Line Here", 0)  # three words
    long_line = " ".join(["Capital"] * 40)
    assert not is_headline(long_line, 0)
    assert not is_headline("", 0)
    assert not is_headline("  Word Word Word Word", 0)  # in leading whitespace


def test_hostile_bounds_are_cheap_and_valid() -> None:
    text = "a" * 1_000_000 + ". " + "U.S. " * 20_000 + "\x00\u200b"
    start, end = sentence_bounds(text, 500_000, floor=500_000 - 600, ceiling=500_000 + 600)
    assert (start, end) == (499_400, 500_600)
    assert not is_headline(text, 10)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*"ab A.?!\n\"'”"]), max_size=80),
    st.integers(-3, 90),
    st.integers(-3, 90),
    st.one_of(st.none(), st.integers(-3, 90)),
)
def test_property_bounds(text: str, offset: int, floor: int, ceiling: int | None) -> None:
    start, end = sentence_bounds(text, offset, floor, ceiling)
    hi = len(text) if ceiling is None else max(0, min(ceiling, len(text)))
    lo = max(0, min(floor, hi))
    assert lo <= start <= end <= hi
    assert "\n" not in text[start:end]
    for sentence in split_sentences(text):
        if sentence.start <= offset < sentence.end and lo <= offset <= hi:
            assert (start, end) == (max(sentence.start, lo), min(sentence.end, hi))
