"""Wire-copy constructions of status (issue 28): asides, states, tallies, platforms hit; invented sentences."""

from __future__ import annotations

import pytest
from newsextract_weapons.words import past_aside
from weapons_helpers import Row, read

import newsextract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside set off by dashes between the list and its verb
        (
            "Last year only one tank – an old T-34 unit built in 1944 – went on display at the parade.",
            [("tank", "tank", 1, "exact", "other")],
        ),
        (
            "About 40 drones — most of them decoys — were shot down over the coast.",
            [("drones", "drone", 40, "about", "neutralized")],
        ),
        # a state after the list: in service
        (
            "At least two Ropucha-class landing ships are listed in active service with the fleet.",
            [("Ropucha-class landing ships", "ship", 2, "at_least", "other")],
        ),
        ("Only six frigates remain in service.", [("frigates", "ship", 6, "exact", "other")]),
        # a state after the list comes before a verb earlier in the sentence: lost from radar
        (
            "Forty drones were shot down and 12 drones disappeared from radar.",
            [("drones", "drone", 40, "exact", "neutralized"), ("drones", "drone", 12, "exact", "lost")],
        ),
        # a time span or an attack that "saw" a tally of munitions, headless too
        (
            "Tuesday saw a record of 700 drones, and the week has seen more than 1,500 in all.",
            [("drones", "drone", 700, "exact", "launched"), ("drones", "drone", 1500, "more_than", "launched")],
        ),
        (
            "The barrage saw 300 drones and 40 missiles.",
            [("drones", "drone", 300, "exact", "launched"), ("missiles", "missile", 40, "exact", "launched")],
        ),
        # a platform that "was hit" is damaged (other); a munition that "was hit" was downed
        (
            "Sixty warplanes took part in the raid and only one was hit.",
            [("warplanes", "aircraft", 60, "exact", "launched"), ("warplanes", "aircraft", 1, "exact", "other")],
        ),
        ("Two ships were struck by missiles.", [("ships", "ship", 2, "exact", "other")]),
        ("Two of the drones were hit by gunfire.", [("drones", "drone", 2, "exact", "neutralized")]),
    ],
)
def test_status_constructions(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a with-list of an attack that goes on after "then", its first weapons uncounted
        (
            "They attacked the city with glide bombs and rockets, then 300 drones.",
            [("drones", "drone", 300, "exact", "launched")],
        ),
        # the next list of one statement after ", then" shares its status, unless it has a verb of its own
        (
            "Russia launched 40 drones, then 12 missiles.",
            [("drones", "drone", 40, "exact", "launched"), ("missiles", "missile", 12, "exact", "launched")],
        ),
        (
            "Russia launched 40 drones at the port, then 12 missiles were shot down.",
            [("drones", "drone", 40, "exact", "launched"), ("missiles", "missile", 12, "exact", "neutralized")],
        ),
        # a headless "another 10" or "12 others" with a state after it
        (
            "Forty-two drones were neutralized, another 10 disappeared from radar.",
            [("drones", "drone", 42, "exact", "neutralized"), ("drones", "drone", 10, "exact", "lost")],
        ),
        (
            "Forty drones were shot down while 12 others vanished from radar.",
            [("drones", "drone", 40, "exact", "neutralized"), ("drones", "drone", 12, "exact", "lost")],
        ),
        # a range: the count read is its upper bound (at most); "from ... to" is a change
        ("They used between 300 and 400 drones.", [("drones", "drone", 400, "at_most", "launched")]),
        ("They fired 40 to 50 drones.", [("drones", "drone", 50, "at_most", "launched")]),
        (
            "They fired 40 drones and 12 missiles.",
            [("drones", "drone", 40, "exact", "launched"), ("missiles", "missile", 12, "exact", "launched")],
        ),
        # a model number inside the antecedent is no rival count for a headless "another 14"
        (
            "Germany has delivered 18 Leopard 2 tanks, with another 14 due next month.",
            [("Leopard 2 tanks", "tank", 18, "exact", "supplied"), ("tanks", "tank", 14, "exact", "supplied")],
        ),
        (
            "Russia fired 40 drones at Kyiv and 2 people died; another 10 hit Lviv.",
            [("drones", "drone", 40, "exact", "launched")],
        ),
        # the whole of a part destroyed: munitions were launched, platforms were there (other)
        (
            "Helicopters sank three of the four small boats.",
            [("small boats", "ship", 3, "exact", "neutralized"), ("small boats", "ship", 4, "exact", "other")],
        ),
        (
            "Gunners shot down 20 of the 25 drones.",
            [("drones", "drone", 20, "exact", "neutralized"), ("drones", "drone", 25, "exact", "launched")],
        ),
    ],
)
def test_lists_and_wholes(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The week saw 40 people killed in the region.",  # not a weapon tally
        "Officials saw 40 tanks at the fair.",  # no time or attack subject, no status
        "Four ships in service in 1990 are now museums.",  # no state verb after the list
    ],
)
def test_no_status_from_lookalikes(text: str) -> None:
    assert [row for row in read(text) if row[4] in {"launched", "other"}] == []


def test_past_aside_needs_a_closing_dash() -> None:
    text = "40 drones – most decoys – were shot down; 12 drones – the rest were lost."
    assert text[past_aside(text, 9, len(text)) :].startswith(" were")
    second = text.index("12 drones") + len("12 drones")
    assert past_aside(text, second, len(text)) == second


def test_cruise_and_ballistic_counts_do_not_fold() -> None:
    text = "The destroyer shot down two ballistic missiles on Monday. On Tuesday, jets shot down two cruise missiles."
    facts = newsextract.Pipeline(plugins=["weapons"]).extract(text).facts
    assert sorted(f.value.weapon for f in facts) == ["ballistic missiles", "cruise missiles"]


def test_a_restated_count_still_folds() -> None:
    text = "Russia fired 19 cruise missiles. Officials said Russia fired 19 cruise missiles overnight."
    facts = newsextract.Pipeline(plugins=["weapons"]).extract(text).facts
    assert [(f.value.weapon, len(f.mentions)) for f in facts] == [("cruise missiles", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "such <head>" takes its class from the head named before with its modifiers
        (
            "Europe has plenty of modern air defence systems. There are about 80 such systems in storage.",
            [("systems", "air_defense", 80, "about", "other")],
        ),
        ("The city has many water systems. There are 12 such systems.", []),
        # an existential count of platforms is a stock or a deployment (other); of munitions, an attack
        ("There were 40 tanks in the column.", [("tanks", "tank", 40, "exact", "other")]),
        ("There were 40 missiles in the first wave.", [("missiles", "missile", 40, "exact", "launched")]),
    ],
)
def test_such_and_existential(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
