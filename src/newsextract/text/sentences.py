"""Sentence and paragraph boundaries for news text, with offsets into the original text.

A paragraph boundary (a line break, except a hard wrap in a hard-wrapped text: see
:mod:`newsextract.text.layout`) always ends a sentence. Inside a paragraph a
sentence ends at ``.``, ``?``, ``!`` or an ellipsis (plus any closing quote marks or
brackets) followed by whitespace, unless:

* the next word starts lower case (``"Why?" he asked.``);
* the period belongs to a title abbreviation (Gen., Sen., Gov., Mr., Dr., St., ...),
  to ``e.g.``/``i.e.``/``vs.``, or to an initial ("E. Ray Goetz");
* the period belongs to another abbreviation (U.S., a.m., Jan., Inc., Jr., D-Mass.)
  and the next word is not a typical sentence opener ("The", "He", "In", ...);
* the mark closes a quotation and what follows is an attribution
  (``"We will win." Zelenskyy said.``).

Datelines ("KYIV --", "KYIV, Ukraine —", "WASHINGTON (AP) —") stay in the first
sentence; :func:`dateline` returns the span of the place name.

:func:`sentence_bounds` gives the sentence around an offset clamped to a floor and a
ceiling (e.g. "not before the previous quote"), :func:`is_abbreviation` says whether a
period belongs to the word before it (the same vocabulary the splitter uses), and
:func:`is_headline` whether an offset lies in a short title-case line.
"""

from __future__ import annotations

import bisect
import functools
from typing import Final

import attrs
import regex

from newsextract.model import Span

from .layout import paragraph_spans
from .lazy import LazyPattern

__all__ = [
    "Sentence",
    "dateline",
    "is_abbreviation",
    "is_headline",
    "paragraphs",
    "sentence_at",
    "sentence_bounds",
    "split_sentences",
]


@attrs.frozen
class Sentence:
    """One sentence: ``text == original[start:end]``, whitespace-trimmed."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        """The sentence's offsets as a :class:`~newsextract.model.Span`."""
        return Span(self.start, self.end)


# Sentence-final punctuation run (only at the start of a run: the lookbehind keeps a long
# run of dots linear), then closing quotes/brackets, then whitespace.
_CANDIDATE: Final = regex.compile(r"(?<![.!?\u2026[])[.!?\u2026]++[\"'\u201d\u2019\u00bb)\]]*+(?=\s)")
_NON_SPACE: Final = regex.compile(r"\S")

_TITLE_ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr gen lt sen gov rep st maj col capt sgt cpl pvt adm cmdr gens sens reps
    prof rev hon pres supt insp det ft mt messrs mmes brig lieut cmdr atty sgts lts cols
    amb fr cpt vs v e.g i.e cf approx fig figs nos""".split()
)
_OTHER_ABBREVIATIONS: Final = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun inc co corp ltd llc jr sr bros dept govt univ assn est no
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)
_ABBREVIATIONS: Final = _TITLE_ABBREVIATIONS | _OTHER_ABBREVIATIONS
_SENTENCE_OPENERS: Final = frozenset(
    """the a an it its he she they we i in on at but and this that these those there his
    her their our my your meanwhile however after before when while as some many most
    officials according also if since during for with by from to one two no yet so still
    then later earlier what who why how where russia ukraine""".split()
)
_ATTRIBUTION: Final = LazyPattern(
    r"(?:(?:[\p{Lu}][\p{L}'\u2019.-]{0,30}\s){1,4}|(?:he|she|they|it|we|i)\s)"
    r"(?:said|says|added|wrote|told|asked|stated|insisted|continued|explained|warned|noted"
    r"|declared|tweeted|posted|replied|recalled)\b"
    r"|(?:said|says|added|wrote|told|asked|warned)\b",
)
_DATELINE: Final = regex.compile(
    r"\s*+(?P<place>\p{Lu}[\p{Lu}.'\u2019-]{1,30}(?:\s\p{Lu}[\p{Lu}.'\u2019-]{1,30}){0,3}"
    r"(?:,\s\p{Lu}[\p{L}.'\u2019-]{1,30}(?:\s\p{Lu}[\p{L}.'\u2019-]{1,30}){0,3})?)"
    r"(?:\s\([\p{L} .]{1,20}\))?\s(?:--|\u2014|\u2013|-)\s",
)


def dateline(text: str) -> Span | None:
    """Span of the dateline place at the start of ``text`` ("KYIV", "KYIV, Ukraine").

    Recognises ``PLACE --``, ``PLACE, Country —`` and ``PLACE (AP) —`` openings; the
    first word must be in capitals. Returns ``None`` when there is no dateline.
    """
    m = _DATELINE.match(text, 0, min(len(text), 300))
    if m is None:
        return None
    start, end = m.span("place")
    first_word = text[start:end].split(",")[0].split()[0]
    if sum(1 for c in first_word if c.isalpha()) < 2:
        return None
    return Span(start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip())
    return start, end


def paragraphs(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of ``text``, whitespace-trimmed.

    A paragraph is a non-blank line; in a hard-wrapped text (see
    :mod:`newsextract.text.layout`) it is a run of lines joined by hard wraps, and its
    span then contains those line breaks.
    """
    return paragraph_spans(text)


