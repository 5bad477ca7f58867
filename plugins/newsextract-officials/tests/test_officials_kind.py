"""The kind's merge key, gold matching rule and registration."""

from __future__ import annotations

from newsextract_officials import Official, gold_match
from newsextract_officials.kind import key

import newsextract


def fact(name: str, title: str, start: int = 0) -> newsextract.Fact:
    text = name
    return newsextract.Fact("official", newsextract.Span(start, start + len(text)), text, Official(name, title))


def test_gold_match_needs_last_name_and_shared_title_word() -> None:
    assert gold_match({"name": "Dmitry Kuzmin", "title": "Governor"}, {"name": "Dmitry Kuzmin", "title": "Gov."})
    assert gold_match({"name": "Kuzmin", "title": "regional governor"}, {"name": "Dmitry Kuzmin", "title": "Governor"})
    assert gold_match(
        {"name": "Thomas Whitfield", "title": "spokesman; Major General"},
        {"name": "Thomas Whitfield", "title": "Maj. Gen."},
    )
    assert not gold_match({"name": "Dmitry Kuzmin", "title": "Governor"}, {"name": "Dmitry Kuzmin", "title": "Mayor"})
    assert not gold_match({"name": "Dmitry Kuzmin", "title": "Governor"}, {"name": "Dmitry Orlov", "title": "Governor"})
    assert not gold_match({"name": "Dmitry Kuzmin", "title": "Governor"}, {"name": "Dmitry Kuzmin", "title": None})


def test_key_is_the_surname() -> None:
    assert key(fact("Volodymyr Zelenskyy", "President")) == key(fact("Zelenskyy", "President", 40))
    assert key(fact("Pieter van Aalst", "Defense Minister")) == key(fact("Aalst", "minister"))
    assert key(fact("Donald Trump", "President")) != key(fact("Donald Tusk", "Prime Minister"))


def test_kind_is_registered_with_value_type(pipeline: newsextract.Pipeline) -> None:
    kind = pipeline.kind("official")
    assert kind.value_type is Official
    assert kind.key is not None and kind.gold_match is not None and kind.persons is not None
    assert [e.name for e in pipeline.extractors] == ["officials"]


def test_value_serialises_with_format_fields(pipeline: newsextract.Pipeline) -> None:
    result = pipeline.extract("Kyiv Mayor Vitali Klitschko said. Klitschko added more.")
    (only,) = result.of("official")
    data = only.to_dict()
    assert {"name", "title", "place", "organization", "status"} <= set(data["value"])
    assert data["value"]["place"] == "Kyiv"
    text = result.document.text
    assert [text[a:b] for a, b in data["mentions"]] == ["Kyiv Mayor Vitali Klitschko", "Vitali Klitschko", "Klitschko"]
