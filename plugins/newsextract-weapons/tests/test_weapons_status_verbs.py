"""Status verbs (neutralized, lost, hit): their forms and modifiers, with invented sentences and negatives."""

from __future__ import annotations

from weapons_helpers import read

# -- scare quotes around a status verb ------------------------------------------------------


def test_scare_quoted_status_verb() -> None:
    text = 'Of the 60 drones, 31 were shot down and 22 were "locally lost", the air command said.'
    assert ("drones", "drone", 22, "exact", "lost") in read(text)


def test_quoted_word_that_is_no_status_verb() -> None:
    assert read('Officials said 22 drones were "a warning" to the town.') == []


# -- any manner adverb between the auxiliary and the status verb ------------------------------


def test_any_ly_adverb_before_a_status_verb() -> None:
    text = 'The command said 27 drones were "electronically lost" over the marshes.'
    assert read(text) == [("drones", "drone", 27, "exact", "lost")]


def test_adverb_plain_not_quoted() -> None:
    text = "Officials said 8 cruise missiles were partially intercepted near the coast."
    assert read(text) == [("cruise missiles", "missile", 8, "exact", "neutralized")]


def test_adverb_without_a_status_verb_is_no_fact() -> None:
    assert read("At the plant, 30 drones were quickly assembled for the army.") == []


# -- a verb inside a hyphenated compound is a modifier, not the clause verb --------------


def test_hyphenated_verb_compound_is_not_a_status_verb() -> None:
    text = "Crews in the valley, aided by water-dropping planes and seven helicopters, held the line on Sunday."
    assert read(text) == []


def test_plain_launch_verb_still_reads() -> None:
    assert read("The militia was dropping 12 mortar bombs a day on the outpost.") == [
        ("mortar bombs", "shell", 12, "exact", "launched")
    ]


# -- status participle before the head ------------------------------------------------------------


def test_destroyed_premodifier() -> None:
    text = "Drone footage of the airfield showed at least 7 destroyed helicopters after the raid."
    assert read(text) == [("destroyed helicopters", "helicopter", 7, "at_least", "neutralized")]


def test_verb_status_wins_over_premodifier() -> None:
    text = "Crews towed 4 destroyed tanks back to the depot, and the army later received 4 new ones."
    assert read(text) == [("destroyed tanks", "tank", 4, "exact", "neutralized")]


def test_no_premodifier_no_fact() -> None:
    assert read("Drone footage of the airfield showed at least 7 helicopters parked in rows.") == []


# -- a side that "lost" platforms had them destroyed; lost munitions stay lost ---------------------


def test_lost_platforms_are_neutralized() -> None:
    text = "The brigade has lost 15 tanks in the fighting since March, analysts said."
    assert read(text) == [("tanks", "tank", 15, "exact", "neutralized")]


def test_lost_munitions_stay_lost() -> None:
    text = "The enemy lost 30 attack drones to jamming during the raid, the air force said."
    assert read(text) == [("attack drones", "drone", 30, "exact", "lost")]