def _word_before(text: str, stop: int, floor: int) -> str:
    """The token (letters, digits, dots, hyphens, apostrophes) ending at ``stop``."""
    j = stop
    while j > floor and stop - j < 30:
        ch = text[j - 1]
        if ch.isalnum() or ch in ".-'":
            j -= 1
        else:
            break
    return text[j:stop]


def _next_word(text: str, start: int, end: int) -> str:
    j = start
    while j < end and j - start < 30 and text[j].isalpha():
        j += 1
    return text[start:j]


def _is_boundary(text: str, m_start: int, m_end: int, nxt: int, line_start: int, line_end: int) -> bool:
    punct = text[m_start:m_end]
    first = text[nxt]
    if first.islower():
        return False
    closes_quote = punct[-1] in "\"'\u201d\u2019\u00bb"
    if closes_quote and _ATTRIBUTION.match(text, nxt, line_end) is not None:
        return False
    if punct.startswith(("...", "\u2026")):
        return first.isupper() or first in "\"'\u201c\u2018"
    if punct[0] != "." or len(punct.rstrip("\"'\u201d\u2019\u00bb)]")) != 1:
        return True
    word = _word_before(text, m_start, line_start)
    if not word:
        return True
    key = word.lower().lstrip("-'.")
    if key in _TITLE_ABBREVIATIONS:
        return key == "no" and not first.isdigit()
    bare = key.replace(".", "")
    if len(bare) == 1 and word[-1].isupper() and (len(word) == 1 or word[-2] == "."):
        return False  # an initial: "E. Ray Goetz", "J.R. Smith"
    ambiguous = (
        key in _OTHER_ABBREVIATIONS
        or ("." in key and all(len(part) <= 2 for part in key.split(".")))  # U.S., a.m.
        or (len(key) >= 3 and key[1] == "-" and key[0].isalpha() and word[0].isupper())  # D-Mass.
    )
    if ambiguous:
        if first.isdigit():
            return False
        following = _next_word(text, nxt, line_end).lower()
        return following in _SENTENCE_OPENERS or first in "\"'\u201c\u2018"
    return True


