"""Hostile input: no exception escapes, spans stay valid, cost per KB stays flat as input grows."""

from __future__ import annotations

import pytest
from newsextract_quotes import extract_quotes
from quotes_helpers import new_pipeline

import newsextract
from newsextract.testing import assert_linear, repeated


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
    run(text)


def test_many_real_quotes_scale_linearly() -> None:
    text = '"Hello there my friend," Smith said. ' * 3000
    facts = run(text)
    # the same speaker and words fold into one fact in the pipeline; the extractor reports each
    assert len(facts) == 3000


GROWING = {
    "real_quotes": repeated("", '"Hello there my friend," Smith said. '),
    "straight_marks": repeated("", '"'),
    "open_close_pairs": repeated("", '"a'),
    "curly_open_then_close": repeated("“", "“”"),
    "one_long_quote": repeated('"', "word ", '," he said.'),
    "digits": repeated("", "9", ' "a large number is here," he said.'),
    "open_paragraphs": repeated("", "“Open paragraph\n"),
    "speaker_noise": repeated("", '\x00\u200b"x\u200b" said \x00 Bob Smith'),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_quotes, GROWING[shape])


def test_pipeline_strict_survives_garbage() -> None:
    pipeline = new_pipeline()
    result = pipeline.extract("“" * 3000 + '" said he "' * 1000)
    assert result.ok
