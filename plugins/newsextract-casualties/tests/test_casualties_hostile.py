"""Hostile input: no exception escapes, every span is valid, cost per KB stays flat as input grows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import extract_casualties

import newsextract
from newsextract.testing import assert_linear, repeated

ReadPairs = Callable[[str], set[tuple[str, int | None]]]
ReadFacts = Callable[[str], list[newsextract.Fact]]


@pytest.fixture(scope="module")
def untimed_pipeline() -> newsextract.Pipeline:
    """The pipeline with no time limit: a slow rule must show as slow, not as missing facts."""
    return newsextract.Pipeline(plugins=["casualties"], strict=True, timeout=0)


HOSTILE = [
    "",
    "\x00" * 1000,
    "killed " * 5000,
    '"' * 10000 + " three people were killed " + "“" * 5000,
    "9" * 100_000 + " people were killed.",
    "three\u200b people\u200b were\u200b killed\u200b.",
    "killing " + "at least " * 2000 + "5 people.",
    ("a " * 3000) + "man was killed.",
    "In the " + "Capital " * 3000 + "region, 4 people were killed.",
    "İİİİ killed 3 people İİİ in the city of İstanbul, and two were wounded.",
    ("One person was killed, " * 2000) + ".",
    "The death toll " + "rose to " * 2000 + "27.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input(untimed_pipeline: newsextract.Pipeline, text: str) -> None:
    result = untimed_pipeline.extract(text)
    assert result.ok
    for fact in result.facts:
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
        assert text[fact.span.start : fact.span.end] == fact.text


def test_year_like_count_needs_its_own_noun(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Since 2014, 2000 people have been killed. In 2019 five died.")
    assert got == {("killed", 2000), ("killed", 5)}


def test_unicode_case_folding_keeps_offsets(extracted: ReadFacts) -> None:
    text = "İİİİ killed 3 people İİİ in the city of İstanbul, and two were wounded."
    facts = extracted(text)
    assert {(f.value.status, f.value.count) for f in facts} == {("killed", 3), ("wounded", 2)}
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text


PARAGRAPH = (
    "Russian shelling killed four civilians and wounded 11 in the Kherson region, the governor said. "
    "The death toll rose to 27 on Tuesday, including three children. Officials had earlier put the toll at 19.\n"
)

GROWING = {
    "article": repeated("", PARAGRAPH),
    "trigger_words": repeated("", "killed "),
    "quote_marks": repeated("", '"', " three people were killed "),
    "digits": repeated("", "9", " people were killed."),
    "at_least_run": repeated("killing ", "at least ", "5 people."),
    "a_run": repeated("", "a ", "man was killed."),
    "capital_run": repeated("In the ", "Capital ", "region, 4 people were killed."),
    "one_person_run": repeated("", "One person was killed, ", "."),
    "rose_to_run": repeated("The death toll ", "rose to ", "27."),
}


@pytest.mark.parametrize("shape", sorted(GROWING))
def test_cost_per_kb_is_flat_from_10kb_to_1mb(shape: str) -> None:
    assert_linear(extract_casualties, GROWING[shape])


def test_a_large_document_keeps_its_facts(extracted: ReadFacts) -> None:
    facts = extracted(PARAGRAPH * 2000)  # about 440 KB
    assert len(facts) >= 2000


def _distinct_facts(size: int) -> str:
    # Counts above 2099, so that none reads as a year.
    parts, total, i = [], 0, 0
    while total < size:
        part = f"In Town{i}, {i + 2100} people were killed and {i + 2101} were wounded. "
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)


def test_many_distinct_facts_stay_linear(extracted: ReadFacts) -> None:
    # Thousands of different casualties: document-level passes must not compare every pair.
    text = " ".join(f"In Town{i}, {i + 2100} people were killed and {i + 2101} were wounded." for i in range(6000))
    assert len(extracted(text)) == 12000
    assert_linear(extract_casualties, _distinct_facts)
