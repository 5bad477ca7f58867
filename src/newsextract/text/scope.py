"""The scope of a count: one event, a period, or a running total.

"550 drones overnight", "more than 1,100 drones this week" and "52,000 drones since the
start of the full-scale invasion" are three different things; adding them up is wrong.
:func:`find_scope_phrases` finds the words that say which one a sentence means, and
:func:`scope_at` picks the phrase that governs a count at a given span (the nearest one in
its sentence). No phrase means the text says nothing, which reads as ``event``.

Every pattern is a flat alternation of literal words (no nested quantifiers), so matching
is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from ..model import Span
from .lazy import LazyPattern
from .plain import TwinPattern, is_plain
from .sentences import sentence_bounds

__all__ = ["BACKGROUND", "SCOPES", "ScopePhrase", "find_scope_phrases", "scope_at"]

#: The scope vocabulary: one attack or day, a stretch of time, a running total.
SCOPES: Final = ("event", "period", "cumulative")

#: A fourth scope no phrase sets, that a plugin gives a count the reported event is about
#: rather than its own toll ("residents protested over the killing of a driver"): the fact
#: stays, the totals leave it out (:mod:`newsextract.totals`).
BACKGROUND: Final = "background"

_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR: Final = r"(?:19|20)\d\d"
_WAR: Final = (
    r"(?:(?:full[- ]scale |Russian |Russia's |large[- ]scale )?(?:war|invasion|conflict|offensive|fighting|hostilities"
    r"|campaign|aggression|occupation|siege|crisis|uprising|insurgency|pandemic|outbreak))"
)
_START: Final = r"(?:start|beginning|outbreak|onset|launch)"

_CUMULATIVE: Final = (
    rf"since\s+(?:the\s+)?{_START}\s+of\s+(?:the\s+|Russia's\s+|its\s+|this\s+)?{_WAR}"
    rf"|since\s+(?:the\s+|Russia's\s+)?{_WAR}\s+(?:began|started|erupted|broke\s+out)"
    rf"|since\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?{_YEAR}\b"
    rf"|since\s+(?:(?:early|mid|late)[- ])?{_MONTH}(?:\s+\d{{1,2}})?\b"
    rf"|since\s+(?:Russia\s+)?(?:invaded|launched\s+(?:its|the)\s+(?:full[- ]scale\s+)?invasion)"
    r"|so\s+far|to\s+date|thus\s+far|in\s+total|in\s+all\b|all\s+told|altogether"
    r"|up\s+to\s+now|until\s+now|cumulative(?:ly)?"
    rf"|(?:over|during|throughout)\s+the\s+(?:course\s+of\s+the\s+)?{_WAR}"
    r"|over\s+the\s+(?:past|last)\s+(?:(?:two|three|four|five|six|\d+)\s+)?years"
)
_PERIOD: Final = (
    r"(?:this|last|past|previous|the\s+past|the\s+last|the\s+previous)\s+(?:week|month|weekend|year|fortnight)"
    r"|(?:over|during|throughout|in)\s+the\s+(?:past|last|previous|first|second)\s+(?:(?:few|several|two|three|four|five|six|seven|ten|\d+)\s+)?"
    r"(?:days|weeks|months|week|month|weekend|fortnight|year)"
    r"|(?:over|during)\s+the\s+(?:week|month|weekend|year)"
    r"|in\s+recent\s+(?:days|weeks|months)"
    r"|(?:over|during)\s+(?:the\s+)?(?:(?:few|several|two|three|four|five|six|seven|ten|\d+)\s+)(?:days|weeks|months)"
    rf"|(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?{_MONTH}(?:\s+{_YEAR})?\b(?!\s+\d)"
    rf"|in\s+{_YEAR}\b"
    rf"|since\s+(?:last\s+)?{_WEEKDAY}|since\s+the\s+{_START}\s+of\s+(?:the|this)\s+(?:week|month|year)"
    r"|(?:a|per)\s+(?:day|week|month)\b|daily|weekly|monthly"
)
_EVENT: Final = (
    r"overnight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|tonight|yesterday|today"
    r"|since\s+(?:last\s+night|midnight|this\s+morning|dawn|yesterday)"
    r"|(?:the\s+)?(?:previous|preceding)\s+night|at\s+dawn|early\s+hours"
    rf"|(?:early\s+|late\s+)?on\s+{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|{_WEEKDAY}\s+(?:night|morning|afternoon|evening)"
    rf"|on\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
    r"|in\s+(?:a|the|one|this|that)\s+(?:single\s+|latest\s+|overnight\s+|massive\s+|combined\s+|same\s+)?"
    r"(?:attack|strike|assault|raid|barrage|wave|salvo|bombing|blast|explosion|shooting|incident|ambush|clash)\b"
)

#: A superlative before a time phrase makes the phrase part of a comparison, not a scope:
#: "the biggest attack since the invasion began", "one of the heaviest strikes last month".
_COMPARISON: Final = LazyPattern(
    r"\b(?:biggest|largest|heaviest|worst|deadliest|highest|greatest|record|first|most\s+\w+)\b[\w\s'\u2019-]{0,60}$",
    regex.IGNORECASE | regex.VERSION0,
)

#: A time phrase right after a reporting verb dates the report, not the count:
#: "Zelenskyy said on Sunday that Russia had launched 1,700 drones in the past week".
_REPORTED: Final = LazyPattern(
    r"\b(?:said|says|told\s+\w+|reported|announced|stated|wrote|added|confirmed|claimed|tweeted|posted)\s+$",
    regex.IGNORECASE | regex.VERSION0,
)

_SOURCE: Final = rf"\b(?:(?P<cumulative>{_CUMULATIVE})|(?P<period>{_PERIOD})|(?P<event>{_EVENT}))\b"
#: The phrases, case-blind; compiled only for a text whose folding changes its length.
_PATTERN: Final = LazyPattern(_SOURCE, regex.IGNORECASE | regex.VERSION0)


def _lower_literals(source: str) -> str:
    """``source`` with its literal capitals in lower case (escapes and group names kept)."""
    return regex.sub(r"(\\.|\(\?P<\w+>)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), source)


#: ``_PATTERN`` without the case-blindness, for the case-folded text: case-sensitive matching
#: is about a quarter faster, and where folding keeps every character one character (then no
#: character changes class, see the tests) it matches exactly where ``_PATTERN`` does.
#: A plain text (:func:`~newsextract.text.plain.is_plain`) is read by its ``re`` twin: the same
#: matches, at two thirds of the compile and running time.
_FOLDED_PATTERN: Final = TwinPattern(_lower_literals(_SOURCE), regex.VERSION0)


#: Characters the case-blind pattern takes for one of its ASCII letters although they fold to
#: another character (the dotless "ı" for "i"); a text with one takes the case-blind path.
_BLIND_ONLY: Final = "\u0131"


def _phrase_matches(text: str) -> Iterator[regex.Match[str]] | Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text)``'s matches, as spans of ``text``, found on the folded text."""
    folded = text.casefold()
    if is_plain(text):  # folding keeps a plain text's length, and it has no "ı"
        return _FOLDED_PATTERN.plain.finditer(folded)
    # a letter folded to two ("ß") would shift the offsets
    if len(folded) != len(text) or any(c in text for c in _BLIND_ONLY):
        return _PATTERN.finditer(text)
    return _FOLDED_PATTERN.full.finditer(folded)


