"""Hostile input: no exception escapes, spans stay valid, time stays linear."""

from __future__ import annotations

import time

import pytest
from newsextract_quotes import extract_quotes
from quotes_helpers import new_pipeline

import newsextract


def run(text: str) -> list[newsextract.Fact]:
    facts = list(extract_quotes(newsextract.Document(text)))
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
    return facts


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        '"' * 10000,
        "“" * 5000 + "”" * 5000,
        "'" * 10000 + "‘" * 3000,
        '"a' * 10000,
        '\x00\u200b"x\u200b" said \x00 Bob Smith' * 500,
        "9" * 100000 + ' "a large number is here," he said.',
        '"' + "word " * 20000 + '," he said.',
        "He said: " + '"' * 3 + "\n" * 1000 + '"',
        ("“Open paragraph\n" * 2000),
    ],
)
def test_hostile_inputs_do_not_raise(text: str) -> None:
    started = time.perf_counter()
    run(text)
    assert time.perf_counter() - started < 5.0


def test_many_real_quotes_scale_linearly() -> None:
    text = '"Hello there my friend," Smith said. ' * 3000
    started = time.perf_counter()
    facts = run(text)
    assert time.perf_counter() - started < 5.0
    # the same speaker and words fold into one fact in the pipeline; the extractor reports each
    assert len(facts) == 3000


def test_pipeline_strict_survives_garbage() -> None:
    pipeline = new_pipeline()
    result = pipeline.extract("“" * 3000 + '" said he "' * 1000)
    assert result.ok
