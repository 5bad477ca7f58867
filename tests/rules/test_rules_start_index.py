"""The start-position index is a pure speed-up: every match is the one a token-by-token scan finds."""

from __future__ import annotations

import random

import attrs
import pytest

from newsextract.rules import QTY, Lexicon, alt, compile_pattern, lex, opt, seq, tok, tokenize
from newsextract.rules.patterns import Program

ATTACK = Lexicon("attack", verbs="launch, fire, shoot down", nouns="drone, missile")
WORDS = ["Russia", "launched", "fired", "shot", "down", "40", "drones", "and", "12", "missiles", ",", ".",
         "the", "more", "than", "a", "missile", "drone", "were", "as", "well"]
PATTERNS = {
    "word-then-count": seq(tok(lower={"launched", "fired"}), QTY.capture("n")),
    "lexicon-first": seq(lex(ATTACK), opt(tok(lower="down")), QTY),
    "count-first": seq(QTY, lex(ATTACK)),
    "kind-or-word": seq(alt(tok(kind="punct"), tok(lower="and")), QTY, lex(ATTACK)),
    "any-first": seq(tok(), QTY),  # no plain first test: scanned token by token
    "text-first": seq(tok(text=","), opt(tok(lower="and")), QTY, lex(ATTACK)),
    "word-inside": seq(tok().rep(0, 2), tok(text={"Well", "well"}), opt(tok(lower="as")), QTY),
    "either-inside": seq(QTY, opt(tok(lower="the")), alt(tok(lower="missile"), lex(ATTACK))),
}


def scan_without_index(program: Program, tokens: tuple, lo: int, hi: int) -> list[tuple[int, int]]:
    program = attrs.evolve(program, required=None)  # no skipping of ranges without a required word
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Program, "_starts_in", lambda self, tokens: None)
        return [(m.start, m.end) for m in program.finditer(tokens, lo, hi)]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_indexed_search_equals_the_scan(name: str) -> None:
    program = compile_pattern(PATTERNS[name], name)
    rng = random.Random(name)
    for _ in range(150):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))
        tokens = tokenize(text).tokens
        lo = rng.randint(0, len(tokens))
        hi = rng.randint(lo, len(tokens))
        indexed = [(m.start, m.end) for m in program.finditer(tokens, lo, hi)]
        assert indexed == scan_without_index(program, tokens, lo, hi), text


def test_a_word_first_pattern_skips_straight_to_its_words() -> None:
    program = compile_pattern(seq(tok(lower="launched"), QTY), "launched")
    tokens = tokenize("the " * 500 + "Russia launched 40 drones.").tokens
    starts = program._starts_in(tokens)
    assert starts is not None and [tokens[i].lower for i in starts.positions] == ["launched"]
    assert [(tokens[m.start].text, tokens[m.end - 1].text) for m in program.finditer(tokens)] == [("launched", "40")]
    assert compile_pattern(seq(tok(), QTY), "any")._starts_in(tokens) is None


def test_required_words_are_read_from_the_pattern() -> None:
    assert compile_pattern(seq(tok(), tok(lower="both"), QTY), "both")._required == {"both"}
    assert compile_pattern(seq(QTY, tok(text="Kyiv")), "kyiv")._required == {"kyiv"}
    assert compile_pattern(seq(QTY, alt(tok(lower="a"), lex(ATTACK))), "alt")._required == {"a"} | ATTACK.first_words
    assert compile_pattern(seq(QTY, alt(tok(lower="a"), tok(kind="punct"))), "open")._required is None
    assert compile_pattern(seq(QTY, opt(tok(lower="a"))), "optional")._required is None


def test_a_range_without_the_required_word_is_not_searched() -> None:
    program = compile_pattern(seq(tok().rep(0, 2), tok(lower="both"), QTY), "both")
    tokens = tokenize("the " * 50 + "and both 2 tanks.").tokens
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Program, "_search", lambda *args, **kwargs: pytest.fail("searched"))
        assert list(program.finditer(tokens, 0, 50)) == []
    assert [(tokens[m.start].text, tokens[m.end - 1].text) for m in program.finditer(tokens)] == [("the", "2")]
