"""The words the phrase readers see, read off the core's token stream."""

from __future__ import annotations

from newsextract_casualties.words import word_tokens


def _words(text: str, start: int = 0, end: int | None = None, limit: int = 0) -> list[str]:
    return [w for w, _, _ in word_tokens(text, start, len(text) if end is None else end, limit)]


def test_possessives_stay_on_their_word() -> None:
    assert _words("The farmer's son and the farmers' wives fled.") == [
        "The", "farmer's", "son", "and", "the", "farmers'", "wives", "fled", ".",
    ]  # fmt: skip


def test_a_count_is_given_word_by_word() -> None:
    assert _words("a few police were held") == ["a", "few", "police", "were", "held"]
    assert _words("more than 100 sailors") == ["more", "than", "100", "sailors"]


def test_joined_pieces_stay_one_word() -> None:
    assert _words("a 12-year-old boy") == ["a", "12-year-old", "boy"]
    assert _words("3 BH/IS fighters and/or guards") == ["3", "BH/IS", "fighters", "and", "/", "or", "guards"]


def test_offsets_limit_and_cut_words() -> None:
    text = "Two soldiers were wounded near the border."
    found = word_tokens(text, 4, len(text), limit=3)
    assert [(w, text[a:b]) for w, a, b in found] == [("soldiers", "soldiers"), ("were", "were"), ("wounded", "wounded")]
    assert _words(text, 6, 15) == ["ldiers", "we"]  # a word crossing an offset is cut there
