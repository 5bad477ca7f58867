"""clipped_tokens: the tokens of a character range, cut to it, counts word by word."""

from __future__ import annotations

from newsextract.rules import QUANTITY, WORD, clipped_tokens, tokenize

TEXT = "Gov. Ann Lee's aides said more than 1,200 people left Kyiv-based offices."


def test_whole_tokens_inside_the_range_are_the_streams_own() -> None:
    stream = tokenize(TEXT)
    start = TEXT.index("Ann")
    got = clipped_tokens(stream, start, TEXT.index(" aides"))
    assert [t.text for t in got] == ["Ann", "Lee", "'s"]
    assert all(t is stream[t.index] for t in got)


def test_tokens_crossing_either_offset_are_cut_there() -> None:
    start, end = TEXT.index("nn Lee"), TEXT.index("-based") + 2
    got = clipped_tokens(TEXT, start, end)
    assert got[0].text == "nn" and got[0].start == start and got[0].lower == "nn" and got[0].shape == "xx"
    assert got[-1].text == "Kyiv-b" and got[-1].end == end and got[-1].kind == WORD
    for token in got:
        assert TEXT[token.start : token.end] == token.text


def test_a_count_is_given_word_by_word_unless_asked_whole() -> None:
    start, end = TEXT.index("more"), TEXT.index(" people")
    words = clipped_tokens(TEXT, start, end)
    assert [t.text for t in words] == ["more", "than", "1,200"]
    assert {t.kind for t in words} == {QUANTITY}
    assert words[0].quantity is not None and words[0].quantity.count == 1200
    assert len({t.index for t in words}) == 1
    whole = clipped_tokens(TEXT, start, end, split_counts=False)
    assert [t.text for t in whole] == ["more than 1,200"]


def test_an_empty_or_blank_range_has_no_tokens() -> None:
    assert clipped_tokens(TEXT, 5, 5) == []
    blank = TEXT.index(" aides")
    assert clipped_tokens(TEXT, blank, blank + 1) == []
