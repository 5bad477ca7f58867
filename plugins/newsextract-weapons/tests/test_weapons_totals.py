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
        ("Russia has launched 52,000 drones since the start of the full-scale invasion.", "cumulative",
         "since the start of the full-scale invasion"),
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
