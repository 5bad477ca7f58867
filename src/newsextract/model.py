"""The value types every part of newsextract speaks: documents, spans, facts, results.

All are attrs classes, frozen and slotted: cheap to create, hashable, safe to share
between plugins (no plugin can mutate what another one sees) and picklable for
process pools.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .totals import Total

__all__ = [
    "Document",
    "Fact",
    "PluginError",
    "Provenance",
    "Result",
    "Span",
    "When",
    "value_to_dict",
]


def _check_offsets(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        """``[start, end]``, the JSON form of a span."""
        return [self.start, self.end]


def parse_published(value: object) -> _dt.date | _dt.datetime | None:
    """Turn a ``published`` value into a date or datetime.

    ``None``, dates and datetimes pass through; ISO strings are read directly, the
    common explicit forms ("9-May-20", "9 May 2020", "May 9, 2020") by the core's
    fast path and anything else by dateparser (English), each distinct string once
    per process (:mod:`newsextract.text.datestrings`). A string nobody can read is a
    ``ValueError`` naming it.
    """
    if value is None or isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a date, datetime or string, got {type(value).__name__}")
    stripped = value.strip()
    if not stripped:
        return None
    try:
        # ISO dates are by far the most common; skip dateparser's start-up cost for them.
        if len(stripped) == 10:
            return _dt.date.fromisoformat(stripped)
        return _dt.datetime.fromisoformat(stripped)
    except ValueError:
        pass
    # Lazy: the text package (and dateparser behind it) is not needed to import the model.
    from .text.datestrings import parse_date_string

    parsed = parse_date_string(stripped)
    if parsed is None:
        raise ValueError(f"cannot read published date {value!r}")
    return parsed


class FrozenMapping(Mapping[str, Any]):
    """A read-only mapping (picklable, unlike ``types.MappingProxyType``).

    ``Document.metadata`` is one, so no plugin can change what the next one sees.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"

    def __eq__(self, other: object) -> bool:
        return dict(self._data) == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMapping, (self._data,))


def _freeze_metadata(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return value if isinstance(value, FrozenMapping) else FrozenMapping(value)


@attrs.frozen
class Document:
    """One article. Offsets of every fact refer to ``text`` exactly as given here."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = None
    title: str | None = None
    published: _dt.date | _dt.datetime | None = attrs.field(default=None, converter=parse_published)
    source: str | None = None
    url: str | None = None
    language: str = "en"
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_metadata, eq=False, hash=False)

    @property
    def published_date(self) -> _dt.date | None:
        """``published`` as a plain date (the day), or None."""
        if isinstance(self.published, _dt.datetime):
            return self.published.date()
        return self.published

    def to_dict(self) -> dict[str, Any]:
        """The document's JSON form (without its text's facts)."""
        published = self.published.isoformat() if self.published is not None else None
        return {
            "id": self.id,
            "title": self.title,
            "published": published,
            "source": self.source,
            "url": self.url,
            "language": self.language,
        }


@attrs.frozen
class When:
    """A time a fact's sentence names, resolved against the document's date."""

    date: _dt.date
    granularity: str  # "day", "month" or "year"
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ISO date, granularity and the phrase it came from."""
        return {
            "date": self.date.isoformat(),
            "granularity": self.granularity,
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
        }


@attrs.frozen
class Provenance:
    """Which plugin, extractor and distribution produced a fact. Stamped by the core.

    ``rule``, ``derivation`` and ``matched`` come from the plugin (facts made by a
    :class:`newsextract.rules.Rule` carry them): the name of the rule that found the
    fact, how its number was worked out ("23 = 24 launched - 'all but one'") and the
    character span the rule matched. The core keeps them when it stamps the rest.
    """

    plugin: str
    extractor: str
    distribution: str | None = None
    version: str | None = None
    rule: str | None = None
    derivation: str | None = None
    matched: Span | None = None

    def with_rule_of(self, other: Provenance | None) -> Provenance:
        """This provenance with ``other``'s rule, derivation and matched span (when it names a rule)."""
        if other is None or other.rule is None:
            return self
        return Provenance(
            self.plugin, self.extractor, self.distribution, self.version, other.rule, other.derivation, other.matched
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form; the rule keys appear only for facts a rule produced."""
        out: dict[str, Any] = {"plugin": self.plugin, "distribution": self.distribution, "version": self.version}
        if self.rule is not None:
            out["rule"] = self.rule
            out["derivation"] = self.derivation
            out["matched"] = self.matched.to_list() if self.matched is not None else None
        return out


def _unit_interval(instance: Fact, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {value!r}")


def span_key(span: Span) -> tuple[int, int]:
    """Sort key for spans: much cheaper than attrs' generated ordering in hot paths."""
    return (span.start, span.end)


_KEEP: Any = object()  # "leave this field as it is" in Fact.replace


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(set(value), key=span_key))


