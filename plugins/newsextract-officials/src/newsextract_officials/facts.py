"""One fact per person: grouping readings, completing names, collecting mentions.

:func:`~.find.find_officials` gives every titled mention; here the mentions of one
person (same surname) become one ``official`` fact led by its first confident
reading, named as fully as the article names the person anywhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

import regex

from newsextract import Document, Fact, Span
from newsextract.rules import rule_provenance

from . import lexicon as lx
from .find import find_officials
from .parts import Reading
from .tags import BODY_WORDS, strip_possessive
from .value import Official

__all__ = ["extract_officials"]


def _surname(name: str) -> str:
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".").casefold() in ("jr", "sr", "ii", "iii", "iv"):
        parts.pop()
    return parts[-1] if parts else name


_GIVEN_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{M}])((?:(?:\p{Lu}[\p{L}\p{M}'’\-]{1,30}|\p{Lu}\.)\s){1,3})\Z")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "-" or unicodedata.category(char).startswith("M")


def _occurrences(text: str, form: str) -> Iterator[Span]:
    """Every word-bounded occurrence of ``form`` in ``text`` (plain string search)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield Span(at, end)
        at = text.find(form, at + 1)


def _not_given(word: str) -> bool:
    """True for a capitalised word that cannot be a given name (title words, demonyms, sentence openers)."""
    low = word.rstrip(".").casefold()
    base = strip_possessive(low)[0]
    return (
        base != low
        or low in lx.STOPWORDS
        or low in lx.HEADS
        or low in lx.RANKS
        or low in lx.MODIFIERS
        or low in lx.DEMONYMS
        or low in lx.STATUS
        or low in BODY_WORDS
    )


def _fullest_name(text: str, name: str, limit: int = 200) -> str:
    """Extend a bare surname with given names that stand before it elsewhere in the text."""
    if " " in name.strip():
        return name
    best = name
    for count, span in enumerate(_occurrences(text, name)):
        if count >= limit:
            break
        m = _GIVEN_BEFORE.search(text, max(0, span.start - 100), span.start)
        if m is None:
            continue
        given = m.group(1).split()
        cut = [i for i, word in enumerate(given) if _not_given(word)]
        if cut:
            given = given[cut[-1] + 1 :]
        candidate = " ".join([*given, name])
        if len(candidate) > len(best):
            best = candidate
    return best


def _mentions(text: str, names: Iterable[str]) -> list[Span]:
    out: set[Span] = set()
    for name in set(names):
        for form in {name, _surname(name)}:
            if len(form) >= 2:
                out.update(_occurrences(text, form))
    # "Klitschko" inside "Vitali Klitschko" is the same mention, not another one.
    kept: list[Span] = []
    reach = -1
    for span in sorted(out, key=lambda s: (s.start, -s.end)):
        if span.end > reach:
            kept.append(span)
            reach = span.end
    return kept


def extract_officials(document: Document) -> list[Fact]:
    """The ``official`` facts of ``document``: one per person, with every mention."""
    text = document.text
    readings = find_officials(text)
    groups: dict[str, list[Reading]] = {}
    for reading in readings:
        groups.setdefault(_surname(reading.name).casefold(), []).append(reading)
    facts: list[Fact] = []
    for group in groups.values():
        if all(r.tentative for r in group) and " " not in _fullest_name(text, group[0].name).strip():
            continue  # "General Motors": a one-word name after a spelled-out rank, never named in full
        best = max(group, key=lambda r: (r.confidence, -r.span.start))
        first = min(group, key=lambda r: r.span.start)
        lead = first if first.confidence >= best.confidence - 0.05 else best
        name = max((r.name for r in group), key=lambda n: (len(n.split()), len(n)))
        name = _fullest_name(text, name)
        place = lead.place or next((r.place for r in group if r.place and r.title == lead.title), None)
        organization = lead.organization or next((r.organization for r in group if r.organization), None)
        if lead.possessor_place and place == lead.place and place and _surname(place).casefold() in groups:
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
        spans = set(_mentions(text, [r.name for r in group] + [name]))
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
