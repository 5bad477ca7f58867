"""Per-article totals: the core folds facts by the TotalRule a kind registers, knowing no plugin."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import regex

import newsextract
from newsextract import Document, Fact, Kind, Span, TotalRule
from newsextract.schema import result_schema
from newsextract.totals import compute_totals, totals_lines, totals_to_dict


@attrs.frozen
class Tally:
    """An invented kind's value: how many of what, with the fields a TotalRule names."""

    what: str
    status: str
    count: int | None
    qualifier: str = "exact"
    lower_bound: int | None = None
    part_of: Span | None = None
    revised: bool = False
    scope: str | None = None


RULE = TotalRule(group_by=("what", "status"), subset_of="part_of", superseded="revised")


def _fact(text: str, words: str, value: Tally, after: int = 0) -> Fact:
    start = text.index(words, after)
    return Fact("tally", Span(start, start + len(words)), words, value)


def _event(text: str, facts: Iterable[Fact], rule: TotalRule = RULE) -> list[tuple[Any, int | None, list[list[int]]]]:
    return [
        (dict(t.group), t.count, [s.to_list() for s in t.event.spans] if t.event else [])
        for t in compute_totals(list(facts), {"tally": rule}, text)
    ]


def test_parts_marked_subset_of_fold_into_their_whole() -> None:
    text = "Nine people were killed, including four children. Two were killed in another town."
    whole = _fact(text, "Nine people", Tally("people", "killed", 9))
    part = _fact(text, "four children", Tally("people", "killed", 4, part_of=whole.span))
    other = _fact(text, "Two", Tally("people", "killed", 2))
    (total,) = compute_totals([whole, part, other], {"tally": RULE}, text)
    assert total.count == 9  # the 2 fit inside the 9 stated first: read as a breakdown
    assert part.span in total.event.folded if total.event else False


def test_superseded_figures_are_left_out() -> None:
    text = "Early reports said 5 died. The toll later rose to 8."
    early = _fact(text, "5", Tally("people", "killed", 5, revised=True))
    late = _fact(text, "8", Tally("people", "killed", 8))
    assert _event(text, [early, late]) == [({"what": "people", "status": "killed"}, 8, [late.span.to_list()])]


def test_a_later_breakdown_folds_into_the_figure_stated_first() -> None:
    text = "Russia fired 24 missiles. Five were Kinzhals. Nineteen were cruise missiles."
    lead = _fact(text, "24 missiles", Tally("missile", "launched", 24))
    a = _fact(text, "Five", Tally("missile", "launched", 5))
    b = _fact(text, "Nineteen", Tally("missile", "launched", 19))
    assert _event(text, [lead, a, b]) == [({"what": "missile", "status": "launched"}, 24, [lead.span.to_list()])]


def test_figures_that_do_not_fit_or_share_a_sentence_are_summed() -> None:
    text = "Three died in the north and two died in the south. Later four more died in the east."
    facts = [
        _fact(text, "Three", Tally("people", "killed", 3)),
        _fact(text, "two", Tally("people", "killed", 2)),
        _fact(text, "four", Tally("people", "killed", 4)),
    ]
    ((_, count, spans),) = _event(text, facts)
    assert count == 9  # 3 and 2 share a sentence; 4 does not fit inside 3 (or 2)
    assert len(spans) == 3


def test_compatible_keeps_different_groups_apart() -> None:
    text = "Five soldiers were killed. Two civilians were killed."
    facts = [
        _fact(text, "Five soldiers", Tally("people", "killed", 5)),
        _fact(text, "Two civilians", Tally("people", "killed", 2)),
    ]
    assert _event(text, facts)[0][1] == 5
    apart = attrs.evolve(RULE, compatible=lambda earlier, later: False)
    assert _event(text, facts, apart)[0][1] == 7
    no_folding = attrs.evolve(RULE, fold_breakdowns=False)
    assert _event(text, facts, no_folding)[0][1] == 7


