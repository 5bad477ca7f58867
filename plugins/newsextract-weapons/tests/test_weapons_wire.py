"""Constructions of wire copy (issue 20): invented sentences for each, plus counter-examples."""

from __future__ import annotations

import pytest
from weapons_helpers import Row, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation in brackets between the phrase and its verb
        (
            "The navy said at least 14 unmanned aerial vehicles (UAVs) were downed over the gulf.",
            [("unmanned aerial vehicles", "drone", 14, "at_least", "neutralized")],
        ),
        # knocked down, test-fired, abbreviations as heads
        ("Nine rockets were knocked down near the port.", [("rockets", "rocket", 9, "exact", "neutralized")]),
        ("The North test-fired three ICBMs on Friday.", [("ICBMs", "missile", 3, "exact", "launched")]),
        ("Two of these ASBMs struck a tanker.", [("ASBMs", "missile", 2, "exact", "hit")]),
        # vessels and drones under other names
        ("The frigate sank four small boats.", [("small boats", "ship", 4, "exact", "neutralized")]),
        ("Militants used two suicide car bombs at the gate.", [("suicide car bombs", "bomb", 2, "exact", "launched")]),
        # munitions of no named class are class other; bare "munitions" stay unread
        (
            "Allied forces employed more than 80 precision munitions against the depots.",
            [("precision munitions", "other", 80, "more_than", "launched")],
        ),
        ("The factory said it shipped 80 munitions.", []),
    ],
)
def test_lexicon_breadth(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reduced relatives: the participle gives the status when no verb governs the phrase
        ("Officials counted 25 drones intercepted over the coast.", [("drones", "drone", 25, "exact", "neutralized")]),
        ("The report lists 30 drones launched from the border.", [("drones", "drone", 30, "exact", "launched")]),
        # existential tallies
        (
            "There have been 16 missiles fired — 15 were knocked down.",
            [("missiles", "missile", 16, "exact", "launched"), ("missiles", "missile", 15, "exact", "neutralized")],
        ),
        (
            "Since dawn there have been almost 200 drones – the largest wave this month – as well as 12 missiles.",
            [("drones", "drone", 200, "less_than", "launched"), ("missiles", "missile", 12, "exact", "launched")],
        ),
        # a participle with its agent between the phrase and its verb
        (
            "Six armored vehicles captured by the rebels had been destroyed.",
            [("armored vehicles", "armored_vehicle", 6, "exact", "neutralized")],
        ),
    ],
)
def test_phrases_that_carry_their_own_status(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_platform_fired_at_is_no_launch() -> None:
    assert read("Two warplanes fired at from the ground returned to base.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with modifiers only shares the next count's head
        (
            "The army fired 12 ballistic and 5 cruise missiles at the port.",
            [("ballistic missiles", "missile", 12, "exact", "launched"), ("cruise missiles", "missile", 5, "exact", "launched")],
        ),
        # coordinated heads keep the list together; ambiguous heads inside a weapon list are weapons
        (
            "The navy has lost 40 helicopters, 12 ships and boats, and one submarine.",
            [
                ("helicopters", "helicopter", 40, "exact", "neutralized"),
                ("ships", "ship", 12, "exact", "neutralized"),
                ("submarine", "ship", 1, "exact", "neutralized"),
            ],
        ),
        # an opening quote between the verb and its list
        (
            'Jets shot down "eight one-way attack drones, two anti-ship missiles and three land attack cruise missiles".',
            [
                ("one-way attack drones", "drone", 8, "exact", "neutralized"),
                ("anti-ship missiles", "missile", 2, "exact", "neutralized"),
                ("land attack cruise missiles", "missile", 3, "exact", "neutralized"),
            ],
        ),
        # a kind after the head does not separate the list from its verb
        (
            "More than 900 attack drones and 21 missiles of various types were used this week.",
            [("attack drones", "drone", 900, "more_than", "launched"), ("missiles", "missile", 21, "exact", "launched")],
        ),
    ],
)
def test_lists(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army massed 900 tanks near the border.", [("tanks", "tank", 900, "exact", "other")]),
        ("The navy deployed four destroyers to the strait.", [("destroyers", "ship", 4, "exact", "other")]),
        ("The plant will produce 3,000 drones a month.", [("drones", "drone", 3000, "exact", "other")]),
        ("Seven warships carried out a joint naval patrol near the islands.", [("warships", "ship", 7, "exact", "other")]),
        (
            "Twelve Patriot batteries deployed around the capital guard the sky.",
            [("Patriot batteries", "air_defense", 12, "exact", "other")],
        ),
        (
            "The convoy paraded 30 armoured personnel carriers.",
            [("armoured personnel carriers", "armored_vehicle", 30, "exact", "other")],
        ),
    ],
)
def test_deployments_stockpiles_and_displays_are_other(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_a_participle_after_a_determiner_is_an_adjective() -> None:
    assert read("The destroyed ship could carry up to 20 tanks.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a status verb distributes over the list, "including" parts and "both" included
        (
            "Crews destroyed 50 missiles, including 45 cruise missiles, as well as 60 drones.",
            [
                ("missiles", "missile", 50, "exact", "neutralized"),
                ("cruise missiles", "missile", 45, "exact", "neutralized"),
                ("drones", "drone", 60, "exact", "neutralized"),
            ],
        ),
        (
            "Gunners repelled the raid, destroying 17 drones and both missiles.",
            [("drones", "drone", 17, "exact", "neutralized"), ("missiles", "missile", 2, "exact", "neutralized")],
        ),
        # after ", and" a phrase with its own finite verb starts a clause of its own
        (
            "The enemy launched 50 drones and 6 missiles, and 44 drones were shot down.",
            [
                ("drones", "drone", 50, "exact", "launched"),
                ("missiles", "missile", 6, "exact", "launched"),
                ("drones", "drone", 44, "exact", "neutralized"),
            ],
        ),
        # a list after a colon shares the status of the total before it
        (
            "The raid used 20 missiles: one Kinzhal aeroballistic missile, 12 Kh-101 cruise missiles and 7 Iskander-M missiles.",
            [
                ("missiles", "missile", 20, "exact", "launched"),
                ("Kinzhal aeroballistic missile", "missile", 1, "exact", "launched"),
                ("Kh-101 cruise missiles", "missile", 12, "exact", "launched"),
                ("Iskander-M missiles", "missile", 7, "exact", "launched"),
            ],
        ),
    ],
)
def test_status_over_lists(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headless object of a launch verb takes the munition named just before
        (
            "Sirens warned of incoming drones. The enemy aimed more than 200 at the port overnight.",
            [("drones", "drone", 200, "more_than", "launched")],
        ),
        (
            "The army launched 600 rockets in one night. That is more than the 410 it fired in all of May.",
            [("rockets", "rocket", 600, "exact", "launched"), ("rockets", "rocket", 410, "exact", "launched")],
        ),
        # munitions on their way were launched
        ("About 25 rockets had crossed from the north.", [("rockets", "rocket", 25, "about", "launched")]),
    ],
)
def test_heads_from_context(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_headless_count_needs_a_munition_before_it() -> None:
    assert read("The team aimed 200 at the goal.") == []
    assert read("Four jets flew over the parade.") == []


def test_nouns_among_the_other_verbs_do_not_govern_a_list() -> None:
    assert read("Russia fired 12 drones at a building, and 3 missiles at the port.") == [
        ("drones", "drone", 12, "exact", "launched"),
        ("missiles", "missile", 3, "exact", "launched"),
    ]


def test_aims_is_no_launch() -> None:
    assert read("The plan aims for 40 new tanks by 2030.") == []
