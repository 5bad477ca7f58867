"""Token patterns as data, compiled to a Thompson NFA and matched without backtracking.

A pattern is built from per-token tests and combinators::

    from newsextract.rules import QTY, lex, opt, seq, tok

    ARRESTED = seq(
        lex(ARREST_VERBS).capture("verb"),
        QTY.capture("count"),
        opt(tok(kind="word").rep(0, 2)),
        lex(PEOPLE).capture("who"),
    )

Tests on one token: :func:`tok` (``text``, ``lower``, ``shape``, ``kind``, ``regex``,
``quantity``, ``title``, ``where``; several at once must all hold), :func:`lex` (a
:class:`~newsextract.rules.Lexicon` entry, possibly several tokens: "shot down"),
:func:`phrase` (a fixed run of words). Combinators: :func:`seq` (also ``a + b`` or a
plain list), :func:`alt` (also ``a | b``), :func:`opt` (``?``), ``.star()`` (``*``),
``.plus()`` (``+``), ``.rep(m, n)`` (``{m,n}``), ``.capture(name)``. A capture inside a
repetition records every repetition (see :meth:`Match.all`).

Patterns are checked when a :class:`~newsextract.rules.Rule` compiles them: a bad
regular expression, an unknown token kind, a repetition of something that can match
no tokens, a pattern that can match nothing at all, or a bad bound raises
:class:`PatternError` naming the rule.

Matching semantics: **leftmost-longest**. The compiled program is simulated as a
*set* of NFA states over the tokens (Thompson NFA, Pike VM): a thread may start at
every token, each state holds at most one thread per token (the earliest-starting,
then the highest-priority one), so nested optional and repeated elements cost nothing
extra. The leftmost match wins; it is extended to the longest match at most
``max_tokens`` tokens long (a first-found match that is already longer is kept as it
is); the search resumes after it (matches never overlap). Among paths giving that match, captures follow priority: greedy
repetitions prefer more, alternatives prefer the earlier branch, a lexicon prefers
its longer entries. The work is at most ``tokens x states`` per pass plus
``max_tokens x states`` per match: linear in the text by construction. No regular
expression engine and no clock is involved, so what a rule finds never depends on
machine load.
"""

from __future__ import annotations

import bisect
import keyword
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Final, Union

import attrs
import regex

from newsextract.text.numbers import Quantity

from .lexicon import Lexicon
from .tokens import NUMBER, PUNCT, QUANTITY, QUOTE, SYMBOL, WORD, Token

__all__ = [
    "ANY",
    "QTY",
    "Pattern",
    "PatternError",
    "Program",
    "alt",
    "compile_pattern",
    "lex",
    "opt",
    "phrase",
    "seq",
    "tok",
]

