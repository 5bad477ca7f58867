"""Weapon phrases: heads, modifiers, model names and classes, with invented sentences and negatives."""

from __future__ import annotations

from newsextract_weapons import extract_weapon_counts
from weapons_helpers import read

import newsextract

# -- coordinated modifiers before one head --------------------------------------------------


def test_coordinated_modifiers_share_the_head() -> None:
    text = "The ministry received 14 armoured repair and engineering vehicles last month."
    assert read(text) == [("armoured repair and engineering vehicles", "armored_vehicle", 14, "exact", "supplied")]


def test_conjunction_after_a_head_is_not_a_modifier_run() -> None:
    assert read("The brigade received 14 tanks and engineering crews.") == [("tanks", "tank", 14, "exact", "supplied")]


# -- refurbished and modernized stock -------------------------------------------------------


def test_refurbished_modifier_keeps_the_phrase() -> None:
    assert read("Denmark delivered 14 refurbished Leopard 1 tanks to the army.") == [
        ("refurbished Leopard 1 tanks", "tank", 14, "exact", "supplied")
    ]


# -- "launch" as a modifier: "multiple launch rocket systems" keeps a loss list together -------


def test_multiple_launch_rocket_systems_in_a_loss_list() -> None:
    text = "The navy said the enemy has lost 80 tanks, 14 multiple launch rocket systems, 9 drones and 2 cruise missiles."
    assert read(text) == [
        ("tanks", "tank", 80, "exact", "neutralized"),
        ("multiple launch rocket systems", "artillery", 14, "exact", "neutralized"),
        ("drones", "drone", 9, "exact", "neutralized"),
        ("cruise missiles", "missile", 2, "exact", "neutralized"),
    ]


def test_launch_word_alone_is_not_a_status() -> None:
    assert read("Engineers inspected 14 launch pads near the coast.") == []


# -- explosive devices are bombs ------------------------------------------------------------


def test_explosive_devices_are_bombs() -> None:
    text = "Insurgents dropped at least five improvised explosive devices from quadcopters onto the checkpoint."
    assert ("improvised explosive devices", "bomb", 5, "at_least", "launched") in read(text)


def test_plain_devices_are_not_weapons() -> None:
    assert read("Thieves stole 40 devices and shipped 12 devices abroad.") == []


def test_uncovered_devices_have_no_status() -> None:
    text = "Two vans were destroyed, and searchers uncovered four more explosive devices that had failed to detonate."
    assert read(text) == []


# -- "airplanes" is an aircraft head ----------------------------------------------------------


def test_airplanes_head() -> None:
    text = "Over the winter the air force lost 6 combat airplanes, the ministry said."
    assert read(text) == [("combat airplanes", "aircraft", 6, "exact", "neutralized")]


def test_airplanes_in_civil_sentence_not_weapons() -> None:
    assert read("The airline bought 30 airplanes for its summer flights.") == []


# -- "/" between model alternatives inside a phrase ------------------------------------------------


def test_slash_model_alternatives() -> None:
    text = "Overnight the enemy fired 3 Kalibr cruise missiles and 4 Iskander-K/KN-24 missiles at the port."
    assert read(text) == [
        ("Kalibr cruise missiles", "missile", 3, "exact", "launched"),
        ("Iskander-K/KN-24 missiles", "missile", 4, "exact", "launched"),
    ]


def test_slash_list_takes_the_verb_after_it() -> None:
    text = "- 5 Kalibr missiles and 1 Iskander-K/KN-24 missile were intercepted;"
    assert [r[2:] for r in read(text)] == [(5, "exact", "neutralized"), (1, "exact", "neutralized")]


# -- two-word model names classify generic heads ---------------------------------------------------


def test_two_word_model_classifies_batteries() -> None:
    text = "The marines purchased three Iron Dome batteries last year."
    assert read(text) == [("Iron Dome batteries", "air_defense", 3, "exact", "supplied")]


def test_batteries_without_model_or_military_word_no_fact() -> None:
    assert read("The shop bought 300 batteries for its phones.") == []


# -- a capitalised plural of a named model heads the phrase -------------------------------------------


def test_model_plural_heads_phrase() -> None:
    text = "France delivered six Rafales and two Apaches to the air force."
    assert read(text) == [("Rafales", "aircraft", 6, "exact", "supplied"), ("Apaches", "helicopter", 2, "exact", "supplied")]


def test_lowercase_model_word_plural_is_not_a_weapon() -> None:
    assert read("Two tornadoes hit the town and 3 hornets stung a child.") == []


# -- a model's plural heads a phrase when the article names the model with a noun -----------


def test_model_plural_takes_class_from_the_article() -> None:
    text = "Seoul delivered 24 R9 self-propelled howitzers last year. A further 36 R9s are due by 2029."
    assert read(text) == [
        ("R9 self-propelled howitzers", "artillery", 24, "exact", "supplied"),
        ("R9s", "artillery", 36, "exact", "supplied"),
    ]


def test_unknown_plural_codes_are_not_weapons() -> None:
    assert read("The dealer delivered 36 Z4s to buyers in the 1990s.") == []


def test_many_model_plurals_stay_bounded() -> None:
    text = " ".join(f"Troops fired 7 Q{i}s near Q{i} Q{i}." for i in range(3000))
    facts = extract_weapon_counts(newsextract.Document(text))
    assert all(text[f.span.start : f.span.end] == f.text for f in facts)
