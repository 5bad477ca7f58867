"""Tests for newsextract.text.sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.model import Span
from newsextract.text.sentences import Sentence, dateline, paragraphs, sentence_at, split_sentences

SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Defense Department spokesman Maj. Gen. Thomas Whitfield told reporters.",
        "Lt. Col. Smith met Sen. Charles Benton and Gov. Dmitry Kuzmin.",
        "Rep. Jones (D-Mass.) and Mr. and Mrs. Smith met Dr. Who at St. Paul.",
        "The U.S. military said the U.N. agreed.",
        "It began at 11 p.m. and ended at 7 a.m. Moscow time.",
        "On Jan. 5, Feb. 6, Aug. 7 and Sept. 1 nothing happened.",
        "The No. 2 official met him, e.g. on Monday, i.e. today, vs. last year.",
        "Acme Inc. and Foo Co. and Bar Corp. and John Smith Jr. agreed.",
        "The song was written by E. Ray Goetz in 1911.",
        "The U.S. delivered 1.2 million rounds.",
        '"Our goals are clear," Peskov said.',
        '"We will win." Zelenskyy said.',
        '"Why?" he asked.',
        "Wait... what did he say?",
    ],
)
def test_single_sentences(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_splits() -> None:
    text = 'It ended. The end came! Did it? "Yes." They left the U.S. The next day was calm.'
    assert texts(text) == ["It ended.", "The end came!", "Did it?", '"Yes."', "They left the U.S.", "The next day was calm."]


def test_ellipsis_then_capital_splits() -> None:
    assert texts("Then it was over... The end.") == ["Then it was over...", "The end."]


def test_newline_always_ends_sentence() -> None:
    text = "First line without period\nSecond line, Gen.\n\n  Third line.  \n"
    got = split_sentences(text)
    assert [s.text for s in got] == ["First line without period", "Second line, Gen.", "Third line."]
    for s in got:
        assert text[s.start : s.end] == s.text
        assert s.span == Span(s.start, s.end)


def test_seed_article() -> None:
    seed = SEED_PATH.read_text(encoding="utf-8")
    got = split_sentences(seed)
    assert got[0].text.startswith("KYIV -- Russia launched hundreds of drones")
    assert got[0].text.endswith("peace talks.")
    assert '"Rescue and emergency efforts are underway in our cities and communities," Zelenskyy said.' in [s.text for s in got]
    assert "Just under half of the drones and all but one of the missiles were destroyed or jammed, it added." in [
        s.text for s in got
    ]
    for s in got:
        assert seed[s.start : s.end] == s.text
        assert s.text == s.text.strip()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV -- Russia launched drones.", "KYIV"),
        ("KYIV, Ukraine — Russia attacked Ukraine overnight.", "KYIV, Ukraine"),
        ("WASHINGTON (AP) — The Pentagon on Friday announced aid.", "WASHINGTON"),
        ("DUBAI, United Arab Emirates — Yemen's Houthi rebels fired.", "DUBAI, United Arab Emirates"),
        ("NEW YORK — Stocks fell.", "NEW YORK"),
    ],
)
def test_dateline(text: str, place: str) -> None:
    span = dateline(text)
    assert span is not None
    assert span.of(text) == place
    assert split_sentences(text)[0].start == 0


@pytest.mark.parametrize("text", ["Russia launched drones.", "US President Donald Trump said.", "", "A - b"])
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


def test_paragraphs() -> None:
    text = "  One.\n\n   \nTwo two.\r\nThree"
    spans = paragraphs(text)
    assert [s.of(text) for s in spans] == ["One.", "Two two.", "Three"]


def test_sentence_at() -> None:
    text = "First one. Second one.\nThird."
    assert sentence_at(text, 0) == Sentence(0, 10, "First one.")
    second = sentence_at(text, 12)
    assert second is not None and second.text == "Second one."
    assert sentence_at(text, 10) is None  # the space between sentences
    third = sentence_at(text, len(text) - 1)
    assert third is not None and third.text == "Third."
    assert sentence_at(text, len(text)) is None
    assert sentence_at(text, -1) is None


def test_hostile_inputs_return() -> None:
    for text in ['"' * 10_000, "." * 100_000, ". " * 20_000, "\n" * 50_000, "A. " * 20_000, "\x00\u200b" * 10_000]:
        for s in split_sentences(text):
            assert text[s.start : s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_sentences(text: str) -> None:
    got = split_sentences(text)
    last = 0
    for s in got:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last
        last = s.end
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert sentence_at(text, s.start) == s
    for p in paragraphs(text):
        assert p.of(text).strip() == p.of(text) != ""
    span = dateline(text)
    if span is not None:
        assert 0 <= span.start < span.end <= len(text)
