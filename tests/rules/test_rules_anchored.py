"""Anchored matching: a pattern starting at a given token, or ending right before it."""

from __future__ import annotations

import pytest

from newsextract.rules import Anchored, Lexicon, PatternError, Token, alt, lex, seq, tok, tokenize
from newsextract.rules import reverse as mirror

TITLE = seq(
    tok(lower={"former", "acting"}).rep(0, 2)("status"),
    tok(lower={"defence", "foreign", "deputy"}).rep(0, 3)("mods"),
    tok(lower={"minister", "mayor"})("head"),
)


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
