"""Stand-ins for text machinery the core (``newsextract.text``) did not offer yet.

When this plugin was written, ``newsextract.text`` had no quotation finder
(``find_quotations``) and no sentence splitter (``sentence_at``). The two minimal
pieces below do only what this plugin needs; they should move to the core and
be removed here (see the plugin README, "Core gaps").

* :func:`find_quotations` pairs double quotation marks (straight ``"``, curly
  ``“ ”``, guillemets) per paragraph, nests curly marks, continues a quote whose
  paragraph ends without a closing mark into the next paragraph when that one
  opens with a mark, and pairs single marks (``‘ ’`` and ``'``) outside double
  quotes, leaving apostrophes alone.
* :func:`sentence_start` / :func:`sentence_end` find the sentence bounds around
  an offset, not fooled by "Gov." or "U.S.".

Every scan is linear in the text and works on bounded windows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import regex

from newsextract import Span

from .lexicon import ABBREVIATIONS

_core_find: Callable[[str], tuple[Any, ...]] | None
try:  # the core's quotation finder, when the installed core has one
    from newsextract.text import find_quotations as _core_find
except ImportError:  # pragma: no cover - older core
    _core_find = None

__all__ = ["Quotation", "find_quotations", "in_headline", "sentence_end", "sentence_start"]

_TIMEOUT = 2.0
_DOUBLE_MARKS = regex.compile(r'["“”«»„\n]')
_SINGLE_MARKS = regex.compile(r"['‘’\n]")
_OPEN_CONTEXT = set(" \t\r\n([{—–-/:;,")
#: Longest quote (characters) in one paragraph; longer pairs are stray marks.
MAX_PART = 4000
#: Longest single-quoted span; single marks pair within one paragraph only.
MAX_SINGLE = 600


@attrs.frozen
class Quotation:
    """One quotation: its pieces (one per paragraph it spans) and its mark style.

    ``parts`` are the inner spans (without the marks); ``opens`` the offsets of each
    piece's opening mark; ``close`` the offset of the final closing mark.
    """

    parts: tuple[Span, ...]
    opens: tuple[int, ...]
    close: int
    single: bool = False

    @property
    def open(self) -> int:
        """Offset of the first opening mark."""
        return self.opens[0]

    @property
    def start(self) -> int:
        """Start of the first piece's content."""
        return self.parts[0].start

    @property
    def end(self) -> int:
        """End of the last piece's content."""
        return self.parts[-1].end


def _next_nonspace(text: str, i: int) -> str:
    n = len(text)
    while i < n and text[i] in " \t\r\n":
        i += 1
    return text[i] if i < n else ""


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every top-level quotation, its paragraph pieces joined, in text order.

    Uses the core's ``newsextract.text.find_quotations`` when the core has it, else
    this module's own scan.
    """
    if _core_find is not None:
        return _from_core(text)
    return own_quotations(text)


def _from_core(text: str) -> tuple[Quotation, ...]:
    assert _core_find is not None
    out: list[Quotation] = []
    parts: list[Span] = []
    opens: list[int] = []
    for piece in _core_find(text):
        if piece.depth:
            continue
        if parts and not piece.open >= parts[-1].end:
            parts, opens = [], []
        if piece.close is None:
            if piece.continues:
                parts.append(Span(piece.inner.start, _rstrip(text, piece.inner.start, piece.inner.end)))
                opens.append(piece.open)
            else:
                parts, opens = [], []
            continue
        if parts and text.rfind("\n", opens[-1], piece.open) < 0:
            parts, opens = [], []
        parts.append(piece.inner)
        opens.append(piece.open)
        out.append(Quotation(tuple(parts), tuple(opens), piece.close, single=piece.mark in "'‘’‚‛"))
        parts, opens = [], []
    return tuple(out)


def own_quotations(text: str) -> tuple[Quotation, ...]:
    """This module's scan: balanced double quotations, plus single-quoted ones outside them."""
    try:
        doubles = _find_double(text)
        singles = _find_single(text, doubles)
    except TimeoutError:
        return ()
    return tuple(sorted(doubles + singles, key=lambda q: q.open))


