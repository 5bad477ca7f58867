"""Running plugins over documents: document -> extractors -> link -> merge -> result.

The core, not pluggy, calls every extractor, each inside its own error handler and
time budget, so a plugin that raises, hangs or returns garbage loses only its own
output for that document (recorded in ``Result.errors``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .entities import EntityIndex, PersonClaim
from .kinds import Kind, default_key
from .merge import merge_facts
from .model import Document, Fact, PluginError, Result, Span, When
from .plugins import Extractor, PluginInfo, PluginRegistry, check_names, env_flag, load_plugins
from .pool import run_in_pool
from .text.layout import fact_in_original
from .text.layout import layout as text_layout
from .totals import Total, compute_totals

__all__ = ["ExtractorTimeout", "Pipeline", "PipelineSpec", "PluginFailure", "extract"]

log = logging.getLogger("newsextract")

#: Default time budget for one extractor on one document, in seconds.
DEFAULT_TIMEOUT = 60.0


class PluginFailure(RuntimeError):
    """Raised in strict mode when a plugin fails; carries the :class:`PluginError`."""

    def __init__(self, error: PluginError) -> None:
        super().__init__(f"plugin {error.plugin!r} failed at {error.stage}: {error.error_type}: {error.message}")
        self.error = error


class ExtractorTimeout(BaseException):
    """An extractor ran past its time budget.

    A ``BaseException`` (like ``KeyboardInterrupt``), so that a plugin's own
    ``except Exception`` cannot swallow it and keep running.
    """


_ALARM_REPEAT = 0.1


def _on_alarm(signum: int, frame: Any) -> None:
    raise ExtractorTimeout("exceeded its time budget")


@contextlib.contextmanager
def _alarm_handler(seconds: float | None) -> Iterator[bool]:
    """Install the SIGALRM handler that enforces time budgets, for one document.

    Yields whether budgets can be enforced by interruption (POSIX, main thread);
    elsewhere they are checked after the extractor returns. Each extractor then
    only arms and disarms the timer (two cheap system calls).
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or seconds <= 0 or not usable:
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _as_document(item: Document | str | dict[str, Any], **fields: Any) -> Document:
    if isinstance(item, Document):
        return attrs.evolve(item, **fields) if fields else item
    if isinstance(item, str):
        return Document(item, **fields)
    if isinstance(item, dict):
        known = {f.name for f in attrs.fields(Document)}
        data = {k: v for k, v in item.items() if k in known}
        extra = {k: v for k, v in item.items() if k not in known}
        if "metadata" not in data and extra:
            data["metadata"] = extra
        return Document(**{**data, **fields})
    raise TypeError(f"expected a Document, a string or a dict, got {type(item).__name__}")


