"""Named rules, their matches, and rule sets that run them over a document.

A :class:`Rule` is duckling's ``Rule{name, pattern, prod}`` plus examples: a name, a
token pattern, a small ``produce`` function turning a :class:`Match` into a fact (or
into evidence a plugin's resolver combines), and example sentences with the fields
each must give. A :class:`RuleSet` runs a plugin's rules over a document's shared
token stream, sentence by sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsextract.model import Document, Fact, Provenance, Span, value_to_dict
from newsextract.text.numbers import Quantity

from .lexicon import Lexicon
from .patterns import DEFAULT_MAX_TOKENS, PatternError, PatternLike, Program, RawMatch, compile_pattern
from .tokens import Token, TokenSpan, TokenStream, tokenize

__all__ = ["Evidence", "Example", "Match", "Rule", "RuleSet", "rule_provenance"]

_RULE_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,79}$")


def rule_provenance(rule: str, matched: Span | None = None, derivation: str | None = None) -> Provenance:
    """A provenance carrying only the rule part; the pipeline fills in plugin and extractor.

    Put it on a fact (``Fact(..., provenance=rule_provenance("passive", span))``) when
    building facts without :meth:`Match.fact`.
    """
    return Provenance("", "", rule=rule, derivation=derivation, matched=matched)


@attrs.frozen(eq=False)
class Match:
    """One match of a rule: its tokens and named captures.

    ``m["count"]`` is the (last) capture called ``count`` as a :class:`TokenSpan`
    (``KeyError`` when it did not take part); :meth:`get` returns None instead;
    :meth:`all` gives every capture of that name (one per repetition);
    :meth:`groups` splits a repeated capture into sub-matches (one per list item).
    """

    stream: TokenStream = attrs.field(repr=False)
    rule: str
    start: int
    end: int
    captures: Mapping[str, tuple[tuple[int, int], ...]] = attrs.field(factory=dict)

    @property
    def whole(self) -> TokenSpan:
        """The whole match as a :class:`TokenSpan` (tokens, character span, text)."""
        return self.stream.slice(self.start, self.end)

    @property
    def tokens(self) -> Sequence[Token]:
        """The matched tokens."""
        return self.whole.tokens

    @property
    def span(self) -> Span:
        """Character span of the whole match."""
        return self.whole.span

    @property
    def text(self) -> str:
        """The matched text as written."""
        return self.whole.text

    def before(self, count: int = 1, name: str | None = None) -> Sequence[Token]:
        """Up to ``count`` tokens before the match (or before capture ``name``), in its sentence."""
        at = self[name].start if name is not None else self.start
        sentence = self.stream.tokens[at].sentence if at < len(self.stream) else -1
        return [t for t in self.stream.tokens[max(0, at - count) : at] if t.sentence == sentence]

    def after(self, count: int = 1, name: str | None = None) -> Sequence[Token]:
        """Up to ``count`` tokens after the match (or after capture ``name``), in its sentence."""
        at = self[name].end if name is not None else self.end
        sentence = self.stream.tokens[at - 1].sentence if at > 0 else -1
        return [t for t in self.stream.tokens[at : at + count] if t.sentence == sentence]

    def __contains__(self, name: object) -> bool:
        return name in self.captures

    def __getitem__(self, name: str) -> TokenSpan:
        spans = self.captures.get(name)
        if not spans:
            raise KeyError(f"rule {self.rule!r}: capture {name!r} did not take part in this match")
        return self.stream.slice(*spans[-1])

    def get(self, name: str) -> TokenSpan | None:
        """The last capture ``name``, or None when it did not take part."""
        spans = self.captures.get(name)
        return self.stream.slice(*spans[-1]) if spans else None

    def all(self, name: str) -> tuple[TokenSpan, ...]:
        """Every capture ``name`` in text order (a capture inside a repetition repeats)."""
        return tuple(self.stream.slice(s, e) for s, e in self.captures.get(name, ()))

    def lower(self, name: str) -> str | None:
        """The lower-cased text of capture ``name`` ("forced to flee"), or None."""
        found = self.get(name)
        return found.lower if found is not None else None

    def quantity(self, name: str | None = None) -> Quantity | None:
        """The quantity in capture ``name`` (or the first in the match), or None."""
        where = self.get(name) if name is not None else self.whole
        return where.quantity if where is not None else None

    def groups(self, name: str) -> tuple[Match, ...]:
        """One sub-match per capture ``name``, holding the captures inside it.

        For a list pattern whose items are captured as ``item`` (each with its own
        ``count`` and ``head``), ``m.groups("item")`` gives one match per item.
        """
        out = []
        for s, e in self.captures.get(name, ()):
            inner = {
                key: tuple((a, b) for a, b in spans if s <= a and b <= e and (key != name or (a, b) == (s, e)))
                for key, spans in self.captures.items()
            }
            out.append(Match(self.stream, self.rule, s, e, {k: v for k, v in inner.items() if v}))
        return tuple(out)

    def fact(
        self,
        kind: str,
        value: Any,
        *,
        confidence: float = 1.0,
        span: Span | TokenSpan | str | None = None,
        derivation: str | None = None,
    ) -> Fact:
        """A :class:`~newsextract.Fact` for this match, carrying its rule provenance.

        ``span`` defaults to the whole match; a capture name or a span narrows it.
        ``derivation`` says how a number was worked out ("23 = 24 launched - 'all but one'").
        """
        if span is None:
            where = self.span
        elif isinstance(span, str):
            where = self[span].span
        elif isinstance(span, TokenSpan):
            where = span.span
        else:
            where = span
        return Fact(
            kind=kind,
            span=where,
            text=where.of(self.stream.text),
            value=value,
            confidence=confidence,
            provenance=rule_provenance(self.rule, self.span, derivation),
        )


@attrs.frozen
class Example:
    """An example sentence for a rule and the fields its result must have.

    ``expect`` maps field names of the fact's value (or of the evidence produced)
    to values; the key ``text`` checks the fact's text. ``expect=None`` means the
    rule must produce nothing from this sentence (a counter-example).
    """

    text: str
    expect: Mapping[str, Any] | None = attrs.field(factory=dict)


def _examples(items: Iterable[Example | tuple[str, Mapping[str, Any] | None] | str]) -> tuple[Example, ...]:
    out = []
    for item in items:
        if isinstance(item, Example):
            out.append(item)
        elif isinstance(item, str):
            out.append(Example(item))
        else:
            text, expect = item
            out.append(Example(text, expect))
    return tuple(out)


@attrs.frozen
class Evidence:
    """What one rule produced from one match (a fact, or anything a resolver combines)."""

    rule: Rule
    match: Match
    value: Any


@attrs.frozen(eq=False)
class Rule:
    """A named token pattern and what to make of its matches.

    ``produce(match)`` returns a :class:`~newsextract.Fact` (build it with
    :meth:`Match.fact`), evidence of any type for the plugin's resolver, an iterable
    of these, or None to drop the match. ``examples`` are ``(sentence, {field: value})``
    pairs (or :class:`Example`); the meta-tests run them. ``scope`` is ``"sentence"``
    (the default: a match never crosses a sentence) or ``"text"``. ``max_tokens``
    bounds the length of one match. The pattern is compiled here: a bad one raises
    :class:`~newsextract.rules.PatternError` naming the rule.
    """

    name: str
    pattern: PatternLike = attrs.field(repr=False)
    produce: Callable[[Match], Any] = attrs.field(repr=False)
    examples: tuple[Example, ...] = attrs.field(default=(), converter=_examples, repr=False)
    scope: str = "sentence"
    max_tokens: int = DEFAULT_MAX_TOKENS
    program: Program = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not _RULE_NAME.match(self.name):
            raise PatternError(f"rule name {self.name!r} must be lower case letters, digits, '_', '.', '-'")
        if self.scope not in ("sentence", "text"):
            raise PatternError(f"rule {self.name!r}: scope must be 'sentence' or 'text', got {self.scope!r}")
        if not callable(self.produce):
            raise PatternError(f"rule {self.name!r}: produce must be a function of a Match")
        object.__setattr__(self, "program", compile_pattern(self.pattern, self.name, self.max_tokens))

    def matches(self, source: Document | str | TokenStream) -> Iterator[Match]:
        """Every match of this rule in ``source`` (leftmost-longest, non-overlapping)."""
        stream = source if isinstance(source, TokenStream) else tokenize(source)
        program = self.program
        tokens = stream.tokens
        if self.scope != "sentence":
            for raw in program.finditer(tokens, 0, len(stream)):
                yield self._match(stream, raw)
            return
        # the stream's look-ups once per rule, not once per sentence (``Program.finditer`` per range)
        needed, starts = program._lookups(tokens)
        for lo, hi in _sentences_to_search(stream, None if starts is None else starts.positions, needed):
            stop = min(hi, len(tokens))
            if lo < stop:
                for raw in program._finditer(tokens, lo, stop, needed, starts):
                    yield self._match(stream, raw)

    def _match(self, stream: TokenStream, raw: RawMatch) -> Match:
        return Match(stream, self.name, raw.start, raw.end, raw.captures())

    def run(self, source: Document | str | TokenStream) -> Iterator[Evidence]:
        """``produce`` applied to every match; None results dropped, iterables flattened."""
        for match in self.matches(source):
            yield from self._produced(match)

    def _produced(self, match: Match) -> Iterator[Evidence]:
        produced = self.produce(match)
        if produced is None:
            return
        if isinstance(produced, (Fact, str, bytes, Mapping)) or attrs.has(type(produced)):
            yield Evidence(self, match, produced)
            return
        if isinstance(produced, Iterable):
            for item in produced:
                if item is not None:
                    yield Evidence(self, match, item)
            return
        yield Evidence(self, match, produced)

    def check_examples(self) -> list[str]:
        """Problems with this rule's examples (empty when every example passes)."""
        problems = []
        for example in self.examples:
            found = [e.value for e in self.run(example.text)]
            if example.expect is None:
                if found:
                    problems.append(f"rule {self.name!r}: {example.text!r} should give nothing, gave {_fields(found[0])}")
                continue
            if not any(_has_fields(value, example.expect) for value in found):
                got = "; ".join(str(_fields(v)) for v in found) or "nothing"
                problems.append(f"rule {self.name!r}: {example.text!r} should give {dict(example.expect)}, gave {got}")
        return problems


