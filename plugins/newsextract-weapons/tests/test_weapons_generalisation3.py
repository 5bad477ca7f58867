"""Generalisation rules (third round): invented sentences for each rule, plus negatives."""

from __future__ import annotations

from newsextract_weapons import extract_weapon_counts

import newsextract

Row = tuple[str, str, int | None, str, str]


def read(text: str) -> list[Row]:
    """(weapon, class, count, qualifier, status) of every fact, in text order."""
    out = []
    for fact in extract_weapon_counts(newsextract.Document(text)):
        assert text[fact.span.start : fact.span.end] == fact.text
        v = fact.value
        out.append((v.weapon, v.class_, v.count, v.qualifier, v.status))
    return out


# -- any manner adverb between the auxiliary and the status verb ------------------------------


def test_any_ly_adverb_before_a_status_verb() -> None:
    text = 'The command said 27 drones were "electronically lost" over the marshes.'
    assert read(text) == [("drones", "drone", 27, "exact", "lost")]


def test_adverb_plain_not_quoted() -> None:
    text = "Officials said 8 cruise missiles were partially intercepted near the coast."
    assert read(text) == [("cruise missiles", "missile", 8, "exact", "neutralized")]


def test_adverb_without_a_status_verb_is_no_fact() -> None:
    assert read("At the plant, 30 drones were quickly assembled for the army.") == []


# -- "threw N weapons at ..." is an attack with them ---------------------------------------------


def test_threw_platforms_at_positions_is_launched() -> None:
    text = "The enemy threw 25 tanks and 60 armoured vehicles at the defensive line on Tuesday."
    assert read(text) == [
        ("tanks", "tank", 25, "exact", "launched"),
        ("armoured vehicles", "armored_vehicle", 60, "exact", "launched"),
    ]


def test_thrown_at_vehicles_are_targets_not_weapons() -> None:
    assert read("Rioters threw stones at three armored vehicles near the barracks.") == []


# -- a clause-initial count takes the set its sentence names with "the" ------------------------


def test_definite_set_gives_the_antecedent_across_sentences() -> None:
    text = (
        "The militia fired 30 rockets and a few drones at the valley overnight. "
        "Air defences intercepted most of the rockets, the army said, but two struck a school."
    )
    assert ("rockets", "rocket", 2, "exact", "hit") in read(text)


def test_no_definite_mention_no_antecedent() -> None:
    text = (
        "The militia fired 30 rockets at the valley overnight. "
        "Medics treated the wounded all morning, but two struck a school."
    )
    assert [r for r in read(text) if r[2] == 2] == []


def test_other_count_between_mention_and_count_blocks_it() -> None:
    text = (
        "The militia fired 30 rockets at the valley overnight. "
        "Air defences intercepted most of the rockets, killing three people, and two struck a school."
    )
    assert [r for r in read(text) if r[2] == 2] == []


# -- platforms sent on a mission of their own are deployed, not supplied --------------------------


def test_sent_to_help_with_a_search_is_a_deployment() -> None:
    assert read("The coast guard sent four ships and two helicopters to help with the rescue effort.") == []
    assert read("The air force dispatched six planes to search for the missing trawler.") == []


def test_sent_to_a_recipient_is_still_a_delivery() -> None:
    assert read("Spain sent four tanks to Ukraine last month.") == [("tanks", "tank", 4, "exact", "supplied")]
    assert read("Denmark sent 19 howitzers to help Ukraine hold the line.") == [
        ("howitzers", "artillery", 19, "exact", "supplied")
    ]


# -- contracts, deals and agreements for weapons are purchases -----------------------------------


def test_contracts_for_weapons_are_supplied() -> None:
    text = "Romania has signed contracts for 54 tanks and 12 attack helicopters from Washington."
    assert read(text) == [
        ("tanks", "tank", 54, "exact", "supplied"),
        ("attack helicopters", "helicopter", 12, "exact", "supplied"),
    ]
    assert read("The ministry announced agreements for 30 howitzers.") == [
        ("howitzers", "artillery", 30, "exact", "supplied")
    ]


def test_contracts_for_civil_items_are_no_fact() -> None:
    assert read("The airline signed contracts for 40 passenger jets and 12 fuel tanks.") == []


# -- a side that "lost" platforms had them destroyed; lost munitions stay lost ---------------------


def test_lost_platforms_are_neutralized() -> None:
    text = "The brigade has lost 15 tanks in the fighting since March, analysts said."
    assert read(text) == [("tanks", "tank", 15, "exact", "neutralized")]


def test_lost_munitions_stay_lost() -> None:
    text = "The enemy lost 30 attack drones to jamming during the raid, the air force said."
    assert read(text) == [("attack drones", "drone", 30, "exact", "lost")]