@functools.lru_cache(maxsize=16)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; offsets refer to ``text`` and are whitespace-trimmed.

    A paragraph boundary always ends a sentence (a hard wrap does not). Abbreviations, initials, decimals, ellipses
    inside a sentence, quotes followed by their attribution and datelines do not.
    """
    out: list[Sentence] = []
    for para in paragraphs(text):
        line_start, line_end = para.start, para.end
        current = line_start
        for m in _CANDIDATE.finditer(text, line_start, line_end):
            m_start, m_end = m.span()
            if m_end >= line_end:
                break
            nm = _NON_SPACE.search(text, m_end, line_end)
            if nm is None:
                break
            nxt = nm.start()
            if _is_boundary(text, m_start, m_end, nxt, line_start, line_end):
                s, e = _trimmed(text, current, m_end)
                if e > s:
                    out.append(Sentence(s, e, text[s:e]))
                current = nxt
        s, e = _trimmed(text, current, line_end)
        if e > s:
            out.append(Sentence(s, e, text[s:e]))
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(s.start for s in split_sentences(text))


def sentence_at(text: str, offset: int) -> Sentence | None:
    """The sentence containing ``offset`` (``start <= offset < end``), or ``None``."""
    sentences = split_sentences(text)
    index = bisect.bisect_right(_starts(text), offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if offset < sentence.end else None


_BREAK: Final = regex.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def sentence_bounds(text: str, offset: int, floor: int = 0, ceiling: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of the sentence around ``offset``, clamped to ``[floor, ceiling]``.

    The bounds are those of :func:`split_sentences` (abbreviation-aware, never across a
    paragraph), cut at ``floor`` and ``ceiling`` (default: the end of the text), so
    ``floor <= start <= end <= ceiling``; ``offset`` itself is clamped into that range.
    An offset in the whitespace between two sentences of a paragraph belongs to the
    following one (``start`` is then ``offset``); one in whitespace at the end of a
    paragraph gives the empty bounds ``(offset, offset)``. Pass ``floor=offset - window``
    to bound the work on hostile text with no sentence punctuation.
    """
    hi = len(text) if ceiling is None else max(0, min(ceiling, len(text)))
    lo = max(0, min(floor, hi))
    offset = max(lo, min(offset, hi))
    sentences = split_sentences(text)
    index = bisect.bisect_right(_starts(text), offset) - 1
    if index >= 0 and offset < sentences[index].end:
        start, end = sentences[index].start, sentences[index].end
    elif index + 1 < len(sentences) and _BREAK.search(text, offset, min(sentences[index + 1].start, hi)) is None:
        start, end = offset, sentences[index + 1].end
    else:
        start = end = offset
    return max(start, lo), max(min(end, hi), lo)


def is_abbreviation(word: str) -> bool:
    """True when a period after ``word`` belongs to it ("Gov.", "Jan.", "U.S.", "e.g.", "J.").

    ``word`` may carry its final period or not; case is ignored. Title and other common
    abbreviations are those the sentence splitter knows; dotted forms of one- or
    two-letter parts ("U.S", "a.m", "D.C") and single letters (initials) count too.
    """
    key = word.strip().lower().lstrip("-'.").rstrip(".")
    if not key:
        return False
    if key in _ABBREVIATIONS:
        return True
    if len(key) == 1:
        return key.isalpha()
    return "." in key and all(1 <= len(part) <= 2 and part.isalpha() for part in key.split("."))


#: Longest line (characters) that can be a headline.
HEADLINE_MAX_CHARS: Final = 200
_HEADLINE_WORD: Final = regex.compile(r"\p{L}[\p{L}'\u2019\-]*+")


@functools.lru_cache(maxsize=16)
def _paragraph_starts(text: str) -> tuple[int, ...]:
    return tuple(p.start for p in paragraphs(text))


def is_headline(text: str, start: int, end: int | None = None) -> bool:
    """True when ``text[start:end]`` lies in one headline-like line.

    A headline line is at most :data:`HEADLINE_MAX_CHARS` long and has at least four
    words, 70% of them capitalised ("Hit Piece Exploits Trump's Remarks"). ``end``
    defaults to ``start``; a span running past its line is not in a headline.
    """
    index = bisect.bisect_right(_paragraph_starts(text), start) - 1
    if index < 0:
        return False
    para = paragraphs(text)[index]
    stop = start if end is None else end
    if start >= para.end or stop > para.end or para.end - para.start > HEADLINE_MAX_CHARS:
        return False
    words = _HEADLINE_WORD.findall(text, para.start, para.end)
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)
