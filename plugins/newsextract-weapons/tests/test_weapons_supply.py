"""Deliveries and purchases ("supplied") versus deployments: invented sentences for each rule, plus negatives."""

from __future__ import annotations

import pytest
from newsextract_weapons import extract_weapon_counts
from weapons_helpers import read

import newsextract

# -- "handed over N": the particle is not the qualifier "over" --------------------------------


def test_handed_over_is_an_exact_delivery() -> None:
    text = "Norway has handed over nine howitzers to the brigade since spring."
    assert read(text) == [("howitzers", "artillery", 9, "exact", "supplied")]
    fact = extract_weapon_counts(newsextract.Document(text))[0]
    assert fact.text == "nine howitzers"


def test_over_as_a_qualifier_stays_more_than() -> None:
    assert read("The army fired over 40 rockets at the ridge.") == [("rockets", "rocket", 40, "more_than", "launched")]


# -- "due" / "expected" deliveries of platforms ---------------------------------------------


def test_platforms_due_by_a_date_are_supplied() -> None:
    assert read("Another 30 frigates are due by 2031 under the agreement.") == [("frigates", "ship", 30, "exact", "supplied")]


def test_the_first_n_are_expected_is_a_delivery_of_the_antecedent() -> None:
    text = "Ottawa ordered 40 attack helicopters in May, and the first six are expected in 2027."
    assert read(text) == [
        ("attack helicopters", "helicopter", 40, "exact", "supplied"),
        ("helicopters", "helicopter", 6, "exact", "supplied"),
    ]


def test_expected_outside_a_delivery_is_nothing() -> None:
    assert read("Forecasters said 30 warships are expected to sail past the cape as a spectacle.") == []
    assert read("Analysts say 200 drones are expected in the next wave of strikes.") == []


# -- "along with" after a clause shares the status ------------------------------------------


def test_along_with_after_a_clause_shares_the_status() -> None:
    text = "Madrid will send 12 tanks before winter, along with 30 armoured personnel carriers."
    assert read(text) == [
        ("tanks", "tank", 12, "exact", "supplied"),
        ("armoured personnel carriers", "armored_vehicle", 30, "exact", "supplied"),
    ]


def test_along_with_needs_a_status_before_it() -> None:
    assert read("The convoy rolled through the square, along with 30 armoured personnel carriers.") == []


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


# -- contracts, deals and agreements for weapons are purchases -----------------------------------


def test_contracts_for_weapons_are_supplied() -> None:
    text = "Romania has signed contracts for 54 tanks and 12 attack helicopters from Washington."
    assert read(text) == [
        ("tanks", "tank", 54, "exact", "supplied"),
        ("attack helicopters", "helicopter", 12, "exact", "supplied"),
    ]
    assert read("The ministry announced agreements for 30 howitzers.") == [("howitzers", "artillery", 30, "exact", "supplied")]


def test_contracts_for_civil_items_are_no_fact() -> None:
    assert read("The airline signed contracts for 40 passenger jets and 12 fuel tanks.") == []


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


# -- "sent ... around/near/into": a deployment, not a delivery ------------------------------


def test_platforms_sent_around_an_area_are_not_supplied() -> None:
    assert read("Beijing sent 40 warplanes and nine navy ships around the island on Friday.") == []


def test_munitions_sent_over_a_city_were_launched() -> None:
    assert read("The enemy sent 35 drones over the capital.") == [("drones", "drone", 35, "exact", "launched")]


def test_platforms_sent_to_a_country_are_still_supplied() -> None:
    assert read("Oslo sent 40 armoured vehicles to its ally.") == [
        ("armoured vehicles", "armored_vehicle", 40, "exact", "supplied")
    ]


# -- platforms sent on a mission of their own are deployed, not supplied --------------------------


def test_sent_to_help_with_a_search_is_a_deployment() -> None:
    assert read("The coast guard sent four ships and two helicopters to help with the rescue effort.") == []
    assert read("The air force dispatched six planes to search for the missing trawler.") == []


def test_sent_to_a_recipient_is_still_a_delivery() -> None:
    assert read("Spain sent four tanks to Ukraine last month.") == [("tanks", "tank", 4, "exact", "supplied")]
    assert read("Denmark sent 19 howitzers to help Ukraine hold the line.") == [
        ("howitzers", "artillery", 19, "exact", "supplied")
    ]


# -- firefighting reports: aircraft and helicopters are water bombers ------------------


def test_firefighting_helicopters_are_not_weapons() -> None:
    assert read("Officials sent five helicopters to help firefighters contain the wildfire.") == []


def test_military_helicopters_in_an_attack_still_read() -> None:
    text = "The army sent five attack helicopters to the front after the blaze at the depot."
    assert read(text) == [("attack helicopters", "helicopter", 5, "exact", "supplied")]


# -- munitions "sent" in a sentence that reports firing are launched -------------------------------


def test_sent_after_fired_is_launched() -> None:
    text = "The rebels said they fired two missiles at the tanker and later sent four unmanned surface vessels."
    assert read(text) == [
        ("missiles", "missile", 2, "exact", "launched"),
        ("unmanned surface vessels", "drone", 4, "exact", "launched"),
    ]


def test_sent_without_firing_stays_a_delivery() -> None:
    text = "Norway sent four unmanned surface vessels to the navy last month."
    assert read(text) == [("unmanned surface vessels", "drone", 4, "exact", "supplied")]
