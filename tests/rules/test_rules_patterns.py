"""Token patterns: predicates, operators, captures, semantics and compile-time errors."""

from __future__ import annotations

import pytest

from newsextract.rules import ANY, QTY, Lexicon, PatternError, Rule, alt, lex, opt, phrase, seq, tok


def found(pattern: object, text: str) -> list[str]:
    rule = Rule("probe", pattern, lambda m: m.text)  # type: ignore[arg-type]
    return [m.text for m in rule.matches(text)]


def captures(pattern: object, text: str) -> list[dict[str, list[str]]]:
    rule = Rule("probe", pattern, lambda m: m.text)  # type: ignore[arg-type]
    return [{k: [s.text for s in m.all(k)] for k in m.captures} for m in rule.matches(text)]


def test_per_token_predicates() -> None:
    text = "Police arrested 12 protesters in Kyiv on May 3, the U.S. said: Kh-101."
    assert found(tok("Police"), text) == ["Police"]
    assert found(tok(lower="police"), text) == ["Police"]
    assert found(tok(lower={"kyiv", "police"}), text) == ["Police", "Kyiv"]
    assert found(QTY, text) == ["12"]
    assert found(tok(shape="Xx-ddd"), text) == ["Kh-101"]
    assert found(tok(kind="punct"), text) == [",", ":", "."]
    assert found(tok(regex=r"[A-Z]\w+"), text) == ["Police", "Kyiv", "May"]
    assert found(tok(quantity=lambda q: q.count == 12), text) == ["12"]
    assert found(tok(title=True, kind="word"), text) == ["Police", "Kyiv", "May", "U.S.", "Kh-101"]
    assert found(tok(where=lambda t: t.text.endswith("ed")), text) == ["arrested"]


def test_lexicon_entries_of_several_tokens() -> None:
    downed = Lexicon("downed", verbs="shoot down, destroy")
    assert found(seq(lex(downed), QTY), "They shot down 40 drones and destroyed 3 missiles.") == ["shot down 40", "destroyed 3"]


def test_operators_and_alternation() -> None:
    pattern = QTY + tok(lower="more").opt() + alt(tok(lower="drones"), phrase("cruise missiles"))
    assert found(pattern, "12 more drones and 4 cruise missiles, 5 tanks") == ["12 more drones", "4 cruise missiles"]
    assert found(seq(tok(lower="a"), tok(lower="b").star(), tok(lower="c")), "a c a b b c a b") == ["a c", "a b b c"]
    assert found(seq(tok(lower="x").plus()), "x x y x") == ["x x", "x"]
    assert found(tok(lower="x").rep(2, 3), "x x x x x") == ["x x x", "x x"]
    assert found([tok(lower="a"), [ANY, tok(lower="c")]], "a b c") == ["a b c"]


def test_leftmost_longest() -> None:
    pattern = alt(tok(lower="a"), seq(tok(lower="a"), tok(lower="b")), seq(tok(lower="a"), tok(lower="b"), tok(lower="c")))
    assert found(pattern, "a b c a b") == ["a b c", "a b"]


def test_captures_record_every_repetition() -> None:
    item = seq(QTY("count"), tok(kind="word")("noun"))
    pattern = seq(item, seq(tok(text=","), item).star())
    assert captures(pattern, "12 drones, 3 missiles, 4 tanks") == [
        {"count": ["12", "3", "4"], "noun": ["drones", "missiles", "tanks"]}
    ]


def test_matches_stay_inside_a_sentence_unless_scoped_to_the_text() -> None:
    pattern = seq(tok(lower="fled"), ANY, ANY)
    text = "They fled. Then more"
    assert found(pattern, text) == []
    rule = Rule("wide", pattern, lambda m: m.text, scope="text")
    assert [m.text for m in rule.matches(text)] == ["fled. Then"]


def test_match_length_is_bounded_by_max_tokens() -> None:
    rule = Rule("short", tok(lower="a").plus(), lambda m: m.text, max_tokens=3)
    assert [len(m.tokens) for m in rule.matches("a a a a a a a")] == [3, 3, 1]


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (tok(regex="(unclosed"), "bad regex"),
        (tok(kind="noun"), "unknown token kind"),
        (tok(lower="Police"), "lower case"),
        (opt(tok(lower="a")), "can match no tokens"),
        (seq(opt(QTY)).star(), "can match no tokens"),
        (tok(lower="a").rep(3, 2), "bad repetition bounds"),
        (seq(QTY, tok(lower="a").rep(0, 500)), "repetition bound"),
        (QTY.capture("not a name"), "not an identifier"),
        (alt(), "at least one alternative"),
        ("not a pattern", "not a pattern"),
    ],
)
def test_bad_patterns_are_errors_naming_the_rule(pattern: object, message: str) -> None:
    with pytest.raises(PatternError, match=message) as info:
        Rule("my-rule", pattern, lambda m: None)  # type: ignore[arg-type]
    assert "'my-rule'" in str(info.value)


def test_bad_rule_names_and_scopes() -> None:
    with pytest.raises(PatternError, match="rule name"):
        Rule("Bad Name", QTY, lambda m: None)
    with pytest.raises(PatternError, match="scope"):
        Rule("ok", QTY, lambda m: None, scope="paragraph")
    with pytest.raises(PatternError, match="max_tokens"):
        Rule("ok", QTY, lambda m: None, max_tokens=0)
