"""The core's date fast path gives exactly what dateparser gives, on a broad generated set."""

from __future__ import annotations

import calendar
import datetime as dt
import random
import subprocess
import sys
from typing import Any

import dateparser
import pytest

from newsextract import Document
from newsextract.text import datestrings
from newsextract.text.dates import resolve_times
from newsextract.text.datestrings import ago_date, fast_ago_date, fast_date_string, parse_date_string

PUBLISHED_SETTINGS: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


def reference_published(value: str) -> dt.datetime | None:
    """What ``parse_published`` returned before the fast path: dateparser, English."""
    result: dt.datetime | None = dateparser.parse(value, languages=["en"], settings=PUBLISHED_SETTINGS)
    return result


def reference_ago(phrase: str, base: dt.date) -> dt.date | None:
    """What ``resolve_times`` returned for "N days ago" before the fast path."""
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if isinstance(parsed, dt.datetime) else None


def _month_spellings(month: int) -> list[str]:
    full, short = calendar.month_name[month], calendar.month_abbr[month]
    out = [full, short, short + ".", full.upper(), full.lower(), short.upper(), short.lower()]
    if month == 9:
        out += ["Sept", "Sept.", "SEPT"]
    return out


def published_strings(count: int) -> list[str]:
    """Edge cases plus a seeded random sample of every shape, spelling, day and year mix."""
    rng = random.Random(22)
    templates = [
        "{d}-{m}-{yy}", "{d}-{m}-{yyyy}", "{d}/{m}/{yyyy}", "{d}/{m}/{yy}", "{d} {m} {yyyy}", "{d} {m} {yy}",
        "{d} {m}, {yyyy}", "{m} {d}, {yyyy}", "{m} {d} {yyyy}", "{dd}-{m}-{yy}", "{d}th {m} {yyyy}",
        "{m} {d}st, {yyyy}", "{d}-{m}/{yy}", "{d} of {m} {yyyy}", "{m}-{d}-{yyyy}", "{d}.{m}.{yyyy}",
        "{d}  {m}  {yyyy}", "{m} {yyyy}", "{m} {d}", "{d} {m}", "{d}-{m}-{yyy}", "{d}-{m}-{y}",
    ]  # fmt: skip
    days = [0, 1, 2, 9, 10, 12, 13, 28, 29, 30, 31, 32, 99]
    years = [1000, 1850, 1899, 1900, 1969, 2000, 2020, 2021, 2024, 2068, 2100, 9999]
    months = [spelling for month in range(1, 13) for spelling in _month_spellings(month)] + ["Mai", "Juin", "Mays"]

    def render(template: str, day: int, month: str, year: int, short: int) -> str:
        return template.format(d=day, dd=f"{day:02d}", m=month, yyyy=year, yy=f"{short:02d}", yyy=f"{short:03d}", y=short % 10)

    strings = [
        "9-May-20", "30-Apr-20", "1-May-20", "09-May-2020", "9 May 2020", "May 9, 2020", "9 May, 2020",
        "29-Feb-20", "29-Feb-21", "29-Feb-00", "31-Apr-20", "31-Feb-20", "0-May-20", "32-May-20", "9-May-68",
        "9-May-69", "9-May-0020", "9-May-99", "9th May 2020", "Sept. 9 2020", "9-may-20", "9-MAY-20",
    ]  # fmt: skip
    while len(strings) < count:
        strings.append(render(rng.choice(templates), rng.choice(days), rng.choice(months), rng.choice(years), rng.randrange(100)))
    return strings


@pytest.mark.parametrize("chunk", range(4))
def test_fast_published_path_matches_dateparser(chunk: int) -> None:
    strings = published_strings(1600)[chunk::4]
    taken = 0
    for value in strings:
        fast = fast_date_string(value)
        if fast is None:
            continue
        taken += 1
        expected = reference_published(value)
        assert (type(fast), fast) == (type(expected), expected), value
    assert taken > len(strings) // 4  # the fast path really serves a good part of the set


def test_fast_published_path_serves_the_common_forms() -> None:
    for value, expected in [
        ("9-May-20", dt.datetime(2020, 5, 9)),
        ("30-Apr-20", dt.datetime(2020, 4, 30)),
        ("9 May 2020", dt.datetime(2020, 5, 9)),
        ("May 9, 2020", dt.datetime(2020, 5, 9)),
        ("9-May-69", dt.datetime(1969, 5, 9)),
    ]:
        assert fast_date_string(value) == expected
    # left to dateparser: impossible days (it reinterprets some), no year, other languages
    for value in ["31-Feb-20", "32-May-20", "May 9", "9 Mai 2020", "9-May-0020", "Monday"]:
        assert fast_date_string(value) is None


