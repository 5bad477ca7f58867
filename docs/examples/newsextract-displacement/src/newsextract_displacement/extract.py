"""The displacement extractor, written on :mod:`newsextract.rules`.

Three rules read three sentence shapes, all on the core's shared token stream, in
which "more than 3,000", "twelve thousand", "some 1,800" and "tens of thousands of"
are already single count tokens:

1. ``passive``: "more than 3,000 people were evacuated", "40,000 residents have been displaced";
2. ``active``: "12,000 residents fled";
3. ``transitive``: "forced 12,000 residents to flee", "the floods displaced 40,000".

Each rule carries example sentences; ``newsextract explain`` shows which rule found a fact.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from newsextract import Document, Fact
from newsextract.rules import QTY, WORD, Lexicon, Match, Rule, RuleSet, alt, lex, opt, phrase, seq, tok
from newsextract.text import Quantity, is_year_like

from .lexicon import ACTIVE_ACTIONS, ADJECTIVES, AUXILIARIES, FORCED_TAILS, PASSIVE_ACTIONS, PEOPLE, TRANSITIVE_ACTIONS

__all__ = ["KIND", "RULES", "Displacement", "extract_displacement"]

#: The fact kind this plugin owns.
KIND: Final = "displacement"


# --8<-- [start:value]
@attrs.frozen
class Displacement:
    """A number of people who had to leave where they were.

    ``count`` is ``None`` for vague amounts ("thousands of people"), which carry a
    conservative ``lower_bound`` from the core's number reader instead.
    """

    count: int | None
    qualifier: str  # exact, at_least, more_than, at_most, less_than, about
    action: str  # evacuated, displaced or fled
    who: str | None = None  # the group's head noun, lower case ("residents"), if written
    lower_bound: int | None = None


# --8<-- [end:value]


# --8<-- [start:produce]
def _fact(m: Match, action: str | None, confidence: float) -> Fact | None:
    """The fact for a match, or None when its count is no head count or is negated."""
    quantity = m.quantity("count")
    if action is None or quantity is None or not _is_head_count(quantity) or _negated(m):
        return None
    who = m.lower("who")
    value = Displacement(quantity.count, quantity.qualifier, action, who, quantity.lower_bound)
    return m.fact(KIND, value, confidence=confidence)


def _is_head_count(quantity: Quantity) -> bool:
    """A count of people: a number or a vague amount, never a year, a fraction or "all but N"."""
    if is_year_like(quantity):
        return False
    if quantity.count is not None:
        return quantity.count > 0
    return quantity.vague and quantity.all_but is None and quantity.fraction is None


def _negated(m: Match) -> bool:
    """ "none of the 300 residents": a negation just before the count."""
    words = [t.lower for t in m.before(3, "count") if t.lower not in ("of", "the")]
    return bool(words) and words[-1] in ("none", "no", "neither", "not")


def passive(m: Match) -> Fact | None:
    """ "3,000 people were evacuated": the participle names the action."""
    return _fact(m, PASSIVE_ACTIONS.get(m.lower("verb") or ""), 0.9)


def active(m: Match) -> Fact | None:
    """ "12,000 residents fled", unless an object follows ("fled the city" is fine, "evacuated the ..." is not)."""
    following = m.after(1)
    if following and (following[0].lower in _OBJECT_STARTS or following[0].kind in ("quantity", "number")):
        return None
    return _fact(m, ACTIVE_ACTIONS.get(m.lower("verb") or ""), 0.85)


def transitive(m: Match) -> Fact | None:
    """ "forced 12,000 residents to flee", "displaced 40,000" (but not "displaced 40,000 tonnes")."""
    action, needs_people = TRANSITIVE_ACTIONS[m.lower("verb") or ""]
    tail = m.lower("tail")
    if (needs_people and "who" not in m) or (action == "fled" and tail is None):
        return None  # "evacuated 3 hospitals"; "forced 200 people into buses"
    following = m.after(1, "count")
    if "who" not in m and following and following[0].kind == "word" and following[0].lower not in _FREE_AFTER_COUNT:
        return None  # "displaced 40,000 tonnes"
    if tail is not None and action == "fled":
        action = "evacuated" if tail == "to evacuate" else "fled"
    return _fact(m, action, 0.8)


_OBJECT_STARTS: Final = frozenset({"by", "the", "a", "an", "their", "its"})
_FREE_AFTER_COUNT: Final = frozenset(
    "in from since across and or as after before during when while over on at by this last these more others people".split()
)
# --8<-- [end:produce]


# --8<-- [start:rules]
WHO = seq(opt(lex(ADJECTIVES)), lex(PEOPLE)("who"))
PLACE = seq(opt(tok(",")), alt(tok(lower={"of", "in", "from", "near"}), phrase("living in")), tok(kind=WORD).rep(1, 4),
            opt(tok(",")))
RULES: Final = RuleSet(KIND, [
    Rule("passive", [QTY("count"), opt(WHO, opt(PLACE)), lex(AUXILIARIES), opt(tok(lower={"all", "also", "now", "already"})),
                     lex(Lexicon("passive", PASSIVE_ACTIONS))("verb")], passive,
         examples=[("More than 3,000 people were evacuated.", {"count": 3000, "qualifier": "more_than", "action": "evacuated"}),
                   ("None of the 300 residents were evacuated.", None)]),
    Rule("active", [QTY("count"), WHO, opt(PLACE), lex(Lexicon("active", ACTIVE_ACTIONS))("verb")], active,
         examples=[("Twelve thousand villagers fled.", {"count": 12000, "action": "fled", "who": "villagers"})]),
    Rule("transitive", [lex(Lexicon("transitive", TRANSITIVE_ACTIONS))("verb"), QTY("count"), opt(WHO),
                        opt(opt(PLACE), lex(FORCED_TAILS)("tail"))], transitive,
         examples=[("The floods forced 12,000 residents to flee.", {"count": 12000, "action": "fled", "who": "residents"}),
                   ("The dam displaced 40,000 tonnes of water.", None), ("Crews evacuated 3 hospitals overnight.", None)]),
], requires=[Lexicon("triggers", [*PASSIVE_ACTIONS, *ACTIVE_ACTIONS, *TRANSITIVE_ACTIONS])])
# --8<-- [end:rules]


# --8<-- [start:extractor]
def extract_displacement(document: Document) -> Iterator[Fact]:
    """Find every displacement count in ``document`` (a pure function of the document)."""
    yield from RULES.facts(document)


# --8<-- [end:extractor]
