"""Rules asked at an anchor (:class:`~newsextract.rules.BeforeRule`) and :func:`~newsextract.rules.word_ending`."""

from __future__ import annotations

from newsextract.rules import BeforeRule, RuleSet, nothing, seq, tok, tokenize, word_ending

SUBSET = BeforeRule(
    "subset",
    seq(word_ending({"most", "one"})("part"), tok(lower="of"), tok(lower="the")),
    nothing,
    [
        ("Officials said most of the |40 drones were downed.", {"words": "most of the", "part": "most"}),
        ("Officials said twenty-one of the |40 drones were downed.", {"part": "twenty-one"}),
        ("Officials said all |40 drones were downed.", None),
    ],
)


def _at(marked: str) -> tuple[str, int]:
    return marked.replace("|", "", 1), marked.index("|")


def test_the_examples_are_read_from_their_anchor() -> None:
    assert SUBSET.check_examples() == []
    assert RuleSet("subsets", [SUBSET]).check_examples() == []
    wrong = BeforeRule("wrong", tok(lower="of"), nothing, [("Most of |40 drones.", None), ("All |40 drones.", {})])
    assert len(wrong.check_examples()) == 2


def test_a_before_rule_matches_the_words_ending_at_the_anchor() -> None:
    text, at = _at("Officials said one of the |40 drones fell.")
    tokens = SUBSET.tokens(text, 0, at)
    m = SUBSET.ending(tokens, at)
    assert m is not None and [t.text for t in tokens[m.start : m.end]] == ["one", "of", "the"]
    assert SUBSET.ending(SUBSET.tokens(text, 0, at - 5), at - 5) is None
    assert list(SUBSET.run(text)) == []  # never searched for: produces nothing


def test_word_ending_takes_the_word_or_its_last_part_after_a_non_word_character() -> None:
    seen = {t.text: t for t in tokenize("War anti-war peace_war pre-WAR x'war warlike preincluding Including money").tokens}
    war = BeforeRule("war", word_ending({"war"}), nothing)
    assert [w for w, t in seen.items() if war.anchored.may_end_with(t)] == ["War", "anti-war", "pre-WAR", "x'war"]
    including = BeforeRule("including", word_ending({"including"}, whole=False), nothing)
    assert [w for w, t in seen.items() if including.anchored.may_end_with(t)] == ["preincluding", "Including"]
