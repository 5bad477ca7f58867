"""Quotation marks: normalisation and quotation finding.

:func:`normalize_quote_marks` maps every curly/angled/full-width mark to its straight
ASCII form without changing the length of the text, so offsets stay valid.

:func:`find_quotations` pairs marks paragraph by paragraph in one linear scan:

* curly marks say directly whether they open or close; straight ``"`` marks pair in
  order within a paragraph;
* a straight ``'`` opens only after start/space/bracket/double mark and before a
  letter, and closes only an open single quote, after a non-space and before
  space/punctuation/end, so apostrophes ("Russia's", "don't", "'90s") are ignored;
  a curly ``’`` likewise only closes an open single quote;
* single quotes inside a double quote are reported with ``depth=1``;
* a quotation never crosses a newline, except by the newspaper convention that a
  paragraph ending inside a quote whose next paragraph opens with a quote mark
  continues the same quote: each paragraph piece is reported on its own, the
  unclosed ones with ``close=None`` and ``continues=True``.
Unpaired marks are dropped.

:func:`group_continued` joins those paragraph pieces back into whole top-level
quotations (:class:`QuotationGroup`), one per quote however many paragraphs it spans.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsextract.model import Span

from .sentences import paragraphs

__all__ = ["Quotation", "QuotationGroup", "find_quotations", "group_continued", "normalize_quote_marks"]

_DOUBLE_MARKS: Final = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02"
_SINGLE_MARKS: Final = "\u2018\u2019\u201a\u201b\u2039\u203a\u00b4`"
_TRANSLATION: Final = str.maketrans({**dict.fromkeys(_DOUBLE_MARKS, '"'), **dict.fromkeys(_SINGLE_MARKS, "'")})


def normalize_quote_marks(text: str) -> str:
    """Replace curly, angled and full-width quote marks with ``"`` and ``'``.

    Every mark is one character and is replaced by one character, so the result has
    the same length as ``text`` and all offsets stay valid.
    """
    return text.translate(_TRANSLATION)


@attrs.frozen
class Quotation:
    """One quoted span (or one paragraph piece of a quote running over paragraphs).

    ``open`` is the offset of the opening mark, ``close`` that of the closing mark
    (``None`` for a piece whose quote continues in the next paragraph), ``inner`` the
    text between the marks, ``mark`` the opening mark as written, ``depth`` 0 for a
    top-level quotation and 1 for a quote inside a quote.
    """

    open: int
    close: int | None
    inner: Span
    mark: str
    depth: int = 0
    continues: bool = False


_MARK: Final = regex.compile("[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02\u2018\u2019\u201a\u201b]")
_DOUBLE_OPENERS: Final = "\u201c\u201e\u201f\u00ab\u301d"
_DOUBLE_CLOSERS: Final = "\u201d\u00bb\u301e\u301f"
_STRAIGHT_DOUBLES: Final = '"\uff02'
_OPENING_CONTEXT: Final = '([{\u2014\u2013-/"\u201c\u201e\u00ab'


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch == ""


def _scan_paragraph(text: str, start: int, end: int, continues: bool, out: list[Quotation]) -> None:
    """Pair the marks of ``text[start:end]`` and append the quotations to ``out``."""
    # Stack entries: (kind, offset of the opening mark); kind is "d" or "s".
    stack: list[tuple[str, int]] = []

    def emit(open_at: int, close_at: int | None, depth: int, cont: bool = False) -> None:
        inner_end = end if close_at is None else close_at
        out.append(Quotation(open_at, close_at, Span(open_at + 1, inner_end), text[open_at], depth, cont))

    def close_kind(kind: str, at: int) -> bool:
        """Close the innermost open quote of ``kind`` (dropping unclosed ones above it)."""
        for index in range(len(stack) - 1, -1, -1):
            if stack[index][0] == kind:
                open_at = stack[index][1]
                del stack[index:]
                emit(open_at, at, index)
                return True
        return False

    for m in _MARK.finditer(text, start, end):
        at = m.start()
        ch = text[at]
        before = text[at - 1] if at > start else ""
        after = text[at + 1] if at + 1 < end else ""
        open_double = any(kind == "d" for kind, _ in stack)
        if ch in _STRAIGHT_DOUBLES:
            if open_double:
                close_kind("d", at)
            elif after and not after.isspace() and len(stack) < 2:
                stack.append(("d", at))
        elif ch in _DOUBLE_OPENERS:
            german_close = ch == "\u201c" and open_double and any(text[o] == "\u201e" for k, o in stack if k == "d")
            if german_close:
                close_kind("d", at)
            else:
                if open_double:  # the previous quote was never closed
                    while stack and stack[-1][0] != "d":
                        stack.pop()
                    stack.pop()
                if len(stack) < 2:
                    stack.append(("d", at))
        elif ch in _DOUBLE_CLOSERS:
            if open_double:
                close_kind("d", at)
        elif ch in "'\u2019":
            open_single = bool(stack) and stack[-1][0] == "s"
            closes = open_single and not _is_space(before) and not after.isalnum()
            if closes:
                close_kind("s", at)
            elif ch == "'" and (_is_space(before) or before in _OPENING_CONTEXT) and after.isalpha() and len(stack) < 2:
                stack.append(("s", at))
        elif ch in "\u2018\u201b\u201a" and after and (after.isalpha() or after in '"\u201c') and len(stack) < 2:
            stack.append(("s", at))

    if continues and stack and stack[0][0] == "d":
        emit(stack[0][1], None, 0, True)


_CONTINUATION_OPENERS: Final = '"\u201c\u201e\u00ab\uff02'


@functools.lru_cache(maxsize=16)
def _quotations(text: str) -> tuple[Quotation, ...]:
    out: list[Quotation] = []
    paras = paragraphs(text)
    for index, para in enumerate(paras):
        continues = index + 1 < len(paras) and text[paras[index + 1].start] in _CONTINUATION_OPENERS
        _scan_paragraph(text, para.start, para.end, continues, out)
    out.sort(key=lambda q: (q.open, q.depth))
    return tuple(out)


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """All quotations in ``text``, ordered by opening mark.

    Double and single quotes, curly or straight; quotes nested in a quote have
    ``depth=1``. Linear in the length of the text whatever the marks.
    """
    return _quotations(text)


@attrs.frozen
class QuotationGroup:
    """One whole top-level quotation: its paragraph pieces, the last one closed.

    A one-paragraph quote has one piece. ``parts`` are the pieces' inner spans (without
    the marks), ``opens`` their opening marks' offsets, ``close`` the final closing mark.
    """

    pieces: tuple[Quotation, ...]

    @property
    def parts(self) -> tuple[Span, ...]:
        """The inner span of every piece, in text order."""
        return tuple(q.inner for q in self.pieces)

    @property
    def opens(self) -> tuple[int, ...]:
        """The offset of every piece's opening mark."""
        return tuple(q.open for q in self.pieces)

    @property
    def open(self) -> int:
        """Offset of the first opening mark."""
        return self.pieces[0].open

    @property
    def close(self) -> int:
        """Offset of the final closing mark."""
        close = self.pieces[-1].close
        assert close is not None  # guaranteed by group_continued
        return close

    @property
    def start(self) -> int:
        """Start of the first piece's content."""
        return self.pieces[0].inner.start

    @property
    def end(self) -> int:
        """End of the last piece's content."""
        return self.pieces[-1].inner.end

    @property
    def mark(self) -> str:
        """The first opening mark as written."""
        return self.pieces[0].mark


