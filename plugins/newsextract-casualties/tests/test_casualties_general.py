"""General news-English patterns added to make the reader generalise (invented sentences).

Each rule has positive sentences and at least one sentence it must not fire on.
"""

from __future__ import annotations

import pytest
from newsextract_casualties import Casualty

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["casualties"], strict=True)


def values(pipeline: newsextract.Pipeline, text: str) -> list[Casualty]:
    result = pipeline.extract(text)
    for fact in result.facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert isinstance(fact.value, Casualty)
    return [f.value for f in result.facts]


def pairs(pipeline: newsextract.Pipeline, text: str) -> set[tuple[str, int | None]]:
    return {(v.status, v.count) for v in values(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<subject> suffered/sustained ... injuries/wounds/burns" is a wounded casualty.
        ("Medics said a 40-year-old man suffered serious burns in the fire.", {("wounded", 1)}),
        ("Eight passengers sustained minor injuries when the bus overturned.", {("wounded", 8)}),
        ("A fisherman suffered gunshot wounds to the leg, the coast guard said.", {("wounded", 1)}),
        # "treated for" smoke inhalation / burns / breathing problems.
        ("Eleven residents were treated for smoke inhalation at the scene.", {("wounded", 11)}),
        ("Five tenants were treated for burns and breathing problems.", {("wounded", 5)}),
        # "N of those <participle>": a part of the group with that status.
        (
            "Doctors said five of those hurt were being treated at a regional hospital.",
            {("hospitalized", 5)},
        ),
        # Nominal verbs: "the evacuation of", "the rescue of", "the abduction of".
        ("The floods forced the evacuation of about 2,000 villagers.", {("evacuated", 2000)}),
        ("The rescue of 30 miners took two days.", {("rescued", 30)}),
        ("The abduction of 14 pupils shocked the town.", {("captured", 14)}),
        # "freed" a person group is a rescue.
        ("Commandos freed four kidnapped aid workers in a night raid.", {("rescued", 4)}),
        # "the number of people <status> rose to N", with the earlier figure after "up from (the)".
        (
            "The number of people injured in the crash rose to 22 on Monday, up from the 15 reported earlier.",
            {("wounded", 22), ("wounded", 15)},
        ),
        ("The number of people missing after the landslide climbed to 40.", {("missing", 40)}),
        # "N of them" appositive right after a casualty is a part of it.
        ("Ten people were hurt on Sunday, three of them seriously.", {("wounded", 10), ("wounded", 3)}),
        # An item "with injuries" in an including list is wounded; the list's other items are not.
        (
            "Seven people were hospitalized, including three children with minor injuries and a nurse.",
            {("hospitalized", 7), ("wounded", 3), ("hospitalized", 1)},
        ),
    ],
)
def test_general_patterns(pipeline: newsextract.Pipeline, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Losses and sports injuries are not casualties.
        ("The company suffered heavy losses and its shares sustained a sharp fall.", set()),
        ("The number of injuries this season rose to 12, the coach said.", set()),
        # Settlements are evacuated, but they are not people.
        ("The evacuation of 11 settlements began at dawn.", set()),
        # The idiom "came to the rescue of" is help, not a rescue count.
        ("Neighbors came to the rescue of the victim after the assault.", set()),
        # Prisoners freed by a state are released, not rescued.
        ("The government freed 90 prisoners under an amnesty.", set()),
        # A vague "several of them" is no part of its own.
        ("Twenty people were hurt on Sunday, several of them seriously.", {("wounded", 20)}),
    ],
)
def test_general_patterns_do_not_overfire(
    pipeline: newsextract.Pipeline, text: str, expected: set[tuple[str, int | None]]
) -> None:
    assert pairs(pipeline, text) == expected


def test_of_them_with_own_predicate_keeps_its_predicate(pipeline: newsextract.Pipeline) -> None:
    text = "Some 80 people were wounded, 30 of whom remained in hospital."
    assert pairs(pipeline, text) == {("wounded", 80), ("hospitalized", 30)}


def test_revised_number_marks_the_earlier_figure(pipeline: newsextract.Pipeline) -> None:
    text = "The number of people injured rose to 31 on Tuesday, up from 20."
    by_count = {v.count: v for v in values(pipeline, text)}
    assert by_count[31].superseded is False
    assert by_count[20].superseded is True
    assert by_count[20].status == "wounded"


def test_reported_ends_a_noun_phrase(pipeline: newsextract.Pipeline) -> None:
    assert pairs(pipeline, "Five were reported dead after the storm.") == {("killed", 5)}
