"""Stamping each weapon count with its scope (event, period, cumulative)."""

from __future__ import annotations

import attrs

import newsextract
from newsextract.text import scope_at

from .extract import extract_weapon_counts

__all__ = ["extract_scoped_weapon_counts", "with_scope"]


def with_scope(fact: newsextract.Fact, text: str) -> newsextract.Fact:
    """``fact`` with ``scope``/``scope_span`` from the scope phrase nearest it in its sentence."""
    phrase = scope_at(text, fact.span)
    if phrase is None:
        return fact
    return fact.replace(value=attrs.evolve(fact.value, scope=phrase.scope, scope_span=phrase.span))


def extract_scoped_weapon_counts(document: newsextract.Document) -> list[newsextract.Fact]:
    """The ``weapon_count`` extractor: :func:`extract_weapon_counts`, each fact with its scope."""
    return [with_scope(fact, document.text) for fact in extract_weapon_counts(document)]