KINDS: Final = frozenset({WORD, NUMBER, QUANTITY, PUNCT, QUOTE, SYMBOL})
#: Upper bound on ``.rep(m, n)`` counts: a bounded repetition is unrolled into states.
MAX_REPEAT: Final = 64
#: Default and hard upper bound on the length of one match, in tokens.
DEFAULT_MAX_TOKENS: Final = 64
MAX_MAX_TOKENS: Final = 512


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message names the rule."""


class Pattern:
    """A node of a token pattern. Build them with :func:`tok`, :func:`lex`, :func:`seq` ..."""

    __slots__ = ()

    def __add__(self, other: PatternLike) -> Pattern:
        return seq(self, other)

    def __radd__(self, other: PatternLike) -> Pattern:
        return seq(other, self)

    def __or__(self, other: PatternLike) -> Pattern:
        return alt(self, other)

    def opt(self) -> Pattern:
        """This element or nothing (``?``)."""
        return _Repeat(self, 0, 1)

    def star(self) -> Pattern:
        """Zero or more of this element (``*``)."""
        return _Repeat(self, 0, None)

    def plus(self) -> Pattern:
        """One or more of this element (``+``)."""
        return _Repeat(self, 1, None)

    def rep(self, least: int, most: int | None) -> Pattern:
        """Between ``least`` and ``most`` repetitions (``{m,n}``; ``most=None``: no upper bound)."""
        return _Repeat(self, least, most)

    def capture(self, name: str) -> Pattern:
        """Record the tokens this element matched under ``name``."""
        return _Capture(name, self)

    def __call__(self, name: str) -> Pattern:
        """Shorthand for :meth:`capture`: ``QTY("count")``."""
        return _Capture(name, self)

    def describe(self) -> str:
        """A short readable form, for error messages and ``explain``."""
        raise NotImplementedError


PatternLike = Union[Pattern, Sequence["PatternLike"]]  # noqa: UP007 (a runtime alias: | cannot take a string)


def _as_pattern(item: PatternLike) -> Pattern:
    if isinstance(item, Pattern):
        return item
    if isinstance(item, (list, tuple)):
        return seq(*item)
    raise TypeError(f"not a pattern: {item!r} (build one with tok(), lex(), seq() ...)")


@attrs.frozen(eq=False)
class _Test(Pattern):
    conditions: tuple[tuple[str, Any], ...]

    def describe(self) -> str:
        if not self.conditions:
            return "ANY"
        return "tok(" + ", ".join(f"{k}={_short(v)}" for k, v in self.conditions) + ")"


@attrs.frozen(eq=False)
class _Lex(Pattern):
    lexicon: Lexicon

    def describe(self) -> str:
        return f"lex({self.lexicon.name})"


@attrs.frozen(eq=False)
class _Seq(Pattern):
    items: tuple[Pattern, ...]

    def describe(self) -> str:
        return " ".join(i.describe() for i in self.items)


@attrs.frozen(eq=False)
class _Alt(Pattern):
    items: tuple[Pattern, ...]

    def describe(self) -> str:
        return "(" + " | ".join(i.describe() for i in self.items) + ")"


@attrs.frozen(eq=False)
class _Repeat(Pattern):
    item: Pattern
    least: int
    most: int | None

    def describe(self) -> str:
        inner = self.item.describe()
        suffix = {(0, 1): "?", (0, None): "*", (1, None): "+"}.get((self.least, self.most))
        return f"({inner}){suffix or '{' + str(self.least) + ',' + ('' if self.most is None else str(self.most)) + '}'}"


@attrs.frozen(eq=False)
class _Capture(Pattern):
    name: str
    item: Pattern

    def describe(self) -> str:
        return f"{self.name}:({self.item.describe()})"


def _short(value: Any) -> str:
    if isinstance(value, (set, frozenset)):
        items = sorted(map(str, value))
        return "{" + ", ".join(repr(i) for i in items[:4]) + (", ..." if len(items) > 4 else "") + "}"
    if callable(value):
        return getattr(value, "__name__", "fn")
    return repr(value)


_TEST_KEYS: Final = ("text", "lower", "shape", "kind", "regex", "quantity", "title", "where")


def tok(
    text: str | Iterable[str] | None = None,
    *,
    lower: str | Iterable[str] | None = None,
    shape: str | Iterable[str] | None = None,
    kind: str | Iterable[str] | None = None,
    regex: str | None = None,
    quantity: bool | Callable[[Quantity], bool] | None = None,
    title: bool | None = None,
    where: Callable[[Token], bool] | None = None,
) -> Pattern:
    """A test on exactly one token; every condition given must hold.

    ``text``: the token's text, case-sensitive (a string or a set of strings);
    ``lower``: its lower-cased form ("police" or ``{"police", "officers"}``);
    ``shape``: its shape ("dd", "Xx-ddd"); ``kind``: "word", "number", "quantity",
    "punct", "quote" or "symbol" (or a set); ``regex``: a regular expression the
    whole token text must match; ``quantity``: True for a count token, or a test
    on its :class:`~newsextract.text.Quantity`; ``title``: capitalised word or not;
    ``where``: any test on the :class:`Token`. ``tok()`` alone matches any token.
    """
    given = {
        "text": text,
        "lower": lower,
        "shape": shape,
        "kind": kind,
        "regex": regex,
        "quantity": quantity,
        "title": title,
        "where": where,
    }
    conditions = []
    for key in _TEST_KEYS:
        value = given[key]
        if value is None:
            continue
        if key in ("text", "lower", "shape", "kind") and not isinstance(value, str):
            value = frozenset(value)  # type: ignore[arg-type]
        conditions.append((key, value))
    return _Test(tuple(conditions))


def lex(lexicon: Lexicon) -> Pattern:
    """An entry of ``lexicon`` (one or more tokens: "fled", "shot down", "forced to flee")."""
    if not isinstance(lexicon, Lexicon):
        raise TypeError(f"lex() needs a Lexicon, got {type(lexicon).__name__}")
    return _Lex(lexicon)


def phrase(words: str) -> Pattern:
    """A fixed run of words, case-insensitive: ``phrase("as well as")``."""
    parts = words.split()
    if not parts:
        raise ValueError("phrase() needs at least one word")
    return seq(*(tok(lower=p.lower()) for p in parts)) if len(parts) > 1 else tok(lower=parts[0].lower())


def seq(*items: PatternLike) -> Pattern:
    """The items one after another."""
    flat = tuple(_as_pattern(i) for i in items)
    return flat[0] if len(flat) == 1 else _Seq(flat)


def alt(*items: PatternLike) -> Pattern:
    """Any one of the items (the earlier preferred when captures differ)."""
    return _Alt(tuple(_as_pattern(i) for i in items))


def opt(*items: PatternLike) -> Pattern:
    """The items (in sequence) or nothing."""
    return _Repeat(seq(*items), 0, 1)


ANY: Final[Pattern] = tok()
"""Any one token."""
QTY: Final[Pattern] = tok(kind=QUANTITY)
"""One count token ("more than 3,000", "two dozen", "all but one of")."""


# ------------------------------------------------------------------ compilation

# Instructions: (opcode, argument, next pc / targets)
_TOK, _LEX, _SPLIT, _OPEN, _CLOSE, _MATCH = range(6)

Instruction = tuple[int, Any, Any]


@attrs.frozen(eq=False)
class _Starts:
    """Token positions where a pattern may start, sorted and as a set."""

    positions: list[int]
    members: frozenset[int]


class _StreamIndex:
    """Positions of each lower-cased form and kind in one token sequence, built once.

    Lets a pattern whose first token is one of a few words jump from one occurrence to
    the next instead of testing every token. A few recent sequences are kept (holding
    them keeps their ``id`` from being reused while cached).
    """

    _recent: ClassVar[dict[int, _StreamIndex]] = {}
    _KEEP: ClassVar[int] = 8
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        by_lower: defaultdict[str, list[int]] = defaultdict(list)
        # one pass over every token (the by-kind lists are built when a kind is asked for:
        # few patterns start with one, and a few kinds are asked for per stream)
        for i, lower in enumerate([token.lower for token in tokens]):
            by_lower[lower].append(i)
        self.by_lower: dict[str, list[int]] = by_lower
        self._by_kind: dict[str, list[int]] = {}
        # per program (held, so its id stays unique while cached): where it may start, and
        # the positions of the words one of which each of its matches holds
        self._starts: dict[int, tuple[object, _Starts]] = {}
        self._required: dict[int, tuple[object, list[int]]] = {}

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> _StreamIndex:
        """The index of ``tokens`` (built on first use)."""
        found = cls._recent.get(id(tokens))
        if found is not None and found.tokens is tokens:
            return found
        built = cls(tokens)
        with cls._lock:
            while len(cls._recent) >= cls._KEEP:
                cls._recent.pop(next(iter(cls._recent)))
            cls._recent[id(tokens)] = built
        return built

    def positions(self, lowers: frozenset[str], kinds: frozenset[str] = frozenset()) -> list[int]:
        """Sorted positions of the tokens whose lower-cased form is in ``lowers`` or kind in ``kinds``."""
        words = lowers if len(lowers) < len(self.by_lower) else self.by_lower.keys() & lowers
        merged = {i for w in words for i in self.by_lower.get(w, ())}
        merged.update(i for k in kinds for i in self.of_kind(k))
        return sorted(merged)

    def of_kind(self, kind: str) -> list[int]:
        """Sorted positions of the tokens of kind ``kind``."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [i for i, token in enumerate(self.tokens) if token.kind == kind]
        return found

    def required_for(self, program: Program) -> list[int]:
        """Sorted positions of the tokens one of which every match of ``program`` holds."""
        held = self._required.get(id(program))
        if held is None:
            held = self._required[id(program)] = (program, self.positions(program._required or frozenset()))
        return held[1]

    def starts_for(self, program: object, lowers: frozenset[str], kinds: frozenset[str]) -> _Starts:
        """Where ``program`` (whose first token has one of ``lowers`` or ``kinds``) may start."""
        held = self._starts.get(id(program))
        if held is None:
            positions = self.positions(lowers, kinds)
            held = self._starts[id(program)] = (program, _Starts(positions, frozenset(positions)))
        return held[1]