class Pipeline:
    """Installed plugins, loaded once, ready to run over any number of documents.

    ``plugins`` and ``exclude`` select plugins by name; ``register`` adds
    in-process plugins (modules or objects with hookimpls, or ``(name, obj)``
    pairs). ``strict`` re-raises plugin failures (default: the
    ``NEWSEXTRACT_STRICT`` environment variable); ``trace`` logs each
    extractor's time and fact count (``NEWSEXTRACT_TRACE``); ``timeout`` is each
    extractor's budget per document in seconds (``NEWSEXTRACT_TIMEOUT``, default
    60; 0 disables it). ``resolve_dates`` fills ``Fact.when`` from the fact's sentence.
    A name in ``plugins`` that no plugin has raises :class:`~newsextract.plugins.UnknownNameError`
    (a ``ValueError``) listing the valid names.
    """

    def __init__(
        self,
        plugins: Sequence[str] | None = None,
        exclude: Sequence[str] = (),
        register: Iterable[Any] = (),
        *,
        strict: bool | None = None,
        trace: bool | None = None,
        timeout: float | None = None,
        resolve_dates: bool = True,
        entry_points: bool = True,
    ) -> None:
        self._config = {
            "plugins": list(plugins) if plugins is not None else None,
            "exclude": list(exclude),
            "entry_points": entry_points,
        }
        self._register = list(register)
        self.registry: PluginRegistry = load_plugins(plugins, exclude, self._register, entry_points)
        if plugins is not None:  # a misspelt name must not silently run nothing
            check_names("plugin", plugins, (info.name for info in self.registry.plugins))
        self.strict = env_flag("NEWSEXTRACT_STRICT") if strict is None else strict
        self.trace = env_flag("NEWSEXTRACT_TRACE") if trace is None else trace
        if timeout is None:
            timeout = float(os.environ.get("NEWSEXTRACT_TIMEOUT", DEFAULT_TIMEOUT))
        self.timeout = timeout or None
        self.resolve_dates = resolve_dates
        self._rank = self.registry.rank
        # Per pipeline, not per document: the kinds whose facts get no ``when``.
        self._undated = frozenset(name for name, kind in self.registry.kinds.items() if not kind.dated)
        if self.strict and self.registry.load_errors:
            raise PluginFailure(self.registry.load_errors[0])

    # -- introspection -------------------------------------------------------------
    @property
    def plugins(self) -> tuple[PluginInfo, ...]:
        """Every plugin found, with its status (active, disabled, failed)."""
        return self.registry.plugins

    @property
    def kinds(self) -> dict[str, Kind]:
        """The fact kinds the active plugins own, by name."""
        return dict(self.registry.kinds)

    @property
    def extractors(self) -> tuple[Extractor, ...]:
        """Active extractors, in plugin-name order."""
        return self.registry.extractors

    def kind(self, name: str) -> Kind:
        """The :class:`Kind` called ``name`` (a bare default when no plugin owns it)."""
        return self.registry.kinds.get(name) or Kind(name)

    # -- running -------------------------------------------------------------------
    def extract(self, document: Document | str | dict[str, Any], **fields: Any) -> Result:
        """Run every active extractor on one document and merge their facts.

        ``document`` is a :class:`Document`, a text, or a dict of Document fields;
        keyword arguments (``id``, ``published`` ...) set Document fields.
        """
        doc = _as_document(document, **fields)
        # Plugins read the layout-normalised view (hard wraps joined, odd spaces and invisible
        # characters cleaned); spans are mapped back to the text as given at the end.
        view = text_layout(doc.text)
        seen = attrs.evolve(doc, text=view.view) if view.changed else doc
        errors: list[PluginError] = []
        facts: list[Fact] = []
        with _alarm_handler(self.timeout) as armed:
            for extractor in self.registry.extractors:
                facts.extend(self._run_extractor(extractor, seen, errors, armed))
        facts = self._link(seen, facts, errors)
        facts = merge_facts(facts, self._key_of(errors), self._rank)
        if self.resolve_dates:
            facts = _attach_times(seen, facts, self._undated)
        if view.changed:
            facts = [fact_in_original(fact, view) for fact in facts]
        totals = self._totals(doc, facts, errors)
        return Result(document=doc, facts=tuple(facts), errors=tuple(errors), computed_totals=totals)

    def _totals(self, doc: Document, facts: list[Fact], errors: list[PluginError]) -> tuple[Total, ...]:
        """Each kind's totals by its TotalRule; a kind whose rule fails loses only its totals."""
        totals: list[Total] = []
        for name, kind in sorted(self.registry.kinds.items()):
            if kind.totals is None:
                continue
            try:
                totals.extend(compute_totals([f for f in facts if f.kind == name], {name: kind.totals}, doc.text))
            except Exception as exc:  # a rule's ``compatible`` raised, or a value field is malformed
                owner = self.registry.kind_owner.get(name, "core")
                self._fail(errors, PluginError(owner, "totals", type(exc).__name__, str(exc)))
        return tuple(totals)

    def __call__(self, document: Document | str | dict[str, Any], **fields: Any) -> Result:
        return self.extract(document, **fields)

    def extract_many(
        self,
        documents: Iterable[Document | str | dict[str, Any]],
        workers: int = 1,
        chunk_size: int = 8,
    ) -> Iterator[Result]:
        """Results for ``documents``, in input order; ``workers > 1`` uses a process pool.

        Each worker builds (or, where processes fork, inherits) this pipeline once,
        not once per document.
        """
        if workers <= 1:
            for item in documents:
                yield self.extract(item)
            return
        yield from run_in_pool(self, documents, workers, chunk_size)

    def spec(self) -> PipelineSpec:
        """What a worker process needs to rebuild this pipeline (picklable)."""
        return PipelineSpec(self)

    def _fail(self, errors: list[PluginError], error: PluginError) -> None:
        if self.strict:
            raise PluginFailure(error)
        log.warning("newsextract: plugin %r failed at %s: %s: %s", error.plugin, error.stage, error.error_type, error.message)
        if sys.exc_info()[0] is not None:  # the traceback, for plugin authors (``--traceback``)
            log.debug("traceback of plugin %r's failure at %s:", error.plugin, error.stage, exc_info=True)
        errors.append(error)

    def _run_extractor(self, extractor: Extractor, doc: Document, errors: list[PluginError], armed: bool) -> list[Fact]:
        started = time.perf_counter()
        try:
            try:
                if armed:
                    # Re-fires every 0.1 s until disarmed: a raise that lands inside a finaliser (__del__,
                    # a weakref callback) is swallowed by the interpreter, and a one-shot alarm would be lost.
                    signal.setitimer(signal.ITIMER_REAL, self.timeout or 0, _ALARM_REPEAT)
                produced = list(extractor.function(doc))
            finally:
                if armed:  # an alarm landing in here is still caught below
                    signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - started
            if self.timeout is not None and elapsed > self.timeout:
                raise ExtractorTimeout(f"exceeded its time budget of {self.timeout:g} s")
            facts = [_validated(extractor, doc, item) for item in produced]
        except PluginFailure:
            raise
        except (Exception, ExtractorTimeout) as exc:
            timed_out = isinstance(exc, ExtractorTimeout)
            message = f"exceeded its time budget of {self.timeout:g} s" if timed_out else str(exc)
            self._fail(
                errors,
                PluginError(extractor.plugin, "timeout" if timed_out else "extract", type(exc).__name__, message,
                            extractor=extractor.name),
            )
            return []
        if self.trace:
            log.info(
                "newsextract trace: %s.%s %.3f ms, %d facts",
                extractor.plugin,
                extractor.name,
                (time.perf_counter() - started) * 1000,
                len(facts),
            )
        return facts

    def _link(self, doc: Document, facts: list[Fact], errors: list[PluginError]) -> list[Fact]:
        kinds = self.registry.kinds
        claims: list[PersonClaim] = []
        failed: set[str] = set()
        for fact in facts:
            kind = kinds.get(fact.kind)
            if kind is None or kind.persons is None or fact.extractor in failed:
                continue
            try:
                found = list(kind.persons(fact))
                if not all(isinstance(c, PersonClaim) for c in found):
                    raise TypeError("persons() must yield PersonClaim instances")
                claims.extend(found)
            except Exception as exc:
                failed.add(fact.extractor)
                self._fail(errors, PluginError(self.registry.kind_owner[fact.kind], "persons", type(exc).__name__, str(exc)))
        if not any(k.link for k in kinds.values()):
            return facts
        entities = EntityIndex(doc.text, claims)
        linked: list[Fact] = []
        for fact in facts:
            kind = kinds.get(fact.kind)
            if kind is None or kind.link is None:
                linked.append(fact)
                continue
            try:
                new = kind.link(fact, entities)
                if not isinstance(new, Fact) or (new.kind, new.span, new.text) != (fact.kind, fact.span, fact.text):
                    raise ValueError("link() must return a Fact with the same kind, span and text")
                linked.append(new if new is fact else new.replace(extractor=fact.extractor, provenance=fact.provenance))
            except Exception as exc:
                linked.append(fact)
                self._fail(errors, PluginError(self.registry.kind_owner[fact.kind], "link", type(exc).__name__, str(exc)))
        return linked

    def _key_of(self, errors: list[PluginError]) -> Any:
        kinds = self.registry.kinds

        def key_of(fact: Fact) -> Hashable:
            kind = kinds.get(fact.kind)
            if kind is None or kind.key is None:
                return default_key(fact)
            try:
                key = kind.key(fact)
                hash(key)
                return key
            except Exception as exc:
                self._fail(errors, PluginError(self.registry.kind_owner[fact.kind], "key", type(exc).__name__, str(exc)))
                return ("unmergeable", fact.span, default_key(fact))

        return key_of


