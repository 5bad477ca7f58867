"""Stamping each casualty count with its scope (event, period, cumulative, background)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsextract import Document, Fact
from newsextract.text import scope_at

from .background import BACKGROUND, background_cue
from .extract import extract_casualties

__all__ = ["extract_scoped_casualties", "with_scope"]


def with_scope(fact: Fact, text: str) -> Fact:
    """``fact`` with ``scope``/``scope_span``: ``background`` and the cause word when it names the
    death a protest is about (:mod:`.background`), else the scope phrase nearest it in its sentence."""
    cue = background_cue(text, fact.span)
    if cue is not None:
        return fact.replace(value=attrs.evolve(fact.value, scope=BACKGROUND, scope_span=cue))
    phrase = scope_at(text, fact.span)
    if phrase is None:
        return fact
    return fact.replace(value=attrs.evolve(fact.value, scope=phrase.scope, scope_span=phrase.span))


def extract_scoped_casualties(document: Document) -> Iterator[Fact]:
    """The ``casualty`` extractor: :func:`extract_casualties`, each fact with its scope."""
    text = document.text
    for fact in extract_casualties(document):
        yield with_scope(fact, text)
