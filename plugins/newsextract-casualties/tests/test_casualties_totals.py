"""Scope on casualty facts and the casualty totals the kind's TotalRule gives (invented sentences)."""

from __future__ import annotations

import json

import pytest

import newsextract


def _killed(result: newsextract.Result) -> newsextract.Total:
    (total,) = [t for t in result.totals("casualty") if dict(t.group) == {"status": "killed"}]
    return total


@pytest.mark.parametrize(
    ("text", "scope", "words"),
    [
        ("Three people were killed in the attack on the market.", "event", "in the attack"),
        ("Eleven people were wounded over the weekend.", "period", "over the weekend"),
        ("More than 12,000 civilians have been killed since February 2022.", "cumulative", "since February 2022"),
        ("Two soldiers were wounded by a mine.", None, None),
    ],
)
def test_every_casualty_carries_its_scope_and_the_words_that_say_so(
    pipeline: newsextract.Pipeline, text: str, scope: str | None, words: str | None
) -> None:
    (fact,) = pipeline.extract(text).facts
    assert fact.value.scope == scope
    assert (fact.value.scope_span.of(text) if fact.value.scope_span else None) == words


def test_a_breakdown_with_including_is_not_counted_twice(pipeline: newsextract.Pipeline) -> None:
    result = pipeline.extract("Twelve people were killed on Monday, including four children.")
    total = _killed(result)
    assert total.count == 12
    assert total.event is not None and len(total.event.folded) == 1


def test_a_recap_replaces_the_figures_it_sums_up(pipeline: newsextract.Pipeline) -> None:
    text = "A man was killed in Kharkiv. In Odesa, a woman was killed. Two people died, officials said."
    assert _killed(pipeline.extract(text)).count == 2


def test_a_revised_toll_counts_once(pipeline: newsextract.Pipeline) -> None:
    assert _killed(pipeline.extract("Twelve people were killed on Monday. The toll later rose to 15.")).count == 15


def test_different_groups_in_different_sentences_are_summed(pipeline: newsextract.Pipeline) -> None:
    assert _killed(pipeline.extract("Five soldiers were killed in the ambush. Two civilians were also killed.")).count == 7


def test_period_and_cumulative_tolls_are_kept_apart_from_the_event_total(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Three people were killed in the attack on Monday. Forty people were killed this week. "
        "Since the start of the war, more than 12,000 civilians have been killed."
    )
    total = _killed(pipeline.extract(text))
    assert total.count == 3
    assert total.period is not None and total.period.count == 40
    assert total.cumulative is not None and total.cumulative.count == 12000


def test_output_records_carry_totals_in_the_shape_coders_compare(pipeline: newsextract.Pipeline) -> None:
    text = "Two people were killed and nine wounded in the blast. Among the dead was a child."
    record = json.loads(pipeline.extract(text, id="x").to_json())
    totals = record["totals"]["casualty"]
    assert (totals["killed"]["count"], totals["wounded"]["count"]) == (2, 9)
    start, end = totals["killed"]["spans"][0]
    assert text[start:end].startswith("Two people")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hundreds of residents protested over the killing of a taxi driver by a militiaman.", "over"),
        ("Protesters gathered to demand justice for a teenager who was killed by police last week.", "for"),
        ("Activists staged a rally in Leeds, Yorkshire, to condemn the killing of a teacher.", "condemn"),
        ("A mob ransacked a clinic over the death of a patient.", "over"),
        ("Traders held a vigil (in the old market) for a porter who died in police custody.", "for"),
        ("About 20 friends and family of a man who died in a road accident rallied outside the court.", "family"),
        ("Relatives of a boy who died in custody held a vigil outside the station.", "Relatives"),
        ("They also lit candles to honour a woman who died in the riots.", "honour"),
    ],
)
def test_a_death_a_protest_is_about_is_background_and_left_out_of_the_total(
    pipeline: newsextract.Pipeline, text: str, cue: str
) -> None:
    result = pipeline.extract(text)
    (fact,) = [f for f in result.facts if f.kind == "casualty"]
    assert fact.value.status == "killed"
    assert fact.value.scope == "background"
    assert fact.value.scope_span is not None and text[fact.value.scope_span.start : fact.value.scope_span.end] == cue
    assert _killed(result).count == 0


@pytest.mark.parametrize(
    "text",
    [
        "A protest against the lockdown turned violent after police killed two demonstrators.",
        "Protesters marched through the city, and after the march police opened fire and killed two.",
        "Police fired on protesters, killing two.",
        "Two people were killed after gunmen attacked a market.",
        "During the protest over fuel prices, two people were killed.",
        "Relatives of two men who were killed attacked the police post, and the two men were buried.",
        "The families of two men who were killed in the attack said police had ignored warnings.",
    ],
)
def test_a_protest_s_own_toll_stays_in_the_total(pipeline: newsextract.Pipeline, text: str) -> None:
    result = pipeline.extract(text)
    assert [f.value.scope for f in result.facts if f.kind == "casualty"] != ["background"]
    assert _killed(result).count == 2
