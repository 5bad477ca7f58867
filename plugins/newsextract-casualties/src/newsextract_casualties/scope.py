"""Stamping each casualty count with its scope (event, period, cumulative, background)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from newsextract import Document, Fact, Span
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
    joint = _joint_cause(text, fact.span.start)
    if joint is not None:
        return fact.replace(value=attrs.evolve(fact.value, scope="cumulative", scope_span=joint))
    phrase = scope_at(text, fact.span)
    if phrase is None:
        return fact
    return fact.replace(value=attrs.evolve(fact.value, scope=phrase.scope, scope_span=phrase.span))


#: An adverb that makes the figure after it the sum of several events: "eighteen bombs were found
#: in five states, collectively causing seven injuries" ("together" is left out: "killed
#: together with three others" is one event).
_JOINT: Final = ("collectively",)


def _joint_cause(text: str, start: int) -> Span | None:
    """The span of "collectively" within the two words before a count's phrase, else None."""
    window = text[max(0, start - 32) : start]
    words = window.split()[-2:]
    for word in words:
        if word.casefold().strip(",") in _JOINT:
            at = window.rfind(word)
            return Span(start - len(window) + at, start - len(window) + at + len(word))
    return None


def extract_scoped_casualties(document: Document) -> Iterator[Fact]:
    """The ``casualty`` extractor: :func:`extract_casualties`, each fact with its scope."""
    text = document.text
    for fact in extract_casualties(document):
        yield with_scope(fact, text)