def _sentences_to_search(
    stream: TokenStream, starts: Sequence[int] | None, needed: Sequence[int] | None
) -> Sequence[tuple[int, int]]:
    """The token ranges of the sentences holding one of the positions where a pattern may
    start (``Program.start_positions``; all, when it may start anywhere) and one of the
    ``needed`` positions (``Program.required_positions``; a sentence without one of the
    words every match holds has no match either, what ``Program.finditer`` would find out
    per sentence)."""
    sentences = stream.sentences
    if starts is None and needed is None:
        return sentences
    if len(sentences) == 1:  # a one-sentence text (a short note): no sets to build
        return sentences if (starts is None or starts) and (needed is None or needed) else ()
    tokens = stream.tokens
    numbers: set[int] | None = None
    for positions in (starts, needed):
        if positions is not None:
            found = {tokens[i].sentence for i in positions}
            numbers = found if numbers is None else numbers & found
    return [sentences[n] for n in sorted(numbers or ()) if n < len(sentences)]


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, Fact):
        return {"text": value.text, **value_to_dict(value.value)}
    if attrs.has(type(value)):
        return {f.name: getattr(value, f.name) for f in attrs.fields(type(value))}
    if isinstance(value, Mapping):
        return dict(value)
    return {"value": value}


def _has_fields(value: Any, expect: Mapping[str, Any]) -> bool:
    fields = _fields(value)
    return all(key in fields and fields[key] == wanted for key, wanted in expect.items())


