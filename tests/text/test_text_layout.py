"""Plain-text layout: hard wraps, paragraph boundaries, line ends and invisible characters."""

from __future__ import annotations

import importlib
import textwrap
import time
from pathlib import Path

import pytest

from newsextract import Span
from newsextract.text import paragraphs, split_sentences
from newsextract.text.layout import is_hard_wrapped, layout

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")

ARTICLE = [
    "KYIV, Ukraine — Russia attacked Ukraine overnight with 147 drones and 12 missiles, the air force "
    "said, killing three people in the northeastern city of Kharkiv.",
    "Air defenses shot down 88 of the drones, while another 41 Shahed-type drones were lost from radar "
    "as a result of electronic jamming, the air force said in a statement.",
    '"The city was attacked in several waves," Mayor Ihor Terekhov wrote on Telegram.',
]


def wrapped(paras: list[str], width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paras)


# -- the per-document decision ---------------------------------------------------------


def test_one_paragraph_per_line_is_not_hard_wrapped() -> None:
    assert not is_hard_wrapped(SEED)
    assert not is_hard_wrapped("\n".join(ARTICLE))
    assert layout(SEED).view == SEED


@pytest.mark.parametrize("width", [50, 60, 72, 80, 100])
def test_text_wrapped_at_any_usual_width_is_hard_wrapped(width: int) -> None:
    assert is_hard_wrapped(wrapped(ARTICLE, width))


def test_a_headline_over_a_short_paragraph_is_not_a_wrap() -> None:
    text = "Russia Launches the Largest Drone Attack of the War on Kyiv\nKYIV -- Russia launched 40 drones."
    assert not is_hard_wrapped(text)
    assert len(paragraphs(text)) == 2


def test_one_wrapped_line_of_prose_over_a_short_one_is_a_wrap() -> None:
    text = "On 3 May 2020, 1 policeman was killed by suspected\nTaliban militants in Wardak province."
    assert is_hard_wrapped(text)
    assert len(paragraphs(text)) == 1


def test_a_sentence_broken_mid_clause_is_one_paragraph() -> None:
    text = "Three people were killed and eleven were\nwounded when a drone hit a building in the city."
    assert is_hard_wrapped(text)
    assert paragraphs(text) == (Span(0, len(text)),)
    assert layout(text).view == text.replace("\n", " ")


def test_short_lines_are_never_hard_wraps() -> None:
    assert not is_hard_wrapped("First line without period\nsecond line, Gen.\n\n  Third line.")


def test_wrapped_paragraphs_keep_their_boundaries() -> None:
    text = wrapped(ARTICLE, 60)
    spans = paragraphs(text)
    assert [" ".join(text[s.start : s.end].split()) for s in spans] == ARTICLE


def test_short_lines_and_indented_lines_start_paragraphs_without_blank_lines() -> None:
    body = [textwrap.fill(p, 64) for p in ARTICLE]
    title = "Overnight attack on Kharkiv"
    text = title + "\n" + "\n".join("   " + p.replace("\n", "\n") for p in body[:1]) + "\n" + "\n".join(body[1:])
    assert is_hard_wrapped(text)
    found = [" ".join(text[s.start : s.end].split()) for s in paragraphs(text)]
    assert found[0] == title
    assert found[1] == ARTICLE[0]


def test_sentences_do_not_end_at_a_hard_wrap() -> None:
    text = wrapped(ARTICLE, 55)
    plain = "\n".join(ARTICLE)
    assert [" ".join(s.text.split()) for s in split_sentences(text)] == [s.text for s in split_sentences(plain)]


# -- the normalised view -------------------------------------------------------------


