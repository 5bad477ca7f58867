"""The kind: value serialisation, merge key, gold matching, registration."""

from __future__ import annotations

from newsextract_weapons import WeaponCount, gold_match, kind_key

import newsextract


def value(**kw: object) -> WeaponCount:
    base: dict[str, object] = {
        "weapon": "Shahed-type drones",
        "class_": "drone",
        "count": 426,
        "qualifier": "exact",
        "status": "launched",
    }
    base.update(kw)
    return WeaponCount(**base)  # type: ignore[arg-type]


def test_class_serialises_without_underscore() -> None:
    data = newsextract.value_to_dict(value())
    assert data["class"] == "drone"
    assert "class_" not in data
    assert set(data) >= {"weapon", "class", "count", "qualifier", "status", "model", "actor", "target", "location"}
    assert data["derived"] is False


def test_gold_match_rule() -> None:
    gold = {"weapon": "drones", "class": "drone", "count": 426, "qualifier": "exact", "status": "launched"}
    assert gold_match(gold, newsextract.value_to_dict(value()))
    assert not gold_match(gold, newsextract.value_to_dict(value(count=425)))
    assert not gold_match(gold, newsextract.value_to_dict(value(status="neutralized")))
    assert not gold_match(gold, newsextract.value_to_dict(value(class_="missile")))
    assert not gold_match(gold, newsextract.value_to_dict(value(weapon="cruise missiles")))
    vague = {"weapon": "drones", "class": "drone", "count": None, "qualifier": "about", "status": "launched"}
    assert gold_match(vague, newsextract.value_to_dict(value(count=None, qualifier="about")))


def test_key_folds_repeats_but_not_different_counts() -> None:
    a = newsextract.Fact("weapon_count", newsextract.Span(0, 5), "x" * 5, value())
    b = newsextract.Fact("weapon_count", newsextract.Span(10, 15), "x" * 5, value(weapon="drones", model=None))
    c = newsextract.Fact("weapon_count", newsextract.Span(10, 15), "x" * 5, value(count=425))
    assert kind_key(a) == kind_key(b)
    assert kind_key(a) != kind_key(c)


def test_registered_and_merged_in_pipeline() -> None:
    pipeline = newsextract.Pipeline(plugins=["weapons"], strict=True)
    assert "weapon_count" in pipeline.kinds
    text = (
        "Russia fired 19 cruise missiles at Kyiv. The 19 cruise missiles were fired from bombers, "
        "and Russia fired 19 cruise missiles."
    )
    facts = pipeline.extract(text).of("weapon_count")
    launched = [f for f in facts if f.value.status == "launched"]
    assert len(launched) == 1
    assert len(launched[0].mentions) >= 2
