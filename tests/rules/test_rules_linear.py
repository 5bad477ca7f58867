"""Matching is linear in the number of tokens, by construction.

Each check measures the cost per token at 10x and 100x the baseline input, in the
same run, relative to the baseline (never an absolute time). A backtracking matcher
is exponential on these patterns; a restart-from-every-token matcher without a bound
would be quadratic (100x input -> ~100x cost per token).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from newsextract.rules import QTY, Lexicon, Pattern, Rule, alt, lex, opt, seq, tok, tokenize

A = tok(lower="a")
FLEE = Lexicon("flee", verbs="flee, flee from, flee from the area")

ADVERSARIAL: dict[str, tuple[Pattern, Callable[[int], str]]] = {
    # (a|aa)+ b: the classic exponential case for backtracking engines; no "b" ever comes.
    "alternation_in_repeat": (seq(alt(A, seq(A, A)).plus(), tok(lower="b")), lambda n: "a " * n),
    # nested optional and repeated elements: ((a a?){1,3})+ a? b
    "nested_optional_repeat": (seq(seq(A, opt(A)).rep(1, 3).plus(), opt(A), tok(lower="b")), lambda n: "a " * n),
    # a lexicon of overlapping multi-word entries inside a repetition, counts everywhere
    "lexicon_and_counts": (
        seq(seq(lex(FLEE), QTY.opt()).plus(), tok(lower="zzz")),
        lambda n: "flee from the area 3 " * (n // 5),
    ),
}


def _costs_per_token(rule: Rule, texts: list[str], rounds: int = 3) -> list[float]:
    """Best-of-``rounds`` seconds per token for each text, measured interleaved (load hits all alike)."""
    streams = [tokenize(text) for text in texts]
    best = [float("inf")] * len(streams)
    gc.disable()
    try:
        for _ in range(rounds):
            for i, stream in enumerate(streams):
                started = time.perf_counter()
                list(rule.matches(stream))
                best[i] = min(best[i], (time.perf_counter() - started) / max(1, len(stream)))
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_cost_per_token_stays_flat_at_10x_and_100x(name: str) -> None:
    pattern, make = ADVERSARIAL[name]
    rule = Rule(name.replace("_", "-"), pattern, lambda m: m.text, scope="text")
    base = 1000
    baseline, at_10x, at_100x = _costs_per_token(rule, [make(base), make(10 * base), make(100 * base)])
    # Linear: the per-token cost does not grow with the input. Quadratic matching would
    # make it ~10x and ~100x the baseline; the slack absorbs a loaded machine.
    assert at_10x < 4 * baseline, (baseline, at_10x)
    assert at_100x < 4 * baseline, (baseline, at_100x)


def test_adversarial_input_still_finds_the_real_match() -> None:
    pattern, make = ADVERSARIAL["alternation_in_repeat"]
    rule = Rule("probe", pattern, lambda m: m.text, scope="text")
    found = [m.text for m in rule.matches(make(1000) + "b")]
    assert len(found) == 1 and found[0].endswith("a a b")
