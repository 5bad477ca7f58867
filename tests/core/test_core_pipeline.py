"""The pipeline: isolation of misbehaving plugins, provenance, merge and determinism."""

from __future__ import annotations

import itertools
import logging
import random

import pytest

import newsextract
from newsextract import Document, Pipeline, PluginFailure

from . import fakeplugins as fp

TEXT = "Russia launched 40 drones and 3 missiles. Later 40 drones returned."


def pipeline(*plugins: object, **options: object) -> Pipeline:
    options.setdefault("strict", False)
    return Pipeline(register=plugins, entry_points=False, **options)  # type: ignore[arg-type]


def test_in_process_plugin_produces_facts_with_provenance() -> None:
    result = pipeline(fp.Counter()).extract(TEXT)
    counts = result.of("count")
    assert [(f.value.noun, f.value.count) for f in counts] == [("drones", 40), ("missiles", 3)]
    assert all(f.extractor == "counter" for f in counts)
    assert counts[0].provenance == newsextract.Provenance("counter", "nouns", None, None)
    assert result.errors == ()


def test_duplicates_fold_into_one_fact_with_every_mention() -> None:
    result = pipeline(fp.Counter()).extract(TEXT)
    drones = [f for f in result.of("count") if f.value.noun == "drones"]
    assert len(drones) == 1
    spans = [m.to_list() for m in drones[0].mentions]
    assert spans == [[16, 25], [48, 57]]
    assert drones[0].span.of(TEXT) == drones[0].text == "40 drones"


@pytest.mark.parametrize(
    "bad",
    [fp.Raiser(), fp.WrongType(), fp.BadSpan(), fp.WrongText(), fp.Undeclared()],
    ids=lambda p: p.__newsextract_name__,
)
def test_a_misbehaving_plugin_loses_only_its_own_output(bad: object) -> None:
    result = pipeline(fp.Counter(), bad).extract(TEXT)
    assert len(result.of("count")) == 2  # the good plugin's facts survive
    assert {f.extractor for f in result.facts} == {"counter"}
    [error] = result.errors
    assert error.plugin == bad.__newsextract_name__  # type: ignore[attr-defined]
    assert error.stage == "extract"
    assert error.error_type in {"RuntimeError", "TypeError", "ValueError"}
    assert error.message


def test_strict_mode_reraises_with_the_plugin_named() -> None:
    with pytest.raises(PluginFailure, match="raiser"):
        pipeline(fp.Counter(), fp.Raiser(), strict=True).extract(TEXT)


def test_strict_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEXTRACT_STRICT", "0")
    assert pipeline(fp.Raiser(), strict=None).strict is False
    monkeypatch.setenv("NEWSEXTRACT_STRICT", "1")
    assert pipeline(fp.Raiser(), strict=None).strict is True


def test_provenance_cannot_be_forged() -> None:
    result = pipeline(fp.Counter(), fp.Forger()).extract(TEXT)
    [forged] = result.of("forged")
    assert forged.extractor == "forger"
    assert forged.provenance is not None and forged.provenance.plugin == "forger"
    assert forged.provenance.version is None


def test_a_plugin_failing_to_register_is_reported_and_the_rest_load() -> None:
    p = pipeline(fp.Counter(), fp.BrokenRegistration())
    statuses = {info.name: info.status for info in p.plugins}
    assert statuses == {"brokenreg": "failed", "counter": "active"}
    assert p.registry.load_errors[0].plugin == "brokenreg"
    assert "missing optional dependency" in (p.plugins[0].error or "")
    assert len(p.extract(TEXT).of("count")) == 2


def test_an_extractor_past_its_time_budget_is_stopped() -> None:
    result = pipeline(fp.Counter(), fp.Sleeper(), timeout=0.2).extract(TEXT)
    assert len(result.of("count")) == 2
    [error] = result.errors
    assert (error.plugin, error.stage, error.error_type) == ("sleeper", "timeout", "ExtractorTimeout")


def test_rival_plugins_on_one_span_settle_by_confidence_then_name() -> None:
    low = pipeline(fp.Counter(), fp.RivalCounter(0.5)).extract(TEXT)
    assert {f.extractor for f in low.of("count")} == {"counter"}
    high = pipeline(fp.Counter(), fp.RivalCounter(0.95)).extract(TEXT)
    assert {f.extractor for f in high.of("count")} == {"rival"}
    # Equal confidence: the plugin whose name sorts first wins, whatever the load order.
    tie_a = pipeline(fp.Counter(), fp.RivalCounter(0.9, "aardvark")).extract(TEXT)
    tie_b = pipeline(fp.RivalCounter(0.9, "aardvark"), fp.Counter()).extract(TEXT)
    assert {f.extractor for f in tie_a.of("count")} == {"aardvark"}
    assert tie_a.to_dict() == tie_b.to_dict()


def test_output_never_depends_on_plugin_load_order() -> None:
    plugins = [fp.Counter(), fp.RivalCounter(0.9, "aardvark"), fp.Raiser(), fp.Titles(), fp.Speakers()]
    text = "President Volodymyr Zelenskyy spoke. 12 drones fell. Zelenskyy said it. He said more. 12 drones"
    outputs = {pipeline(*order).extract(text).to_json() for order in itertools.permutations(plugins)}
    assert len(outputs) == 1


