"""Displacement, rescue and captivity: evacuations, flight and shelter, rescues, abductions and hostages.

Invented sentences; each rule has sentences it must read and sentences it must not fire on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

ReadPairs = Callable[[str], set[tuple[str, int | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nominal verbs: "the evacuation of", "the rescue of", "the abduction of".
        ("The floods forced the evacuation of about 2,000 villagers.", {("evacuated", 2000)}),
        ("The rescue of 30 miners took two days.", {("rescued", 30)}),
        ("The abduction of 14 pupils shocked the town.", {("captured", 14)}),
        # "freed" a person group is a rescue.
        ("Commandos freed four kidnapped aid workers in a night raid.", {("rescued", 4)}),
        # Flight and shelter are displacement.
        ("More than 5,000 villagers fled to nearby hills, aid groups said.", {("evacuated", 5000)}),
        ("Roughly 900 people spent the night in school shelters.", {("evacuated", 900)}),
        ("Some 300 families were moved to temporary shelters after the quake.", {("evacuated", 300)}),
        # Hostages still held are captured.
        ("Some 40 hostages remain in the tunnels, officials say.", {("captured", 40)}),
        ("Twelve captives are still being held by the group.", {("captured", 12)}),
        # Taken from their homes, in a sentence about kidnapping.
        ("The kidnapping was the worst since 110 students were taken from their school.", {("captured", 110)}),
    ],
)
def test_displacement_and_captivity_rules(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Settlements are evacuated, but they are not people.
        "The evacuation of 11 settlements began at dawn.",
        # The idiom "came to the rescue of" is help, not a rescue count.
        "Neighbors came to the rescue of the victim after the assault.",
        # Prisoners freed by a state are released, not rescued.
        "The government freed 90 prisoners under an amnesty.",
        # Armed men fleeing escape; they are not displaced.
        "Two gunmen fled into the forest after the raid on the village.",
        # Hostages released are not still held.
        "Ten hostages were released on Sunday after talks.",
    ],
)
def test_displacement_and_captivity_rules_do_not_over_fire(pairs: ReadPairs, text: str) -> None:
    assert pairs(text) == set()


def test_participle_postmodifier(extracted_pairs: ReadPairs) -> None:
    assert ("evacuated", 300) in extracted_pairs("Some 300 families living near the river were evacuated overnight.")
    assert ("evacuated", 300) not in extracted_pairs("Some 300 families living near the river were angry overnight.")


def test_saved_people_are_rescued(extracted_pairs: ReadPairs) -> None:
    assert ("rescued", 60) in extracted_pairs("Lifeboat crews saved about 60 people from the capsized ferry.")
    assert ("rescued", 4) in extracted_pairs("Neighbours saved four children from the burning flat.")


def test_saved_things_are_not_rescued(extracted_pairs: ReadPairs) -> None:
    assert extracted_pairs("The new scheme saved 400 jobs at the plant and saved 20 minutes a day.") == set()
    assert extracted_pairs("Volunteers saved three horses from the flood.") == set()


def test_captivity(extracted_pairs: ReadPairs) -> None:
    assert ("captured", 8) in extracted_pairs("At least eight nurses remain in captivity, the union said.")
    assert ("captured", 6) in extracted_pairs("The militia said it had taken six guards prisoner.")
    assert ("captured", 2) in extracted_pairs("Pirates took two engineers hostage off the coast.")
    assert extracted_pairs("The bus took six guards to the prison.") == set()


def test_elided_captivity_participle_in_a_list(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Weekly summary: 12 villagers killed; 8 injured; 5 abducted; 3 kidnapped.")
    assert {("killed", 12), ("wounded", 8), ("captured", 5), ("captured", 3)} <= got


def test_captivity_participle_not_after_other_nouns(extracted_pairs: ReadPairs) -> None:
    assert extracted_pairs("Weekly summary: 12 villagers killed; 5 cars abducted.") == {("killed", 12)}
