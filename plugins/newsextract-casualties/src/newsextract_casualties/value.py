"""The ``casualty`` value class, its merge key and its gold-matching rule."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any, Final

import attrs
import regex

from newsextract import Fact, Span
from newsextract.text import LazyPattern

from .lexicon import GENERIC_WHO, PERPETRATOR_NOUNS

__all__ = [
    "Casualty",
    "Victim",
    "casualty_key",
    "distinct_people",
    "gold_match",
    "normalize_who",
    "same_people",
    "says_additional",
]


@attrs.frozen
class Victim:
    """A victim the text names: the name as written (whitespace folded) and its span."""

    name: str
    span: Span


@attrs.frozen
class Casualty:
    """A count of people to whom one thing happened.

    ``status`` is one of killed, wounded, hospitalized, missing, captured, evacuated,
    rescued; ``count`` is ``None`` for vague amounts ("dozens"), whose smallest honest
    reading is ``lower_bound``; ``qualifier`` uses the core's vocabulary (exact,
    at_least, more_than, at_most, less_than, about); ``who`` is the head noun phrase as
    written, lower case ("people", "police officers"); ``location`` the place the clause
    names, if any. ``subset_of`` is the span of the fact this one is a part of
    ("including four children"); ``superseded`` marks a figure the text does not stand by: an
    earlier toll it revises, or another account's differing figure ("other sources reported 37");
    ``derived`` marks a status read indirectly ("required medical assistance", "bodies").
    ``victims`` are the people the text names as this casualty ("Corporal Ana Ruiz was
    killed", "two people were killed: Ana Ruiz and Pedro Gil"), at most ``count`` of them.
    ``scope`` is event, period or cumulative ("in the attack", "this week", "since
    February 2022") and ``scope_span`` the words that say so; both null when the text
    says nothing (read as event); ``background`` (span: the cause word) for a death a
    protest is about ("protested over the killing of a driver"), left out of totals.
    """

    status: str
    count: int | None
    qualifier: str = "exact"
    who: str | None = None
    location: str | None = None
    lower_bound: int | None = None
    subset_of: Span | None = None
    superseded: bool = False
    derived: bool = False
    victims: tuple[Victim, ...] = ()
    scope: str | None = None
    scope_span: Span | None = None


def normalize_who(who: str | None) -> str:
    """``who`` reduced for merging: generic people words become "people", plurals fold."""
    if not who:
        return "people"
    words = who.casefold().split()
    head = words[-1] if words else ""
    if head in GENERIC_WHO:
        return "people"
    stem = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)
    return stem.replace("children", "child").replace("men", "man")


def casualty_key(fact: Fact) -> Hashable:
    """Merge key: status, count, qualifier, normalised who and location, whether the fact's
    words say it is one more group ("two other policemen"), and the names of its victims.

    A lead and a body sentence stating the same casualty share all of them (the
    extractor harmonises restatements that leave the place or noun out); two groups
    that differ in any of them stay apart.
    """
    value = fact.value
    if not isinstance(value, Casualty):
        return ("other", repr(value))
    location = value.location.casefold() if value.location else None
    # "Two policemen were killed ... Two other policemen were killed": one more group, not a restatement.
    more = says_additional(fact.text)
    names = tuple(v.name for v in value.victims)  # two named people are two casualties
    return (value.status, value.count, value.qualifier, normalize_who(value.who), location, value.superseded, more, names)


def gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """FORMAT.md: same status and same count (null matches null)."""
    return gold.get("status") == predicted.get("status") and gold.get("count") == predicted.get("count")


#: Counts named by what happened rather than to whom ("seven injuries"): any group fits them.
_EVENT_NOUNS = frozenset({"injuries", "injury", "injured", "wounded", "killed", "dead", "deaths", "death"})


def _any_group(who: str | None) -> bool:
    words = (who or "").casefold().split()
    return not words or words[-1] in _EVENT_NOUNS or normalize_who(who) == "people"


def _perpetrator(who: str | None) -> bool:
    words = (who or "").casefold().split()
    return bool(words) and words[-1] in PERPETRATOR_NOUNS


def distinct_people(names_a: set[str], part_a: bool, names_b: set[str], part_b: bool) -> bool:
    """Whether two casualties are surely other people by the names they give: both name their
    victims and no name is shared ("Ana Ruiz was injured ... Li Wen was injured"), or one names
    its victim and the other, unnamed, is a part of another group ("one of the injured died")."""
    if names_a and names_b:
        return not names_a & names_b
    return (bool(names_a) and part_b and not names_b) or (bool(names_b) and part_a and not names_a)


def _names(value: Mapping[str, Any]) -> set[str]:
    return {str(v.get("name")) for v in value.get("victims") or () if isinstance(v, Mapping)}


def same_people(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> bool:
    """Totals: whether a later casualty may restate or break down an earlier one.

    Not when both name their victims and the names differ, nor when both name a specific
    group and the groups differ ("soldiers" and
    "civilians"), nor when only the later one names the attackers ("the gunman"; a later recap
    "two fatalities" may still hold an attacker named before); a generic word ("people",
    "victims", "injuries") may hold any group.
    """
    a, b = earlier.get("who"), later.get("who")
    if distinct_people(_names(earlier), earlier.get("subset_of") is not None, _names(later), later.get("subset_of") is not None):
        return False
    if _perpetrator(b) and not _perpetrator(a):
        return False  # "killed nine people ... The gunman then killed himself": one more death
    return _any_group(a) or _any_group(b) or normalize_who(a) == normalize_who(b)


#: Words in a casualty's own text that make it one more group, never a part of an earlier one:
#: "two other policemen were killed", "three were also hurt", "another soldier died",
#: "a third member was found dead", "two more bodies" (but not "more than", nor "the other(s)":
#: the rest of a group already counted).
_ADDITIONAL: Final = LazyPattern(
    r"\b(?:also|(?<!\bthe\s)others?|another|additional|further|more(?!\s+than\b)"
    r"|(?:a|the)\s+(?:second|third|fourth|fifth|sixth))\b",
    regex.IGNORECASE | regex.VERSION0,
)


def says_additional(text: str) -> bool:
    """Totals: whether a casualty's own words say it adds to the figures before it."""
    return _ADDITIONAL.search(text) is not None
