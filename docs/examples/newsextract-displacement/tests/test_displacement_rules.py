"""The rules the plugin's README promises, one assertion each, through the real pipeline."""

from __future__ import annotations

import pytest

from newsextract.testing import assert_fact, assert_no_fact

# The entry-point name from pyproject.toml: only this plugin runs, in strict mode.
PLUGINS = ["displacement"]


# --8<-- [start:positive]
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 3,000 people were evacuated.",
            {"count": 3000, "qualifier": "more_than", "action": "evacuated", "who": "people"},
        ),
        (
            "The floods forced 12,000 residents to flee.",
            {"count": 12000, "qualifier": "exact", "action": "fled", "who": "residents"},
        ),
        ("The fighting has displaced 40,000.", {"count": 40000, "qualifier": "exact", "action": "displaced", "who": None}),
        ("Some 1,800 students were evacuated to a nearby church.", {"count": 1800, "qualifier": "about", "action": "evacuated"}),
        ("Twelve thousand villagers fled.", {"count": 12000, "action": "fled", "who": "villagers"}),
        (
            "At least 200 families have been displaced by the fire.",
            {"count": 200, "qualifier": "at_least", "action": "displaced"},
        ),
        ("Rescuers evacuated about 150 patients from the hospital.", {"count": 150, "qualifier": "about", "action": "evacuated"}),
        ("Nearly 5,000 local residents were forced from their homes.", {"count": 5000, "action": "fled", "who": "residents"}),
    ],
)
def test_reads_counts_of_displaced_people(text: str, expected: dict[str, object]) -> None:
    assert_fact(text, "displacement", plugins=PLUGINS, **expected)


# --8<-- [end:positive]


def test_place_between_group_and_verb() -> None:
    fact = assert_fact(
        "More than 60,000 residents of northern Israel have been evacuated from their homes.",
        "displacement",
        plugins=PLUGINS,
        count=60000,
        qualifier="more_than",
    )
    assert fact.text == "More than 60,000 residents of northern Israel have been evacuated"


def test_vague_amount_has_no_count_but_a_lower_bound() -> None:
    assert_fact(
        "Tens of thousands of people were displaced.",
        "displacement",
        plugins=PLUGINS,
        count=None,
        qualifier="about",
        lower_bound=20000,
    )


def test_span_is_the_whole_phrase() -> None:
    assert_fact(
        "Officials said the floods forced 12,000 residents to flee on Sunday.",
        "displacement",
        plugins=PLUGINS,
        fact_text="forced 12,000 residents to flee",
    )


def test_forced_to_evacuate_is_an_evacuation() -> None:
    assert_fact("Wildfires forced 2,000 people to evacuate.", "displacement", plugins=PLUGINS, count=2000, action="evacuated")


# --8<-- [start:negative]
@pytest.mark.parametrize(
    "text",
    [
        "More than 400,000 residents had been ordered to evacuate.",  # an order, not an evacuation
        "None of the 300 residents were evacuated.",  # negated
        "Crews evacuated 3 hospitals overnight.",  # not people
        "The dam displaced 40,000 tonnes of water.",  # not people
        "Half of the residents fled.",  # a fraction needs arithmetic
        "In 2022 were displaced the archives of the city.",  # a year is not a count
        "A woman was evacuated by helicopter.",  # no count: a casualty story
        "The army forced 200 people into buses.",  # "forced" without "to flee"
        "Police said 30% of residents were evacuated.",  # a percentage
    ],
)
def test_does_not_read(text: str) -> None:
    assert_no_fact(text, "displacement", plugins=PLUGINS)


# --8<-- [end:negative]


def test_two_groups_in_one_sentence() -> None:
    text = "Some 800 people were evacuated and 2,500 residents fled to the west."
    assert_fact(text, "displacement", plugins=PLUGINS, count=800, action="evacuated")
    assert_fact(text, "displacement", plugins=PLUGINS, count=2500, action="fled")
