"""Rules, matches, examples, rule sets, shared constructions and rule provenance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

import newsextract
from newsextract import Document, Fact, hookimpl
from newsextract.rules import (
    ALL_BUT,
    QTY,
    Derived,
    Lexicon,
    Match,
    PatternError,
    Rule,
    RuleSet,
    all_but,
    counted,
    distributed,
    introduced_list,
    lex,
    listing,
    more_than_before,
    n_more,
    n_of_m,
    opt,
    seq,
    tok,
)

WEAPON = Lexicon("weapon", nouns="drone, missile, cruise missile, Kinzhal, Kh-101, Iskander-M, Iskander")
STATUS = Lexicon("status", verbs="destroy, shoot down, launch, intercept")


def items(m: Match, name: str = "item") -> list[tuple[str, str | None]]:
    return [(g.lower("count") or "", g.lower("head")) for g in m.groups(name)]


def run(pattern: Any, text: str, produce: Callable[[Match], Any] = lambda m: m) -> list[Any]:
    return [e.value for e in Rule("probe", pattern, produce).run(text)]


def test_coordinated_list_of_counted_noun_phrases() -> None:
    (m,) = run(
        listing(counted(lex(WEAPON))), "Russia launched 286 drones, nine Iskander-M missiles and four Kh-101 cruise missiles."
    )
    assert items(m) == [("286", "drones"), ("nine", "missiles"), ("four", "cruise missiles")]
    assert [g.text for g in m.groups("item")][1] == "nine Iskander-M missiles"


def test_list_after_a_colon_or_including() -> None:
    item = counted(lex(WEAPON) | tok(title=True))
    (m,) = run(
        seq(counted(lex(WEAPON)), introduced_list(item)),
        "Russia fired 37 missiles: one Kinzhal, two dozen Kh-101 and 12 Iskanders.",
    )
    assert [g.text for g in m.groups("item")] == ["one Kinzhal", "two dozen Kh-101", "12 Iskanders"]
    (m,) = run(seq(lex(STATUS), counted(lex(WEAPON)), introduced_list(item)), "They launched 40 drones, including 12 Iskanders.")
    assert items(m) == [("12", "iskanders")]


def test_verb_distributing_over_a_list_with_an_including_part() -> None:
    pattern = distributed(lex(STATUS), counted(lex(WEAPON)))
    (m,) = run(pattern, "Air defences destroyed 74 missiles, including 71 cruise missiles, as well as 88 drones.")
    assert m.lower("verb") == "destroyed"
    assert items(m) == [("74", "missiles"), ("88", "drones")]
    assert items(m, "part") == [("71", "cruise missiles")]
    (m,) = run(pattern, "The crews were destroying 28 drones and both missiles.")
    assert items(m) == [("28", "drones"), ("both", "missiles")]


def test_n_of_m_all_but_and_n_more() -> None:
    (m,) = run(n_of_m(), "Air defences downed 23 of the 24 drones.")
    assert (m.quantity("part").count, m.quantity("whole").count) == (23, 24)
    (derived,) = run(
        seq(ALL_BUT("ab"), opt(tok(lower="the")), QTY("whole")),
        "all but one of the 24 launched",
        lambda m: all_but(m.quantity("whole"), m.quantity("ab"), what="launched"),
    )
    assert derived == Derived(23, "23 = 24 launched - 'all but one'")
    (m,) = run(n_more(), "Police detained 10 more people.")
    more = m.quantity("more")
    assert more is not None and more_than_before(20, more) == Derived(30, "30 = 20 + '10 more'")


def test_all_but_refuses_impossible_arithmetic() -> None:
    (m,) = run(seq(ALL_BUT("ab"), QTY("whole")), "all but five of 3")
    assert all_but(m.quantity("whole"), m.quantity("ab")) is None


@attrs.frozen
class Arrest:
    count: int | None
    qualifier: str


ARREST = Lexicon("arrest", verbs="arrest, detain")
PEOPLE = Lexicon("people", nouns="person, protester, man, woman")


def arrest(m: Match) -> Fact:
    q = m.quantity("count")
    assert q is not None
    return m.fact("arrest", Arrest(q.count, q.qualifier), confidence=0.9)


ARRESTS = RuleSet(
    "arrests-test",
    [
        Rule(
            "active", [lex(ARREST), QTY("count"), lex(PEOPLE)], arrest, examples=[("Police arrested 12 people.", {"count": 12})]
        ),
        Rule(
            "passive",
            [QTY("count"), lex(PEOPLE), tok(lower={"were", "was"}), lex(ARREST)],
            arrest,
            examples=[
                ("23 protesters were detained.", {"count": 23, "text": "23 protesters were detained"}),
                ("The police arrested nobody.", None),
            ],
        ),
    ],
    requires=ARREST,
)


def test_rule_set_facts_carry_their_rule() -> None:
    facts = ARRESTS.facts("Police arrested 12 people. Later 23 protesters were detained.")
    assert [(f.value.count, f.provenance.rule if f.provenance else None) for f in facts] == [(12, "active"), (23, "passive")]
    assert facts[0].text == "arrested 12 people"
    assert facts[0].provenance is not None and facts[0].provenance.matched == facts[0].span


def test_rule_set_examples_pass_and_failures_are_reported() -> None:
    assert ARRESTS.check_examples() == []
    wrong = Rule(
        "wrong",
        [lex(ARREST), QTY("count")],
        arrest,
        examples=[("Police arrested 12 people.", {"count": 13}), ("Police arrested 4 men.", None)],
    )
    problems = wrong.check_examples()
    assert len(problems) == 2 and "'wrong'" in problems[0] and "13" in problems[0]


def test_requires_skips_documents_without_a_trigger_word() -> None:
    assert ARRESTS.facts("12 people were seen.") == []
    assert ARRESTS.evidence(Document("Police detained 4 men.")) != []


def test_rule_sets_refuse_duplicates_and_non_facts() -> None:
    rule = Rule("same", QTY, lambda m: m.text)
    with pytest.raises(PatternError, match="two rules are called 'same'"):
        RuleSet("dup", [rule, rule])
    with pytest.raises(TypeError, match="not a Fact; use evidence"):
        RuleSet("ev", [rule]).facts("12 drones")
    assert [e.value for e in RuleSet("ev", [rule]).evidence("12 drones")] == ["12"]


def test_overlapping_facts_from_later_rules_are_dropped() -> None:
    first = Rule("long", [QTY("count"), lex(PEOPLE)], lambda m: m.fact("arrest", Arrest(1, "exact")))
    second = Rule("short", QTY("count"), lambda m: m.fact("arrest", Arrest(2, "exact")))
    text = "12 people and 4"
    assert [f.value.count for f in RuleSet("o", [first, second]).facts(text)] == [1, 2]
    assert len(RuleSet("o", [first, second], overlap="all").facts(text)) == 3


class ArrestsPlugin:
    @hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(newsextract.Kind("arrest", value_type=Arrest))

    @hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(ARRESTS.facts, name="arrests", kinds=("arrest",))


def test_rule_provenance_survives_stamping_merge_and_json() -> None:
    pipeline = newsextract.Pipeline(plugins=[], register=[("arrests", ArrestsPlugin())], strict=True, entry_points=False)
    text = "Police arrested 12 people. Police arrested 12 people."
    (fact,) = pipeline.extract(text).facts  # two mentions folded into one
    assert len(fact.mentions) == 2
    assert fact.provenance is not None
    assert (fact.provenance.plugin, fact.provenance.rule) == ("arrests", "active")
    out = fact.to_dict()["provenance"]
    assert out["rule"] == "active" and out["matched"] == [7, 25] and out["derivation"] is None
