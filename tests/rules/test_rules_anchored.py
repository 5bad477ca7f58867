"""Anchored matching: a pattern starting at a given token, or ending right before it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

import pytest

from newsextract.rules import Anchored, Lexicon, PatternError, Token, alt, lex, longest, seq, tok, tokenize
from newsextract.rules import reverse as mirror
from newsextract.rules.anchored import COPY_UP_TO, _Backwards

TITLE = seq(
    tok(lower={"former", "acting"}).rep(0, 2)("status"),
    tok(lower={"defence", "foreign", "deputy"}).rep(0, 3)("mods"),
    tok(lower={"minister", "mayor"})("head"),
)


#: TITLE with an unbounded run of modifiers: no bound on how far left a match reaches
OPEN_TITLE = seq(
    tok(lower={"former", "acting"}).star()("status"),
    tok(lower={"defence", "foreign", "deputy"}).star()("mods"),
    tok(lower={"minister", "mayor"})("head"),
)


BOUNDED = Anchored("title", TITLE)


def _tokens(text: str) -> list[Token]:
    return list(tokenize(text).tokens)


def _words(tokens: list[Token], span: tuple[int, int] | None) -> str:
    assert span is not None
    return " ".join(t.text for t in tokens[span[0] : span[1]])


def test_reverse_mirrors_sequences_at_every_level_and_keeps_the_rest() -> None:
    pattern = seq(tok(lower="a"), alt(seq(tok(lower="b"), tok(lower="c")), tok(lower="d")).rep(0, 2)("x"), tok(lower="e"))
    expected = "tok(lower='e') x:(((tok(lower='c') tok(lower='b') | tok(lower='d'))){0,2}) tok(lower='a')"
    assert mirror(pattern).describe() == expected
    assert mirror(mirror(pattern)).describe() == pattern.describe()


def test_ending_at_reaches_furthest_left_with_captures_in_text_order() -> None:
    tokens = _tokens("Yesterday former acting deputy defence minister Lena Marsh spoke.")
    anchored = Anchored("title", TITLE)
    at = next(i for i, t in enumerate(tokens) if t.text == "Lena")
    m = anchored.ending_at(tokens, at)
    assert m is not None
    assert (m.end, _words(tokens, (m.start, m.end))) == (at, "former acting deputy defence minister")
    assert _words(tokens, m.get("status")) == "former acting"
    assert _words(tokens, m.get("mods")) == "deputy defence"
    assert m.has("head") and not m.has("missing")
    # ``lo`` bounds how far left it may reach
    m = anchored.ending_at(tokens, at, lo=at - 2)
    assert m is not None and _words(tokens, (m.start, m.end)) == "defence minister"
    # it must end right before the anchor
    assert anchored.ending_at(tokens, at + 1) is None
    assert anchored.ending_at(tokens, 0) is None


def test_starting_at_takes_the_longest_match_inside_the_bound() -> None:
    tokens = _tokens("Lena Marsh, former defence minister of Norland, spoke.")
    anchored = Anchored("appositive", seq(tok(","), TITLE, seq(tok(lower="of"), tok(title=True)).opt()("of")))
    m = anchored.starting_at(tokens, 2)
    assert m is not None and _words(tokens, (m.start, m.end)) == ", former defence minister of Norland"
    assert _words(tokens, m.get("of")) == "of Norland"
    m = anchored.starting_at(tokens, 2, hi=6)
    assert m is not None and _words(tokens, (m.start, m.end)) == ", former defence minister"
    assert anchored.starting_at(tokens, 1) is None
    assert anchored.starting_at(tokens, len(tokens)) is None


def test_backwards_and_forwards_agree_on_what_matches() -> None:
    tokens = _tokens("the acting foreign minister")
    anchored = Anchored("title", TITLE)
    forward = anchored.starting_at(tokens, 1)
    backward = anchored.ending_at(tokens, len(tokens))
    assert forward is not None and backward is not None
    assert (forward.start, forward.end, dict(forward.captures)) == (backward.start, backward.end, dict(backward.captures))


def test_a_lexicon_of_several_token_entries_cannot_be_read_backwards() -> None:
    one = Lexicon("heads", nouns="mayor, minister")
    assert Anchored("one", seq(tok(lower="deputy"), lex(one))).ending_at(_tokens("the deputy mayor"), 3) is not None
    with pytest.raises(PatternError, match="several tokens"):
        Anchored("two", lex(Lexicon("heads", nouns="prime minister, mayor")))


def test_a_bad_pattern_names_the_rule() -> None:
    with pytest.raises(PatternError, match="'broken'"):
        Anchored("broken", tok(kind="no-such-kind"))


class _Counting(Sequence[Token]):
    """A token list that counts every token read (a slice counts each token it copies)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.reads = 0

    def __len__(self) -> int:
        return len(self.tokens)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            out = self.tokens[index]
            self.reads += len(out)
            return out
        self.reads += 1
        return self.tokens[index]