def _find_double(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    open_at = -1
    depth = 0
    parts: list[Span] = []
    opens: list[int] = []
    n = len(text)
    for match in _DOUBLE_MARKS.finditer(text, timeout=_TIMEOUT):
        i = match.start()
        ch = text[i]
        if ch == "\n":
            if open_at >= 0:
                # Unclosed at paragraph end: continues only when the next paragraph opens with a mark.
                if _next_nonspace(text, i) in '"“«„' and i - open_at <= MAX_PART:
                    parts.append(Span(open_at + 1, _rstrip(text, open_at + 1, i)))
                    opens.append(open_at)
                else:
                    parts, opens = [], []
                open_at, depth = -1, 0
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch in "“«„" or (ch == '"' and prev in _OPEN_CONTEXT and not nxt.isspace()):
                if parts and text.rfind("\n", opens[-1], i) < 0:
                    parts, opens = [], []
                open_at, depth = i, 0
            else:
                parts, opens = [], []  # a stray closing mark
            continue
        curly_open = text[open_at] in "“«„"
        if ch in "“«„":
            depth += 1
            continue
        if ch == '"' and curly_open:
            if depth or prev.isspace() or not (nxt.isspace() or nxt in ".,;:!?)—–-"):
                continue  # a straight mark inside a curly quote
        elif ch in "”»" and depth:
            depth -= 1
            continue
        if i - open_at > MAX_PART:
            parts, opens, open_at = [], [], -1
            continue
        parts.append(Span(open_at + 1, i))
        opens.append(open_at)
        if any(len(p) for p in parts):
            found.append(Quotation(tuple(parts), tuple(opens), i))
        parts, opens, open_at = [], [], -1
    return found


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _find_single(text: str, doubles: list[Quotation]) -> list[Quotation]:
    if "'" not in text and "‘" not in text:
        return []
    covered = [(q.open, q.close) for q in doubles]
    found: list[Quotation] = []
    open_at = -1
    ci = 0
    n = len(text)
    for match in _SINGLE_MARKS.finditer(text, timeout=_TIMEOUT):
        i = match.start()
        while ci < len(covered) and covered[ci][1] < i:
            ci += 1
        if ci < len(covered) and covered[ci][0] <= i <= covered[ci][1]:
            continue  # nested inside a double quotation
        ch = text[i]
        if ch == "\n":
            open_at = -1
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        opener = (ch == "‘" or ch == "'") and not prev.isalnum() and (nxt.isalpha() or nxt in "[")
        closer = (ch == "’" or ch == "'") and not prev.isspace() and not nxt.isalnum()
        if open_at >= 0 and closer and i - open_at <= MAX_SINGLE:
            if i > open_at + 1:
                found.append(Quotation((Span(open_at + 1, i),), (open_at,), i, single=True))
            open_at = -1
        elif opener and prev in _OPEN_CONTEXT | {" "}:
            open_at = i
    return found


_BOUNDARY = regex.compile(r"[.!?…][\"”’']?[)\]]?\s+|\n")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.$")


def _is_boundary(text: str, match: regex.Match[str]) -> bool:
    if text[match.start()] == "\n":
        return True
    if text[match.start()] == ".":
        word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start() + 1)
        if word:
            w = word.group(1).casefold().rstrip(".")
            if w in ABBREVIATIONS or len(w) == 1:
                return False
    after = match.end()
    if after < len(text):
        ch = text[after]
        if ch.islower():
            return False
    return True


def sentence_start(text: str, pos: int, floor: int = 0, window: int = 600) -> int:
    """Offset where the sentence holding ``pos`` starts (not before ``floor``)."""
    lo = max(floor, pos - window)
    start = lo
    for match in _BOUNDARY.finditer(text, lo, pos, timeout=_TIMEOUT):
        if match.end() <= pos and _is_boundary(text, match):
            start = match.end()
    return start


def sentence_end(text: str, pos: int, ceiling: int | None = None, window: int = 600) -> int:
    """Offset just after the sentence holding ``pos`` ends (not after ``ceiling``)."""
    hi = min(len(text) if ceiling is None else ceiling, pos + window)
    for match in _BOUNDARY.finditer(text, pos, hi, timeout=_TIMEOUT):
        if _is_boundary(text, match):
            return match.start() + 1 if text[match.start()] != "\n" else match.start()
    return hi


_LINE_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")


def in_headline(text: str, pos: int) -> bool:
    """True when ``pos`` lies in a short line whose words are mostly capitalised (a headline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if end - start > 200:
        return False
    words = _LINE_WORD.findall(text, start, end)
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)
