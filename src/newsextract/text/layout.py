"""Plain-text layout: hard-wrapped lines, paragraph boundaries and invisible characters.

News often arrives as plain text with hard line breaks (wire feeds, e-mail alerts,
archives, ``.txt`` dumps: lines broken at 60-80 columns, a blank line or an indent
between paragraphs). Elsewhere one line is one paragraph (the seed article's form).
:func:`layout` decides which from the text itself, per document:

* A blank line (only whitespace) is always a paragraph boundary.
* The document is *hard-wrapped* when its lines are short (the widest, ignoring a
  stray long line, is between :data:`MIN_WRAP_WIDTH` and :data:`MAX_WRAP_WIDTH`), at least half of its single
  breaks are *forced* (the first word of the next line would not have fitted on the
  line), and some forced break falls inside a sentence (the line does not end with
  sentence-final punctuation, or the next line starts in lower case).
* In a hard-wrapped document a single break is whitespace when it is forced or the
  next line starts in lower case; otherwise (a short line: a headline, a dateline, a
  paragraph's last line) or when the next line is indented more than the text's body,
  it is a paragraph boundary. In any other document every line break is a boundary.

:func:`layout` also returns a *normalised view* of the text in which none of this
changes what a rule finds: CRLF and lone CR line ends become ``\\n``; hard wraps become
one space; a word hyphenated across a wrap is rejoined ("Shahed-\\ntype" keeps its
hyphen, "over-\\nwhelmed" loses it, see :func:`_keeps_hyphen`); paragraph boundaries
of a wrapped text become a blank line; non-breaking and other Unicode spaces become a
space; soft hyphens and zero-width characters vanish. :meth:`Layout.span_in_original`
maps a span of the view back to the text as given, so ``text[start:end]`` keeps holding.
The pipeline runs every plugin on the view; :func:`paragraph_spans` gives paragraph
spans of the text as given, for code that reads it directly.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

import attrs
import regex

from newsextract.model import Fact, Span, When

from .lazy import LazyPattern

__all__ = ["MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "Layout", "fact_in_original", "is_hard_wrapped", "layout", "paragraph_spans"]

#: The widest line (characters) a hard-wrapped text may have; wider lines are paragraphs.
MAX_WRAP_WIDTH: Final = 120
#: The narrowest wrap width read as hard wrapping (shorter lines are verse, lists, tables or a title).
MIN_WRAP_WIDTH: Final = 40

# Text whose lines average fewer characters than this is never read as hard-wrapped prose.
_MIN_MEAN_LINE: Final = 16
# Line ends: CRLF is one break; every other character here is one break on its own.
_BREAK: Final = LazyPattern(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_LINE: Final = regex.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]++")
# Spaces that are not U+0020 (NBSP, en/em/thin/narrow spaces, ideographic space ...).
_ODD_SPACE: Final = LazyPattern(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM.
_INVISIBLE_CHARS: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE: Final = LazyPattern(f"[{_INVISIBLE_CHARS}]")
_SPECIAL: Final = LazyPattern(
    r"[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000" + _INVISIBLE_CHARS + "]"
)
# The same class for the stdlib engine: a several times faster yes/no scan of a whole text.
_SPECIAL_FAST: Final = re.compile(_SPECIAL.pattern)
_SOFT_HYPHEN: Final = "\u00ad"
_SENTENCE_END: Final = frozenset(".!?:;\"'\u201d\u2019\u00bb)]\u2026")
_SKIP_AT_EDGE: Final = frozenset(" \t\u00a0\u1680\u202f\u205f\u3000" + _INVISIBLE_CHARS) | {chr(c) for c in range(0x2000, 0x200B)}
_WORD: Final = LazyPattern(r"\p{L}[\p{L}'’-]*+")
_COMPOUND: Final = LazyPattern(r"\p{L}++(?:-\p{L}++)*+")
_LEFT_WORD: Final = LazyPattern(r"[\p{L}-]{1,40}\Z")
_RIGHT_WORD: Final = LazyPattern(r"\p{L}{1,40}")
# Wrappers break lines at ASCII whitespace only (a no-break space holds its words together).
_FIRST_WORD: Final = LazyPattern(r"[^ \t\n\r\f\v]*")

# Word endings that are no word on their own: "wound-\ned", "evacua-\ntion" were hyphenated
# by a typesetter, so the parts join. (Without a dictionary every other lower-case pair
# keeps its hyphen: "crew-served", "explosive-laden" and "over-whelmed" alike.)
_BARE_SUFFIXES: Final = frozenset(
    """ed ing ings tion tions sion sions ments ness nesses ity ities ly ies ied ous ious ence
    ences ance ances ized ised izing ising ation ations ated ating ible ual ually ial ian ians
    ists ism isms fully ically""".split()
)


@attrs.frozen
class Layout:
    """A text's normalised view and the map from it back to the text as given.

    ``view`` is the text every plugin reads; ``wrapped`` whether single line breaks
    were read as hard wraps. ``segments`` are ``(view_start, original_start,
    view_length, original_length)`` for every stretch the view rewrote, in order;
    everything between them is copied one for one. Empty when ``view == original``.
    """

    original: str
    view: str
    wrapped: bool
    segments: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def changed(self) -> bool:
        """True when the view differs from the text as given."""
        return bool(self.segments)

    def offset_in_original(self, offset: int, *, end: bool = False) -> int:
        """The offset in the original text of view offset ``offset``.

        A start offset inside a rewritten stretch maps to the stretch's start; an end
        offset (``end=True``, exclusive) maps to the stretch's end when the character
        before it was rewritten.
        """
        if not self.segments:
            return offset
        probe = offset - 1 if end and offset > 0 else offset
        index = bisect.bisect_right(self._view_starts, probe) - 1
        if index < 0:
            return offset
        v0, o0, vlen, olen = self.segments[index]
        if probe < v0 + vlen:  # inside a rewritten stretch
            return o0 + olen if end else o0
        return o0 + olen + (offset - v0 - vlen)

    def span_in_original(self, span: Span) -> Span:
        """``span`` (offsets into the view) as a span of the text as given."""
        if not self.segments:
            return span
        start = self.offset_in_original(span.start)
        if span.end <= span.start:
            return Span(start, start)
        return Span(start, max(start, self.offset_in_original(span.end, end=True)))

    @functools.cached_property
    def _view_starts(self) -> list[int]:
        return [s[0] for s in self.segments]


@attrs.frozen
class _Line:
    start: int  # first character of the line
    end: int  # end of the line's content (its break excluded)
    break_end: int  # end of the line break after it (== end for the last line)
    lo: int  # first visible character (start when blank)
    hi: int  # end of the visible content (lo when blank)

    @property
    def blank(self) -> bool:
        return self.hi <= self.lo

    @property
    def indent(self) -> int:
        return self.lo - self.start


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    start = 0
    for m in _BREAK.finditer(text):
        out.append(_line(text, start, m.start(), m.end()))
        start = m.end()
    out.append(_line(text, start, len(text), len(text)))
    return out


def _line(text: str, start: int, end: int, break_end: int) -> _Line:
    lo = start
    while lo < end and (text[lo] in _SKIP_AT_EDGE or text[lo].isspace()):
        lo += 1
    hi = end
    while hi > lo and (text[hi - 1] in _SKIP_AT_EDGE or text[hi - 1].isspace()):
        hi -= 1
    return _Line(start, end, break_end, lo, hi)


def _width(lines: Sequence[_Line]) -> int:
    """The wrap width: the widest line, or the 95th percentile when there are ten or more."""
    widths = sorted(line.hi - line.start for line in lines if not line.blank)
    if not widths:
        return 0
    return widths[int(0.95 * (len(widths) - 1))] if len(widths) >= 10 else widths[-1]


def _forced(text: str, line: _Line, nxt: _Line, width: int) -> bool:
    """True when the next line's first word would not have fitted on ``line`` (or it ends with a soft hyphen)."""
    if text[line.end - 1 : line.end] == _SOFT_HYPHEN:
        return True
    chunk = _FIRST_WORD.match(text, nxt.lo, nxt.hi)
    first = len(chunk.group()) if chunk is not None else 0
    gap = 0 if text[line.end - 1 : line.end] == "-" else 1
    return (line.hi - line.start) + gap + first > width - 1


