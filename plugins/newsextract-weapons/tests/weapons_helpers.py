"""Helpers shared by the weapons tests (importable because tests/conftest.py puts this folder on sys.path)."""

from __future__ import annotations

from newsextract_weapons import extract_weapon_counts

import newsextract

#: (weapon, class, count, qualifier, status) of one fact.
Row = tuple[str, str, int | None, str, str]


def read(text: str) -> list[Row]:
    """(weapon, class, count, qualifier, status) of every fact, in text order; every span must match its text."""
    out = []
    for fact in extract_weapon_counts(newsextract.Document(text)):
        assert text[fact.span.start : fact.span.end] == fact.text
        v = fact.value
        out.append((v.weapon, v.class_, v.count, v.qualifier, v.status))
    return out
