"""Shared fixtures for the officials tests.

``officials(text)`` runs the extractor on a bare document, checks that every fact's span
matches its text, and returns the ``Official`` values; ``only(text)`` does the same and
asserts there is exactly one. ``pipeline`` is a strict pipeline with just this plugin.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_officials import Official, extract_officials

import newsextract


def _officials(text: str) -> list[Official]:
    facts = extract_officials(newsextract.Document(text))
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
    return [f.value for f in facts]


def _only(text: str) -> Official:
    found = _officials(text)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def officials() -> Callable[[str], list[Official]]:
    return _officials


@pytest.fixture
def only() -> Callable[[str], Official]:
    return _only


@pytest.fixture
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["officials"], strict=True)
