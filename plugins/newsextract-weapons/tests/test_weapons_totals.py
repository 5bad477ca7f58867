"""Scope on weapon counts and the weapon totals the kind's TotalRule gives (invented sentences)."""

from __future__ import annotations

import pytest

import newsextract


@pytest.fixture(scope="module")
def weapons() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["weapons"], strict=True)


def _total(result: newsextract.Result, cls: str, status: str) -> newsextract.Total:
    (total,) = [t for t in result.totals("weapon_count") if dict(t.group) == {"class": cls, "status": status}]
    return total


@pytest.mark.parametrize(
    ("text", "scope", "words"),
    [
        ("Russia launched 550 drones overnight.", "event", "overnight"),
        ("Russia launched more than 1,100 drones this week.", "period", "this week"),
        (
            "Russia has launched 52,000 drones since the start of the full-scale invasion.",
            "cumulative",
            "since the start of the full-scale invasion",
        ),
        ("Russia launched 40 drones at the port.", None, None),
    ],
)
def test_every_weapon_count_carries_its_scope(
    weapons: newsextract.Pipeline, text: str, scope: str | None, words: str | None
) -> None:
    (fact,) = weapons.extract(text).facts
    assert fact.value.scope == scope
    assert (fact.value.scope_span.of(text) if fact.value.scope_span else None) == words


def test_overnight_weekly_and_war_figures_are_never_summed(weapons: newsextract.Pipeline) -> None:
    text = (
        "Russia launched 550 drones overnight, the air force said. More than 1,100 drones were launched this week. "
        "Moscow has fired 52,000 drones since the start of the full-scale invasion."
    )
    total = _total(weapons.extract(text), "drone", "launched")
    assert total.count == 550
    assert total.period is not None and total.period.count == 1100
    assert total.cumulative is not None and total.cumulative.count == 52000


def test_a_later_breakdown_folds_into_the_lead_figure(weapons: newsextract.Pipeline) -> None:
    text = "Russia fired 24 missiles at Kyiv on Tuesday. The barrage included five Kinzhal missiles and 19 cruise missiles."
    total = _total(weapons.extract(text), "missile", "launched")
    assert total.count == 24
    assert total.event is not None and len(total.event.spans) == 1 and len(total.event.folded) == 2


def test_statuses_and_classes_are_separate_totals(weapons: newsextract.Pipeline) -> None:
    text = "Russia launched 40 drones and six missiles overnight. Air defences shot down 35 drones."
    result = weapons.extract(text)
    assert _total(result, "drone", "launched").count == 40
    assert _total(result, "missile", "launched").count == 6
    assert _total(result, "drone", "neutralized").count == 35


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Russia launched 74 missiles, including 71 cruise missiles and three ballistic missiles.", [71, 3]),
        ("Air defences shot down 89 drones across eight regions, including 18 over Novgorod.", [18]),
        ("Russia fired 12 missiles including 4 Kinzhals.", [4]),
    ],
)
def test_an_including_breakdown_is_marked_and_counted_once(weapons: newsextract.Pipeline, text: str, parts: list[int]) -> None:
    result = weapons.extract(text)
    whole, *rest = result.facts
    assert [f.value.count for f in rest if f.value.subset_of == whole.span] == parts
    (total,) = result.totals("weapon_count")
    assert total.count == whole.value.count


def test_counts_in_a_plain_list_are_not_parts(weapons: newsextract.Pipeline) -> None:
    result = weapons.extract("Russia launched 40 drones at Kyiv and 30 drones at Lviv.")
    assert [f.value.subset_of for f in result.facts] == [None, None]
    (total,) = result.totals("weapon_count")
    assert total.count == 70


def test_parts_never_add_up_to_more_than_their_whole(weapons: newsextract.Pipeline) -> None:
    result = weapons.extract("Russia launched 10 drones, including 8 Shaheds and 7 Gerbera drones.")
    assert sum(f.value.count for f in result.facts if f.value.subset_of is not None) <= 10
