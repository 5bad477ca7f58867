"""Folding facts from many extractors into one deterministic answer.

The rules, in order:

1. **Fold duplicates.** Facts of one kind whose kind keys are equal state the same
   thing; they become one fact whose ``mentions`` are all their spans.
2. **Settle disagreements.** When facts of one kind from *different plugins*
   cover the same span but state different things, one survives.
3. **Choose a winner** (in both cases) by highest confidence, then plugin rank
   (plugins sorted by name, never by load order), then earliest span, then the
   value's JSON form; the winner keeps its own span and text.
4. **Order** the result by span, then kind, then extractor.

Every step is a pure function of its inputs, so the same facts in any order
give the same result.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

from .model import Fact, Span, value_to_dict

__all__ = ["fold_duplicates", "merge_facts", "settle_conflicts", "sort_facts"]

KeyOf = Callable[[Fact], Hashable]


def _value_json(fact: Fact) -> str:
    try:
        return _hashable_value_json(fact.value)
    except TypeError:  # unhashable values (mappings) are serialised each time
        return json.dumps(value_to_dict(fact.value), sort_keys=True, default=str)


@functools.lru_cache(maxsize=4096)
def _hashable_value_json(value: object) -> str:
    # Frozen attrs values hash cheaply; one serialisation serves fold, settle and sort.
    return json.dumps(value_to_dict(value), sort_keys=True, default=str)


def _preference(rank: Mapping[str, int]) -> Callable[[Fact], tuple[float, int, int, int, str]]:
    def preference(fact: Fact) -> tuple[float, int, int, int, str]:
        return (-fact.confidence, rank.get(fact.extractor, len(rank)), fact.span.start, fact.span.end, _value_json(fact))

    return preference


def sort_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts in text order, ties broken so the order never depends on input order."""
    return sorted(facts, key=lambda f: (f.span.start, f.span.end, f.kind, f.extractor, _value_json(f)))


def fold_duplicates(facts: Sequence[Fact], key_of: KeyOf, rank: Mapping[str, int]) -> list[Fact]:
    """Rule 1: one fact per (kind, key), carrying every folded mention."""
    groups: dict[tuple[str, Hashable], list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.kind, key_of(fact)), []).append(fact)
    preference = _preference(rank)
    folded = []
    for group in groups.values():
        winner = min(group, key=preference)
        spans: set[Span] = set()
        for fact in group:
            spans.add(fact.span)
            spans.update(fact.mentions)
        folded.append(winner if len(group) == 1 and spans == set(winner.mentions) else winner.replace(mentions=tuple(spans)))
    return folded


def settle_conflicts(facts: Sequence[Fact], rank: Mapping[str, int]) -> list[Fact]:
    """Rule 2: among different plugins' facts of one kind on one span, keep the preferred."""
    by_place: dict[tuple[str, Span], list[Fact]] = {}
    for fact in facts:
        by_place.setdefault((fact.kind, fact.span), []).append(fact)
    preference = _preference(rank)
    kept: list[Fact] = []
    for group in by_place.values():
        if len({f.extractor for f in group}) < 2:
            kept.extend(group)
            continue
        winner = min(group, key=preference)
        kept.extend(f for f in group if f.extractor == winner.extractor)
    return kept


def merge_facts(facts: Sequence[Fact], key_of: KeyOf, rank: Mapping[str, int]) -> list[Fact]:
    """All merge rules: fold, settle, then order."""
    return sort_facts(settle_conflicts(fold_duplicates(facts, key_of, rank), rank))
