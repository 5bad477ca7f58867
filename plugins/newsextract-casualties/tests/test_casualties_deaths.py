"""Deaths: killing verbs and phrasing of terse incident reports, who counts as a person, and what states no death.

Invented sentences; each rule has sentences it must read and sentences it must not fire on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

ReadValues = Callable[[str], list[Casualty]]
ReadPairs = Callable[[str], set[tuple[str, int | None]]]


def who_and_part(casualties: ReadValues, text: str) -> set[tuple[str, int | None, str | None, bool]]:
    """(status, count, who, is a part of a whole) of every casualty the pipeline reads."""
    return {(v.status, v.count, v.who, v.subset_of is not None) for v in casualties(text)}


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
        # Named single victims (a role the text gives is their ``who``); nobody counted twice.
        ("An attacker, identified as John Doe, shot and killed Jane Roe at her home.", {("killed", 1, "person", False)}),
        (
            "Deputy Sam Lee was injured in the attack and Doe was shot and killed by officers.",
            {("wounded", 1, "deputy", False), ("killed", 1, "person", False)},
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
def test_killing_phrasing_reads(
    casualties: ReadValues, text: str, expected: set[tuple[str, int | None, str | None, bool]]
) -> None:
    assert who_and_part(casualties, text) == expected


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
def test_killing_phrasing_not_facts(casualties: ReadValues, text: str) -> None:
    assert who_and_part(casualties, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Present-tense "kill": a statement of deaths.
        ("Avalanches kill about 100 people a year in the region.", {("killed", 100)}),
        # Person nouns: players, generals, minors.
        ("The strike killed six officers, including two generals.", {("killed", 6), ("killed", 2)}),
        # "reported" ends a noun phrase.
        ("Five were reported dead after the storm.", {("killed", 5)}),
    ],
)
def test_death_rules(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause whose verb is active: the man is no casualty.
        "The gunman, who killed nobody, was arrested.",
        # Modal or infinitive "kill" states no deaths.
        "The rebels threatened to kill 20 hostages.",
        "Floods could kill 300 people, experts warned.",
    ],
)
def test_death_rules_do_not_over_fire(pairs: ReadPairs, text: str) -> None:
    assert pairs(text) == set()


def test_compound_singular_and_weak_head_died(extracted_pairs: ReadPairs) -> None:
    assert ("killed", 1) in extracted_pairs("The blast killed two guards and a civilian driver, the ministry said.")
    assert ("killed", 1) in extracted_pairs("In the north, a 70-year-old road sweeper died of heatstroke.")
    assert ("killed", 1) in extracted_pairs("Bandits raided the college, killing the college's principal.")
    assert extracted_pairs("A police spokesman said the road was closed.") == set()


def test_operatives_are_people(extracted_pairs: ReadPairs) -> None:
    assert ("killed", 3) in extracted_pairs("A drone strike on a van killed three militia operatives, the army said.")


def test_attempted_murder_is_no_death(extracted_pairs: ReadPairs) -> None:
    assert extracted_pairs("She is charged with the attempted murder of a prison guard.") == set()
    assert ("killed", 1) in extracted_pairs("She is charged with the murder of a prison guard.")
