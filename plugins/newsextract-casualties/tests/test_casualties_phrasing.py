"""Rules for phrasing common in terse incident reports (invented sentences, one rule each)."""

from __future__ import annotations

import pytest
from newsextract_casualties import Casualty

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["casualties"], strict=True)


def brief(pipeline: newsextract.Pipeline, text: str) -> set[tuple[str, int | None, str | None, bool]]:
    result = pipeline.extract(text)
    out = set()
    for fact in result.facts:
        assert text[fact.span.start : fact.span.end] == fact.text
        assert isinstance(fact.value, Casualty)
        out.add((fact.value.status, fact.value.count, fact.value.who, fact.value.subset_of is not None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shot dead" / "gunned down" / "fatally shot" before the object.
        ("Gunmen shot dead a farmer near the village.", {("killed", 1, "farmer", False)}),
        ("Bandits gunned down three traders on the highway.", {("killed", 3, "traders", False)}),
        ("Police fatally shot the leader of the gang.", {("killed", 1, "leader", False)}),
        ("A guard mortally wounded two intruders.", {("killed", 2, "intruders", False)}),
        # "<verb> N X to death".
        ("The soldiers shot two men to death and seized a car.", {("killed", 2, "men", False)}),
        ("A mob beat a guard to death.", {("killed", 1, "guard", False)}),
        # "gunned down" as a predicate.
        ("Four herders were gunned down at dawn.", {("killed", 4, "herders", False)}),
        # Corpses are dead people.
        ("Five corpses of suspected fighters were discovered.", {("killed", 5, "corpses", False)}),
        # Leaders, commanders, perpetrators, owners are people.
        ("One of the perpetrators died.", {("killed", 1, "perpetrators", False)}),
        ("A local leader of the party was beaten to death.", {("killed", 1, "local leader", False)}),
        ("The blast resulted in the death of the commander of the brigade.", {("killed", 1, "commander", False)}),
        # An active verb after a relative clause or a name: the subject is no casualty, the object is.
        ("In the town, two men who allegedly shot dead a man fled.", {("killed", 1, "man", False)}),
        ("Two soldiers also killed a militant.", {("killed", 1, "militant", False)}),
        ("The gunman shot and killed himself.", {("killed", 1, "gunman", False)}),
        # Named single victims, only when no counted casualty of the status exists.
        ("An attacker, identified as John Doe, shot and killed Jane Roe at her home.", {("killed", 1, "person", False)}),
        (
            "Deputy Sam Lee was injured in the attack and Doe was shot and killed by officers.",
            {("wounded", 1, "person", False), ("killed", 1, "person", False)},
        ),
        ("A police officer was killed. Officer Sam Lee was killed by a sniper.", {("killed", 1, "police officer", False)}),
        # A list item with a predicate of its own status leaves the "among them" list.
        (
            "Gunmen left 4 people dead among them 1 officer and 3 civilians and 9 others injured.",
            {
                ("killed", 4, "people", False),
                ("killed", 1, "officer", True),
                ("killed", 3, "civilians", True),
                ("wounded", 9, "others", False),
            },
        ),
        # "N X and the Y were killed": the count shares the predicate.
        ("Five soldiers and the gunman were killed.", {("killed", 5, "soldiers", False), ("killed", 1, "gunman", False)}),
    ],
)
def test_reads(pipeline: newsextract.Pipeline, text: str, expected: set[tuple[str, int | None, str | None, bool]]) -> None:
    assert brief(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The striker shot two goals to death-defying applause.",
        "Rain shot down the hopes of the farmers.",
        "The reporters shot the scene from the roof.",
        "Israeli troops killed Hamas fighters.",
        "The Senate killed Health Care Reform.",
        "The Pentagon was hit by the storm.",
    ],
)
def test_not_facts(pipeline: newsextract.Pipeline, text: str) -> None:
    assert brief(pipeline, text) == set()