@attrs.frozen(eq=False)
class Program:
    """A compiled pattern: NFA instructions plus the start state's first-token tests."""

    rule: str
    instructions: tuple[Instruction, ...]
    max_tokens: int
    captures: frozenset[str]
    _first: tuple[Instruction, ...]
    _closures: tuple[tuple[tuple[int, tuple[tuple[int, str], ...]], ...], ...]
    _start_lowers: frozenset[str] | None = None
    _start_kinds: frozenset[str] = frozenset()
    _required: frozenset[str] | None = None

    def finditer(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> Iterator[RawMatch]:
        """Leftmost-longest, non-overlapping matches inside tokens ``[lo, hi)``."""
        stop = len(tokens) if hi is None else min(hi, len(tokens))
        if lo >= stop:
            return iter(())
        # Every match holds a token whose lower-cased form is in ``_required`` (when known):
        # where none is left in the range, the search stops without running the VM. Most
        # sentences lack a rule's rarer words ("both", "'s"), and the VM scan was the cost.
        return self._finditer(tokens, lo, stop, *self._lookups(tokens))

    def _finditer(
        self, tokens: Sequence[Token], pos: int, stop: int, needed: Sequence[int] | None, starts: _Starts | None
    ) -> Iterator[RawMatch]:
        """:meth:`finditer` over ``[pos, stop)`` with the stream's look-ups done by the caller
        (once per stream, not per sentence): :meth:`_lookups`."""
        while pos < stop:
            if needed is not None:
                k = bisect.bisect_left(needed, pos)
                if k == len(needed) or needed[k] >= stop:
                    return
            found = self._search(tokens, pos, stop, False, starts)
            if found is None:
                return
            yield found
            pos = found.end

    def match_at(self, tokens: Sequence[Token], start: int, hi: int | None = None) -> RawMatch | None:
        """The longest match starting exactly at token ``start`` (or None)."""
        stop = len(tokens) if hi is None else min(hi, len(tokens))
        return self._search(tokens, start, stop, True, None) if start < stop else None

    def _may_start(self, tokens: Sequence[Token], pos: int, stop: int) -> bool:
        token = tokens[pos]
        # when every first test is a lower/kind set or a lexicon, two set lookups decide
        if self._start_lowers is not None and token.lower not in self._start_lowers and token.kind not in self._start_kinds:
            return False
        for op, arg, _ in self._first:
            if op == _TOK:
                if arg(token):
                    return True
            elif arg.lengths_at(tokens, pos, stop):
                return True
        return False

    def _starts_in(self, tokens: Sequence[Token]) -> _Starts | None:
        """Where in ``tokens`` this pattern may start, when its first tests are plain word or kind
        sets (looked up once per stream in an index of the stream's words), else None."""
        if self._start_lowers is None:
            return None
        index = _StreamIndex.of(tokens)
        return index.starts_for(self, self._start_lowers, self._start_kinds)

    def start_positions(self, tokens: Sequence[Token]) -> Sequence[int] | None:
        """Sorted token positions at which this pattern may start (a superset of where it
        matches), or None when its first token is not a plain word, lexicon or kind test."""
        starts = self._starts_in(tokens)
        return None if starts is None else starts.positions

    def required_positions(self, tokens: Sequence[Token]) -> Sequence[int] | None:
        """Sorted positions of the tokens one of which every match of this pattern holds
        (a match lies around one of them), or None when no such word set is known."""
        if self._required is None:
            return None
        return _StreamIndex.of(tokens).required_for(self)

    def _lookups(self, tokens: Sequence[Token]) -> tuple[Sequence[int] | None, _Starts | None]:
        """``(required_positions(tokens), _starts_in(tokens))`` with one index look-up (the
        first None when the second holds no position: no match either way)."""
        if self._required is None and self._start_lowers is None:
            return None, None
        index = _StreamIndex.of(tokens)
        starts = None if self._start_lowers is None else index.starts_for(self, self._start_lowers, self._start_kinds)
        if self._required is None or (starts is not None and not starts.positions):
            return None, starts  # nowhere to start: the needed words do not matter
        return index.required_for(self), starts

    def _next_start(self, tokens: Sequence[Token], pos: int, stop: int, starts: _Starts | None, anchored: bool) -> int:
        """The first position from ``pos`` where the pattern may start (``stop`` when none;
        anchored: ``pos`` itself or ``stop``)."""
        if starts is not None:
            positions = starts.positions
            k = bisect.bisect_left(positions, pos)
            while k < len(positions) and positions[k] < stop:
                if self._may_start(tokens, positions[k], stop):
                    return positions[k]
                k += 1
            return stop
        while pos < stop and not self._may_start(tokens, pos, stop):
            if anchored:
                return stop
            pos += 1
        return pos

    def _search(self, tokens: Sequence[Token], begin: int, stop: int, anchored: bool, starts: _Starts | None) -> RawMatch | None:
        """One pass of the Pike VM from ``begin``: the leftmost match, extended as far as it goes.

        A thread is seeded at every token (only at ``begin`` when anchored) until a
        match is found; each NFA state holds one thread per position, the one with
        the earliest start (so the work per token is bounded by the number of
        states). Once a match is found no thread starts any more, later-starting
        threads are dropped, and the rest run on to at most ``max_tokens`` tokens
        from the match's start to find the longest extension. ``starts``: where the
        pattern may start (``_starts_in``), None when anchored or unknown.
        """
        prog = self.instructions
        add = self._add
        agenda: dict[int, dict[int, Any]] = {}
        best: RawMatch | None = None
        best_start = -1  # best.start, read per thread
        cutoff = stop
        pos = begin
        may_start = self._may_start
        members = None if starts is None else starts.members
        while pos <= cutoff:
            if not agenda and best is None:
                # nothing running: skip cheaply to the next token where the pattern may start
                if anchored and pos > begin:
                    break
                pos = self._next_start(tokens, pos, stop, starts, anchored)
                if pos >= stop:
                    break
                add(agenda, pos, 0, pos, None)
            elif (
                best is None
                and pos < stop
                and not anchored
                and (members is None or pos in members)
                and may_start(tokens, pos, stop)
            ):
                add(agenda, pos, 0, pos, None)
            threads = agenda.pop(pos, None)
            if threads is None:
                if not agenda and (best is not None or anchored or pos >= stop):
                    break
                pos += 1
                continue
            token = tokens[pos] if pos < stop else None
            for pc, thread in threads.items():
                start = thread[0]
                if best is not None and start > best_start:
                    continue
                op, arg, nxt = prog[pc]
                if op == _MATCH:
                    if best is None or start < best_start or (start == best_start and pos > best.end):
                        if best is None:
                            cutoff = min(stop, max(pos, start + self.max_tokens))
                        best = RawMatch(start, pos, thread[1])
                        best_start = start
                elif token is None:
                    continue
                elif op == _TOK:
                    if arg(token):
                        add(agenda, pos + 1, nxt, start, thread[1])
                else:  # _LEX
                    for size in arg.lengths_at(tokens, pos, stop):
                        add(agenda, pos + size, nxt, start, thread[1])
            pos += 1
        return best

    def _add(self, agenda: dict[int, dict[int, Any]], pos: int, pc: int, start: int, events: Any) -> None:
        """Add the epsilon closure of ``pc`` at ``pos`` for a thread that started at ``start``.

        Closures are computed once at compile time (each epsilon state visited once,
        first path first: chains of optional elements cannot multiply paths). Every
        consuming state holds at most one thread per position: the earliest-starting
        one, and among equal starts the first (highest-priority) path.
        """
        threads = agenda.get(pos)
        if threads is None:
            threads = agenda[pos] = {}
        for target, ops in self._closures[pc]:
            held = threads.get(target)
            if held is not None and held[0] <= start:
                continue
            chained = events
            for op, name in ops:
                chained = (chained, op, name, pos)
            threads[target] = (start, chained)


@attrs.frozen
class RawMatch:
    """Token range of one match and its capture events (see :class:`~newsextract.rules.Match`)."""

    start: int
    end: int
    events: Any = attrs.field(repr=False, eq=False)

    def captures(self) -> dict[str, tuple[tuple[int, int], ...]]:
        """Every capture as ``name -> ((start, end), ...)`` in text order."""
        flat = []
        node = self.events
        while node is not None:
            node, op, name, pos = node
            flat.append((op, name, pos))
        flat.reverse()
        open_at: dict[str, list[int]] = {}
        out: dict[str, list[tuple[int, int]]] = {}
        for op, name, pos in flat:
            if op == _OPEN:
                open_at.setdefault(name, []).append(pos)
            elif open_at.get(name):
                out.setdefault(name, []).append((open_at[name].pop(), pos))
        return {name: tuple(sorted(spans)) for name, spans in out.items()}


class _Compiler:
    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.code: list[list[Any]] = []
        self.captures: set[str] = set()

    def fail(self, message: str) -> PatternError:
        return PatternError(f"rule {self.rule!r}: {message}")

    def emit(self, op: int, arg: Any = None, nxt: Any = None) -> int:
        self.code.append([op, arg, nxt])
        return len(self.code) - 1

    def nullable(self, node: Pattern) -> bool:
        if isinstance(node, (_Test, _Lex)):
            return False
        if isinstance(node, _Seq):
            return all(self.nullable(i) for i in node.items)
        if isinstance(node, _Alt):
            return any(self.nullable(i) for i in node.items)
        if isinstance(node, _Repeat):
            return node.least == 0 or self.nullable(node.item)
        if isinstance(node, _Capture):
            return self.nullable(node.item)
        raise self.fail(f"not a pattern: {node!r}")

    def gen(self, node: Pattern, nxt: int) -> int:
        """Emit code for ``node`` continuing at ``nxt``; return its entry pc (built back to front)."""
        if isinstance(node, _Test):
            return self.emit(_TOK, _predicate(node, self.fail), nxt)
        if isinstance(node, _Lex):
            return self.emit(_LEX, node.lexicon, nxt)
        if isinstance(node, _Seq):
            if not node.items:
                raise self.fail("empty sequence")
            for item in reversed(node.items):
                nxt = self.gen(item, nxt)
            return nxt
        if isinstance(node, _Alt):
            if not node.items:
                raise self.fail("alt() needs at least one alternative")
            return self.emit(_SPLIT, None, [self.gen(i, nxt) for i in node.items])
        if isinstance(node, _Capture):
            if not (node.name.isidentifier() and not keyword.iskeyword(node.name)):
                raise self.fail(f"capture name {node.name!r} is not an identifier")
            self.captures.add(node.name)
            close = self.emit(_CLOSE, node.name, nxt)
            return self.emit(_OPEN, node.name, self.gen(node.item, close))
        if isinstance(node, _Repeat):
            return self.gen_repeat(node, nxt)
        raise self.fail(f"not a pattern: {node!r}")

    def gen_repeat(self, node: _Repeat, nxt: int) -> int:
        least, most = node.least, node.most
        if not isinstance(least, int) or least < 0 or (most is not None and (not isinstance(most, int) or most < least)):
            raise self.fail(f"bad repetition bounds {{{least},{most}}} in {node.describe()}")
        if most == 0:
            raise self.fail(f"repetition {{0,0}} matches nothing: {node.describe()}")
        if max(least, most or 0) > MAX_REPEAT:
            raise self.fail(f"repetition bound over {MAX_REPEAT} in {node.describe()}")
        if self.nullable(node.item):
            raise self.fail(f"repeated element can match no tokens: {node.describe()}")
        if most is None:
            # loop: split -> item -> back to split | nxt
            split = self.emit(_SPLIT, None, None)
            body = self.gen(node.item, split)
            self.code[split][2] = [body, nxt]
            entry = split
        else:
            entry = nxt
            for _ in range(most - least):  # optional copies, nested: (x(x(x)?)?)?
                body = self.gen(node.item, entry)
                entry = self.emit(_SPLIT, None, [body, nxt])  # each copy may stop straight at nxt
        for _ in range(least):
            entry = self.gen(node.item, entry)
        return entry


class _Simple:
    """A one-condition test on ``lower`` or ``kind``: the VM can skip tokens with a set lookup."""

    __slots__ = ("key", "values")

    def __init__(self, key: str, values: frozenset[str]) -> None:
        self.key = key
        self.values = values

    def __call__(self, token: Token) -> bool:
        return (token.lower if self.key == "lower" else token.kind) in self.values


class _TextIn:
    """A test on the exact ``text``. A token's ``lower`` is its text lower-cased, so the
    VM can still skip to the tokens whose ``lower`` is one of :attr:`lowers` (a superset
    of the matches): without this, a pattern opening with ``tok(text=",")`` was tried at
    every token of the text."""

    __slots__ = ("lowers", "values")

    def __init__(self, values: frozenset[str]) -> None:
        self.values = values
        self.lowers = frozenset(v.lower() for v in values)

    def __call__(self, token: Token) -> bool:
        return token.text in self.values


def _attribute_in(key: str, values: frozenset[str]) -> Callable[[Token], bool]:
    if key in ("lower", "kind"):
        return _Simple(key, values)
    if key == "text":
        return _TextIn(values)

    def check(token: Token) -> bool:
        return bool(getattr(token, key) in values)

    return check


def _attribute_is(key: str, value: str) -> Callable[[Token], bool]:
    if key in ("lower", "kind"):
        return _Simple(key, frozenset({value}))
    if key == "text":
        return _TextIn(frozenset({value}))

    def check(token: Token) -> bool:
        return bool(getattr(token, key) == value)

    return check


def _regex_check(compiled: regex.Pattern[str]) -> Callable[[Token], bool]:
    def check(token: Token) -> bool:
        # a token is short; the length guard keeps a 100,000-digit "token" cheap
        return len(token.text) <= 200 and compiled.fullmatch(token.text) is not None

    return check


def _quantity_check(test: Callable[[Quantity], bool]) -> Callable[[Token], bool]:
    def check(token: Token) -> bool:
        return token.quantity is not None and bool(test(token.quantity))

    return check


def _token_check(test: Callable[[Token], bool]) -> Callable[[Token], bool]:
    def check(token: Token) -> bool:
        return bool(test(token))

    return check


def _title_check(wanted: bool) -> Callable[[Token], bool]:
    def check(token: Token) -> bool:
        return token.is_title == wanted

    return check


def _all_of(checks: Sequence[Callable[[Token], bool]]) -> Callable[[Token], bool]:
    if len(checks) == 1:
        return checks[0]

    def check(token: Token) -> bool:
        return all(c(token) for c in checks)

    return check


def _predicate(node: _Test, fail: Callable[[str], PatternError]) -> Callable[[Token], bool]:
    """One function testing every condition of a :func:`tok` node; validates them."""
    checks: list[Callable[[Token], bool]] = []
    for key, value in node.conditions:
        if key in ("text", "lower", "shape"):
            values = value if isinstance(value, frozenset) else frozenset({value})
            if not values or not all(isinstance(v, str) for v in values):
                raise fail(f"tok({key}=...) needs strings, got {value!r}")
            if key == "lower" and any(v != v.lower() for v in values):
                raise fail(f"tok(lower=...) must be lower case: {sorted(values)!r}")
            checks.append(_attribute_is(key, value) if isinstance(value, str) else _attribute_in(key, values))
        elif key == "kind":
            kinds = frozenset({value}) if isinstance(value, str) else frozenset(value)
            unknown = kinds - KINDS
            if unknown or not kinds:
                raise fail(f"unknown token kind {sorted(unknown)!r}; kinds are {sorted(KINDS)!r}")
            checks.append(_attribute_in("kind", kinds))
        elif key == "regex":
            try:
                compiled = regex.compile(value, regex.VERSION0)
            except (regex.error, TypeError) as exc:
                raise fail(f"bad regex {value!r}: {exc}") from None
            checks.append(_regex_check(compiled))
        elif key == "quantity":
            if value is True or value is False:
                checks.append(_attribute_is("kind", QUANTITY) if value else _quantity_none)
            elif callable(value):
                checks.append(_quantity_check(value))
            else:
                raise fail(f"tok(quantity=...) needs True, False or a function, got {value!r}")
        elif key == "title":
            checks.append(_title_check(bool(value)))
        elif key == "where":
            if not callable(value):
                raise fail(f"tok(where=...) needs a function, got {value!r}")
            checks.append(_token_check(value))
    return _all_of(checks) if checks else _anything


def _anything(token: Token) -> bool:
    return True


def _quantity_none(token: Token) -> bool:
    return token.quantity is None


def compile_pattern(pattern: PatternLike, rule: str, max_tokens: int = DEFAULT_MAX_TOKENS) -> Program:
    """Validate and compile ``pattern`` for rule ``rule`` (errors name the rule)."""
    compiler = _Compiler(rule)
    try:
        node = _as_pattern(pattern)
    except TypeError as exc:
        raise compiler.fail(str(exc)) from None
    if not isinstance(max_tokens, int) or not 1 <= max_tokens <= MAX_MAX_TOKENS:
        raise compiler.fail(f"max_tokens must be 1..{MAX_MAX_TOKENS}, got {max_tokens!r}")
    if compiler.nullable(node):
        raise compiler.fail(f"pattern can match no tokens at all: {node.describe()}")
    match = compiler.emit(_MATCH)
    entry = compiler.gen(node, match)
    # Renumber so the entry is pc 0 (the VM starts there).
    order = [entry] + [pc for pc in range(len(compiler.code)) if pc != entry]
    new_pc = {old: new for new, old in enumerate(order)}
    instructions = []
    for old in order:
        op, arg, nxt = compiler.code[old]
        if op == _SPLIT:
            nxt = [new_pc[t] for t in nxt]
        elif nxt is not None:
            nxt = new_pc[nxt]
        instructions.append((op, arg, tuple(nxt) if isinstance(nxt, list) else nxt))
    first = _first_consumers(instructions)
    closures = tuple(_closure(instructions, pc) for pc in range(len(instructions)))
    lowers, kinds = _start_sets(first)
    return Program(
        rule, tuple(instructions), max_tokens, frozenset(compiler.captures), first, closures, lowers, kinds, _required(node)
    )


def _required(node: Pattern) -> frozenset[str] | None:
    """Lower-cased forms one of which every match of ``node`` has as a token, or None when
    unknown. A token's ``lower`` is its text lower-cased, and a lexicon match starts with
    one of the lexicon's first words."""
    if isinstance(node, _Test):
        for key, value in node.conditions:
            if key in ("lower", "text"):
                values = value if isinstance(value, frozenset) else frozenset({value})
                return frozenset(v.lower() for v in values)
        return None
    if isinstance(node, _Lex):
        return node.lexicon.first_words
    if isinstance(node, _Capture):
        return _required(node.item)
    if isinstance(node, _Repeat):
        return _required(node.item) if node.least >= 1 else None
    if isinstance(node, _Alt):
        parts = [_required(item) for item in node.items]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    if isinstance(node, _Seq):
        # any required item would do; the smallest set is the likeliest to be rare
        known = [r for r in map(_required, node.items) if r is not None]
        return min(known, key=len) if known else None
    return None


def _start_sets(first: Sequence[Instruction]) -> tuple[frozenset[str] | None, frozenset[str]]:
    """Lower-cased forms and kinds a first token must have, or (None, {}) when a test is more complex."""
    lowers: set[str] = set()
    kinds: set[str] = set()
    for op, arg, _ in first:
        if op == _LEX:
            lowers.update(arg.first_words)
        elif isinstance(arg, _Simple):
            (lowers if arg.key == "lower" else kinds).update(arg.values)
        elif isinstance(arg, _TextIn):
            lowers.update(arg.lowers)
        else:
            return None, frozenset()
    return frozenset(lowers), frozenset(kinds)


def _closure(instructions: Sequence[Instruction], pc: int) -> tuple[tuple[int, tuple[tuple[int, str], ...]], ...]:
    """The consuming (and match) states reachable from ``pc`` without consuming, in
    priority order, each with the capture operations on its first path."""
    out: list[tuple[int, tuple[tuple[int, str], ...]]] = []
    seen: set[int] = set()
    stack: list[tuple[int, tuple[tuple[int, str], ...]]] = [(pc, ())]
    while stack:
        at, ops = stack.pop()
        if at in seen:
            continue
        seen.add(at)
        op, arg, nxt = instructions[at]
        if op == _SPLIT:
            stack.extend((target, ops) for target in reversed(nxt))
        elif op in (_OPEN, _CLOSE):
            stack.append((nxt, (*ops, (op, arg))))
        else:
            out.append((at, ops))
    return tuple(out)


def _first_consumers(instructions: Sequence[Instruction]) -> tuple[Instruction, ...]:
    """The token-consuming instructions reachable from the start without consuming."""
    seen: set[int] = set()
    out: list[Instruction] = []
    stack = [0]
    while stack:
        pc = stack.pop()
        if pc in seen:
            continue
        seen.add(pc)
        op, _, nxt = instructions[pc]
        if op == _SPLIT:
            stack.extend(nxt)
        elif op in (_OPEN, _CLOSE):
            stack.append(nxt)
        elif op in (_TOK, _LEX):
            out.append(instructions[pc])
    return tuple(out)