def test_vague_figures_count_only_without_a_precise_one() -> None:
    text = "Hundreds of drones flew in. The air force counted 426 drones."
    vague = _fact(text, "Hundreds of drones", Tally("drone", "launched", None, "about", lower_bound=200))
    precise = _fact(text, "426 drones", Tally("drone", "launched", 426))
    (total,) = compute_totals([vague, precise], {"tally": RULE}, text)
    assert (total.count, total.event.folded if total.event else ()) == (426, (vague.span,))
    (alone,) = compute_totals([vague], {"tally": RULE}, text)
    assert alone.event is not None and (alone.count, alone.event.lower_bound) == (None, 200)


def test_period_and_cumulative_figures_are_reported_beside_never_summed() -> None:
    text = "Russia fired 40 drones overnight. It fired 1,100 this week and 52,000 since the war began."
    night = _fact(text, "40 drones", Tally("drone", "launched", 40, scope="event"))
    week = _fact(text, "1,100", Tally("drone", "launched", 1100, scope="period"))
    war = _fact(text, "52,000", Tally("drone", "launched", 52000, scope="cumulative"))
    (total,) = compute_totals([night, week, war], {"tally": RULE}, text)
    assert total.count == 40
    assert total.period is not None and (total.period.count, total.period.spans) == (1100, (week.span,))
    assert total.cumulative is not None and total.cumulative.count == 52000
    (only_running,) = compute_totals([war], {"tally": RULE}, text)
    assert (only_running.event, only_running.count, only_running.cumulative and only_running.cumulative.count) == (
        None,
        None,
        52000,
    )


def test_json_form_nests_by_group_fields_and_totals_script_can_read_it() -> None:
    text = "Nine people were killed. Russia fired 24 missiles."
    facts = [
        _fact(text, "Nine people", Tally("people", "killed", 9)),
        _fact(text, "24 missiles", Tally("missile", "launched", 24)),
    ]
    by_status = {"casualty": TotalRule(group_by=("status",)), "tally": RULE}
    renamed = [attrs.evolve(facts[0], kind="casualty"), facts[1]]
    data = totals_to_dict(compute_totals(renamed, by_status, text))
    assert data["casualty"]["killed"]["count"] == 9
    assert data["casualty"]["killed"]["spans"] == [[0, 11]]
    assert data["tally"]["missile"]["launched"]["count"] == 24
    assert set(data["casualty"]["killed"]) == {"count", "qualifier", "lower_bound", "spans", "folded", "period", "cumulative"}
    assert any("24" in line for line in totals_lines(data))


# -- through the pipeline -----------------------------------------------------------------

_TALLY = regex.compile(r"(\d+) (\w+) (killed|fired)")


def _tallies(document: Document) -> Iterable[Fact]:
    for m in _TALLY.finditer(document.text):
        yield Fact("tally", Span(m.start(), m.end()), m.group(), Tally(m.group(2), m.group(3), int(m.group(1))))


class Tallier:
    __newsextract_name__ = "tallier"

    def __init__(self, rule: TotalRule | None) -> None:
        self.rule = rule

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(Kind("tally", value_type=Tally, totals=self.rule))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(_tallies, name="tallies", kinds=("tally",))


def _pipeline(rule: TotalRule | None) -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=[], register=[Tallier(rule)], entry_points=False, resolve_dates=False, strict=False)


def test_result_totals_and_the_totals_field_of_every_output_record() -> None:
    result = _pipeline(RULE).extract("We saw 3 people killed. Then 2 people killed. Also 5 drones fired.", id="a")
    assert [(dict(t.group), t.count) for t in result.totals()] == [
        ({"what": "drones", "status": "fired"}, 5),
        ({"what": "people", "status": "killed"}, 3),
    ]
    assert [t.count for t in result.totals("tally")] == [5, 3]
    record = json.loads(result.to_json())
    assert record["totals"]["tally"]["people"]["killed"]["count"] == 3
    assert record["totals"]["tally"]["people"]["killed"]["folded"] == [[29, 44]]