#: Words between a phrase and a count that start another clause: a phrase across them
#: governs the count only when nothing nearer does.
_CLAUSE_BREAK: Final = LazyPattern(
    r"[;:\u2013\u2014]|,\s*(?:and|but|while|whereas|bringing|raising|up|down)\b"
    r"|\b(?:while|whereas|compared\s+(?:with|to)|up\s+from|down\s+from|bringing|raising)\b",
    regex.IGNORECASE | regex.VERSION0,
)
_ACROSS_CLAUSES: Final = 100_000
#: How far from a count (in characters, within its sentence) a scope phrase may stand.
_WINDOW: Final = 300


@attrs.frozen
class ScopePhrase:
    """Words that set the scope of the counts near them.

    ``scope`` is one of :data:`SCOPES`; ``span`` covers the words, ``text`` is them.
    """

    scope: str
    span: Span
    text: str


@functools.lru_cache(maxsize=64)
def find_scope_phrases(text: str) -> tuple[ScopePhrase, ...]:
    """Every scope phrase in ``text``, in text order (cached per text)."""
    found: list[ScopePhrase] = []
    for match in _phrase_matches(text):
        if _COMPARISON.search(text, max(0, match.start() - 80), match.start()):
            continue
        if match.group("event") is not None and _REPORTED.search(text, max(0, match.start() - 30), match.start()):
            continue
        scope = next(name for name in SCOPES if match.group(name) is not None)
        found.append(ScopePhrase(scope, Span(match.start(), match.end()), text[match.start() : match.end()]))
    return tuple(found)


@functools.lru_cache(maxsize=64)
def _phrase_ends(text: str) -> tuple[int, ...]:
    return tuple(phrase.span.end for phrase in find_scope_phrases(text))


def scope_at(text: str, span: Span) -> ScopePhrase | None:
    """The scope phrase governing a count at ``span``: the nearest one in its sentence.

    Distance is counted in characters between the phrase and the span (zero when they
    touch); a tie goes to the phrase after the count ("550 drones overnight"), and a phrase
    in another clause (", and 40 overnight"; ", bringing the toll to ...") counts only
    when none is in the count's own. ``None`` when the sentence says nothing about scope.
    """
    phrases = find_scope_phrases(text)
    if not phrases:
        return None
    start, end = sentence_bounds(text, span.start, floor=span.start - _WINDOW, ceiling=span.end + _WINDOW)
    end = max(end, min(span.end, len(text)))
    best: ScopePhrase | None = None
    best_distance = -1
    first = bisect.bisect_right(_phrase_ends(text), start)  # phrases end in text order: they never overlap
    for phrase in phrases[first:]:
        if phrase.span.start >= end:
            break
        if phrase.span.overlaps(span):
            distance = 0
        elif phrase.span.start >= span.end:
            distance = phrase.span.start - span.end
            if _CLAUSE_BREAK.search(text, span.end, phrase.span.start):
                distance += _ACROSS_CLAUSES
        else:
            distance = span.start - phrase.span.end + 1  # ties go to the phrase after
            if _CLAUSE_BREAK.search(text, phrase.span.end, span.start):
                distance += _ACROSS_CLAUSES
        if best is None or distance < best_distance:
            best, best_distance = phrase, distance
    return best
