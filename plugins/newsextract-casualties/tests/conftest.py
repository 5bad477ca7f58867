"""Shared fixtures for the casualty tests: the pipeline, and readers that turn a text into casualties.

Two ways in:

* through the pipeline (``casualties``, ``pairs``): every fact is checked to be a ``casualty`` whose
  span covers exactly its text; the pipeline also merges restatements;
* through the extractor alone (``extracted``, ``extracted_pairs``), before any merging.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty, extract_casualties

import newsextract

#: (status, count): the shortest summary of a casualty.
Pair = tuple[str, int | None]


@pytest.fixture(scope="session")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["casualties"], strict=True)


@pytest.fixture(scope="session")
def casualties(pipeline: newsextract.Pipeline) -> Callable[[str], list[Casualty]]:
    """The casualty values the pipeline reads in a text, with every fact's kind, span and value checked."""

    def read(text: str) -> list[Casualty]:
        result = pipeline.extract(text)
        for fact in result.facts:
            assert fact.kind == "casualty"
            assert text[fact.span.start : fact.span.end] == fact.text
            assert isinstance(fact.value, Casualty)
        return [f.value for f in result.facts]

    return read


@pytest.fixture(scope="session")
def pairs(casualties: Callable[[str], list[Casualty]]) -> Callable[[str], set[Pair]]:
    """The (status, count) pairs the pipeline reads in a text."""

    def read(text: str) -> set[Pair]:
        return {(v.status, v.count) for v in casualties(text)}

    return read


@pytest.fixture(scope="session")
def extracted() -> Callable[[str], list[newsextract.Fact]]:
    """The facts the extractor alone yields for a text (no pipeline, no merging)."""

    def read(text: str) -> list[newsextract.Fact]:
        return list(extract_casualties(newsextract.Document(text=text, id="t")))

    return read


@pytest.fixture(scope="session")
def extracted_pairs(extracted: Callable[[str], list[newsextract.Fact]]) -> Callable[[str], set[Pair]]:
    """The (status, count) pairs the extractor alone yields for a text."""

    def read(text: str) -> set[Pair]:
        return {(f.value.status, f.value.count) for f in extracted(text)}

    return read