@attrs.frozen
class Fact:
    """One claim found in a document.

    Plugins create facts with ``kind``, ``span``, ``text``, ``value`` and
    ``confidence``; the core fills in ``extractor``, ``provenance`` and
    ``mentions`` (a plugin cannot forge them: they are overwritten).
    ``value`` is a kind-specific attrs instance defined by the plugin.
    """

    kind: str
    span: Span
    text: str
    value: Any
    confidence: float = attrs.field(default=1.0, validator=_unit_interval)
    extractor: str = ""
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    when: When | None = None
    provenance: Provenance | None = None

    @property
    def start(self) -> int:
        """Start offset of the fact's main span."""
        return self.span.start

    @property
    def end(self) -> int:
        """End offset of the fact's main span."""
        return self.span.end

    def replace(
        self,
        *,
        value: Any = _KEEP,
        extractor: Any = _KEEP,
        mentions: Any = _KEEP,
        when: Any = _KEEP,
        provenance: Any = _KEEP,
    ) -> Fact:
        """A copy with some fields changed (``attrs.evolve``, several times faster in hot paths)."""
        return Fact(
            self.kind,
            self.span,
            self.text,
            self.value if value is _KEEP else value,
            self.confidence,
            self.extractor if extractor is _KEEP else extractor,
            self.mentions if mentions is _KEEP else mentions,
            self.when if when is _KEEP else when,
            self.provenance if provenance is _KEEP else provenance,
        )

    def sentence(self, source: Document | Result) -> str:
        """The text of the sentence (or sentences) holding this fact, in ``source``'s document.

        Falls back to the fact's own text where no sentence can be found (e.g. a headline without
        final punctuation is still a sentence; an empty text is not).
        """
        from .text.sentences import sentence_at

        text = source.document.text if isinstance(source, Result) else source.text
        first = sentence_at(text, self.span.start)
        last = sentence_at(text, max(self.span.end - 1, self.span.start))
        start = first.start if first is not None else self.span.start
        end = max(last.end if last is not None else self.span.end, self.span.end)
        return text[min(start, self.span.start) : end]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the output contract (see ``newsextract schema``)."""
        mentions = self.mentions or (self.span,)
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "extractor": self.extractor,
            "confidence": round(self.confidence, 4),
            "value": value_to_dict(self.value),
            "mentions": [m.to_list() for m in mentions],
            "when": self.when.to_dict() if self.when else None,
        }
        if self.provenance is not None:
            out["provenance"] = self.provenance.to_dict()
        return out


# Exact types that are already JSON-ready: checked first, as most value fields are these.
_PLAIN: frozenset[type] = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Span):
        return value.to_list()
    if attrs.has(type(value)):
        return value_to_dict(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return value


_FIELD_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}


def _field_keys(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute name, JSON key) pairs of an attrs value class, worked out once per class."""
    keys = _FIELD_KEYS.get(cls)
    if keys is None:
        keys = tuple((field.name, field.name.rstrip("_")) for field in attrs.fields(cls))
        if len(_FIELD_KEYS) < 1024:  # bounded: classes made on the fly are not remembered forever
            _FIELD_KEYS[cls] = keys
    return keys


def value_to_dict(value: Any) -> dict[str, Any]:
    """Serialise a fact value (attrs instance or mapping) to a JSON-ready dict.

    A trailing underscore in a field name is dropped, so a plugin can name a
    field ``class_`` and have it written as ``class``. Spans become ``[start, end]``.
    """
    if value is None:
        return {}
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if attrs.has(type(value)):
        return {key: _jsonable(getattr(value, name)) for name, key in _field_keys(type(value))}
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    raise TypeError(f"fact value must be an attrs instance or a mapping, got {type(value).__name__}")


@attrs.frozen
class PluginError:
    """A plugin's failure, reported instead of raised so that other plugins' facts survive."""

    plugin: str
    stage: str  # "load", "extract", "link", "key", "timeout", ...
    error_type: str
    message: str
    extractor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the error."""
        return attrs.asdict(self)


@attrs.frozen(repr=False)
class Result:
    """What a pipeline found in one document: merged facts in text order, plus errors.

    ``computed_totals`` holds the per-article totals the pipeline folded from the facts
    by each kind's :class:`~newsextract.TotalRule` (read them with :meth:`totals`).
    """

    document: Document
    facts: tuple[Fact, ...] = ()
    errors: tuple[PluginError, ...] = ()
    computed_totals: tuple[Total, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no plugin failed on this document."""
        return not self.errors

    def of(self, *kinds: str) -> tuple[Fact, ...]:
        """The facts of the given kinds (one or several), in text order.

        ``result.of("casualty", "weapon_count")``; with no kind, every fact.
        """
        if not kinds:
            return self.facts
        wanted = set(kinds)
        return tuple(f for f in self.facts if f.kind in wanted)

    def sentence_of(self, fact: Fact) -> str:
        """The sentence (or sentences) of the document that hold ``fact``'s span."""
        return fact.sentence(self.document)

    def __repr__(self) -> str:
        # Short on purpose: the whole article belongs in to_dict(), not in a REPL line.
        counts = ", ".join(f"{kind}={sum(f.kind == kind for f in self.facts)}" for kind in self.kinds())
        name = self.document.id or self.document.title or f"{len(self.document.text)} chars"
        errors = f", errors={len(self.errors)}" if self.errors else ""
        return f"<Result {name!r}: {len(self.facts)} facts ({counts or 'none'}){errors}>"

    def _repr_html_(self) -> str:
        """The HTML view of :mod:`newsextract.htmlview`, for Jupyter."""
        from .htmlview import render_fragment

        return render_fragment([self])

    def kinds(self) -> tuple[str, ...]:
        """Kinds present, sorted."""
        return tuple(sorted({f.kind for f in self.facts}))

    def totals(self, kind: str | None = None) -> tuple[Total, ...]:
        """Per-article totals (of one kind, or of all), each with the spans it was summed from.

        One :class:`~newsextract.Total` per kind and group (casualty killed; weapon_count
        drone launched), in kind then group order; see :mod:`newsextract.totals`.
        """
        return tuple(t for t in self.computed_totals if kind is None or t.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"id", "document", "facts", "errors", "totals"}``."""
        from .totals import totals_to_dict

        return {
            "id": self.document.id,
            "document": self.document.to_dict(),
            "facts": [f.to_dict() for f in self.facts],
            "errors": [e.to_dict() for e in self.errors],
            "totals": totals_to_dict(self.computed_totals),
        }

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON text; keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
