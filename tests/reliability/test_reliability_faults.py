"""Plugin faults: a plugin that raises, hangs, returns garbage or tries to mutate what others see
loses only its own output; the others' facts survive and ``Result.errors`` names the culprit."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import pytest
import regex

import newsextract
from newsextract import Document, Fact, Kind, Pipeline, PluginFailure, Span

TEXT = "Russia launched 40 drones and 3 missiles at Kyiv. Officials said 40 drones were destroyed."


@attrs.frozen
class Count:
    noun: str
    count: int


_COUNT = regex.compile(r"(\d+) (\w+)")


class Good:
    """A well-behaved plugin: kind 'tally' for every '<digits> <word>'."""

    __newsextract_name__ = "good"

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(Kind("tally", value_type=Count, key=lambda f: (f.value.noun, f.value.count)))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def tally(document: Document) -> Iterator[Fact]:
            for m in _COUNT.finditer(document.text):
                yield Fact("tally", Span(m.start(), m.end()), m.group(0), Count(m.group(2), int(m.group(1))))

        register(tally, name="tally", kinds=("tally",))


def faulty(name: str, function: Callable[[Document], Any], kinds: tuple[str, ...] = ("bad",)) -> object:
    """An in-process plugin called ``name`` whose only extractor is ``function``."""

    class Plugin:
        __newsextract_name__ = name

        @newsextract.hookimpl
        def register_kinds(self, register: Callable[..., Any]) -> None:
            register(Kind("bad", value_type=Count))

        @newsextract.hookimpl
        def register_extractors(self, register: Callable[..., Any]) -> None:
            register(function, name=f"{name}_extractor", kinds=kinds)

    return Plugin()


def pipeline(*plugins: object, **options: Any) -> Pipeline:
    options.setdefault("strict", False)
    return Pipeline(register=[Good(), *plugins], entry_points=False, **options)


def assert_good_survived(result: newsextract.Result) -> None:
    tallies = result.of("tally")
    assert [(f.value.noun, f.value.count) for f in tallies] == [("drones", 40), ("missiles", 3)]
    assert {f.extractor for f in result.facts} == {"good"}
    assert all(result.document.text[f.start : f.end] == f.text for f in result.facts)


# -- raising ----------------------------------------------------------------------------------


def _raise_runtime(document: Document) -> list[Fact]:
    raise RuntimeError("boom")


def _raise_midway(document: Document) -> Iterator[Fact]:
    yield Fact("bad", Span(0, 6), document.text[:6], Count("x", 1))
    raise KeyError("half-way")


def _raise_recursion(document: Document) -> list[Fact]:
    def down(n: int) -> int:
        return down(n + 1) + 1

    down(0)
    return []


def _raise_memory(document: Document) -> list[Fact]:
    raise MemoryError("pretend out of memory")


@pytest.mark.parametrize(
    ("function", "error_type"),
    [
        (_raise_runtime, "RuntimeError"),
        (_raise_midway, "KeyError"),
        (_raise_recursion, "RecursionError"),
        (_raise_memory, "MemoryError"),
    ],
)
def test_a_raising_plugin_loses_only_its_own_output(function: Callable[[Document], Any], error_type: str) -> None:
    result = pipeline(faulty("raiser", function)).extract(TEXT)
    assert_good_survived(result)
    [error] = result.errors
    assert (error.plugin, error.stage, error.error_type) == ("raiser", "extract", error_type)
    assert error.extractor == "raiser_extractor"


def test_strict_mode_reraises_with_the_plugin_named() -> None:
    with pytest.raises(PluginFailure, match="raiser") as info:
        pipeline(faulty("raiser", _raise_runtime), strict=True).extract(TEXT)
    assert info.value.error.plugin == "raiser"


def test_a_plugin_failing_to_register_is_reported_and_the_others_load() -> None:
    class BrokenRegistration:
        __newsextract_name__ = "brokenreg"

        @newsextract.hookimpl
        def register_extractors(self, register: Callable[..., Any]) -> None:
            raise ImportError("missing optional dependency")

    pipe = pipeline(BrokenRegistration())
    assert {p.name: p.status for p in pipe.plugins} == {"good": "active", "brokenreg": "failed"}
    assert [e.plugin for e in pipe.registry.load_errors] == ["brokenreg"]
    assert_good_survived(pipe.extract(TEXT))
    with pytest.raises(PluginFailure, match="brokenreg"):
        pipeline(BrokenRegistration(), strict=True)


def test_a_plugin_claiming_anothers_kind_is_refused() -> None:
    class Thief:
        __newsextract_name__ = "thief"

        @newsextract.hookimpl
        def register_kinds(self, register: Callable[..., Any]) -> None:
            register(Kind("tally"))

    pipe = pipeline(Thief())
    assert any(e.plugin == "thief" and "tally" in e.message for e in pipe.registry.load_errors)
    assert pipe.registry.kind_owner["tally"] == "good"
    assert_good_survived(pipe.extract(TEXT))


# -- hanging ----------------------------------------------------------------------------------


def _spin(document: Document) -> list[Fact]:
    while True:
        pass


def _sleep(document: Document) -> list[Fact]:
    time.sleep(30)
    return []


def _endless(document: Document) -> Iterator[Fact]:
    while True:
        yield Fact("bad", Span(0, 6), document.text[:6], Count("x", 1))


def _slow_then_done(document: Document) -> list[Fact]:
    """Swallows every Exception (so the alarm too) but ends after a while: caught afterwards."""
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        with contextlib.suppress(Exception):
            time.sleep(0.05)
    return [Fact("bad", Span(0, 6), document.text[:6], Count("x", 1))]


@pytest.mark.parametrize("function", [_spin, _sleep, _endless, _slow_then_done], ids=lambda f: f.__name__)
def test_a_hanging_plugin_is_stopped_at_its_time_budget(function: Callable[[Document], Any]) -> None:
    pipe = pipeline(faulty("hanger", function), timeout=0.3)
    started = time.monotonic()
    result = pipe.extract(TEXT)
    elapsed = time.monotonic() - started
    assert_good_survived(result)
    [error] = result.errors
    assert (error.plugin, error.stage, error.error_type) == ("hanger", "timeout", "ExtractorTimeout")
    assert elapsed < 10  # returned at all (a correctness bound, not a benchmark)
    # The alarm is gone afterwards: a later slow-but-legal step is not interrupted.
    time.sleep(0.4)


def test_the_time_budget_is_per_extractor_and_per_document() -> None:
    calls: list[str] = []

    def slowish(document: Document) -> list[Fact]:
        calls.append(document.text)
        time.sleep(0.2)
        return [Fact("bad", Span(0, 6), document.text[:6], Count("x", 1))]

    pipe = pipeline(faulty("slowish", slowish), timeout=0.5)
    results = [pipe.extract(TEXT, id=str(i)) for i in range(3)]
    assert all(r.errors == () for r in results)
    assert all(len(r.of("bad")) == 1 for r in results)
    assert len(calls) == 3


# -- malformed facts --------------------------------------------------------------------------


def _not_a_fact(document: Document) -> list[Any]:
    return ["not a fact", {"kind": "bad"}]


def _returns_none(document: Document) -> Any:
    return None


def _returns_int(document: Document) -> Any:
    return 42


def _span_outside(document: Document) -> list[Fact]:
    n = len(document.text)
    return [Fact("bad", Span(n, n + 5), "xxxxx", Count("x", 1))]


def _wrong_text(document: Document) -> list[Fact]:
    return [Fact("bad", Span(0, 6), "Ukrain", Count("x", 1))]


def _undeclared_kind(document: Document) -> list[Fact]:
    return [Fact("tally", Span(0, 6), document.text[:6], Count("x", 1))]


def _tuple_span(document: Document) -> list[Fact]:
    return [Fact("bad", (0, 6), document.text[:6], Count("x", 1))]  # type: ignore[arg-type]


def _mention_outside(document: Document) -> list[Fact]:
    return [Fact("bad", Span(0, 6), document.text[:6], Count("x", 1), mentions=(Span(0, 10**6),))]


def _bad_confidence(document: Document) -> list[Fact]:
    return [Fact("bad", Span(0, 6), document.text[:6], Count("x", 1), confidence=1.5)]


def _negative_span(document: Document) -> list[Fact]:
    return [Fact("bad", Span(-1, 6), document.text[:6], Count("x", 1))]


@pytest.mark.parametrize(
    "function",
    [
        _not_a_fact,
        _returns_none,
        _returns_int,
        _span_outside,
        _wrong_text,
        _undeclared_kind,
        _tuple_span,
        _mention_outside,
        _bad_confidence,
        _negative_span,
    ],
    ids=lambda f: f.__name__,
)
def test_malformed_output_drops_only_that_plugins_facts(function: Callable[[Document], Any]) -> None:
    result = pipeline(faulty("malformed", function)).extract(TEXT)
    assert_good_survived(result)
    [error] = result.errors
    assert (error.plugin, error.stage) == ("malformed", "extract")
    assert error.error_type in {"TypeError", "ValueError"}
    assert error.message


def test_forged_provenance_is_overwritten() -> None:
    def forge(document: Document) -> list[Fact]:
        fake = newsextract.Provenance("good", "tally", "newsextract-good", "9.9")
        return [Fact("bad", Span(0, 6), document.text[:6], Count("x", 1), extractor="good", provenance=fake)]

    result = pipeline(faulty("forger", forge)).extract(TEXT)
    [bad] = result.of("bad")
    assert bad.extractor == "forger"
    assert bad.provenance is not None and bad.provenance.plugin == "forger"


# -- shared state -----------------------------------------------------------------------------


def _mutate_text(document: Document) -> list[Fact]:
    document.text = "hijacked"  # type: ignore[misc]
    return []


def _mutate_published(document: Document) -> list[Fact]:
    document.published = None  # type: ignore[misc]
    return []


def _mutate_fact(document: Document) -> list[Fact]:
    fact = Fact("bad", Span(0, 6), document.text[:6], Count("x", 1))
    fact.span = Span(0, 1)  # type: ignore[misc]
    return [fact]


@pytest.mark.parametrize("function", [_mutate_text, _mutate_published, _mutate_fact], ids=lambda f: f.__name__)
def test_mutating_the_frozen_document_is_that_plugins_own_error(function: Callable[[Document], Any]) -> None:
    for order in (("aaa_mutator",), ("zzz_mutator",)):  # runs before and after the good plugin
        result = pipeline(faulty(order[0], function)).extract(TEXT)
        assert result.document.text == TEXT
        assert_good_survived(result)
        [error] = result.errors
        assert (error.plugin, error.stage, error.error_type) == (order[0], "extract", "FrozenInstanceError")


def test_a_plugin_cannot_change_what_a_later_plugin_sees_through_the_text() -> None:
    seen: list[str] = []

    def observer(document: Document) -> list[Fact]:
        seen.append(document.text)
        return []

    result = pipeline(faulty("aaa_mutator", _mutate_text), faulty("zzz_observer", observer)).extract(TEXT)
    assert seen == [TEXT]
    assert [e.plugin for e in result.errors] == ["aaa_mutator"]


# -- merge-time callbacks ---------------------------------------------------------------------


def _kind_plugin(name: str, **kind_options: Any) -> object:
    class Plugin:
        __newsextract_name__ = name

        @newsextract.hookimpl
        def register_kinds(self, register: Callable[..., Any]) -> None:
            register(Kind(f"{name}_kind", value_type=Count, **kind_options))

        @newsextract.hookimpl
        def register_extractors(self, register: Callable[..., Any]) -> None:
            def emit(document: Document) -> Iterable[Fact]:
                return [Fact(f"{name}_kind", Span(0, 6), document.text[:6], Count("x", 1))]

            register(emit, name="emit", kinds=(f"{name}_kind",))

    return Plugin()


def _boom(*args: Any) -> Any:
    raise RuntimeError("callback boom")


@pytest.mark.parametrize(
    ("options", "stage"),
    [
        ({"key": _boom}, "key"),
        ({"key": lambda f: [1, 2]}, "key"),  # unhashable key
        ({"persons": _boom}, "persons"),
        ({"persons": lambda f: ["not a claim"]}, "persons"),
        ({"link": _boom}, "link"),
        ({"link": lambda f, e: attrs.evolve(f, span=Span(1, 7), text=TEXT[1:7])}, "link"),
        ({"link": lambda f, e: None}, "link"),
    ],
)
def test_failing_kind_callbacks_are_charged_to_their_plugin(options: dict[str, Any], stage: str) -> None:
    result = pipeline(_kind_plugin("cb", **options)).extract(TEXT)
    assert_good_survived_with_extra(result, "cb_kind")
    assert [(e.plugin, e.stage) for e in result.errors] == [("cb", stage)]


def assert_good_survived_with_extra(result: newsextract.Result, extra_kind: str) -> None:
    tallies = result.of("tally")
    assert [(f.value.noun, f.value.count) for f in tallies] == [("drones", 40), ("missiles", 3)]
    assert {f.kind for f in result.facts} <= {"tally", extra_kind}


# -- with the installed plugins ---------------------------------------------------------------


def test_installed_plugins_facts_survive_a_faulty_neighbour(seed_text: str) -> None:
    clean = Pipeline(strict=False)
    if not any(p.status == "active" for p in clean.plugins):
        pytest.skip("no newsextract plugin is installed")
    reference = [f.to_dict() for f in clean.extract(seed_text).facts]
    for function in (_raise_runtime, _not_a_fact, _spin, _mutate_text):
        noisy = Pipeline(register=[faulty("zz_faulty", function)], strict=False, timeout=0.5)
        result = noisy.extract(seed_text)
        assert [f.to_dict() for f in result.facts] == reference
        assert [e.plugin for e in result.errors] == ["zz_faulty"]