class RuleSet:
    """A plugin's rules, run in order over a document's shared token stream.

    ``requires`` is an optional cheap pre-filter: a document in which no form of
    these lexicons occurs is skipped without being tokenised. ``overlap="first"``
    (the default) drops a fact that overlaps, in the same sentence, a fact of the
    same kind from an earlier rule (so list rules first: most specific first);
    ``overlap="all"`` keeps every fact. Rule names must be unique in a set.
    """

    def __init__(
        self,
        name: str,
        rules: Iterable[Rule],
        *,
        requires: Lexicon | Sequence[Lexicon] = (),
        overlap: str = "first",
    ) -> None:
        self.name = name
        self.rules: tuple[Rule, ...] = tuple(rules)
        if not self.rules:
            raise PatternError(f"rule set {name!r} has no rules")
        seen: set[str] = set()
        for rule in self.rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"rule set {name!r}: {rule!r} is not a Rule")
            if rule.name in seen:
                raise PatternError(f"rule set {name!r}: two rules are called {rule.name!r}")
            seen.add(rule.name)
        if overlap not in ("first", "all"):
            raise PatternError(f"rule set {name!r}: overlap must be 'first' or 'all', got {overlap!r}")
        self.overlap = overlap
        self.requires: tuple[Lexicon, ...] = (requires,) if isinstance(requires, Lexicon) else tuple(requires)

    def __repr__(self) -> str:
        return f"RuleSet({self.name!r}, {[r.name for r in self.rules]})"

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def rule(self, name: str) -> Rule:
        """The rule called ``name``."""
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(f"rule set {self.name!r} has no rule {name!r}")

    def _stream(self, source: Document | str | TokenStream) -> TokenStream | None:
        if isinstance(source, TokenStream):
            return source
        text = source.text if isinstance(source, Document) else source
        if self.requires and not any(lexicon.occurs_in(text) for lexicon in self.requires):
            return None
        return tokenize(text)

    def evidence(self, source: Document | str | TokenStream) -> list[Evidence]:
        """What every rule produced, rule by rule in order, each in text order."""
        stream = self._stream(source)
        if stream is None:
            return []
        return [found for rule in self.rules for found in rule.run(stream)]

    def facts(self, source: Document | str | TokenStream) -> list[Fact]:
        """The facts the rules produce, in text order (see ``overlap``).

        Every produced value must be a :class:`~newsextract.Fact`; use
        :meth:`evidence` when rules produce evidence for a resolver.
        """
        kept: list[Fact] = []
        taken: dict[tuple[int, str], list[Span]] = {}
        for found in self.evidence(source):
            fact = found.value
            if not isinstance(fact, Fact):
                raise TypeError(f"rule {found.rule.name!r} produced {type(fact).__name__}, not a Fact; use evidence()")
            if self.overlap == "first":
                place = (found.match.tokens[0].sentence if found.match.tokens else 0, fact.kind)
                earlier = taken.setdefault(place, [])
                if any(fact.span.overlaps(other) for other in earlier):
                    continue
                earlier.append(fact.span)
            kept.append(fact)
        kept.sort(key=lambda f: (f.span.start, f.span.end))
        return kept

    def check_examples(self) -> list[str]:
        """Problems with any rule's examples (empty when all pass)."""
        return [problem for rule in self.rules for problem in rule.check_examples()]
