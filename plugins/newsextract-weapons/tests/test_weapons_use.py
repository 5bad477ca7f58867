"""Weapons and platforms used in an attack ("launched"): invented sentences for each rule, plus negatives."""

from __future__ import annotations

import pytest
from weapons_helpers import Row, read

# -- a platform subject of an active launch verb was used ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three warplanes dropped six glide bombs on the bridge at dawn.",
            [("warplanes", "aircraft", 3, "exact", "launched"), ("glide bombs", "bomb", 6, "exact", "launched")],
        ),
        (
            "Two destroyers fired 14 cruise missiles at radar sites.",
            [("destroyers", "ship", 2, "exact", "launched"), ("cruise missiles", "missile", 14, "exact", "launched")],
        ),
    ],
)
def test_platform_subject_of_launch_verb_is_launched(text: str, expected: list[Row]) -> None:
    assert [f for f in read(text) if f[1] in {e[1] for e in expected}] == expected


def test_platform_launch_verb_without_object_is_not_a_use() -> None:
    # "fired at by": a reduced passive, the jets were the target, not the shooters.
    assert read("Four military jets fired at by the rebels landed safely at the base.") == []


# -- "used" with a platform the phrase marks as military -----------------------------------------------


def test_used_model_platforms() -> None:
    text = "The general told reporters: we used four F-35 jets and two B-52 bombers."
    assert [r[1:] for r in read(text)] == [
        ("aircraft", 4, "exact", "launched"),
        ("aircraft", 2, "exact", "launched"),
    ]


def test_used_plain_planes_outside_war_is_no_fact() -> None:
    assert read("The film crew used three planes for the chase scene.") == []


# -- operations that "involved" platforms ---------------------------------------------------


def test_raid_that_involved_jets_used_them() -> None:
    text = "The overnight raid on the harbour involved 22 fighter jets, the air force said."
    assert read(text) == [("fighter jets", "aircraft", 22, "exact", "launched")]


def test_involved_without_an_operation_is_nothing() -> None:
    assert read("The air show involved 22 fighter jets and a flypast.") == []


# -- "threw N weapons at ..." is an attack with them ---------------------------------------------


def test_threw_platforms_at_positions_is_launched() -> None:
    text = "The enemy threw 25 tanks and 60 armoured vehicles at the defensive line on Tuesday."
    assert read(text) == [
        ("tanks", "tank", 25, "exact", "launched"),
        ("armoured vehicles", "armored_vehicle", 60, "exact", "launched"),
    ]


def test_thrown_at_vehicles_are_targets_not_weapons() -> None:
    assert read("Rioters threw stones at three armored vehicles near the barracks.") == []


# -- "took part in" an attack --------------------------------------------------------------


def test_took_part_in_an_attack_is_launched() -> None:
    assert read("At least 12 naval drones took part in the overnight attack on the harbour.") == [
        ("naval drones", "drone", 12, "at_least", "launched")
    ]
    assert read("Some 30 warplanes participated in the strikes, the ministry said.") == [
        ("warplanes", "aircraft", 30, "about", "launched")
    ]


def test_took_part_in_a_parade_is_nothing() -> None:
    assert read("Forty tanks took part in the victory parade in the capital.") == []


# -- troops aboard platforms ----------------------------------------------------------------


def test_troops_aboard_platforms_used_them() -> None:
    assert read("Paratroopers aboard six helicopters landed behind the lines before dawn.") == [
        ("helicopters", "helicopter", 6, "exact", "launched")
    ]


def test_passengers_aboard_are_not_a_use() -> None:
    assert read("Forty tourists aboard two boats were stranded off the island.") == []