class PipelineSpec:
    """What a worker needs to rebuild a pipeline: plugin selection and options (picklable)."""

    def __init__(self, pipeline: Pipeline) -> None:
        import uuid  # here, not at the top: only worker pools need it, and start-up need not pay

        self.token = uuid.uuid4().hex
        self.options: dict[str, Any] = {
            **pipeline._config,
            "register": [r for r in pipeline._register if _picklable(r)],
            "strict": pipeline.strict,
            "trace": pipeline.trace,
            "timeout": pipeline.timeout or 0,
            "resolve_dates": pipeline.resolve_dates,
        }

    def build(self) -> Pipeline:
        """A fresh pipeline with the same plugins and options."""
        options = dict(self.options)
        return Pipeline(
            options.pop("plugins"),
            options.pop("exclude"),
            options.pop("register"),
            **options,
        )


def _picklable(obj: Any) -> bool:
    import pickle  # here, not at the top: only worker pools need it, and start-up need not pay

    try:
        pickle.dumps(obj)
    except Exception:
        return False
    return True



def _validated(extractor: Extractor, doc: Document, item: object) -> Fact:
    """Check one returned fact against the hook's contract and stamp its provenance."""
    if not isinstance(item, Fact):
        raise TypeError(f"extractor returned {type(item).__name__}, not a Fact")
    if not (attrs.has(type(item.value)) or isinstance(item.value, Mapping)):
        raise TypeError(f"fact value must be an attrs instance or a mapping, got {type(item.value).__name__}")
    if item.kind not in extractor.kinds:
        raise ValueError(f"extractor emitted undeclared kind {item.kind!r}")
    span = item.span
    if not isinstance(span, Span) or span.end > len(doc.text):
        raise ValueError(f"span {span!r} lies outside the text ({len(doc.text)} characters)")
    if doc.text[span.start : span.end] != item.text:
        raise ValueError(f"fact text {item.text[:40]!r} is not the text at its span {span.start}:{span.end}")
    for mention in item.mentions:
        if mention.end > len(doc.text):
            raise ValueError(f"mention {mention!r} lies outside the text")
    # The plugin may name the rule behind the fact; who produced it is the core's to say.
    provenance = extractor.provenance.with_rule_of(item.provenance)
    return item.replace(extractor=extractor.plugin, provenance=provenance, mentions=(span, *item.mentions))


