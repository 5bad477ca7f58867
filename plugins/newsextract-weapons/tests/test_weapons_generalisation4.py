"""Generalisation rules (fourth round): invented sentences for each rule, plus negatives."""

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


# -- "N others" / "N more" followed by a status verb -------------------------------------------------


def test_others_takes_the_phrase_before() -> None:
    text = "Gunners downed 45 of the drones, and 11 others were lost to jamming."
    assert read(text) == [("drones", "drone", 45, "exact", "neutralized"), ("drones", "drone", 11, "exact", "lost")]


def test_more_with_status_verb() -> None:
    text = "Troops shot down 7 missiles near the border; 3 more were intercepted over the capital."
    assert [r[2:] for r in read(text)] == [(7, "exact", "neutralized"), (3, "exact", "neutralized")]


def test_others_without_status_verb_is_no_fact() -> None:
    text = "Five drones hit a depot, and two others were wounded in the blast."
    assert read(text) == [("drones", "drone", 5, "exact", "hit")]


# -- "these/those" followed by a noun are determiners, not pronouns ----------------------------------


def test_these_with_a_noun_is_not_a_pronoun() -> None:
    text = "The enemy launched 60 drones at the city. Each one of these raids costs a fortune, he said."
    assert read(text) == [("drones", "drone", 60, "exact", "launched")]


def test_these_as_pronoun_still_counts() -> None:
    text = "The enemy launched 60 drones at the city. Fifty of these were shot down."
    assert read(text) == [("drones", "drone", 60, "exact", "launched"), ("drones", "drone", 50, "exact", "neutralized")]


# -- "used" with a platform the phrase marks as military -----------------------------------------------


def test_used_model_platforms() -> None:
    text = "The general told reporters: we used four F-35 jets and two B-52 bombers."
    assert [r[1:] for r in read(text)] == [
        ("aircraft", 4, "exact", "launched"),
        ("aircraft", 2, "exact", "launched"),
    ]


def test_used_plain_planes_outside_war_is_no_fact() -> None:
    assert read("The film crew used three planes for the chase scene.") == []


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


# -- two-word model names classify generic heads ---------------------------------------------------


def test_two_word_model_classifies_batteries() -> None:
    text = "The marines purchased three Iron Dome batteries last year."
    assert read(text) == [("Iron Dome batteries", "air_defense", 3, "exact", "supplied")]


def test_batteries_without_model_or_military_word_no_fact() -> None:
    assert read("The shop bought 300 batteries for its phones.") == []


# -- status participle before the head ------------------------------------------------------------


def test_destroyed_premodifier() -> None:
    text = "Drone footage of the airfield showed at least 7 destroyed helicopters after the raid."
    assert read(text) == [("destroyed helicopters", "helicopter", 7, "at_least", "neutralized")]


def test_verb_status_wins_over_premodifier() -> None:
    text = "Crews towed 4 destroyed tanks back to the depot, and the army later received 4 new ones."
    assert read(text) == [("destroyed tanks", "tank", 4, "exact", "neutralized")]


def test_no_premodifier_no_fact() -> None:
    assert read("Drone footage of the airfield showed at least 7 helicopters parked in rows.") == []


# -- a capitalised plural of a named model heads the phrase -------------------------------------------


def test_model_plural_heads_phrase() -> None:
    text = "France delivered six Rafales and two Apaches to the air force."
    assert read(text) == [("Rafales", "aircraft", 6, "exact", "supplied"), ("Apaches", "helicopter", 2, "exact", "supplied")]


def test_lowercase_model_word_plural_is_not_a_weapon() -> None:
    assert read("Two tornadoes hit the town and 3 hornets stung a child.") == []