def test_the_view_of_a_wrapped_text_is_the_unwrapped_text() -> None:
    for width in (50, 66, 72, 79):
        assert layout(wrapped(ARTICLE, width)).view == "\n\n".join(ARTICLE)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            textwrap.fill(ARTICLE[0], 44).replace("\n", "\r\n") + "\r\n\r\nNine were hurt.",
            ARTICLE[0] + "\n\nNine were hurt.",
        ),
        ("One.\rTwo.", "One.\nTwo."),
        ("One.\r\nTwo.", "One.\nTwo."),
        ("12\u00a0missiles and 3\u2009drones", "12 missiles and 3 drones"),
        ("mis\u00adsiles, dro\u200bnes, ki\u200dlled\ufeff", "missiles, drones, killed"),
    ],
)
def test_line_ends_spaces_and_invisible_characters(text: str, view: str) -> None:
    assert layout(text).view == view


def test_a_compound_hyphenated_across_a_wrap_keeps_its_hyphen() -> None:
    sentence = (
        "Overnight the Russian army launched forty Shahed-type drones and three long-range missiles at the crew-served "
        "guns of a well-known brigade, the air force said."
    )
    breaks = set()
    for width in range(40, 90):
        text = textwrap.fill(sentence, width)
        breaks |= {word for word in ("Shahed-\ntype", "long-\nrange", "crew-\nserved", "well-\nknown") if word in text}
        assert layout(text).view == sentence, width
    assert len(breaks) == 4


def test_a_word_hyphenated_by_a_typesetter_is_joined() -> None:
    text = (
        "The main hospital in the eastern city was over-\n"
        "whelmed, doctors said, and at least eleven were wound-\n"
        "ed; the staff were overwhelmed."
    )
    assert layout(text).view == (
        "The main hospital in the eastern city was overwhelmed, doctors said, and at least eleven were wounded; "
        "the staff were overwhelmed."
    )


def test_a_soft_hyphen_at_a_wrap_joins_the_word() -> None:
    text = "At least four people were hos\u00ad\npitalized after the strike on the centre of the city."
    assert layout(text).view == "At least four people were hospitalized after the strike on the centre of the city."


def test_view_spans_map_back_to_the_text_as_given() -> None:
    sentence = (
        "Russia launched 40 Shahed-type drones and 12 missiles at missile sites in the north overnight, "
        "the air force of Ukraine said in a statement on Telegram on Tuesday morning."
    )
    text = textwrap.fill(sentence, 42).replace("\n", "\r\n").replace("12 ", "12\u00a0").replace("missile ", "mis\u00adsile ")
    view = layout(text)
    assert view.view == sentence
    for word in ("Shahed-type drones", "12 missiles", "missile sites", "Russia", "Tuesday morning."):
        at = view.view.index(word)
        span = view.span_in_original(Span(at, at + len(word)))
        original = text[span.start : span.end]
        cleaned = original.replace("-\r\n", "-").replace("\u00ad", "")
        assert " ".join(cleaned.split()) == word
        assert original[0] == word[0] and original[-1] == word[-1]


def test_unchanged_text_has_the_identity_map() -> None:
    view = layout("Three people were killed.")
    assert not view.changed
    assert view.span_in_original(Span(0, 5)) == Span(0, 5)


def test_layout_of_many_short_lines_is_cheap_and_unchanged() -> None:
    text = "a\n" * 100_000
    assert not is_hard_wrapped(text)
    assert layout(text).view == text


def test_layout_cost_per_kilobyte_is_flat() -> None:
    """A wrapped text 10x longer (90 KB -> 900 KB) costs about 10x more (relative, measured in this run)."""
    module = importlib.import_module("newsextract.text.layout")

    unit = wrapped(ARTICLE, 64) + "\n\nMis\u00adsiles and dro\u200bnes were over-\nwhelmed.\r\n\r\n"
    small, large = unit * 200, unit * 2000

    def per_char(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            module._wrap_breaks.cache_clear()
            module._vocabulary.cache_clear()
            started = time.perf_counter()
            layout.__wrapped__(text)
            best = min(best, time.perf_counter() - started)
        return best / len(text)

    assert per_char(large) < 3 * per_char(small)