def test_parse_date_string_caches_each_distinct_short_string() -> None:
    cache = datestrings._cached_date_string
    cache.cache_clear()
    for _ in range(50):
        assert parse_date_string("8-May-20") == dt.datetime(2020, 5, 8)
    info = cache.cache_info()
    assert (info.misses, info.hits) == (1, 49)
    assert info.maxsize == datestrings.CACHE_SIZE
    assert parse_date_string("not a date at all") is None  # the fallback still answers
    hostile = "9-May-20 " + "x" * 10_000
    assert parse_date_string(hostile) == reference_published(hostile)
    assert cache.cache_info().currsize == 2  # the long string was read, not kept


def ago_phrases() -> list[str]:
    counts = [str(n) for n in [*range(0, 21), 30, 52, 99, 100, 365, 999]] + ["01", "007", "1000"]
    counts += ["a", "an", "A", "An", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "Three", "TWELVE", "thirteen", "several", "few"]  # fmt: skip
    units = ["day", "days", "week", "weeks", "month", "months", "year", "years", "Days", "YEARS", "hours", "fortnight"]
    phrases = [f"{count} {unit} ago" for count in counts for unit in units]
    phrases += ["3  days ago", "3 days\nago", "two\tweeks ago", "a month  ago", "3 days", "days ago"]
    return phrases


def ago_bases() -> list[dt.date]:
    fixed = [
        dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2023, 3, 31), dt.date(2020, 12, 31), dt.date(2021, 1, 31),
        dt.date(2000, 2, 29), dt.date(1901, 1, 1), dt.date(2025, 7, 21), dt.date(2020, 5, 9), dt.date(2024, 5, 31),
    ]  # fmt: skip
    rng = random.Random(2022)
    return fixed + [dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(16_000)) for _ in range(10)]


@pytest.mark.parametrize("chunk", range(4))
def test_fast_ago_path_matches_dateparser(chunk: int) -> None:
    rng = random.Random(chunk)
    bases = ago_bases()
    pairs = [(phrase, base) for phrase in ago_phrases() for base in bases]
    sample = [pair for i, pair in enumerate(pairs) if i % 4 == chunk and (i < 40 or rng.random() < 0.35)]
    taken = 0
    for phrase, base in sample:
        fast = fast_ago_date(phrase, base)
        if fast is None:
            continue
        taken += 1
        assert fast == reference_ago(phrase, base), (phrase, base)
    assert taken > len(sample) // 2


def test_ago_date_falls_back_and_caches() -> None:
    base = dt.date(2024, 3, 31)
    assert fast_ago_date("a fortnight ago", base) is None
    assert ago_date("a fortnight ago", base) == reference_ago("a fortnight ago", base)
    ago_date.cache_clear()
    for _ in range(10):
        assert ago_date("a month ago", base) == dt.date(2024, 2, 29)
    assert ago_date.cache_info().hits == 9


def test_resolve_times_ago_unchanged() -> None:
    text = "Three days ago the office opened; a month ago talks failed; 2 years ago the war began."
    base = dt.date(2024, 2, 29)
    found = {t.text: t.date for t in resolve_times(text, base)}
    assert found == {p: reference_ago(p, base) for p in ["Three days ago", "a month ago", "2 years ago"]}


def test_documents_with_common_published_strings_do_not_import_dateparser() -> None:
    code = (
        "import sys, newsextract\n"
        "from newsextract.text.dates import resolve_times\n"
        "d = newsextract.Document('x', published='9-May-20')\n"
        "assert d.published_date.isoformat() == '2020-05-09'\n"
        "assert resolve_times('Three days ago and on Monday', d.published)\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert Document("x", published="9-May-20").published == reference_published("9-May-20")


def _anchors_word_by_word(text: str) -> list[int]:
    """The anchor search before the single-scan rewrite: one str.find loop per word."""
    from newsextract.text import dates

    found: set[int] = set()
    for word in dates._CASED_ANCHORS:
        dates._find_word_starts(text, word, found)
    low = text.lower()
    for word in dates._LOWER_ANCHORS:
        dates._find_word_starts(low, word, found)
    found.update(m.start() for m in dates._YEAR_ANCHOR.finditer(text))
    return sorted(found)


def test_anchor_scan_finds_the_same_offsets_as_word_by_word_search() -> None:
    from newsextract.text.dates import _anchors

    rng = random.Random(7)
    pieces = ["May", "MAYOR", "xMay", "SepMon", "Sept", "thisthis", "agoago", "Today", "last", "éMay", "1999",
              "2020s", " ", ", ", "\n", "-", "Mon", "MONDAY", "yesterdays", "overnight", "tonight", "ThisMay",
              "_Jan"]  # fmt: skip
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert _anchors(text) == _anchors_word_by_word(text), text