def group_continued(text: str, quotations: Sequence[Quotation] | None = None) -> tuple[QuotationGroup, ...]:
    """The top-level quotations of ``text`` with their paragraph pieces joined, in text order.

    ``quotations`` defaults to :func:`find_quotations` of ``text``. A piece that
    ``continues`` is joined with the top-level quotation opening at the start of the
    next paragraph, and so on until a piece closes; a chain that never closes is
    dropped. Quotes inside quotes (``depth`` 1) are left out.
    """
    if quotations is None:
        return _groups(text)
    return _group(text, quotations)


@functools.lru_cache(maxsize=16)
def _groups(text: str) -> tuple[QuotationGroup, ...]:
    return _group(text, find_quotations(text))


def _group(text: str, quotations: Sequence[Quotation]) -> tuple[QuotationGroup, ...]:
    paras = paragraphs(text)
    starts = [p.start for p in paras]
    out: list[QuotationGroup] = []
    pending: list[Quotation] = []
    for piece in quotations:
        if piece.depth:
            continue
        if pending and piece.open != _next_paragraph_start(starts, pending[-1].inner.end):
            pending = []
        if piece.close is None:
            if piece.continues:
                pending.append(piece)
            else:
                pending = []
            continue
        out.append(QuotationGroup((*pending, piece)))
        pending = []
    return tuple(out)


def _next_paragraph_start(starts: Sequence[int], offset: int) -> int:
    """Start of the first paragraph beginning after ``offset`` (-1 when none)."""
    index = bisect.bisect_right(starts, offset)
    return starts[index] if index < len(starts) else -1
