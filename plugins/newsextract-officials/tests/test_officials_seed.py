"""The seed article through the pipeline: the five officials, their mentions, entity linking."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsextract_officials import Official

import newsextract

SEED = Path(__file__).parent / "fixtures" / "kyiv-overnight-attack.txt"

# (name, title, place) of the five officials in the seed article
SEED_OFFICIALS = [
    ("Volodymyr Zelenskyy", "President", None),
    ("Donald Trump", "President", "US"),
    ("Vitali Klitschko", "Mayor", "Kyiv"),
    ("Ruslan Martsinkiv", "Mayor", "Ivano-Frankivsk"),
    ("Rustem Umerov", "head of the National Security and Defense Council", "Ukraine"),
]


@pytest.fixture(scope="module")
def result() -> newsextract.Result:
    pipeline = newsextract.Pipeline(plugins=["officials"], strict=True)
    return pipeline.extract(SEED.read_text(encoding="utf-8"), id="seed")


def test_seed_officials(result: newsextract.Result) -> None:
    found = {(f.value.name, f.value.title, f.value.place) for f in result.of("official")}
    assert found == set(SEED_OFFICIALS)


def test_seed_values_and_spans(result: newsextract.Result) -> None:
    text = result.document.text
    by_name = {f.value.name: f for f in result.of("official")}
    umerov = by_name["Rustem Umerov"].value
    assert isinstance(umerov, Official)
    assert umerov.status == "newly appointed"
    assert umerov.organization == "National Security and Defense Council"
    for fact in result.of("official"):
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.extractor == "officials"
    # Zelenskyy is named four times: once with title and full name, three times by surname.
    zelenskyy = by_name["Volodymyr Zelenskyy"]
    assert [text[s.start : s.end] for s in zelenskyy.mentions].count("Zelenskyy") == 3
    # Trump appears twice with the same title: still one fact.
    assert sum(1 for f in result.of("official") if f.value.name == "Donald Trump") == 1


def test_seed_scores_against_gold_rule(result: newsextract.Result, pipeline: newsextract.Pipeline) -> None:
    kind = pipeline.kind("official")
    gold = [{"name": name, "title": title, "place": place} for name, title, place in SEED_OFFICIALS]
    predicted = [newsextract.value_to_dict(f.value) for f in result.of("official")]
    for g in gold:
        assert sum(kind.matches_gold(g, p) for p in predicted) == 1, g


def test_persons_feed_entity_linking(result: newsextract.Result, pipeline: newsextract.Pipeline) -> None:
    kind = pipeline.kind("official")
    assert kind.persons is not None
    text = result.document.text
    claims = [c for f in result.of("official") for c in kind.persons(f)]
    index = newsextract.EntityIndex(text, claims)
    # "Zelenskyy said" in the body resolves to the titled, fully named person.
    at = text.index("Zelenskyy said")
    person = index.resolve("Zelenskyy", at)
    assert person is not None
    assert (person.name, person.title) == ("Volodymyr Zelenskyy", "President")
    klitschko = index.resolve("Klitschko", text.index("Klitschko said"))
    assert klitschko is not None and klitschko.place == "Kyiv"
    assert index.canonical_name("Umerov") == "Rustem Umerov"
