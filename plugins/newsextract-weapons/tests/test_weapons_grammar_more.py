"""General grammar rules added for unseen reports: each with invented sentences and a negative."""

from __future__ import annotations

import pytest
from newsextract_weapons import extract_weapon_counts

import newsextract


def read(text: str) -> list[tuple[str, str, int | None, str, str]]:
    """(weapon, class, count, qualifier, status) of every fact, in text order."""
    out = []
    for fact in extract_weapon_counts(newsextract.Document(text)):
        assert text[fact.span.start : fact.span.end] == fact.text
        v = fact.value
        out.append((v.weapon, v.class_, v.count, v.qualifier, v.status))
    return out


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
def test_platform_subject_of_launch_verb_is_launched(text: str, expected: list[tuple[str, str, int, str, str]]) -> None:
    assert [f for f in read(text) if f[1] in {e[1] for e in expected}] == expected


def test_platform_launch_verb_without_object_is_not_a_use() -> None:
    # "fired at by": a reduced passive, the jets were the target, not the shooters.
    assert read("Four military jets fired at by the rebels landed safely at the base.") == []


# -- a verb inside a hyphenated compound is a modifier, not the clause verb --------------


def test_hyphenated_verb_compound_is_not_a_status_verb() -> None:
    text = "Crews in the valley, aided by water-dropping planes and seven helicopters, held the line on Sunday."
    assert read(text) == []


def test_plain_launch_verb_still_reads() -> None:
    assert read("The militia was dropping 12 mortar bombs a day on the outpost.") == [
        ("mortar bombs", "shell", 12, "exact", "launched")
    ]


# -- firefighting reports: aircraft and helicopters are water bombers ------------------


def test_firefighting_helicopters_are_not_weapons() -> None:
    assert read("Officials sent five helicopters to help firefighters contain the wildfire.") == []


def test_military_helicopters_in_an_attack_still_read() -> None:
    text = "The army sent five attack helicopters to the front after the blaze at the depot."
    assert read(text) == [("attack helicopters", "helicopter", 5, "exact", "supplied")]


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


# -- future "will reach": a delivery ------------------------------------------------------


def test_future_reach_is_supplied() -> None:
    assert read("Eight modernized howitzers will reach the front from Poland next month, the minister said.") == [
        ("modernized howitzers", "artillery", 8, "exact", "supplied")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Six tanks reach the river crossing every night, scouts said.",
        "Officials fear the 20 missiles would reach the capital in minutes.",
    ],
)
def test_reach_not_future_delivery_is_nothing(text: str) -> None:
    assert [f for f in read(text) if f[4] == "supplied"] == []


# -- paying for weapons, and supply participles --------------------------------------------


def test_pay_for_is_supplied() -> None:
    assert read("Sweden said it would pay for 90 armored vehicles for the brigade.") == [
        ("armored vehicles", "armored_vehicle", 90, "exact", "supplied")
    ]


def test_supply_participle_with_agent_is_supplied() -> None:
    assert read("About 3,000 mortar rounds purchased from a private dealer are now at the front.") == [
        ("mortar rounds", "shell", 3000, "about", "supplied")
    ]


def test_supply_participle_without_agent_is_not_a_status() -> None:
    assert read("The inspectors counted 3,000 mortar rounds in the yard.") == []


# -- troops aboard platforms ----------------------------------------------------------------


def test_troops_aboard_platforms_used_them() -> None:
    assert read("Paratroopers aboard six helicopters landed behind the lines before dawn.") == [
        ("helicopters", "helicopter", 6, "exact", "launched")
    ]


def test_passengers_aboard_are_not_a_use() -> None:
    assert read("Forty tourists aboard two boats were stranded off the island.") == []


# -- refurbished and modernized stock -------------------------------------------------------


def test_refurbished_modifier_keeps_the_phrase() -> None:
    assert read("Denmark delivered 14 refurbished Leopard 1 tanks to the army.") == [
        ("refurbished Leopard 1 tanks", "tank", 14, "exact", "supplied")
    ]
