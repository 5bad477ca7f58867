"""Things that look like weapon counts but are not facts."""

from __future__ import annotations

import pytest
from newsextract_weapons import extract_weapon_counts

import newsextract


@pytest.mark.parametrize(
    "text",
    [
        # product launches
        "Drone maker SkyForge on Tuesday launched two new camera drones for hobbyists.",
        "The company launched five new drones at a trade show in Paris.",
        "The company said it shipped more than 1.5 million drones worldwide last year.",
        "The company demonstrated a swarm of 300 drones flying in formation.",
        "Boeing delivered 38 commercial jets in September.",
        "Boeing has delivered 291 jets so far this year.",
        "The airline pulled 14 of its Airbus A321neo jets from service.",
        "SpaceX launched 24 Starlink internet satellites from Florida.",
        # sports and entertainment
        "City launched 23 shots at goal, nine of them on target.",
        "Ellery fired 20 shots in the second half.",
        "The production used four real fighter jets on loan from a private collector.",
        "The film follows a squadron of 12 fighter pilots.",
        # metaphors, years, money, percentages, ages
        "Investors will see this as a missile aimed squarely at costs.",
        "In 2022 drones changed the war.",
        "The deal is worth $500 million in missiles.",
        "About 90% of the missiles were intercepted.",
        "A 19-year-old tank commander was killed.",
        "The strike killed 17 people and wounded 32.",
        # no status verb, or targets rather than weapons
        "The Houthis have attacked more than 100 merchant ships since November.",
        "The police officer fired three rounds at the suspect.",
        "Two fuel tanks caught fire at the depot.",
        "The Rockets launched 45 three-pointers on Saturday.",
    ],
)
def test_not_a_fact(text: str) -> None:
    assert extract_weapon_counts(newsextract.Document(text)) == []


def test_model_number_is_not_a_count() -> None:
    facts = extract_weapon_counts(newsextract.Document("Germany delivered 18 Leopard 2 tanks to Kyiv."))
    assert [f.value.count for f in facts] == [18]
    facts = extract_weapon_counts(newsextract.Document("Russia fired three Kh-101 missiles."))
    assert [f.value.count for f in facts] == [3]


def test_singular_without_numeral_is_left_out() -> None:
    # Optional in gold (count 1 with no numeral): not emitted.
    assert extract_weapon_counts(newsextract.Document("A drone hit a fuel depot in the town.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un has ordered 49 missile tests since he took over.",
        "Rioters hurled Molotov cocktails at two armored vehicles.",
        "Police seized 12 mortar shells and two rifles.",
        "Armed men burned four vehicles and two houses.",
        "Three Saudi planes landed at the airport amid the fighting.",
        "The coalition sent reinforcements, including 6 armored vehicles.",
    ],
)
def test_targets_seizures_and_compounds(text: str) -> None:
    assert extract_weapon_counts(newsextract.Document(text)) == []


def test_count_of_something_else_breaks_the_reference() -> None:
    text = "Russia fired 20 missiles. He has presided over three nuclear tests, two of them in 2016."
    facts = extract_weapon_counts(newsextract.Document(text))
    assert [f.value.count for f in facts] == [20]