def _mid_sentence(text: str, line: _Line, nxt: _Line) -> bool:
    last = text[line.hi - 1]
    return last not in _SENTENCE_END or text[nxt.lo].islower()


def _single_breaks(lines: Sequence[_Line]) -> Iterator[int]:
    """Indices ``i`` where line ``i`` and line ``i + 1`` are both non-blank."""
    for i in range(len(lines) - 1):
        if not lines[i].blank and not lines[i + 1].blank:
            yield i


def _decide_wrapped(text: str, lines: Sequence[_Line]) -> bool:
    width = _width(lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    singles = list(_single_breaks(lines))
    forced = [i for i in singles if _forced(text, lines[i], lines[i + 1], width)]
    inside = [i for i in forced if _mid_sentence(text, lines[i], lines[i + 1])]
    lower_next = any(text[lines[i + 1].lo].islower() for i in inside)
    if not inside or 2 * len(forced) < len(singles):
        return False
    # One forced break inside a sentence could be a headline above a short paragraph: it
    # takes a second one, a lower-case continuation, a line that is no title, or blank lines.
    first = lines[inside[0]]
    soft = text[first.end - 1 : first.end] == _SOFT_HYPHEN
    prose = not _title_case(text, first)
    return len(inside) >= 2 or lower_next or soft or prose or any(line.blank for line in lines[1:-1])


def _title_case(text: str, line: _Line) -> bool:
    """True for a headline-like line: four or more words, 70% of them capitalised (short function words aside)."""
    found = _WORD.findall(text, line.lo, line.hi)
    words = [w for w in found if len(w) > 3 or not w.islower()]
    if not found or found[-1].islower():
        return False  # "... a man was found dead in": a title does not end on a small word
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _plausible_width(text: str) -> bool:
    """A cheap first test (str.splitlines breaks where :data:`_BREAK` does): could the wrap width fit?"""
    widths = sorted(len(line.rstrip()) for line in text.splitlines() if line.strip())
    if len(widths) < 2:
        return False
    width = widths[int(0.95 * (len(widths) - 1))] if len(widths) >= 10 else widths[-1]
    return MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH


def _body_indent(lines: Sequence[_Line]) -> int:
    indents = sorted(line.indent for line in lines if not line.blank)
    return indents[len(indents) // 2] if indents else 0


def _is_wrap(text: str, line: _Line, nxt: _Line, width: int, body_indent: int) -> bool:
    if nxt.indent > body_indent:
        return False  # an indented first line starts a paragraph
    return text[nxt.lo].islower() or _forced(text, line, nxt, width)


@functools.lru_cache(maxsize=16)
def _wrap_breaks(text: str) -> tuple[tuple[_Line, ...], frozenset[int], bool]:
    """The lines, the indices of lines whose break is a hard wrap, and whether the text is wrapped."""
    if len(text) > 10_000 and (text.count("\n") + text.count("\r")) * _MIN_MEAN_LINE > len(text):
        return (), frozenset(), False  # lines this short are no wrapped prose (and would cost memory)
    if not _plausible_width(text):
        return (), frozenset(), False
    lines = _lines(text)
    if len(lines) < 2 or not _decide_wrapped(text, lines):
        return tuple(lines), frozenset(), False
    width = _width(lines)
    indent = _body_indent(lines)
    wraps = frozenset(i for i in _single_breaks(lines) if _is_wrap(text, lines[i], lines[i + 1], width, indent))
    return tuple(lines), wraps, True


def is_hard_wrapped(text: str) -> bool:
    """True when single line breaks in ``text`` are hard wraps rather than paragraph ends."""
    return _wrap_breaks(text)[2]


@functools.lru_cache(maxsize=16)
def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of ``text`` as given, whitespace-trimmed.

    A paragraph is a non-blank line, or in a hard-wrapped text a run of lines joined
    by hard wraps (its span then contains the line breaks).
    """
    lines, wraps, wrapped = _wrap_breaks(text)
    if not wrapped:
        return tuple(span for span in map(_trimmed_line, _LINE.finditer(text)) if span.end > span.start)
    out: list[Span] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if start is None:
            start = line.lo
        if i not in wraps:
            out.append(Span(start, line.hi))
            start = None
    return tuple(out)


def _trimmed_line(m: regex.Match[str]) -> Span:
    piece = m.group()
    start = m.start() + len(piece) - len(piece.lstrip())
    return Span(start, max(start, m.start() + len(piece.rstrip())))


def _keeps_hyphen(text: str, left: str, right: str) -> bool:
    """Whether ``left-`` at a line end and ``right`` on the next line are a hyphenated word.

    Joined (``over-whelmed`` -> ``overwhelmed``) only on evidence: the joined word
    occurs elsewhere in the text and the hyphenated one does not, or ``right`` is a bare
    word ending ("wound-\ned"). Otherwise kept (``Shahed-type``, ``long-range``,
    ``twenty-five``): a wrap must never glue a real compound together.
    """
    if "-" in left or not (left.islower() and right.islower()):
        return True
    if right in _BARE_SUFFIXES:
        return False
    words = _vocabulary(text)
    return f"{left}-{right}" in words or f"{left}{right}" not in words


@functools.lru_cache(maxsize=4)
def _vocabulary(text: str) -> frozenset[str]:
    """Every word and hyphenated compound of ``text``, case-folded (one pass, for the hyphen evidence)."""
    return frozenset(_COMPOUND.findall(text.casefold()))


class _Builder:
    """Accumulates the view and its rewritten segments."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int, int]] = []
        self.copied = 0  # original offset copied up to
        self.length = 0  # view length so far

    def rewrite(self, start: int, end: int, replacement: str) -> None:
        """Replace ``text[start:end]`` (at or after what is copied) by ``replacement``."""
        if start < self.copied:
            return
        if self.text[start:end] == replacement:
            return
        self._copy(start)
        self.segments.append((self.length, start, len(replacement), end - start))
        self.parts.append(replacement)
        self.length += len(replacement)
        self.copied = end

    def _copy(self, upto: int) -> None:
        if upto > self.copied:
            self.parts.append(self.text[self.copied : upto])
            self.length += upto - self.copied
            self.copied = upto

    def finish(self) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
        self._copy(len(self.text))
        return "".join(self.parts), tuple(self.segments)


def _join_wrap(text: str, builder: _Builder, line: _Line, nxt: _Line) -> None:
    """Rewrite the hard wrap after ``line``: one space, or nothing inside a hyphenated word."""
    end, lo = line.hi, nxt.lo
    soft = text.rfind(_SOFT_HYPHEN, line.hi, line.end) >= 0
    if soft:
        builder.rewrite(end, lo, "")
        return
    if text[end - 1] == "-" and lo < nxt.hi and text[lo].isalpha():
        left = _LEFT_WORD.search(text, line.start, end - 1)
        right = _RIGHT_WORD.match(text, lo, nxt.hi)
        if left is not None and right is not None and left.group() and text[end - 2].isalpha():
            keep = _keeps_hyphen(text, left.group(), right.group())
            builder.rewrite(end if keep else end - 1, lo, "")
            return
    builder.rewrite(end, lo, " ")


def _rewrite_characters(text: str, builder: _Builder, start: int, end: int) -> None:
    """Odd spaces become a space, invisible characters vanish, other line ends become ``\\n``."""
    for m in _SPECIAL_FAST.finditer(text, start, end):
        ch = m.group()
        if ch == "\r":
            crlf = text[m.start() + 1 : m.start() + 2] == "\n"
            builder.rewrite(m.start(), m.end() + crlf, "\n")
        elif _INVISIBLE.match(ch):
            builder.rewrite(m.start(), m.end(), "")
        elif _ODD_SPACE.match(ch):
            builder.rewrite(m.start(), m.end(), " ")
        else:
            builder.rewrite(m.start(), m.end(), "\n")


def _build_wrapped(text: str, lines: Sequence[_Line], wraps: frozenset[int], builder: _Builder) -> None:
    """The view of a hard-wrapped text: wraps joined, paragraphs separated by one blank line."""
    previous: int | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if previous is not None:
            if previous in wraps:
                _join_wrap(text, builder, lines[previous], line)
            else:
                builder.rewrite(lines[previous].hi, line.lo, "\n\n")
        _rewrite_characters(text, builder, max(line.lo, builder.copied), line.hi)
        previous = i


@functools.lru_cache(maxsize=16)
def layout(text: str) -> Layout:
    """The layout of ``text``: whether it is hard-wrapped, its normalised view and the offset map."""
    special = _SPECIAL_FAST.search(text) is not None
    if "\n" not in text and not special:
        return Layout(text, text, False)
    lines, wraps, wrapped = _wrap_breaks(text)
    if not wrapped and not special:
        return Layout(text, text, False)
    builder = _Builder(text)
    if wrapped:
        _build_wrapped(text, lines, wraps, builder)
    else:
        _rewrite_characters(text, builder, 0, len(text))
    view, segments = builder.finish()
    return Layout(text, view, wrapped, segments)


def fact_in_original(fact: Fact, text_layout: Layout) -> Fact:
    """``fact`` (found in the view) with every span, its text and its time mapped to the text as given.

    Spans inside the value (attrs fields, tuples, mappings) are mapped too; the value's
    strings stay as read in the view, so a wrapped and an unwrapped copy agree.
    """
    if not text_layout.changed:
        return fact
    original = text_layout.original
    span = text_layout.span_in_original(fact.span)
    when = fact.when
    if when is not None:
        when_span = text_layout.span_in_original(when.span)
        when = When(when.date, when.granularity, when.text, when_span)
    return Fact(
        fact.kind,
        span,
        original[span.start : span.end],
        _value_in_original(fact.value, text_layout),
        fact.confidence,
        fact.extractor,
        tuple(text_layout.span_in_original(m) for m in fact.mentions),
        when,
        fact.provenance,
    )


def _value_in_original(value: Any, text_layout: Layout) -> Any:
    if isinstance(value, Span):
        return text_layout.span_in_original(value)
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _value_in_original(old, text_layout)
            if new is not old:
                changes[getattr(field, "alias", None) or field.name.lstrip("_")] = new
        return attrs.evolve(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(_value_in_original(v, text_layout) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, list):
        return [_value_in_original(v, text_layout) for v in value]
    if isinstance(value, Mapping):
        mapped = {k: _value_in_original(v, text_layout) for k, v in value.items()}
        return mapped if any(mapped[k] is not value[k] for k in value) else value
    return value
