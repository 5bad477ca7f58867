"""One fact per person: grouping readings, completing names, collecting mentions.

:func:`~.find.find_officials` gives every titled mention; here the mentions of one
person (same surname) become one ``official`` fact led by its first confident
reading, named as fully as the article names the person anywhere.
"""

from __future__ import annotations

from newsextract import Document, Fact
from newsextract.rules import rule_provenance

from .find import find_officials
from .names import fullest_name, mentions, surname
from .parts import Reading
from .value import Official

__all__ = ["extract_officials"]


def extract_officials(document: Document) -> list[Fact]:
    """The ``official`` facts of ``document``: one per person, with every mention."""
    text = document.text
    readings = find_officials(text)
    groups: dict[str, list[Reading]] = {}
    for reading in readings:
        groups.setdefault(surname(reading.name).casefold(), []).append(reading)
    facts: list[Fact] = []
    for group in groups.values():
        if all(r.tentative for r in group) and " " not in fullest_name(text, group[0].name).strip():
            continue  # "General Motors": a one-word name after a spelled-out rank, never named in full
        best = max(group, key=lambda r: (r.confidence, -r.span.start))
        first = min(group, key=lambda r: r.span.start)
        lead = first if first.confidence >= best.confidence - 0.05 else best
        name = max((r.name for r in group), key=lambda n: (len(n.split()), len(n)))
        name = fullest_name(text, name)
        place = lead.place or next((r.place for r in group if r.place and r.title == lead.title), None)
        organization = lead.organization or next((r.organization for r in group if r.organization), None)
        if lead.possessor_place and place == lead.place and place and surname(place).casefold() in groups:
            place = organization = None  # "Novak's spokesman X" where Novak is an official of the article
        rank = lead.rank or next((r.rank for r in group if r.rank), None)
        value = Official(
            name=name,
            title=lead.title,
            place=place,
            organization=organization,
            status=lead.status,
            rank=rank,
        )
        spans = set(mentions(text, [r.name for r in group] + [name]))
        spans.update(r.span for r in group)
        spans.discard(lead.span)
        facts.append(
            Fact(
                "official",
                lead.span,
                text[lead.span.start : lead.span.end],
                value,
                confidence=lead.confidence,
                mentions=tuple(spans),
                provenance=rule_provenance(lead.rule, lead.span),
            )
        )
    facts.sort(key=lambda f: f.span)
    return facts
