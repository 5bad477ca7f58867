"""What a weapon count's sentence says around it: its scope, and whether it is a part of another count.

* scope: "550 drones overnight" (event), "1,100 drones this week" (period), "52,000 drones since
  the start of the invasion" (cumulative), from the core's :func:`newsextract.text.scope_at`;
* parts: "74 missiles, including 71 cruise missiles and three ballistic missiles" — the 71 and the
  3 are a breakdown of the 74 (``subset_of`` is the 74's span), so totals count them once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

import newsextract
from newsextract.text import LazyPattern, scope_at, sentence_bounds

from .extract import extract_weapon_counts
from .value import WeaponCount

__all__ = ["extract_weapon_counts_in_context", "mark_parts", "with_scope"]

#: Words between a count and a later one that make the later a part of it.
_INCLUDING: Final = LazyPattern(
    r"\b(?:including|included|includes|of\s+which|of\s+them|among\s+them|among\s+which)\b|^\s*:",
    regex.IGNORECASE | regex.VERSION0,
)
#: Words between them that start another statement: no breakdown reaches across.
_BREAK: Final = LazyPattern(r"[;.!?]|\b(?:while|whereas|but|and\s+then)\b", regex.IGNORECASE | regex.VERSION0)
#: How far apart (in characters) a whole and its part may stand.
_REACH: Final = 300


def with_scope(fact: newsextract.Fact, text: str) -> newsextract.Fact:
    """``fact`` with ``scope``/``scope_span`` from the scope phrase nearest it in its sentence."""
    phrase = scope_at(text, fact.span)
    if phrase is None:
        return fact
    return fact.replace(value=attrs.evolve(fact.value, scope=phrase.scope, scope_span=phrase.span))


def _whole_of(part: newsextract.Fact, before: Sequence[newsextract.Fact], taken: dict[int, int], text: str) -> int | None:
    """Index in ``before`` of the count ``part`` breaks down, or None."""
    value = part.value
    if not isinstance(value, WeaponCount) or value.count is None:
        return None
    start, _ = sentence_bounds(text, part.span.start, floor=part.span.start - _REACH)
    for i in range(len(before) - 1, -1, -1):
        whole = before[i]
        if whole.span.end <= start or part.span.start - whole.span.end > _REACH:
            return None
        total = whole.value
        if not isinstance(total, WeaponCount) or total.subset_of is not None:
            continue
        if (total.class_, total.status) != (value.class_, value.status):
            continue
        if total.count is None or taken.get(i, 0) + value.count > total.count:
            return None
        gap = text[whole.span.end : part.span.start]
        if _INCLUDING.search(gap) and not _BREAK.search(gap):
            return i
        return None
    return None


def mark_parts(facts: Sequence[newsextract.Fact], text: str) -> list[newsextract.Fact]:
    """``facts`` (in text order) with ``subset_of`` set on counts that break down an earlier one."""
    out: list[newsextract.Fact] = []
    taken: dict[int, int] = {}  # whole's index -> sum of its parts so far
    for fact in sorted(facts, key=lambda f: (f.span.start, f.span.end)):
        i = _whole_of(fact, out, taken, text)
        if i is not None:
            taken[i] = taken.get(i, 0) + fact.value.count
            fact = fact.replace(value=attrs.evolve(fact.value, subset_of=out[i].span))
        out.append(fact)
    return out


def extract_weapon_counts_in_context(document: newsextract.Document) -> list[newsextract.Fact]:
    """The ``weapon_count`` extractor: :func:`extract_weapon_counts`, each fact with its scope and parts marked."""
    text = document.text
    return [with_scope(fact, text) for fact in mark_parts(extract_weapon_counts(document), text)]
