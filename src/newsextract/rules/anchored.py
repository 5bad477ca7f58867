"""Patterns matched at a given token: starting there, or ending right before it.

:meth:`~newsextract.rules.Rule.matches` searches a text for a pattern. Some readings
are anchored instead: a plugin has found something (a name, a count) and asks what
stands right after it (", the mayor of Brindle,") or right before it ("Defence
Minister" in "Defence Minister Lena Marsh"). :class:`Anchored` answers both over any
token sequence (a stream's tokens, or a plugin's own tokens subclassing
:class:`~newsextract.rules.Token`)::

    TITLE = Anchored("title-before-name", seq(tok(lower={"defence", "foreign"}).opt(), tok(lower="minister")))
    m = TITLE.ending_at(tokens, name_start)       # "Defence Minister" | "Minister" | None
    m = TITLE.starting_at(tokens, i)              # the longest match starting at token i

The pattern is written in reading order either way. Before an anchor it is matched
backwards: its mirror image (:func:`reverse`) runs over the tokens read right to left
from the anchor, so of the matches ending at the anchor the one reaching furthest left
wins, and among equal reaches the captures follow the mirror's priorities (a greedy
repetition takes as many tokens as it can nearest the anchor first). Matching is the
rule layer's linear-time NFA in both directions. The tokens before an anchor are read
through a reversed view, not copied, so a match costs the tokens it reads: ``lo=0``
stays cheap for an anchor late in a long document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, overload

import attrs

from .patterns import (
    DEFAULT_MAX_TOKENS,
    Pattern,
    PatternError,
    PatternLike,
    Program,
    RawMatch,
    _Alt,
    _as_pattern,
    _Capture,
    _Lex,
    _Repeat,
    _Seq,
    _Test,
    compile_pattern,
)
from .tokens import Token

__all__ = ["Anchored", "AnchoredMatch", "longest", "reverse"]

#: Up to this many tokens before an anchor are copied, reversed, for a backward match (a
#: short list is cheaper to copy than to read through :class:`_Backwards`); a longer stretch
#: is read through the view, so a match costs the tokens it reads, not the tokens before it.
COPY_UP_TO: Final = 128


def reverse(pattern: PatternLike) -> Pattern:
    """The mirror image of ``pattern``: it matches exactly the reversed token runs ``pattern`` matches.

    Sequences are reversed at every level; alternatives keep their order, repetitions
    their bounds and greed, captures their names. A :func:`~newsextract.rules.lex`
    lexicon with entries of several tokens ("shot down") has no mirror image and
    raises :class:`~newsextract.rules.PatternError`.
    """
    node = _as_pattern(pattern)
    if isinstance(node, _Test):
        return node
    if isinstance(node, _Lex):
        if node.lexicon.longest > 1:
            raise PatternError(f"lexicon {node.lexicon.name!r} has entries of several tokens: it cannot be matched backwards")
        return node
    if isinstance(node, _Seq):
        return _Seq(tuple(reverse(item) for item in reversed(node.items)))
    if isinstance(node, _Alt):
        return _Alt(tuple(reverse(item) for item in node.items))
    if isinstance(node, _Repeat):
        return _Repeat(reverse(node.item), node.least, node.most)
    if isinstance(node, _Capture):
        return _Capture(node.name, reverse(node.item))
    raise TypeError(f"not a pattern node: {node!r}")


def longest(pattern: PatternLike) -> int | None:
    """The most tokens one match of ``pattern`` can take, or None when a repetition is unbounded."""
    node = _as_pattern(pattern)
    if isinstance(node, _Test):
        return 1
    if isinstance(node, _Lex):
        return node.lexicon.longest
    if isinstance(node, _Capture):
        return longest(node.item)
    if isinstance(node, _Repeat):
        inner = longest(node.item)
        return None if inner is None or (node.most is None and inner) else inner * (node.most or 0)
    if isinstance(node, (_Seq, _Alt)):
        parts = [longest(item) for item in node.items]
        if any(part is None for part in parts):
            return None
        sizes = [part for part in parts if part is not None]
        return sum(sizes) if isinstance(node, _Seq) else max(sizes, default=0)
    raise TypeError(f"not a pattern node: {node!r}")


@attrs.frozen
class AnchoredMatch:
    """Where an anchored pattern matched: token indexes ``[start, end)`` of the sequence given.

    ``captures`` maps each capture that took part to its ``(start, end)`` token ranges,
    in text order (a capture inside a repetition has one range per repetition).
    """

    start: int
    end: int
    captures: Mapping[str, tuple[tuple[int, int], ...]]

    def get(self, name: str) -> tuple[int, int] | None:
        """The (last, in text order) range of capture ``name``, or None when it did not take part."""
        spans = self.captures.get(name)
        return spans[-1] if spans else None

    def has(self, name: str) -> bool:
        """True when capture ``name`` took part and covers at least one token."""
        return any(end > start for start, end in self.captures.get(name, ()))


@attrs.frozen(eq=False)
class Anchored:
    """A named pattern matched at a given token: :meth:`starting_at` or :meth:`ending_at` it.

    Both programs are compiled here (the pattern and its mirror image, see
    :func:`reverse`); a bad pattern raises :class:`~newsextract.rules.PatternError`
    naming ``rule``. ``max_tokens`` bounds one match, as for a :class:`~newsextract.rules.Rule`.
    """

    rule: str
    pattern: PatternLike = attrs.field(repr=False)
    max_tokens: int = DEFAULT_MAX_TOKENS
    forward: Program = attrs.field(init=False, repr=False)
    backward: Program = attrs.field(init=False, repr=False)
    #: the most tokens one match can take (None: unbounded), see :func:`longest`
    longest: int | None = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "forward", compile_pattern(self.pattern, self.rule, self.max_tokens))
        object.__setattr__(self, "backward", compile_pattern(reverse(self.pattern), self.rule, self.max_tokens))
        object.__setattr__(self, "longest", longest(self.pattern))

    def starting_at(self, tokens: Sequence[Token], at: int, hi: int | None = None) -> AnchoredMatch | None:
        """The longest match starting exactly at token ``at`` and ending by ``hi`` (default: the end)."""
        stop = len(tokens) if hi is None else min(hi, len(tokens))
        if at >= stop or not self.forward._may_start(tokens, at, stop):
            return None  # the first token already fails: no need to run the program
        raw = self.forward.match_at(tokens, at, stop)
        return None if raw is None else AnchoredMatch(raw.start, raw.end, raw.captures())

    def may_end_with(self, token: Token) -> bool:
        """False when no match can end with ``token``: a cheap test (the pattern's last token
        tests only) for a caller that can skip building the tokens before an anchor."""
        return self.backward._may_start((token,), 0, 1)

    def ending_at(self, tokens: Sequence[Token], at: int, lo: int = 0) -> AnchoredMatch | None:
        """The match ending right before token ``at`` that reaches furthest left, not before ``lo``."""
        if self.longest is not None:
            lo = max(lo, at - self.longest)  # no match reaches further: the same result, fewer tokens
        if at <= lo:
            return None
        backwards = tokens[lo:at][::-1] if at - lo <= COPY_UP_TO else _Backwards(tokens, lo, at)
        if not self.backward._may_start(backwards, 0, len(backwards)):
            return None
        raw = self.backward.match_at(backwards, 0)
        return None if raw is None else _forwards(raw, at)


class _Backwards(Sequence[Token]):
    """``tokens[lo:at]`` read right to left without copying them: item ``i`` is ``tokens[at - 1 - i]``.

    The matcher reads a token only while a thread is alive there, so a backward match
    from an anchor late in a long document costs what it reads, not the whole prefix.
    """

    __slots__ = ("_last", "_size", "_tokens")

    def __init__(self, tokens: Sequence[Token], lo: int, at: int) -> None:
        self._tokens = tokens
        self._last = at - 1
        self._size = at - lo

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._size))]
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError(index)
        return self._tokens[self._last - index]


def _forwards(raw: RawMatch, at: int) -> AnchoredMatch:
    """A match over the tokens read backwards from ``at``, in the tokens' own order."""
    captures = {
        name: tuple(sorted((at - end, at - start) for start, end in spans)) for name, spans in raw.captures().items() if spans
    }
    return AnchoredMatch(at - raw.end, at - raw.start, captures)
