"""Tests for newsextract.text.dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.text.dates import TimeExpression, resolve_times

BASE = dt.date(2025, 7, 21)  # a Monday
SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt"


def one(text: str, base: dt.date | dt.datetime | None = BASE) -> tuple[str, dt.date, str]:
    got = resolve_times(text, base)
    assert len(got) == 1, got
    e = got[0]
    assert text[e.span.start : e.span.end] == e.text
    return e.text, e.date, e.granularity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked overnight.", ("overnight", dt.date(2025, 7, 21), "day")),
        ("It happened last night.", ("last night", dt.date(2025, 7, 20), "day")),
        ("It happened today.", ("today", dt.date(2025, 7, 21), "day")),
        ("It happened yesterday.", ("yesterday", dt.date(2025, 7, 20), "day")),
        ("It happened on Monday.", ("Monday", dt.date(2025, 7, 21), "day")),
        ("The air force said Sunday.", ("Sunday", dt.date(2025, 7, 20), "day")),
        ("It happened on Tuesday.", ("Tuesday", dt.date(2025, 7, 15), "day")),
        ("It happened last Monday.", ("last Monday", dt.date(2025, 7, 14), "day")),
        ("He gave a deadline last week.", ("last week", dt.date(2025, 7, 14), "day")),
        ("It happened last month.", ("last month", dt.date(2025, 6, 1), "month")),
        ("It happened last year.", ("last year", dt.date(2024, 1, 1), "year")),
        ("the invasion in February 2022.", ("February 2022", dt.date(2022, 2, 1), "month")),
        ("talks in May and", ("May", dt.date(2025, 5, 1), "month")),
        ("talks in September and", ("September", dt.date(2024, 9, 1), "month")),
        ("in early June", ("early June", dt.date(2025, 6, 1), "month")),
        ("since mid-June", ("mid-June", dt.date(2025, 6, 1), "month")),
        ("it began on July 20 when", ("July 20", dt.date(2025, 7, 20), "day")),
        ("it began on July 22 when", ("July 22", dt.date(2024, 7, 22), "day")),
        ("it began July 20, 2025, when", ("July 20, 2025", dt.date(2025, 7, 20), "day")),
        ("it began 20 July 2025 when", ("20 July 2025", dt.date(2025, 7, 20), "day")),
        ("it began 9 May 2020 when", ("9 May 2020", dt.date(2020, 5, 9), "day")),
        ("it began Sept. 1 when", ("Sept. 1", dt.date(2024, 9, 1), "day")),
        ("annexed in 2022 but", ("2022", dt.date(2022, 1, 1), "year")),
        ("earlier this month, he said", ("earlier this month", dt.date(2025, 7, 1), "month")),
        ("three days ago, he said", ("three days ago", dt.date(2025, 7, 18), "day")),
    ],
)
def test_resolution(text: str, expected: tuple[str, dt.date, str]) -> None:
    assert one(text) == expected


def test_datetime_base_is_accepted() -> None:
    assert one("It happened yesterday.", dt.datetime(2025, 7, 21, 8, 30)) == ("yesterday", dt.date(2025, 7, 20), "day")


@pytest.mark.parametrize(
    "text",
    [
        "Russia may attack again.",
        "They may strike.",
        "a march on the capital",
        "they will march",
        "Protesters march on Kyiv",
        "It was like Bloody Sunday for them.",
        "The Sunday Times reported it.",
        "under May's government",
        "The Mondays are slow.",
        "a 2022 drones",
    ],
)
def test_false_positives(text: str) -> None:
    assert resolve_times(text, BASE) == []


def test_without_base_only_absolute() -> None:
    text = "Yesterday, on Monday and in May, unlike February 2022, July 20, 2025 and in 2014 or July 20."
    got = [(e.text, e.date) for e in resolve_times(text, None)]
    assert got == [
        ("February 2022", dt.date(2022, 2, 1)),
        ("July 20, 2025", dt.date(2025, 7, 20)),
        ("2014", dt.date(2014, 1, 1)),
    ]


def test_seed_article_and_window() -> None:
    seed = SEED_PATH.read_text(encoding="utf-8")
    got = resolve_times(seed, BASE)
    texts = [e.text for e in got]
    assert texts[:2] == ["overnight", "overnight"]
    assert "February 2022" in texts and "last week" in texts and "September 2022" in texts
    assert ("May", dt.date(2025, 5, 1)) in [(e.text, e.date) for e in got]
    for e in got:
        assert isinstance(e, TimeExpression)
        assert seed[e.span.start : e.span.end] == e.text
    start = seed.index("Two rounds")
    end = seed.index("But they made")
    window = resolve_times(seed, BASE, start, end)
    assert [e.text for e in window] == ["May", "early June"]
    cut = seed.index("February 2022") + 3
    assert resolve_times(seed, BASE, cut, cut + 20) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["in ", "May ", "20 ", "2022", ", ", "last ", "week", "Monday", "yesterday", "ago", "x", "\n", "-"])
    ).map("".join),
    st.integers(-3, 40),
    st.integers(-3, 80),
)
def test_property_spans(text: str, start: int, end: int) -> None:
    for e in resolve_times(text, BASE, start, end):
        assert text[e.span.start : e.span.end] == e.text
        assert e.granularity in ("day", "month", "year")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_property_arbitrary_text(text: str) -> None:
    for e in resolve_times(text, None):
        assert text[e.span.start : e.span.end] == e.text
