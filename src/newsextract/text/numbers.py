"""Counts written in news English: digits, number words, qualifiers and vague amounts.

``QUANTITY_PATTERN`` is a ``regex`` source string (no capture groups) that plugins
embed in larger patterns; ``parse_quantity`` turns one of its matches into a
:class:`Quantity`; ``find_quantities`` finds every count in a text, leaving out
money, percentages, ordinals, clock times, ages, calibres and numbers glued into
model names ("Kh-101", "F-16").

Every pattern is linear-time: digit runs are bounded (``\\d{1,12}``, at most six
thousands groups), repetitions over number words are bounded, and nothing nests
an unbounded quantifier inside another one. A 100,000-digit number is simply
not a quantity.

Vague amounts carry ``count=None``, ``vague=True``, qualifier ``"about"`` and a
conservative ``lower_bound`` (the smallest amount the phrase can honestly mean):

=========================  ===========
phrase                     lower_bound
=========================  ===========
a few                      2
several                    3
dozens (of)                24
scores of                  40
hundreds (of)              200
thousands (of)             2000
tens of thousands (of)     20000
hundreds of thousands      200000
millions (of)              2000000
many                       None
=========================  ===========
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterable
from typing import Final

import attrs
import regex

from newsextract.model import Span

from .lazy import LazyPattern
from .plain import TwinPattern, is_plain

__all__ = [
    "QUALIFIERS",
    "QUANTITY_PATTERN",
    "Quantity",
    "find_quantities",
    "is_year_like",
    "parse_quantity",
    "word_to_int",
]

QUALIFIERS: Final = ("exact", "at_least", "more_than", "at_most", "less_than", "about")
"""The qualifier vocabulary shared with the gold data (see the gold format)."""


@attrs.frozen
class Quantity:
    """A count found in text.

    ``span``/``text`` cover the whole phrase, qualifier included ("more than two
    dozen"). ``count`` is ``None`` for vague amounts, fractions and "all but N".
    """

    span: Span
    text: str
    count: int | None
    qualifier: str
    lower_bound: int | None = None
    upper_bound: int | None = None
    fraction: float | None = None
    all_but: int | None = None
    vague: bool = False


# --------------------------------------------------------------------------- words

_UNITS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS: Final[dict[str, int]] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES: Final[dict[str, int]] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_UNIT_RE: Final = _alt(w for w in _UNITS if w != "zero")
_SMALL_RE: Final = rf"(?:{_alt(_TENS)}(?:[-\s]{_UNIT_RE})?|{_alt(_TEENS)}|{_alt(_UNITS)})"
_SCALE_RE: Final = _alt(_SCALES)
# "two hundred and five thousand", "a dozen", "twenty-five": a small number or "a",
# then up to four scale words, each optionally followed by ("and") a small number.
_SEP: Final = r"(?:\s{1,3}|-)"
_TAIL_RE: Final = rf"(?:{_SEP}{_SCALE_RE}(?:(?:\s{{1,3}}and)?{_SEP}{_SMALL_RE})?){{0,4}}"
_WORDNUM_RE: Final = (
    rf"(?:\b{_SMALL_RE}{_TAIL_RE}"
    rf"|\ban?\s{{1,3}}{_SCALE_RE}(?:(?:\s{{1,3}}and)?{_SEP}{_SMALL_RE})?{_TAIL_RE})\b"
)
# Digits: "426", "1,200", "60,000", "1.2 million", "2 million". Digit runs are bounded so
# a 100,000-digit monster cannot make the engine backtrack; it is simply skipped.
_DIGITS_RE: Final = (
    r"(?<![\w.,:$€£¥₴₽#/]|\w-)"  # _DIGITS_LOOKBEHIND below
    r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,12})"
    r"(?:(?:\.\d{1,3})?\s(?:million|billion|thousand|hundred)\b"
    r"|(?![\w%]|[.,:]\d))"
)
_FRACTION_RE: Final = (
    r"(?:\bhalf|\b(?:a|one)[\s-]third|\btwo[\s-]thirds|\b(?:a|one)[\s-]quarter|\bthree[\s-]quarters)"
    r"(?=\s+(?:of|the)\b)(?:\s+of)?"
)
_NUMBER_CORE_RE: Final = rf"(?:{_DIGITS_RE}|{_WORDNUM_RE})"
_ALL_BUT_RE: Final = rf"(?:\ball\s+but\s+{_NUMBER_CORE_RE}(?:\s+of)?)"
_VAGUE_RE: Final = (
    r"(?:\b(?:tens|hundreds)\s+of\s+thousands(?:\s+of)?"
    r"|\b(?:hundreds|thousands|millions|dozens)(?:\s+of)?"
    r"|\bscores\s+of"
    r"|\bseveral|\ba\s+few|\bmany)\b"
)
_COUPLE_RE: Final = r"(?:\ba\s+couple(?:\s+of)?|\ba\s+pair\s+of)\b"

# Qualifier phrases -> vocabulary, longest first when matched.
_QUALIFIER_WORDS: Final[dict[str, str]] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "just over": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "up to": "at_most",
    "no more than": "at_most",
    "at most": "at_most",
    "as many as": "at_most",
    "a maximum of": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "under": "less_than",
    "just under": "less_than",
    "almost": "less_than",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "close to": "about",
}
_QUALIFIER_ORDER: Final = tuple(sorted(_QUALIFIER_WORDS, key=len, reverse=True))
_QUALIFIERS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    first: tuple(q for q in _QUALIFIER_ORDER if q.split()[0] == first) for first in {q.split()[0] for q in _QUALIFIER_ORDER}
}
_QUALIFIER_RE: Final = "(?:\\b(?:" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIER_ORDER) + r")\s+)"

QUANTITY_PATTERN: Final[str] = (
    rf"(?:{_QUALIFIER_RE}?(?:{_ALL_BUT_RE}|{_FRACTION_RE}|{_VAGUE_RE}|{_COUPLE_RE}"
    rf"|{_DIGITS_RE}|{_WORDNUM_RE}))"
)
"""Regex source (no capture groups; use with ``regex.IGNORECASE``) matching an optional
qualifier followed by a number phrase: "426", "1,200", "1.2 million", "twenty-five",
"a dozen", "more than two dozen", "hundreds of", "just under half of",
"all but one of", "a couple of"."""

_FLAGS: Final = regex.IGNORECASE | regex.VERSION0
# Every pattern of this module is a ``TwinPattern``: the ``regex`` one, compiled on first
# use, and its standard-library twin for a plain text (ASCII and a few marks, see
# ``plain.is_plain``: most news), which gives the same matches and compiles in about half
# the time. Only the engine a document needs is compiled, when it first needs it.
# ``re`` wants a look-behind of one width: the digits' one of two alternatives is two.
_DIGITS_LOOKBEHIND: Final = r"(?<![\w.,:$€£¥₴₽#/]|\w-)"
_QUANTITY: Final = TwinPattern(
    QUANTITY_PATTERN,
    _FLAGS,
    plain_source=QUANTITY_PATTERN.replace(_DIGITS_LOOKBEHIND, r"(?<![\w.,:$€£¥₴₽#/])(?<!\w-)"),
)
_WORD_SPLIT: Final = TwinPattern(r"[\s-]+")
_SPACES: Final = TwinPattern(r"\s+")
_DIGIT_PHRASE: Final = TwinPattern(
    r"(\d{1,3}(?:,\d{3}){1,6}|\d{1,12})(?:(\.\d{1,3})?\s(million|billion|thousand|hundred))?",
    _FLAGS,
)

_VAGUE_BOUNDS: Final[dict[str, int | None]] = {
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2_000_000,
    "dozens": 24,
    "scores": 40,
    "several": 3,
    "a few": 2,
    "many": None,
}
_FRACTIONS: Final[dict[str, float]] = {
    "half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
}


def word_to_int(word: str) -> int | None:
    """Value of a number written in words, or ``None`` when it is not one.

    Handles "one".."ninety-nine", "hundred", "thousand", "million", "billion" and
    "dozen" combinations: "twenty-five" -> 25, "one hundred and five" -> 105,
    "a dozen" -> 12, "two dozen" -> 24, "two hundred thousand" -> 200000.
    """
    tokens = [t for t in _WORD_SPLIT.for_text(word).split(word.strip().lower()) if t and t != "and"]
    if not tokens or len(tokens) > 24:
        return None
    total = 0
    current = 0
    seen_any = False
    last = ""  # "tens", "small", "scale", "a"
    for index, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if index != 0:
                return None
            last = "a"
            continue
        if tok in _UNITS or tok in _TEENS or tok in _TENS:
            value = _UNITS.get(tok, _TEENS.get(tok, _TENS.get(tok, 0)))
            if last == "a":
                return None
            if last == "tens" and tok in _UNITS and tok != "zero":
                current += value
                last = "small"
            elif last in ("", "scale"):
                current += value
                last = "tens" if tok in _TENS else "small"
            else:
                return None
            seen_any = True
            continue
        scale = _SCALES.get(tok)
        if scale is None:
            return None
        base = current if (seen_any and last != "scale") or current else 1
        if last == "scale" and current == 0 and scale <= 100:
            return None
        if scale <= 100:
            current = base * scale
        else:
            total += base * scale
            current = 0
        seen_any = True
        last = "scale"
    if not seen_any:
        return None
    return total + current


def _python_reads_digits(phrase: str) -> bool:
    """Whether ``int()`` reads every digit of ``phrase`` (a non-ASCII digit may be unknown to it)."""
    return all(unicodedata.decimal(ch, None) is not None for ch in phrase if regex.match(r"\d", ch))


def _parse_core(core: str) -> int | None:
    """Value of a bare number phrase in digits or words."""
    m = _DIGIT_PHRASE.for_text(core).fullmatch(core)
    if m is not None:
        if not m.group(0).isascii() and not _python_reads_digits(m.group(0)):
            # ``regex`` may know digits of a newer Unicode than this Python's ``int()``.
            return None
        whole = int(m.group(1).replace(",", ""))
        scale_word = m.group(3)
        if scale_word is None:
            return whole
        scale = _SCALES[scale_word.lower()]
        decimals = m.group(2) or ""
        digits = decimals[1:]
        return (whole * scale) + (int(digits) * scale) // (10 ** len(digits)) if digits else whole * scale
    return word_to_int(core)


def parse_quantity(text: str, offset: int = 0) -> Quantity | None:
    """Parse a phrase matched by :data:`QUANTITY_PATTERN` into a :class:`Quantity`.

    ``text`` must be exactly such a phrase ("more than two dozen", "hundreds of",
    "1.2 million"); the span is ``[offset, offset + len(text))``. Returns ``None``
    when the phrase is not a quantity.
    """
    if not text or len(text) > 200 or _QUANTITY.for_text(text).fullmatch(text) is None:
        return None
    return _build(text, offset)


def _build(text: str, offset: int, plain: bool | None = None) -> Quantity | None:
    """Quantity for a phrase already known to match the pattern (``plain``: whether
    ``text`` is plain, when the caller knows)."""
    span = Span(offset, offset + len(text))
    if plain is None:
        plain = is_plain(text)
    phrase = _SPACES.pick(plain).sub(" ", text.strip().lower())
    qualifier: str | None = None
    for q in _QUALIFIERS_BY_FIRST.get(phrase.split(" ", 1)[0], ()):
        if phrase.startswith(q + " "):
            qualifier = _QUALIFIER_WORDS[q]
            phrase = phrase[len(q) + 1 :]
            break
    if phrase.endswith(" of"):
        phrase = phrase[:-3]

    if phrase.startswith("all but "):
        value = _parse_core(phrase[len("all but ") :])
        if value is None:
            return None
        return Quantity(span, text, None, qualifier or "exact", all_but=value)

    frac = _FRACTIONS.get(phrase.replace("-", " "))
    if frac is not None:
        return Quantity(span, text, None, qualifier or "exact", fraction=frac)

    if phrase in _VAGUE_BOUNDS:
        return Quantity(span, text, None, qualifier or "about", lower_bound=_VAGUE_BOUNDS[phrase], vague=True)
    if phrase == "a couple":
        return Quantity(span, text, 2, qualifier or "about")
    if phrase == "a pair":
        return Quantity(span, text, 2, qualifier or "exact")

    value = _parse_core(phrase)
    if value is None:
        return None
    return Quantity(span, text, value, qualifier or "exact")


def is_year_like(q: Quantity) -> bool:
    """True when the number itself is written like a year: four bare digits, 1900-2099."""
    if q.count is None or not 1900 <= q.count <= 2099:
        return False
    tail = q.text[-4:]
    return tail.isdigit() and tail.isascii() and (len(q.text) == 4 or not q.text[-5].isdigit())


# ---------------------------------------------------------------- find_quantities

_MONTHS_RE: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Context after the phrase that makes it not a count.
_BAD_AFTER: Final = TwinPattern(
    r"\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b"
    r"|(?:us\s+|u\.s\.\s+|american\s+|canadian\s+|australian\s+)?dollars?\b|euros?\b"
    r"|pounds?\s+sterling\b|(?:british\s+)?pounds\b|hryvnias?\b|hryvnyas?\b|rubles?\b|roubles?\b"
    r"|yuan\b|yen\b|rupees?\b|shekels?\b|usd\b|eur\b|uah\b|rub\b|gbp\b|cents?\b|bucks\b"
    r"|[ap]\.?m\b\.?|o'clock\b|o’clock\b|-?mm\b|-?millimet(?:er|re)s?\b"
    r"|-?(?:year|month|week|day)s?[-\s]olds?\b|(?:years?|months?)\s+old\b"
    r"|(?:st|nd|rd|th)\b)",
    _FLAGS,
)
# Days of the month ("July 20", "20 July"): only for digit phrases.
_DATE_AFTER: Final = TwinPattern(rf"\s?-?{_MONTHS_RE}(?:\s|$|,)", _FLAGS)
_DATE_BEFORE: Final = TwinPattern(rf"\b{_MONTHS_RE}\s\s?\Z", _FLAGS)
_BAD_BEFORE: Final = TwinPattern(
    r"(?:[$€£¥₴₽]|\b(?:us|usd|eur|uah|rs|a|c|au|ca|nz|hk)\$"
    r"|\b(?:aged|age|ages|usd|eur|uah|gbp|rub)\s)\s?\Z",
    _FLAGS,
)
_QUALIFIER_PREFIX: Final = TwinPattern(_QUALIFIER_RE, _FLAGS)


def _excluded(text: str, start: int, end: int, core_start: int, plain: bool) -> bool:
    """True when the match at ``[start, end)`` is money, a percentage, age, time, etc.
    (``plain``: ``text`` is plain, see ``plain.is_plain``)."""
    if _BAD_AFTER.pick(plain).match(text, end, min(len(text), end + 40)) is not None:
        return True
    before = text[max(0, core_start - 12) : core_start]
    if _BAD_BEFORE.pick(plain).search(before) is not None:
        return True
    if text[core_start : core_start + 1].isdigit() and end - core_start <= 2:
        if _DATE_AFTER.pick(plain).match(text, end, min(len(text), end + 12)) is not None:
            return True
        return _DATE_BEFORE.pick(plain).search(before) is not None
    return False


# Where a quantity phrase can start. The big pattern is only tried at these offsets
# (and at digits), which is several times faster than letting it scan every position.
# Literals are searched with str.find; "a"/"an" phrases are found from their second word.
_A_SECOND_WORDS: Final = frozenset(
    {"dozen", "few", "couple", "pair", "third", "quarter", "hundred", "thousand"}
    | {"million", "billion", "minimum", "maximum", "estimated"}
)
_START_LITERALS: Final = tuple(
    sorted(
        {q for q in _QUALIFIER_WORDS if not q.startswith(("a ", "an "))}
        | (set(_UNITS) | set(_TEENS) | set(_TENS))
        | {"all but", "half", "two thirds", "two-thirds", "three quarters", "three-quarters"}
        | {"tens of", "hundreds", "thousands", "millions", "dozens", "scores of", "several"}
        | {"many"}
    )
)
_DIGIT_RUN: Final = TwinPattern(r"\d++", plain_source=r"\d+")  # the same runs; no possessive before 3.11


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _anchors(text: str) -> list[int]:
    """Sorted offsets where a quantity phrase may start."""
    low = text.lower()
    if len(low) != len(text):  # a few Unicode letters change length when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    n = len(low)
    found = {m.start() for m in _DIGIT_RUN.for_text(low).finditer(low)}
    for lit in _START_LITERALS:
        size = len(lit)
        i = low.find(lit)
        while i >= 0:
            if (i == 0 or not _is_word_char(low[i - 1])) and (i + size >= n or not _is_word_char(low[i + size])):
                found.add(i)
            i = low.find(lit, i + size)
    for word in _A_SECOND_WORDS:
        size = len(word)
        i = low.find(word)
        while i >= 0:
            j = i - 1
            while j >= 0 and i - j <= 3 and low[j].isspace():
                j -= 1
            if j < i - 1 and j >= 0 and low[j] in "an":
                k = j - 1 if low[j] == "n" and j > 0 and low[j - 1] == "a" else j
                if low[k] == "a" and (k == 0 or not _is_word_char(low[k - 1])):
                    found.add(k)
            i = low.find(word, i + size)
    return sorted(found)


# Verbs whose particle "over" is not "more than": "handed over", "turned over", "signed over".
_PHRASAL_OVER: Final = LazyPattern(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|pass|passes|passed"
    r"|passing|give|gives|gave|given|giving|take|takes|took|taken|taking)\s+\Z",
    _FLAGS,
)
_PARTICLE_OVER: Final = TwinPattern(r"over\s+", _FLAGS)


@functools.lru_cache(maxsize=16)
def _all_quantities(text: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    last_end = 0
    plain = is_plain(text)
    quantity = _QUANTITY.pick(plain).match
    for pos in _anchors(text):
        if pos < last_end:
            continue
        m = quantity(text, pos)
        if m is None:
            continue
        start, end = m.span()
        particle = _PARTICLE_OVER.pick(plain).match(text, start)
        if particle is not None and _PHRASAL_OVER.search(text, max(0, start - 12), start):
            # "handed over six tanks": "over" belongs to the verb, the count is exact.
            m = quantity(text, particle.end())
            if m is None:
                last_end = particle.end()
                continue
            start, end = m.span()
        last_end = end
        phrase = m.group()
        prefix = _QUALIFIER_PREFIX.pick(plain).match(phrase)
        core_start = start + (prefix.end() if prefix is not None else 0)
        if _excluded(text, start, end, core_start, plain):
            continue
        q = _build(phrase, start, plain)
        if q is not None:
            found.append(q)
    return tuple(found)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All counts in ``text[start:end]``, with offsets into ``text``.

    Money ("$18,000", "5 million dollars", "hryvnias"), percentages, ordinals,
    clock times ("3 a.m.", "10:30"), ages ("7-year-old", "aged 34"), calibres
    ("155mm"), days of the month ("July 20") and numbers glued into model names
    ("Kh-101", "F-16", "S-300") are left out. Year-like numbers are kept; see
    :func:`is_year_like`.
    """
    n = len(text)
    stop = n if end is None else max(0, min(end, n))
    begin = max(0, min(start, stop))
    everything = _all_quantities(text)
    if begin == 0 and stop == n:
        return list(everything)
    # Quantities are sorted and never overlap, so a window is a slice found by
    # bisection: calling this once per sentence stays linear in the text.
    starts = _starts(text)
    lo = bisect.bisect_left(starts, begin)
    hi = bisect.bisect_left(starts, stop)
    straddles = (lo > 0 and everything[lo - 1].span.end > begin) or (hi > lo and everything[hi - 1].span.end > stop)
    if straddles:  # a phrase crosses the window's edge: scan the window on its own
        return _scan_window(text, begin, stop)
    return list(everything[lo:hi])


@functools.lru_cache(maxsize=16)
def _starts(text: str) -> list[int]:
    return [q.span.start for q in _all_quantities(text)]


def _scan_window(text: str, begin: int, stop: int) -> list[Quantity]:
    window = text[begin:stop]
    return [
        Quantity(
            Span(q.span.start + begin, q.span.end + begin),
            q.text,
            q.count,
            q.qualifier,
            q.lower_bound,
            q.upper_bound,
            q.fraction,
            q.all_but,
            q.vague,
        )
        for q in _all_quantities(window)
    ]
