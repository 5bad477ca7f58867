"""Time expressions in news text, resolved against the publication date.

A cheap ``regex`` finds candidate phrases (month names, weekdays, relative words,
years after "in"/"since"); every form is resolved here directly, "N days ago" by
:func:`.datestrings.ago_date` (cached per phrase and date; dateparser, imported lazily,
is only its fallback for phrases outside the fast path).

Resolution rules (``base`` is the publication date):

================================  ===========================================  ===========
expression                        date                                         granularity
================================  ===========================================  ===========
overnight, today, tonight         base                                         day
yesterday, last night             base - 1 day                                 day
the day before yesterday          base - 2 days                                day
(on) Monday                       most recent Monday on or before base         day
last Monday                       most recent Monday strictly before base      day
next Monday                       first Monday strictly after base             day
last week                         base - 7 days                                day
this month, earlier this month    first day of base's month                    month
last month                        first day of the previous month              month
this year, earlier this year      1 January of base's year                     year
last year                         1 January of the previous year               year
(in) May, early May, mid-May      1 May, most recent on or before base         month
July 20, 20 July                  most recent on or before base                day
July 20, 2025 / 20 July 2025      as written                                   day
February 2022                     2022-02-01                                   month
in 2022, since 2014               1 January of that year                       year
three days ago                    base - 3 days (a month ago: day clipped)     day
================================  ===========================================  ===========

Without a base date, expressions that need one are skipped; absolute ones still
resolve. Month names and weekdays must be capitalised ("Russia may attack" and "a
march on the capital" are not dates) and a bare month needs a preposition before
it ("in May", "since March").
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Final

import attrs
import regex

from newsextract.model import Span

from .datestrings import ago_date
from .lazy import LazyPattern
from .plain import TwinPattern

__all__ = ["TimeExpression", "resolve_times"]


@attrs.frozen
class TimeExpression:
    """A resolved time expression; ``granularity`` is "day", "month" or "year"."""

    span: Span
    text: str
    date: _dt.date
    granularity: str


_MONTHS: Final[dict[str, int]] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        _MONTHS[_name.lower()] = _number
        _MONTHS[_name[:3].lower()] = _number
_MONTHS["sept"] = 9
_WEEKDAYS: Final[dict[str, int]] = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_MONTH_RE: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
_WEEKDAY_RE: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_RE: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE: Final = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NUMBER_WORD_RE: Final = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_CANDIDATE_SOURCE: Final = rf"""
    (?P<mdy>(?P<m1>{_MONTH_RE})\s{{1,3}}(?P<d1>{_DAY_RE})\b(?!\s*(?:%|percent|[ap]\.?m\b))
        (?:,?\s{{1,3}}(?P<y1>{_YEAR_RE})\b)?)
    |(?P<dmy>(?P<d2>{_DAY_RE})\s{{1,3}}(?:of\s{{1,3}})?(?P<m2>{_MONTH_RE})(?![\w'’])(?:,?\s{{1,3}}(?P<y2>{_YEAR_RE})\b)?)
    |(?P<my>(?P<m3>{_MONTH_RE}),?\s{{1,3}}(?P<y3>{_YEAR_RE})\b)
    |(?:\b(?:in|since|until|till|by|from|of|during|before|after|through|throughout|to)\s{{1,3}})?
        (?P<bm>(?:\b(?P<bmod>last|next|this|early|late|mid|mid-)\s{{0,3}})?(?P<m4>{_MONTH_RE}))(?![\w'’]|,?\s{{1,3}}\d)
    |\b(?:in|since|until|till|by|during|before|after|through|throughout)\s{{1,3}}
        (?P<year>{_YEAR_RE})(?![\w%]|[.,]\d)
    |(?P<wdx>(?:\b(?P<wmod>last|next|this|on|early|late)\s{{1,3}})?(?P<wd>{_WEEKDAY_RE}))(?![\w'’])
    |\b(?P<rel>overnight|last\s{{1,3}}night|tonight|today|yesterday
        |(?:the\s{{1,3}})?day\s{{1,3}}before\s{{1,3}}yesterday
        |(?:earlier|later)\s{{1,3}}this\s{{1,3}}(?:month|year)|this\s{{1,3}}(?:month|year)
        |last\s{{1,3}}(?:week|month|year))\b
    |\b(?P<ago>{_NUMBER_WORD_RE}\s{{1,3}}(?:days?|weeks?|months?|years?)\s{{1,3}}ago)\b
    """
_CANDIDATE_FLAGS: Final = regex.IGNORECASE | regex.VERBOSE | regex.VERSION0
# Each engine compiled on first use: a plain text (ASCII and a few marks, see
# ``plain.is_plain``) takes the standard library's twin, the same matches at less than half
# the compile time.
_CANDIDATE: Final = TwinPattern(_CANDIDATE_SOURCE, _CANDIDATE_FLAGS)

_NOT_WEEKDAY_BEFORE: Final = frozenset({"bloody", "black", "good", "easter", "palm", "ash", "super", "cyber", "holy"})
_NOT_WEEKDAY_AFTER: Final = LazyPattern(
    r"\s(?:Times|Telegraph|Mirror|Express|Herald|Post|Night\s+Live|School|Star|Mail|Independent)\b"
)
_WORD_BEFORE: Final = LazyPattern(r"(\w+)\s+\Z")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_number(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrhSTNDRH"))


def _make_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _month_back(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 - months
    return _dt.date(index // 12, index % 12 + 1, 1)


def _recent_month_day(base: _dt.date, month: int, day: int) -> _dt.date | None:
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    return _make_date(year, month, day) or _make_date(year - 1, month, day)


def _relative(phrase: str, base: _dt.date) -> tuple[_dt.date, str] | None:
    words = phrase.lower().split()
    key = " ".join(words[1:] if words[0] == "the" else words)
    if key in ("overnight", "today", "tonight"):
        return base, "day"
    if key in ("yesterday", "last night"):
        return base - _dt.timedelta(days=1), "day"
    if key == "day before yesterday":
        return base - _dt.timedelta(days=2), "day"
    if key == "last week":
        return base - _dt.timedelta(days=7), "day"
    if key.endswith("this month"):
        return base.replace(day=1), "month"
    if key == "last month":
        return _month_back(base, 1), "month"
    if key.endswith("this year"):
        return _dt.date(base.year, 1, 1), "year"
    if key == "last year":
        return _dt.date(base.year - 1, 1, 1), "year"
    return None


def _weekday(modifier: str, name: str, base: _dt.date) -> _dt.date:
    target = _WEEKDAYS[name.lower()]
    back = (base.weekday() - target) % 7
    if modifier == "last" and back == 0:
        back = 7
    if modifier == "next":
        ahead = (target - base.weekday()) % 7 or 7
        return base + _dt.timedelta(days=ahead)
    return base - _dt.timedelta(days=back)


def _resolve(text: str, m: regex.Match[str] | re.Match[str], base: _dt.date | None) -> TimeExpression | None:
    g = m.groupdict()
    if g["mdy"] is not None or g["dmy"] is not None:
        name, day_text, year_text, group = (
            (g["m1"], g["d1"], g["y1"], "mdy") if g["mdy"] is not None else (g["m2"], g["d2"], g["y2"], "dmy")
        )
        if not _capitalised(name):
            return None
        month, day = _month_number(name), _day_number(day_text)
        if year_text is not None:
            date = _make_date(int(year_text), month, day)
        elif base is not None:
            date = _recent_month_day(base, month, day)
        else:
            return None
        return None if date is None else _expression(text, m.span(group), date, "day")
    if g["my"] is not None:
        if not _capitalised(g["m3"]):
            return None
        return _expression(text, m.span("my"), _dt.date(int(g["y3"]), _month_number(g["m3"]), 1), "month")
    if g["bm"] is not None:
        name = g["m4"]
        modifier = (g["bmod"] or "").lower()
        preposition = m.start("bm") > m.start()
        if not _capitalised(name) or base is None or not (preposition or modifier):
            return None
        month = _month_number(name)
        year = base.year if month <= base.month else base.year - 1
        if modifier == "last" and month >= base.month:
            year = base.year - 1
        elif modifier == "next":
            year = base.year + 1 if month <= base.month else base.year
        return _expression(text, m.span("bm"), _dt.date(year, month, 1), "month")
    if g["year"] is not None:
        return _expression(text, m.span("year"), _dt.date(int(g["year"]), 1, 1), "year")
    if g["wdx"] is not None:
        name = g["wd"]
        modifier = (g["wmod"] or "").lower()
        if not _capitalised(name) or base is None:
            return None
        before = _WORD_BEFORE.search(text, max(0, m.start("wd") - 12), m.start("wd"))
        if before is not None and before.group(1).lower() in _NOT_WEEKDAY_BEFORE:
            return None
        if _NOT_WEEKDAY_AFTER.match(text, m.end()) is not None:
            return None
        span = m.span("wd") if modifier in ("", "on") else m.span("wdx")
        return _expression(text, span, _weekday(modifier, name, base), "day")
    if g["rel"] is not None:
        if base is None:
            return None
        resolved = _relative(g["rel"], base)
        return None if resolved is None else _expression(text, m.span("rel"), resolved[0], resolved[1])
    if g["ago"] is not None and base is not None:
        date = ago_date(g["ago"], base)
        return None if date is None else _expression(text, m.span("ago"), date, "day")
    return None


def _expression(text: str, span: tuple[int, int], date: _dt.date, granularity: str) -> TimeExpression:
    start, end = span
    return TimeExpression(Span(start, end), text[start:end], date, granularity)


# Anchors: every candidate phrase contains one of these. The candidate pattern is only
# tried at an anchor and at the starts of the (up to three) words before it, which is
# far cheaper than letting it scan every position of the text.
_CASED_ANCHORS: Final = tuple(
    word for name in (*calendar.month_abbr[1:], "Sep", *(d[:3] for d in calendar.day_name)) for word in (name, name.upper())
)
_LOWER_ANCHORS: Final = ("overnight", "tonight", "today", "yesterday", "last", "this", "ago")
_YEAR_ANCHOR: Final = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# All anchor words of one case in one scan instead of one str.find loop per word. The
# words are all letters, so a start this scan skips (inside an earlier match) has a
# letter before it and would be refused anyway: the offsets equal the per-word loops'.
# (The standard library's engine scans plain literal alternations ~3x faster than regex's.)
_CASED_ANCHOR_SCAN: Final = re.compile("|".join(sorted(_CASED_ANCHORS, key=len, reverse=True)))
_LOWER_ANCHOR_SCAN: Final = re.compile("|".join(sorted(_LOWER_ANCHORS, key=len, reverse=True)))


def _find_word_starts(haystack: str, word: str, found: set[int]) -> None:
    size = len(word)
    i = haystack.find(word)
    while i >= 0:
        if i == 0 or not haystack[i - 1].isalpha():
            found.add(i)
        i = haystack.find(word, i + size)


def _scan_word_starts(haystack: str, scan: re.Pattern[str], found: set[int]) -> None:
    for m in scan.finditer(haystack):
        i = m.start()
        if i == 0 or not haystack[i - 1].isalpha():
            found.add(i)


def _anchors(text: str) -> list[int]:
    found: set[int] = set()
    _scan_word_starts(text, _CASED_ANCHOR_SCAN, found)
    low = text.lower()
    if len(low) == len(text):
        _scan_word_starts(low, _LOWER_ANCHOR_SCAN, found)
    else:  # pragma: no cover - rare Unicode whose lower case changes length
        for word in _LOWER_ANCHORS:
            _find_word_starts(text, word, found)
            _find_word_starts(text, word.capitalize(), found)
    found.update(m.start() for m in _YEAR_ANCHOR.finditer(text))
    return sorted(found)


def _starts_before(text: str, anchor: int, floor: int) -> list[int]:
    """Start offsets of up to three words before ``anchor`` (earliest first), then ``anchor``."""
    starts = [anchor]
    j = anchor
    for _ in range(3):
        k = j
        while k > floor and anchor - k < 32 and text[k - 1] in " \t\u00a0":
            k -= 1
        if k <= floor:
            break
        w = k
        while w > floor and anchor - w < 32 and (text[w - 1].isalnum() or text[w - 1] in "-'"):
            w -= 1
        if w == k:
            break
        starts.append(w)
        j = w
    starts.reverse()
    return starts


def _scan(text: str, base: _dt.date | None, begin: int, stop: int) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    covered = begin  # end of the last accepted candidate
    candidate = _CANDIDATE.for_text(text).match
    for anchor in _anchors(text):
        if anchor < covered or anchor >= stop:
            continue
        for start in _starts_before(text, anchor, max(begin, covered)):
            m = candidate(text, start, stop)
            if m is None or m.end() <= anchor:
                continue
            covered = m.end()
            expression = _resolve(text, m, base)
            if expression is not None:
                out.append(expression)
            break
    return out


@functools.lru_cache(maxsize=16)
def _all_times(text: str, base: _dt.date | None) -> tuple[TimeExpression, ...]:
    return tuple(_scan(text, base, 0, len(text)))


def resolve_times(
    text: str, base: _dt.date | _dt.datetime | None, start: int = 0, end: int | None = None
) -> list[TimeExpression]:
    """Find the time expressions in ``text[start:end]`` and resolve them against ``base``.

    Offsets refer to ``text``. ``base`` is the publication date (a datetime is reduced
    to its date); with ``None`` only absolute expressions ("February 2022",
    "July 20, 2025", "in 2022") resolve. See the module docstring for the rules.
    """
    day = base.date() if isinstance(base, _dt.datetime) else base
    n = len(text)
    stop = n if end is None else max(0, min(end, n))
    begin = max(0, min(start, stop))
    everything = _all_times(text, day)
    if begin == 0 and stop == n:
        return list(everything)
    inside: list[TimeExpression] = []
    for expression in everything:
        s, e = expression.span.start, expression.span.end
        if s >= begin and e <= stop:
            inside.append(expression)
        elif s < stop and e > begin:
            return _scan(text, day, begin, stop)
    return inside
