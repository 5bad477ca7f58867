"""The start-position index is a pure speed-up: every match is the one a token-by-token scan finds."""

from __future__ import annotations

import random

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
}


def scan_without_index(program: Program, tokens: tuple, lo: int, hi: int) -> list[tuple[int, int]]:
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
