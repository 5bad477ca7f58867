"""General rules added for unseen news: each with invented sentences and a negative case."""

from __future__ import annotations

import pytest
from newsextract_casualties import Casualty

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["casualties"], strict=True)


def brief(pipeline: newsextract.Pipeline, text: str) -> set[tuple[str, int | None]]:
    result = pipeline.extract(text)
    out = set()
    for fact in result.facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert isinstance(fact.value, Casualty)
        out.add((fact.value.status, fact.value.count))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Flight and shelter are displacement.
        ("More than 5,000 villagers fled to nearby hills, aid groups said.", {("evacuated", 5000)}),
        ("Roughly 900 people spent the night in school shelters.", {("evacuated", 900)}),
        ("Some 300 families were moved to temporary shelters after the quake.", {("evacuated", 300)}),
        # Stabbed, and hit in a body part, are wounds.
        ("Four people, including a nine-year-old boy, were stabbed at a bus stop.", {("wounded", 4), ("wounded", 1)}),
        ("A second guard was hit in the leg during the raid.", {("wounded", 1)}),
        # A condition phrase with an article and a second adjective, in hospital.
        ("Two were in a serious but stable condition in hospital, the ambulance service said.", {("hospitalized", 2)}),
        # A singular casualty in a non-restrictive relative clause.
        ("A third man, who was injured in the arm, later recovered.", {("wounded", 1)}),
        # Two counted subjects share one predicate.
        ("Three soldiers and two civilians were killed in the ambush.", {("killed", 3), ("killed", 2)}),
        ("Officials said 40 pupils from one school and 25 from another were missing.", {("missing", 40), ("missing", 25)}),
        # A second head with its own adjective stays in the subject.
        ("At least nine farmers and local herders were killed, including two teenagers.", {("killed", 9), ("killed", 2)}),
        # A toll naming two groups.
        ("By Friday the toll had climbed to 30 police officers and eight volunteers.", {("killed", 30), ("killed", 8)}),
        # Hostages still held are captured.
        ("Some 40 hostages remain in the tunnels, officials say.", {("captured", 40)}),
        ("Twelve captives are still being held by the group.", {("captured", 12)}),
        # Taken from their homes, in a sentence about kidnapping.
        ("The kidnapping was the worst since 110 students were taken from their school.", {("captured", 110)}),
        # Air transport to hospital: an evacuation and a hospitalisation; injuries named too.
        (
            "One hiker was airlifted to a trauma center in the valley with head injuries.",
            {("evacuated", 1), ("hospitalized", 1), ("wounded", 1)},
        ),
        ("Two men were taken to hospital with gunshot wounds.", {("hospitalized", 2), ("wounded", 2)}),
        # Present-tense "kill": a statement of deaths.
        ("Avalanches kill about 100 people a year in the region.", {("killed", 100)}),
        # Person nouns: players, generals, minors.
        ("The strike killed six officers, including two generals.", {("killed", 6), ("killed", 2)}),
        ("Three players were taken to hospital.", {("hospitalized", 3)}),
    ],
)
def test_general_rules(pipeline: newsextract.Pipeline, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert brief(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Armed men fleeing escape; they are not displaced.
        "Two gunmen fled into the forest after the raid on the village.",
        # "hit" with a thing as object, not a body part.
        "The storm hit the coast and the wounded ferry hit the pier.",
        # A relative clause whose verb is active: the man is no casualty.
        "The gunman, who killed nobody, was arrested.",
        "The suspect, who stabbed a guard, was arrested.",
        # Object of a verb, then a new clause: no shared predicate.
        "Police detained 40 protesters and three officers were hurt.",
        # A toll followed by a non-person group.
        "The death toll rose to 30 and 12 homes were destroyed.",
        # Hostages released are not still held.
        "Ten hostages were released on Sunday after talks.",
        # Modal or infinitive "kill" states no deaths.
        "The rebels threatened to kill 20 hostages.",
        "Floods could kill 300 people, experts warned.",
        # Hospitalized with burns stays one fact; no airlift or hospital here is displacement.
        "Five were hospitalized with burns.",
    ],
)
def test_general_rules_do_not_over_fire(pipeline: newsextract.Pipeline, text: str) -> None:
    found = brief(pipeline, text)
    if text.startswith("Police detained"):
        assert found == {("wounded", 3)}
    elif text.startswith("The death toll"):
        assert found == {("killed", 30)}
    elif text.startswith("Five were"):
        assert found == {("hospitalized", 5)}
    else:
        assert found == set()
