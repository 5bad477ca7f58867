"""The value of a ``weapon_count`` fact, its merge key and its gold-matching rule."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import attrs

import newsextract
from newsextract import Span
from newsextract.text import content_words, share_content_word, words

__all__ = ["WeaponCount", "gold_match", "head_word", "kind_key", "same_weapons"]


@attrs.frozen
class WeaponCount:
    """How many weapons of one kind a report says were launched, shot down, hit, lost or supplied.

    ``weapon`` is the phrase as written ("Shahed-type drones"); ``class_`` (serialised
    as ``class``) one of :data:`newsextract_weapons.lexicon.CLASSES`; ``count`` the number,
    ``None`` for vague amounts ("hundreds of drones") whose smallest honest value is
    ``lower_bound``; ``qualifier`` one of exact, at_least, more_than, at_most, less_than,
    about; ``status`` one of :data:`newsextract_weapons.lexicon.STATUSES`. ``model`` names
    the weapon model when the text does ("Kinzhal"), ``actor`` who launched or supplied,
    ``target``/``location`` where it was aimed or happened. ``derived`` is True when the
    count was computed from earlier totals ("all but one of the missiles"). ``scope`` is
    event, period or cumulative ("overnight", "this week", "since the start of the war")
    and ``scope_span`` the words that say so; both null when the text says nothing
    (read as event). ``subset_of`` is the span of the count this one breaks down
    ("74 missiles, including 71 cruise missiles").
    """

    weapon: str
    class_: str
    count: int | None
    qualifier: str
    status: str
    model: str | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    lower_bound: int | None = None
    derived: bool = False
    scope: str | None = None
    scope_span: Span | None = None
    subset_of: Span | None = None


def head_word(weapon: str) -> str:
    """The weapon phrase's head, lower case and singular ("Shahed-type drones" -> "drone")."""
    tokens = words(weapon)
    if not tokens:
        return ""
    last = tokens[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return last


def kind_key(fact: newsextract.Fact) -> Hashable:
    """Merge key: (class, status, count, qualifier, head of the weapon phrase)."""
    value = fact.value
    if not isinstance(value, WeaponCount):
        return ("weapon_count", fact.span)
    return (value.class_, value.status, value.count, value.qualifier, head_word(value.weapon), _kind_of(value.weapon))


#: Kinds of one head that never name the same weapons: "two cruise missiles" are not "two ballistic missiles".
_EXCLUSIVE_KINDS: frozenset[str] = frozenset({"cruise", "ballistic"})


def _kind_of(weapon: str) -> str | None:
    """The exclusive kind the weapon phrase names ("cruise", "ballistic"), or None."""
    found = [w.casefold() for w in words(weapon) if w.casefold() in _EXCLUSIVE_KINDS]
    return found[0] if len(found) == 1 else None


def gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """FORMAT.md rule: same class, same status, same count (None matches None), a shared content word."""
    if gold.get("class") != predicted.get("class") or gold.get("status") != predicted.get("status"):
        return False
    if gold.get("count") != predicted.get("count"):
        return False
    gold_words = content_words(str(gold.get("weapon") or ""))
    return bool(gold_words) and share_content_word(str(gold.get("weapon") or ""), str(predicted.get("weapon") or ""))


def same_weapons(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> bool:
    """Totals: whether a later count may restate or break down an earlier one.

    Not when both name a weapon model and the models differ (Kinzhal missiles are no
    part of Iskander missiles), nor when both name an actor and the actors differ.
    """
    for field in ("model", "actor"):
        a, b = earlier.get(field), later.get(field)
        if a and b and str(a).casefold() != str(b).casefold():
            return False
    return True
