"""Hostile input: no exception escapes, spans stay valid, cost per KB stays flat as input grows."""

from __future__ import annotations

import pytest
from newsextract_officials import extract_officials

import newsextract
from newsextract.testing import assert_linear, repeated

CASES = {
    "empty": "",
    "nul": "Mayor\x00 Vitali\x00Klitschko said\x00.",
    "zero_width": "Kyiv\u200b Mayor\u200b Vitali\u200bKlitschko said.",
    "quotes": '"' * 10_000 + " President Volodymyr Zelenskyy said " + "“" * 5000,
    "digits": "President " + "9" * 100_000 + " said.",
    "titles_only": "Mayor President Governor Gov. Lt. Gen. " * 3000,
    "names_only": "Vitali Klitschko " * 5000,
    "no_spaces": "MayorKlitschko" * 20_000,
    "one_long_line": ("the mayor of the city said that " * 20_000) + "Mayor Ruslan Martsinkiv spoke.",
    "commas": "Gov. X, " * 10_000,
    "hyphens": "al-" * 30_000 + "Hakimi",
    "apostrophes": "Ukraine's " * 20_000 + "President Ivan Petrov",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input(name: str) -> None:
    text = CASES[name]
    facts = extract_officials(newsextract.Document(text))
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        for mention in fact.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)


GROWING = {
    "titles_only": repeated("", "Mayor President Governor Gov. Lt. Gen. "),
    "names_only": repeated("", "Vitali Klitschko "),
    "no_spaces": repeated("", "MayorKlitschko"),
    "one_long_line": repeated("", "the mayor of the city said that ", "Mayor Ruslan Martsinkiv spoke."),
    "commas": repeated("", "Gov. X, "),
    "hyphens": repeated("", "al-", "Hakimi"),
    "apostrophes": repeated("", "Ukraine's ", "President Ivan Petrov"),
    "digits": repeated("President ", "9", " said."),
    "title_and_name": repeated("", "Kyiv Mayor Vitali Klitschko said. "),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_officials, GROWING[shape])


def test_hostile_through_pipeline(pipeline: newsextract.Pipeline) -> None:
    text = "Kyiv Mayor Vitali Klitschko said. " * 20_000 + "\x00" * 1000
    result = pipeline.extract(text)
    (only,) = result.of("official")
    assert only.value.name == "Vitali Klitschko"
    assert len(only.mentions) >= 20_000
