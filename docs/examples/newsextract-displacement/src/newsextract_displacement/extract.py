"""The displacement extractor: counts of people evacuated, displaced or forced to flee.

Three sentence shapes are read, each built around the core's shared number reader
(:data:`newsextract.text.QUANTITY_PATTERN`), so "more than 3,000", "twelve thousand",
"some 1,800" and "tens of thousands of" all work without a line of number parsing here:

1. passive: "more than 3,000 people were evacuated", "40,000 residents have been displaced";
2. intransitive: "12,000 residents fled";
3. transitive: "forced 12,000 residents to flee", "the floods displaced 40,000".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

import attrs
import regex

from newsextract import Document, Fact, Span
from newsextract.text import QUANTITY_PATTERN, Quantity, is_year_like, parse_quantity, split_sentences

from .lexicon import (
    ACTIVE_ACTIONS,
    AUXILIARIES,
    FORCED_TAILS,
    PASSIVE_ACTIONS,
    PEOPLE_ADJECTIVES,
    PEOPLE_NOUNS,
    TRANSITIVE_ACTIONS,
    TRIGGER_STEMS,
)

__all__ = ["KIND", "Displacement", "extract_displacement"]

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


# --8<-- [start:patterns]
def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=lambda w: (-len(w), w))  # longest first; stable across processes
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_FLAGS: Final = regex.IGNORECASE | regex.VERSION0
_QTY: Final = rf"(?P<qty>{QUANTITY_PATTERN})"
_ADJ: Final = rf"(?:{_alternatives(PEOPLE_ADJECTIVES)}\s+)?"
_WHO: Final = rf"(?P<who>{_alternatives(PEOPLE_NOUNS)})\b"
# "residents of northern Israel", "people in the region": at most four words of place.
_PLACE_WORDS: Final = r"(?:,?\s+(?:of|in|from|living\s+in|near)(?:\s+[\w'’.-]{1,25}){1,4}?,?)"
_PLACE: Final = rf"{_PLACE_WORDS}?"
_AUX: Final = rf"(?:{_alternatives(AUXILIARIES)}\s+)"

#: "more than 3,000 people were evacuated", "3,000 were displaced".
PASSIVE: Final = regex.compile(
    rf"{_QTY}(?:\s+{_ADJ}{_WHO}{_PLACE})?\s+{_AUX}(?:(?:all|also|now|already)\s+)?(?P<verb>{_alternatives(PASSIVE_ACTIONS)})\b",
    _FLAGS,
)
#: "12,000 residents fled".
ACTIVE: Final = regex.compile(
    rf"{_QTY}\s+{_ADJ}{_WHO}{_PLACE}\s+(?P<verb>{_alternatives(ACTIVE_ACTIONS)})\b(?!\s+(?:by|the|a|an|their|its|\d))",
    _FLAGS,
)
#: "displaced 40,000", "forced 12,000 residents to flee".
TRANSITIVE: Final = regex.compile(
    rf"\b(?P<verb>{_alternatives(TRANSITIVE_ACTIONS)})\s+{_QTY}"
    rf"(?:\s+{_ADJ}{_WHO})?(?:{_PLACE_WORDS}?\s+(?P<tail>{_alternatives(FORCED_TAILS)})\b)?",
    _FLAGS,
)
_TRIGGER: Final = regex.compile(_alternatives(TRIGGER_STEMS), _FLAGS)
_NEGATED: Final = regex.compile(r"\b(?:none|no|neither|not)\s+(?:of\s+)?(?:the\s+)?\Z", _FLAGS)
# A transitive count must not be followed by a non-people noun ("evacuated 3 hospitals").
_NEXT_WORD: Final = regex.compile(r"\s+(?P<word>[\p{L}][\p{L}'’-]{0,30})", _FLAGS)
_FREE_AFTER_COUNT: Final = frozenset(
    """in from since across and or as after before during when while over on at by
    this last these more others people""".split()
)
#: The three shapes, most reliable first; a later shape never overlaps an earlier find.
_SHAPES: Final = ((PASSIVE, "passive", 0.9), (ACTIVE, "active", 0.85), (TRANSITIVE, "transitive", 0.8))
# --8<-- [end:patterns]


# --8<-- [start:extractor]
def extract_displacement(document: Document) -> Iterator[Fact]:
    """Find every displacement count in ``document``.

    Pure function of the document (the core may call it from many processes at
    once); yields facts in text order, spans pointing into ``document.text``.
    """
    text = document.text
    if _TRIGGER.search(text) is None:  # the cheap test first: most articles end here
        return
    for sentence in split_sentences(text):
        if _TRIGGER.search(text, sentence.start, sentence.end) is None:
            continue
        taken: list[Span] = []
        for pattern, shape, confidence in _SHAPES:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                fact = _fact(text, match, shape, confidence)
                if fact is not None and not any(fact.span.overlaps(other) for other in taken):
                    taken.append(fact.span)
                    yield fact


# --8<-- [end:extractor]


# --8<-- [start:fact]
def _fact(text: str, match: regex.Match[str], shape: str, confidence: float) -> Fact | None:
    """Turn one pattern match into a fact, or ``None`` when it is not a displacement."""
    qty_start, qty_end = match.span("qty")
    quantity = parse_quantity(match.group("qty"), qty_start)
    if not _is_head_count(quantity):
        return None
    assert quantity is not None
    if _NEGATED.search(text, max(0, qty_start - 20), qty_start) is not None:
        return None  # "none of the 300 residents were evacuated"
    verb = " ".join(match.group("verb").lower().split())
    who = match.group("who")
    if shape == "transitive":
        action, needs_people = TRANSITIVE_ACTIONS[verb]
        if needs_people and who is None:
            return None  # "evacuated 3 hospitals"
        if action == "fled" and match.group("tail") is None:
            return None  # "forced 200 people" means nothing without "to flee"/"from their homes"
        if who is None and _next_word_is_a_thing(text, qty_end, match.end()):
            return None  # "displaced 40,000 tonnes"
        if verb in ("forced", "forcing", "drove") and match.group("tail") is not None:
            tail = " ".join(match.group("tail").lower().split())
            action = "evacuated" if tail == "to evacuate" else "fled"
    elif shape == "passive":
        action = PASSIVE_ACTIONS[verb]
    else:
        action = ACTIVE_ACTIONS[verb]
    start, end = match.start(), match.end()
    value = Displacement(
        count=quantity.count,
        qualifier=quantity.qualifier,
        action=action,
        who=who.lower() if who else None,
        lower_bound=quantity.lower_bound,
    )
    return Fact(kind=KIND, span=Span(start, end), text=text[start:end], value=value, confidence=confidence)


def _is_head_count(quantity: Quantity | None) -> bool:
    """A count of people: a number or a vague amount, never a year, a fraction or "all but N"."""
    if quantity is None or is_year_like(quantity):
        return False
    if quantity.count is not None:
        return quantity.count > 0
    return quantity.vague and quantity.all_but is None and quantity.fraction is None


def _next_word_is_a_thing(text: str, at: int, limit: int) -> bool:
    """True when the word after a bare transitive count is a noun that is not about people."""
    word = _NEXT_WORD.match(text, at, min(len(text), at + 40))
    if word is None:
        return False
    return word.group("word").lower() not in _FREE_AFTER_COUNT


# --8<-- [end:fact]
