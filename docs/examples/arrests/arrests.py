"""A whole "arrests" plugin on newsextract.rules: the docs' example (docs/rules.md).

Register it in-process with ``newsextract.Pipeline(register=[("arrests", arrests)])``
or by an entry point, like any plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

import newsextract
from newsextract import Document, Fact
from newsextract.rules import QTY, WORD, Lexicon, Match, Rule, RuleSet, lex, tok


@attrs.frozen
class Arrest:
    """A number of people arrested or detained."""

    count: int | None
    qualifier: str


# --8<-- [start:rules]
ARREST = Lexicon("arrest", verbs="arrest, detain, round up, take into custody")
PEOPLE = Lexicon("people", nouns="person, protester, demonstrator, suspect, activist, man, woman, student, journalist")
AUX = Lexicon("be", "was, were, have been, has been, had been, are being, were being")


def arrested(m: Match) -> Fact | None:
    q = m.quantity("count")
    return m.fact("arrest", Arrest(q.count, q.qualifier)) if q is not None else None


RULES = RuleSet("arrests", [
    Rule("active", [lex(ARREST), QTY("count"), tok(kind=WORD).rep(0, 2), lex(PEOPLE)], arrested,
         examples=[("police arrested 12 people", {"count": 12})]),
    Rule("passive", [QTY("count"), tok(kind=WORD).rep(0, 2), lex(PEOPLE), lex(AUX), lex(ARREST)], arrested,
         examples=[("23 protesters were detained", {"count": 23}), ("the protesters were detained", None)]),
], requires=ARREST)
# --8<-- [end:rules]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """The ``arrest`` kind."""
    register(newsextract.Kind("arrest", value_type=Arrest, description="People arrested or detained, with a count."))


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """One extractor: the rule set."""
    register(extract_arrests, name="arrests", kinds=("arrest",))


def extract_arrests(document: Document) -> Iterator[Fact]:
    """Every arrest count in the document."""
    yield from RULES.facts(document)
