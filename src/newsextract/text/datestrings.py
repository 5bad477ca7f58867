"""Date strings the core reads itself, with dateparser as the fallback for the rest.

Two jobs, both on the hot path of short documents (feeds, event notes, alerts):

* :func:`parse_date_string` reads a ``published`` value such as ``"9-May-20"``,
  ``"9 May 2020"`` or ``"May 9, 2020"``;
* :func:`ago_date` resolves ``"three days ago"`` against a publication date.

Each has a fast path for the explicit common forms, written to give exactly what
dateparser gives (``tests/text/test_text_datestrings.py`` compares the two on a broad
generated set); anything else goes to dateparser with ``languages=["en"]``, which
skips its language detection. Both are cached per distinct input (bounded LRU), so
5,000 event notes that share a dozen ``published`` strings read each string once,
and dateparser (~0.3 s to import) is only imported when a string needs it.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Any, Final

__all__ = ["ago_date", "fast_ago_date", "fast_date_string", "parse_date_string"]

#: Distinct strings remembered per process (each entry is a short string and a date).
CACHE_SIZE: Final = 4096
#: Longer strings are read every time rather than kept in the cache.
CACHED_LENGTH: Final = 100

_MONTHS: Final[dict[str, int]] = {"sept": 9}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        _MONTHS[_name.lower()] = _number
        _MONTHS[_name[:3].lower()] = _number

_MONTH: Final = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY: Final = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# The three shapes of a ``published`` value with a month name and a year. Only these,
# with single separators; anything looser is dateparser's job.
_DATE_SHAPES: Final = (
    re.compile(rf"{_DAY}(?P<sep>[-/ ]){_MONTH}(?P=sep)(?P<year>\d{{4}}|\d{{2}})", re.ASCII),  # 9-May-20, 9 May 2020
    re.compile(rf"{_DAY} {_MONTH},? (?P<year>\d{{4}})", re.ASCII),  # 9 May, 2020
    re.compile(rf"{_MONTH} {_DAY},? (?P<year>\d{{4}})", re.ASCII),  # May 9, 2020
)


def _two_digit_year(value: int) -> int:
    # dateparser's (and strptime's %y) pivot: 00-68 are 2000-2068, 69-99 are 1969-1999.
    return 2000 + value if value < 69 else 1900 + value


def fast_date_string(value: str) -> _dt.datetime | None:
    """The core's reading of an explicit date string, or None when it is not one of the common forms.

    Forms: ``9-May-20``, ``09/May/2020``, ``9 May 2020``, ``9th May, 2020``,
    ``May 9, 2020``, ``Sept. 9 2020`` (month names in any case, full or
    abbreviated). Returns what dateparser returns for them: a naive datetime at
    midnight. Impossible days (``31-Feb-20``) are left to dateparser, which
    reinterprets some of them.
    """
    for shape in _DATE_SHAPES:
        m = shape.fullmatch(value)
        if m is None:
            continue
        month = _MONTHS.get(m["month"].lower())
        if month is None:
            return None
        year_text = m["year"]
        year = _two_digit_year(int(year_text)) if len(year_text) == 2 else int(year_text)
        if not 1800 <= year <= 2199:  # dateparser reads some other four digits as times ("9 May 1200")
            return None
        day = int(m["day"])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return _dt.datetime(year, month, day)
    return None


def _dateparser_date_string(value: str) -> _dt.datetime | None:
    import dateparser  # lazy: importing dateparser costs ~0.3 s, and most strings never need it

    parsed: _dt.datetime | None = dateparser.parse(
        value,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed


def parse_date_string(value: str) -> _dt.datetime | None:
    """A date string read by the fast path, else by dateparser (English); None when neither can.

    ``value`` should be stripped. Cached per distinct string up to :data:`CACHED_LENGTH`
    characters (a date is short; a hostile megabyte "date" is not kept).
    """
    if len(value) > CACHED_LENGTH:
        return _read_date_string(value)
    return _cached_date_string(value)


def _read_date_string(value: str) -> _dt.datetime | None:
    fast = fast_date_string(value)
    return fast if fast is not None else _dateparser_date_string(value)


_cached_date_string = functools.lru_cache(maxsize=CACHE_SIZE)(_read_date_string)


_NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNITS: Final[dict[str, str]] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
}  # fmt: skip


def _months_back(day: _dt.date, months: int) -> _dt.date | None:
    """``day`` moved back by whole months, the day clipped to the month's length (relativedelta's rule)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return None
    return _dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def fast_ago_date(phrase: str, base: _dt.date) -> _dt.date | None:
    """``"N days/weeks/months/years ago"`` counted back from ``base``, or None when not that form.

    N is 0-999 in digits, "a"/"an" or a number word up to twelve (any case). Gives
    what dateparser gives with ``PREFER_DATES_FROM="past"`` and a noon base.
    """
    words = phrase.lower().split()
    if len(words) != 3 or words[2] != "ago" or words[1] not in _UNITS:
        return None
    count_word = words[0]
    if count_word.isdigit() and count_word.isascii() and len(count_word) <= 3:
        count = int(count_word)
    elif count_word in _NUMBER_WORDS:
        count = _NUMBER_WORDS[count_word]
    else:
        return None
    unit = _UNITS[words[1]]
    try:
        if unit == "day":
            return base - _dt.timedelta(days=count)
        if unit == "week":
            return base - _dt.timedelta(weeks=count)
    except OverflowError:
        return None
    return _months_back(base, count * (12 if unit == "year" else 1))


def _dateparser_ago(phrase: str, base: _dt.date) -> _dt.date | None:
    import dateparser  # lazy, as above

    settings: dict[str, Any] = {
        "RELATIVE_BASE": _dt.datetime.combine(base, _dt.time(12)),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser can raise on odd input; a phrase it cannot read is no date
        return None
    if not isinstance(parsed, _dt.datetime):
        return None
    return parsed.date()


@functools.lru_cache(maxsize=CACHE_SIZE)
def ago_date(phrase: str, base: _dt.date) -> _dt.date | None:
    """``phrase`` ("three days ago") resolved against ``base`` by the fast path, else by dateparser.

    Cached per distinct (phrase, base).
    """
    fast = fast_ago_date(phrase, base)
    return fast if fast is not None else _dateparser_ago(phrase, base)