def test_a_kind_without_a_rule_has_no_totals() -> None:
    result = _pipeline(None).extract("We saw 3 people killed.")
    assert result.totals() == ()
    assert result.to_dict()["totals"] == {}


def test_a_failing_compatible_rule_is_reported_and_the_facts_survive() -> None:
    def broken(earlier: Any, later: Any) -> bool:
        raise RuntimeError("boom")

    result = _pipeline(attrs.evolve(RULE, compatible=broken)).extract("3 people killed. 2 people killed.")
    assert len(result.facts) == 2
    assert result.totals() == ()
    assert [(e.plugin, e.stage, e.error_type) for e in result.errors] == [("tallier", "totals", "RuntimeError")]


def test_the_output_schema_describes_totals() -> None:
    schema = result_schema({"tally": Kind("tally", value_type=Tally, totals=RULE)})
    assert "totals" in schema["properties"]
    assert set(schema["$defs"]["total"]["properties"]) == {"period", "cumulative"}


def test_a_bracketed_aside_folds_like_a_later_sentence() -> None:
    text = "One guard and 11 prisoners were killed (12 fatalities in all), police said."
    facts = [
        _fact(text, "One guard", Tally("people", "killed", 1)),
        _fact(text, "11 prisoners", Tally("people", "killed", 11)),
        _fact(text, "12 fatalities", Tally("people", "killed", 12)),
    ]
    assert _event(text, facts)[0][1:] == (12, [facts[2].span.to_list()])
    plain = "One guard and 11 prisoners were killed, and 12 died later, police said."
    same_sentence = [
        _fact(plain, "One guard", Tally("people", "killed", 1)),
        _fact(plain, "11 prisoners", Tally("people", "killed", 11)),
        _fact(plain, "12 died", Tally("people", "killed", 12)),
    ]
    assert _event(plain, same_sentence)[0][1] == 24


def test_a_fact_whose_words_say_it_is_one_more_is_never_folded() -> None:
    text = "Two guards were killed in the raid. Two other guards were killed later. Five guards died in all."
    first = _fact(text, "Two guards", Tally("guards", "killed", 2))
    other = _fact(text, "Two other guards", Tally("guards", "killed", 2))
    plain_rule = TotalRule(group_by=("what", "status"))
    more_rule = TotalRule(group_by=("what", "status"), additional=lambda words: "other" in words.split())
    assert _event(text, [first, other], plain_rule)[0][1] == 2  # read as a restatement
    assert _event(text, [first, other], more_rule)[0][1] == 4  # neither a part nor a recap: one more
    recap = _fact(text, "Five guards", Tally("guards", "killed", 5))
    assert _event(text, [first, other, recap], more_rule)[0][1] == 5  # a later recap still folds both


def test_background_facts_are_in_no_figure_and_alone_give_an_event_total_of_zero() -> None:
    text = "Residents marched over the death of a guard. Two marchers were hurt."
    guard = _fact(text, "a guard", Tally("people", "killed", 1, scope="background"))
    hurt = _fact(text, "Two marchers", Tally("people", "hurt", 2))
    totals = {dict(t.group)["status"]: t for t in compute_totals([guard, hurt], {"tally": RULE}, text)}
    assert totals["killed"].count == 0  # a death is named, but it is not this event's
    assert totals["killed"].event is not None and totals["killed"].event.folded == (guard.span,)
    assert totals["killed"].event.spans == ()
    assert totals["hurt"].count == 2


def test_a_background_fact_beside_event_facts_adds_nothing() -> None:
    text = "Crowds rallied over the killing of a driver. Three people were killed when police fired."
    driver = _fact(text, "a driver", Tally("people", "killed", 1, scope="background"))
    three = _fact(text, "Three people", Tally("people", "killed", 3))
    assert _event(text, [driver, three]) == [({"what": "people", "status": "killed"}, 3, [three.span.to_list()])]