def test_facts_are_in_text_order() -> None:
    plugins = [fp.Counter(), fp.Titles(), fp.Speakers()]
    random.Random(4).shuffle(plugins)
    text = "Mayor Ivan Petrenko said 5 shells fell. Petrenko said 2 more. 7 people"
    facts = pipeline(*plugins).extract(text).facts
    assert [f.span.start for f in facts] == sorted(f.span.start for f in facts)


def test_entity_linking_resolves_surnames_and_pronouns_to_titled_people() -> None:
    text = "President Volodymyr Zelenskyy spoke first. Zelenskyy said talks were due. Then he said more."
    result = pipeline(fp.Titles(), fp.Speakers()).extract(text)
    # Both "Zelenskyy said" and "he said" link to one person, so the two facts fold into one.
    [said] = result.of("said")
    assert said.value == fp.Said("Volodymyr Zelenskyy", "President")
    assert [text[m.start : m.end] for m in said.mentions] == ["Zelenskyy said", "he said"]


def test_trace_logs_each_extractor(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="newsextract"):
        pipeline(fp.Counter(), trace=True).extract(TEXT)
    assert any("counter.nouns" in r.message and "3 facts" in r.message for r in caplog.records)


def test_allowlist_and_blocklist(monkeypatch: pytest.MonkeyPatch) -> None:
    p = pipeline(fp.Counter(), fp.Titles(), exclude=["titles"])
    assert [i.name for i in p.plugins if i.status == "active"] == ["counter"]
    monkeypatch.setenv("NEWSEXTRACT_EXCLUDE", "counter")
    p = pipeline(fp.Counter(), fp.Titles())
    assert [i.name for i in p.plugins if i.status == "active"] == ["titles"]


def test_entry_point_allowlist_selects_installed_plugins() -> None:
    p = Pipeline(plugins=[], strict=False)
    assert all(info.status == "disabled" for info in p.plugins)
    assert p.extract(TEXT).facts == ()


def test_extract_accepts_text_document_or_dict() -> None:
    p = pipeline(fp.Counter())
    by_text = p.extract(TEXT, id="a")
    by_doc = p.extract(Document(TEXT, id="a"))
    by_dict = p.extract({"text": TEXT, "id": "a", "section": "world"})
    assert by_text.to_dict()["facts"] == by_doc.to_dict()["facts"] == by_dict.to_dict()["facts"]
    assert by_dict.document.metadata == {"section": "world"}
    with pytest.raises(TypeError):
        p.extract(42)  # type: ignore[arg-type]


def test_extract_many_keeps_order_with_workers() -> None:
    p = pipeline(fp.Counter())
    texts = [f"{i} drones and {i + 1} missiles" for i in range(40)]
    serial = [r.to_dict() for r in p.extract_many(texts)]
    parallel = [r.to_dict() for r in p.extract_many(texts, workers=2, chunk_size=3)]
    assert serial == parallel
    assert [r["facts"][0]["value"]["count"] for r in parallel] == list(range(40))


def test_results_pickle() -> None:
    import pickle

    result = pipeline(fp.Counter()).extract(TEXT, published="2025-07-21")
    assert pickle.loads(pickle.dumps(result)) == result


def test_when_comes_from_the_sentence_for_dated_kinds_only() -> None:
    text = "On Monday 12 drones hit. President Ivan Petrenko spoke in February 2022."
    result = pipeline(fp.Counter(), fp.Titles()).extract(text, published="2025-07-23")
    [count] = result.of("count")
    assert count.when is not None and (count.when.date.isoformat(), count.when.granularity) == ("2025-07-21", "day")
    [person] = result.of("person")
    assert person.when is not None and person.when.granularity == "month"  # fake kind is dated by default
    undated = pipeline(fp.Counter(), fp.UndatedTitles()).extract(text, published="2025-07-23")
    assert undated.of("person")[0].when is None



def test_each_fact_takes_the_time_nearest_to_it_in_a_sentence_with_two() -> None:
    text = "On Monday 12 drones hit Kharkiv, and on Saturday 30 drones hit Sumy."
    result = pipeline(fp.Counter()).extract(text, published="2025-07-23")
    by_count = {f.value.count: f.when for f in result.of("count")}
    assert by_count[12] is not None and by_count[12].text == "Monday"
    assert by_count[30] is not None and by_count[30].text == "Saturday"

class _BadValue:
    __newsextract_name__ = "badvalue"

    @newsextract.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        register(lambda d: [newsextract.Fact("count", newsextract.Span(0, 1), d.text[:1], 42)], name="v", kinds=("count",))


class _Swallower:
    """Catches every Exception in a busy loop: the time budget must still stop it."""

    __newsextract_name__ = "swallower"

    @newsextract.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def spin(document: Document) -> list[newsextract.Fact]:
            while True:
                try:
                    sum(range(1000))
                except Exception:
                    continue

        register(spin, kinds=("count",))


def test_a_fact_value_of_the_wrong_type_is_isolated() -> None:
    result = pipeline(fp.Counter(), _BadValue()).extract(TEXT)
    assert len(result.of("count")) == 2
    assert [e.plugin for e in result.errors] == ["badvalue"]


def test_the_time_budget_cannot_be_swallowed_by_except_exception() -> None:
    result = pipeline(fp.Counter(), _Swallower(), timeout=0.2).extract(TEXT)
    assert len(result.of("count")) == 2
    assert [(e.plugin, e.stage) for e in result.errors] == [("swallower", "timeout")]