def _copied_ending_at(anchored: Anchored, tokens: list[Token], at: int, lo: int) -> tuple[int, int, object] | None:
    """The backward match as it was read before the view: over a reversed copy of ``tokens[lo:at]``."""
    raw = anchored.backward.match_at(tokens[lo:at][::-1], 0) if at > lo else None
    if raw is None:
        return None
    spans = {name: tuple(sorted((at - e, at - s) for s, e in ss)) for name, ss in raw.captures().items() if ss}
    return at - raw.end, at - raw.start, spans


def _reads_for_every_anchor(copies: int) -> tuple[int, int]:
    """Token reads (and matches) of ``ending_at(..., lo=0)`` at every token of ``copies`` sentences."""
    tokens = _Counting(_tokens("The acting deputy minister met the former mayor of the town. " * copies))
    anchored = Anchored("title", OPEN_TITLE)
    found = sum(anchored.ending_at(tokens, at) is not None for at in range(len(tokens) + 1))
    return tokens.reads, found


def test_ending_at_from_the_start_reads_linearly_over_a_long_document() -> None:
    small, found_small = _reads_for_every_anchor(200)
    large, found_large = _reads_for_every_anchor(400)
    assert found_large == 2 * found_small > 0
    # a copy of everything before each anchor would read 4x as much for twice the text
    assert large <= 2.1 * small
    assert large < 10 * 12 * 400  # a handful of reads per anchor (12 tokens a sentence)


@pytest.mark.parametrize("lo", [0, 5, 150])
def test_ending_at_through_the_view_equals_matching_a_reversed_copy(lo: int) -> None:
    tokens = _tokens("Yesterday former acting deputy defence minister Lena Marsh met the mayor. " * 30)
    anchored = Anchored("title", OPEN_TITLE)
    assert anchored.longest is None
    assert len(tokens) - lo > COPY_UP_TO  # the long stretches are read through the view
    matched = 0
    for at in range(len(tokens) + 1):
        m = anchored.ending_at(tokens, at, lo)
        got = None if m is None else (m.start, m.end, dict(m.captures))
        assert got == _copied_ending_at(anchored, tokens, at, lo)
        matched += m is not None
    assert matched >= 30  # two titles a sentence


def test_the_backward_view_reads_like_a_reversed_slice() -> None:
    tokens = _tokens("one two three four five six")
    view = _Backwards(tokens, 1, 5)
    expected = tokens[1:5][::-1]
    assert len(view) == 4
    assert [view[i] for i in range(4)] == expected
    assert view[-1] == expected[-1] and list(view[1:3]) == expected[1:3]
    with pytest.raises(IndexError):
        view[4]


def test_may_end_with_tests_only_the_last_token() -> None:
    anchored = Anchored("title", TITLE)
    tokens = _tokens("the acting minister spoke")
    assert anchored.may_end_with(tokens[2])  # "minister"
    assert not anchored.may_end_with(tokens[1])  # "acting" never ends a title
    assert not anchored.may_end_with(tokens[3])


def test_longest_bounds_a_match_and_ending_at_reads_no_further() -> None:
    assert longest(TITLE) == 6 and longest(OPEN_TITLE) is None
    assert longest(alt(seq(tok(lower="a"), tok(lower="b")), tok(lower="c")).rep(0, 3)) == 6
    assert longest(seq(tok(lower="a").opt(), lex(Lexicon("heads", nouns="prime minister, mayor")))) == 3
    tokens = _Counting(_tokens("one two three four five six seven eight acting minister"))
    m = Anchored("title", TITLE).ending_at(tokens, len(tokens))
    assert m is not None and (m.start, m.end) == (8, 10)
    assert tokens.reads <= 6 + 1  # the six tokens a title may take (copied), and no more
    # reading no further than ``longest`` gives what the whole stretch before the anchor gives
    words = _tokens("Yesterday former acting deputy defence minister Lena Marsh met the acting mayor. " * 5)
    for at in range(len(words) + 1):
        m = BOUNDED.ending_at(words, at)
        assert (None if m is None else (m.start, m.end, dict(m.captures))) == _copied_ending_at(BOUNDED, words, at, 0)
