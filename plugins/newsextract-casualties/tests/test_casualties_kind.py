"""The kind: registration, merge key, gold matching, serialisation."""

from __future__ import annotations

import attrs
from newsextract_casualties import Casualty, casualty_key, gold_match, normalize_who

import newsextract


def _fact(value: Casualty, start: int = 0) -> newsextract.Fact:
    return newsextract.Fact("casualty", newsextract.Span(start, start + 1), "x", value)


def test_kind_is_registered(pipeline: newsextract.Pipeline) -> None:
    kind = pipeline.kind("casualty")
    assert kind.value_type is Casualty
    assert kind.gold_match is gold_match


def test_value_fields_follow_format() -> None:
    names = [f.name for f in attrs.fields(Casualty)]
    assert names[:5] == ["status", "count", "qualifier", "who", "location"]
    assert {"lower_bound", "subset_of", "superseded", "derived"} <= set(names)
    data = newsextract.value_to_dict(Casualty("killed", 2, subset_of=newsextract.Span(3, 9)))
    assert data["subset_of"] == [3, 9]


def test_gold_match_is_status_and_count() -> None:
    assert gold_match({"status": "killed", "count": 2, "who": "people"}, {"status": "killed", "count": 2, "who": "civilians"})
    assert not gold_match({"status": "killed", "count": 2}, {"status": "wounded", "count": 2})
    assert not gold_match({"status": "killed", "count": 2}, {"status": "killed", "count": 3})
    assert gold_match({"status": "wounded", "count": None}, {"status": "wounded", "count": None})


def test_key_folds_restatements_and_keeps_groups_apart() -> None:
    one = Casualty("killed", 1, "exact", "person", "Kyiv")
    assert casualty_key(_fact(one)) == casualty_key(_fact(attrs.evolve(one, who="people"), 40))
    assert casualty_key(_fact(one)) != casualty_key(_fact(attrs.evolve(one, location="Odesa")))
    assert casualty_key(_fact(one)) != casualty_key(_fact(attrs.evolve(one, who="children")))
    assert casualty_key(_fact(one)) != casualty_key(_fact(attrs.evolve(one, superseded=True)))
    assert normalize_who("Children") == "child"
    assert normalize_who("fatalities") == "people"


def test_lead_and_body_merge_into_one_fact_with_two_mentions(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Russian strikes killed four civilians in the Kherson region, the governor said.\n"
        "Officials said four civilians were killed in the Kherson region on Saturday. "
        "In Odesa, four civilians were killed as well."
    )
    facts = pipeline.extract(text).of("casualty")
    assert len(facts) == 2
    kherson = next(f for f in facts if f.value.location == "Kherson region")
    assert len(kherson.mentions) == 2
    assert any(f.value.location == "Odesa" for f in facts)


def test_restatement_without_place_folds_into_the_placed_one(pipeline: newsextract.Pipeline) -> None:
    text = "In Kharkiv, three people were killed overnight.\nThe attack killed three people, officials said."
    facts = pipeline.extract(text).of("casualty")
    assert len(facts) == 1
    assert facts[0].value.location == "Kharkiv"
    assert len(facts[0].mentions) == 2
