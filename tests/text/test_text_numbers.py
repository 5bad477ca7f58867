"""Tests for newsextract.text.numbers."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.text.numbers import (
    QUANTITY_PATTERN,
    Quantity,
    find_quantities,
    is_year_like,
    parse_quantity,
    word_to_int,
)

SEED = (
    "KYIV -- Russia launched hundreds of drones and more than two dozen missiles in a massive attack, "
    "killing at least two people. Russia fired 426 Shahed-type drones, five Kinzhal hypersonic missiles, "
    "and 19 cruise missiles. Just under half of the drones and all but one of the missiles were destroyed."
)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("one", 1),
        ("nineteen", 19),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety-nine", 99),
        ("one hundred and five", 105),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("two hundred thousand", 200_000),
        ("one thousand two hundred and thirty-four", 1234),
        ("three million", 3_000_000),
    ],
)
def test_word_to_int(word: str, value: int) -> None:
    assert word_to_int(word) == value


@pytest.mark.parametrize("word", ["", "five five", "drones", "a", "twenty twenty", "thousand hundred"])
def test_word_to_int_rejects(word: str) -> None:
    assert word_to_int(word) is None


@pytest.mark.parametrize(
    ("phrase", "count", "qualifier"),
    [
        ("426", 426, "exact"),
        ("1,200", 1200, "exact"),
        ("60,000", 60000, "exact"),
        ("1.2 million", 1_200_000, "exact"),
        ("2 million", 2_000_000, "exact"),
        ("nineteen", 19, "exact"),
        ("twenty-five", 25, "exact"),
        ("one hundred and five", 105, "exact"),
        ("a dozen", 12, "exact"),
        ("two dozen", 24, "exact"),
        ("a couple of", 2, "about"),
        ("a pair of", 2, "exact"),
        ("more than two dozen", 24, "more_than"),
        ("at least 15", 15, "at_least"),
        ("no fewer than 3", 3, "at_least"),
        ("over 40", 40, "more_than"),
        ("more than 400", 400, "more_than"),
        ("up to 5", 5, "at_most"),
        ("no more than 7", 7, "at_most"),
        ("at most 9", 9, "at_most"),
        ("fewer than 10", 10, "less_than"),
        ("less than 3", 3, "less_than"),
        ("under 5", 5, "less_than"),
        ("just under 5", 5, "less_than"),
        ("almost 100", 100, "less_than"),
        ("about 50", 50, "about"),
        ("around 50", 50, "about"),
        ("nearly 50", 50, "about"),
        ("some 200", 200, "about"),
        ("approximately 3", 3, "about"),
        ("roughly 3", 3, "about"),
        ("an estimated 300", 300, "about"),
        ("At least two", 2, "at_least"),
    ],
)
def test_parse_quantity(phrase: str, count: int, qualifier: str) -> None:
    q = parse_quantity(phrase, 10)
    assert q is not None
    assert (q.count, q.qualifier) == (count, qualifier)
    assert q.text == phrase
    assert (q.span.start, q.span.end) == (10, 10 + len(phrase))
    assert not q.vague


@pytest.mark.parametrize(
    ("phrase", "lower"),
    [
        ("hundreds of", 200),
        ("dozens of", 24),
        ("dozens", 24),
        ("scores of", 40),
        ("thousands of", 2000),
        ("tens of thousands of", 20000),
        ("hundreds of thousands of", 200000),
        ("several", 3),
        ("a few", 2),
        ("many", None),
    ],
)
def test_vague_amounts(phrase: str, lower: int | None) -> None:
    q = parse_quantity(phrase)
    assert q is not None
    assert q.count is None
    assert q.vague
    assert q.qualifier == "about"
    assert q.lower_bound == lower


def test_fractions_and_all_but() -> None:
    half = parse_quantity("half of")
    assert half is not None and half.fraction == 0.5 and half.count is None and half.qualifier == "exact"
    under = parse_quantity("just under half of")
    assert under is not None and under.fraction == 0.5 and under.qualifier == "less_than"
    thirds = parse_quantity("two-thirds of")
    assert thirds is not None and thirds.fraction == pytest.approx(2 / 3)
    allbut = parse_quantity("all but one of")
    assert allbut is not None and allbut.all_but == 1 and allbut.count is None and allbut.qualifier == "exact"
    allbut2 = parse_quantity("all but 3")
    assert allbut2 is not None and allbut2.all_but == 3


@pytest.mark.parametrize("phrase", ["", "drones", "a", "the", "an", "one two", "426 drones", "Kh-101"])
def test_parse_rejects(phrase: str) -> None:
    assert parse_quantity(phrase) is None


def test_find_quantities_seed() -> None:
    found = [(q.text, q.count, q.qualifier) for q in find_quantities(SEED)]
    assert found == [
        ("hundreds of", None, "about"),
        ("more than two dozen", 24, "more_than"),
        ("at least two", 2, "at_least"),
        ("426", 426, "exact"),
        ("five", 5, "exact"),
        ("19", 19, "exact"),
        ("Just under half of", None, "less_than"),
        ("all but one of", None, "exact"),
    ]
    for q in find_quantities(SEED):
        assert SEED[q.span.start : q.span.end] == q.text


def test_find_quantities_window() -> None:
    start = SEED.index("Russia fired")
    end = SEED.index("Just under")
    found = find_quantities(SEED, start, end)
    assert [q.text for q in found] == ["426", "five", "19"]
    assert all(SEED[q.span.start : q.span.end] == q.text for q in found)
    # A window cutting through "more than two dozen" rescans the window alone.
    cut = SEED.index("than two dozen")
    part = find_quantities(SEED, cut, cut + 20)
    assert [q.text for q in part] == ["two dozen"]
    assert find_quantities(SEED, 5, 5) == []


@pytest.mark.parametrize(
    "text",
    [
        "They paid $18,000 for it.",
        "The package is worth 5 million dollars.",
        "It costs €500.",
        "A fine of 20 hryvnias.",
        "Turnout was 40% and support 40 percent.",
        "He came 3rd and then 22nd.",
        "The attack began at 3 a.m. and ended at 10:30.",
        "a 7-year-old boy and a seven-year-old girl",
        "a woman aged 34 was hurt",
        "Kh-101 missiles, F-16 jets, Su-34 bombers and S-300 systems",
        "155mm shells and 155-mm rounds",
        "on July 20 and 20 July",
    ],
)
def test_find_quantities_exclusions(text: str) -> None:
    assert find_quantities(text) == []


def test_years_are_kept_but_flagged() -> None:
    found = find_quantities("the invasion in February 2022 killed 1,999 people")
    assert [q.text for q in found] == ["2022", "1,999"]
    assert is_year_like(found[0])
    assert not is_year_like(found[1])


def test_pattern_is_embeddable() -> None:
    assert "(?P" not in QUANTITY_PATTERN
    pat = regex.compile(rf"(?P<q>{QUANTITY_PATTERN})\s+(?P<noun>drones|missiles)", regex.I)
    got = [(m.group("q"), m.group("noun")) for m in pat.finditer(SEED)]
    assert ("hundreds of", "drones") in got
    assert ("more than two dozen", "missiles") in got
    assert ("426 Shahed-type", "drones") not in got
    assert regex.compile(QUANTITY_PATTERN, regex.I).groups == 0


def test_huge_number_does_not_hang() -> None:
    text = "1" * 100_000 + " drones and " + "9," * 50_000 + " 7 missiles"
    found = find_quantities(text)
    assert [q.count for q in found] == [7]
    assert regex.compile(QUANTITY_PATTERN, regex.I).search("0" * 100_000) is None


def test_hostile_text_returns() -> None:
    text = ("\x00\u200b one two " * 2000) + "more than " * 5000 + "a " * 5000
    found = find_quantities(text)
    assert all(text[q.span.start : q.span.end] == q.text for q in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789,. -$%aonetwhr\n\"'", "one", "more than ", "dozen", "half of ", "a "])).map("".join))
def test_property_spans(text: str) -> None:
    for q in find_quantities(text):
        assert isinstance(q, Quantity)
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(-5, 50), st.integers(-5, 60))
def test_property_arbitrary_text_window(text: str, start: int, end: int) -> None:
    for q in find_quantities(text, start, end):
        assert text[q.span.start : q.span.end] == q.text
        assert (max(0, start) <= q.span.start and q.span.end <= max(0, min(end, len(text)))) or start > len(text)
    parse_quantity(text)
    word_to_int(text)


@given(st.integers(0, 400), st.integers(0, 400))
@settings(max_examples=80, deadline=None)
def test_window_equals_the_whole_texts_quantities_inside_it(a: int, b: int) -> None:
    text = "Russia fired 426 drones, more than two dozen missiles and hundreds of shells; 19 fell. " * 4
    begin, stop = min(a, b), max(a, b)
    inside = [q for q in find_quantities(text) if begin <= q.span.start and q.span.end <= stop]
    straddling = [q for q in find_quantities(text) if q.span.start < stop and q.span.end > begin and q not in inside]
    window = find_quantities(text, begin, stop)
    if not straddling:
        assert window == inside
    assert all(begin <= q.span.start and q.span.end <= stop for q in window)


@pytest.mark.parametrize(
    ("text", "count", "qualifier", "phrase"),
    [
        ("Berlin handed over six tanks.", 6, "exact", "six"),
        ("Police turned over 20 rifles to the court.", 20, "exact", "20"),
        ("Russia fired over 40 drones.", 40, "more_than", "over 40"),
    ],
)
def test_over_as_a_verb_particle_is_not_more_than(text: str, count: int, qualifier: str, phrase: str) -> None:
    [q] = find_quantities(text)
    assert (q.count, q.qualifier, q.text) == (count, qualifier, phrase)


def test_a_digit_this_python_cannot_read_is_no_number_and_no_error() -> None:
    # U+11DE0 is a decimal digit to ``regex`` (newer Unicode) but not to Python 3.11's ``int()``.
    text = "\U00011de0 drones were launched and 12 were shot down."
    assert [q.count for q in find_quantities(text)] == [12]
    assert parse_quantity("\U00011de0") is None
    three = find_quantities("\u0663 drones")  # an Arabic-Indic three, which int() reads
    assert [q.count for q in three] == [3]
