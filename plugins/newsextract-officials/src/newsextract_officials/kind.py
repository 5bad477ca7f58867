"""How the core merges, scores and links ``official`` facts."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import Any

import newsextract
from newsextract.text import expand_abbreviations, same_last_name, share_content_word

from .names import surname
from .value import Official

__all__ = ["KIND", "gold_match", "key", "persons"]


def key(fact: newsextract.Fact) -> Hashable:
    """One fact per person per article: the surname, case-folded."""
    value = fact.value
    name = value.name if isinstance(value, Official) else str(getattr(value, "name", fact.text))
    return ("official", surname(name).casefold())


def gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """FORMAT.md: same last name, and the titles share a content word after expanding abbreviations."""
    if not same_last_name(gold.get("name"), predicted.get("name")):
        return False
    return share_content_word(
        expand_abbreviations(str(gold.get("title") or "")),
        expand_abbreviations(str(predicted.get("title") or "")),
    )


def persons(fact: newsextract.Fact) -> Iterator[newsextract.PersonClaim]:
    """A :class:`~newsextract.PersonClaim` for every mention of the official.

    Each mention ("Zelenskyy", "President Volodymyr Zelenskyy") claims the full name,
    title, place and organisation, so that the core's entity index links bare
    surnames and following pronouns to the titled person.
    """
    value = fact.value
    if not isinstance(value, Official):
        return
    for span in {fact.span, *fact.mentions}:
        yield newsextract.PersonClaim(
            name=value.name,
            span=span,
            title=value.title,
            place=value.place,
            organization=value.organization,
        )


KIND = newsextract.Kind(
    "official",
    value_type=Official,
    description="A named person holding an office (name, title, place, organization, status)",
    key=key,
    gold_match=gold_match,
    persons=persons,
    # Holding an office is a standing fact, not an event: no ``when`` from the sentence.
    dated=False,
)
