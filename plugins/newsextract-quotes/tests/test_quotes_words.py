"""The speaker readers' words, read off the core token stream (invented sentences)."""

from __future__ import annotations

import pytest
from newsextract_quotes.words import chunks, quote_words, tokens, word_after, word_before


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [w for _s, _e, w in tokens(text, start, len(text) if end is None else end)]


def test_tokens_written_together_are_one_word() -> None:
    text = "Gov. Mara Quill's aide, a U.S. envoy, spoke at 10:30 in al-Qabir."
    assert _words(text) == ["Gov.", "Mara", "Quill's", "aide", "a", "U.S.", "envoy", "spoke", "at", "10:30", "in", "al-Qabir"]


def test_separators_and_edge_punctuation_end_a_word() -> None:
    text = "(Lena Tor) told the guards' wives \"go!\" then 'left.'"
    assert _words(text) == ["Lena", "Tor", "told", "the", "guards", "wives", "go", "then", "left"]


def test_count_tokens_give_their_words() -> None:
    text = "More than 1,200 villagers fled, Ivo Brant said."
    assert _words(text) == ["More", "than", "1,200", "villagers", "fled", "Ivo", "Brant", "said"]


def test_chunks_are_the_whitespace_delimited_runs() -> None:
    text = "said Rep. Ana Vell (D-Ore.), head of more than 20 panels."
    got = chunks(text, 0, len(text))
    assert [text[s:e] for s, e in got] == text.split()


def test_quote_words_count_word_tokens_only() -> None:
    text = "\u201cLee's U.S. team\u2014all 40 of them\u2014won't quit.\u201d"
    assert quote_words(text, 0, len(text)) == ["Lee", "U.S.", "team", "all", "40", "of", "them", "won't", "quit"]


def test_offsets_cut_a_token_and_point_into_the_text() -> None:
    text = "Officials in Dravenport said."
    got = tokens(text, 15, len(text))
    assert [w for _s, _e, w in got] == ["avenport", "said"]
    assert all(text[s:e] == w for s, e, w in got)


def test_the_words_next_to_an_offset_need_only_blanks_between() -> None:
    text = 'a "zero-tolerance" policy, and "x"\nthen'
    close = text.index('"', 3)
    before, after = word_before(text, text.index('"')), word_after(text, close + 1)
    assert before is not None and before.text == "a"
    assert after is not None and after.text == "policy"
    assert word_before(text, text.index(",") + 1) is None  # a comma between
    assert word_after(text, text.rindex('"') + 1) is None  # a line break between


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("J.", True),
        ("al-Hakimi", True),
        ("O'Neill", True),
        ("d’Arcy", True),
        ("Volodymyr", True),
        ("Ab", True),
        ("NATO", False),
        ("U.N", False),
        ("UN", False),
        ("Gov.", False),
        ("van", False),
        ("Lee's", False),
    ],
)
def test_name_words_initials_particles_and_acronyms(word: str, name: bool) -> None:
    from newsextract_quotes.speakers import is_name_token

    assert is_name_token(word) is name