def _attach_times(doc: Document, facts: list[Fact], undated: Collection[str] = ()) -> list[Fact]:
    """Give each fact of a dated kind without a ``when`` the time its sentence names, if any."""
    if not facts:
        return facts
    from .text.dates import resolve_times
    from .text.sentences import sentence_at

    times_in: dict[int, Sequence[Any]] = {}  # each sentence's time expressions, by its start
    out = []
    for fact in facts:
        if fact.when is not None or fact.kind in undated:
            out.append(fact)
            continue
        sentence = sentence_at(doc.text, fact.span.start)
        if sentence is None:
            out.append(fact)
            continue
        if sentence.start not in times_in:
            times_in[sentence.start] = resolve_times(doc.text, doc.published, sentence.start, sentence.end)
        # Nearest to this fact, not to the first fact of the sentence: "On Monday three were
        # killed, and on Tuesday five more" dates the five to Tuesday.
        when = _nearest_time(times_in[sentence.start], fact.span.start)
        out.append(fact.replace(when=when) if when is not None else fact)
    return out


def _nearest_time(times: Sequence[Any], offset: int) -> When | None:
    """The time expression closest to ``offset`` (ties: the earlier one)."""
    if not times:
        return None
    best = min(times, key=lambda t: (abs(t.span.start - offset), t.span.start))
    return When(best.date, best.granularity, best.text, best.span)


_default: Pipeline | None = None
_default_lock = threading.Lock()


def extract(document: Document | str | dict[str, Any], **fields: Any) -> Result:
    """Extract facts from one article with every installed plugin (the one-line entry).

    The pipeline is built on first use and reused.
    """
    global _default
    with _default_lock:
        if _default is None:
            _default = Pipeline()
    return _default.extract(document, **fields)
