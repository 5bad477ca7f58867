"""The reading rules of the issue, one sentence each (extractor called directly)."""

from __future__ import annotations

import pytest
from newsextract_weapons import extract_weapon_counts
from weapons_helpers import Row, read

import newsextract


def test_one_list_three_launched_facts() -> None:
    facts = read("Russia fired 426 Shahed-type drones, five Kinzhal hypersonic missiles, and 19 cruise missiles.")
    assert facts == [
        ("Shahed-type drones", "drone", 426, "exact", "launched"),
        ("Kinzhal hypersonic missiles", "missile", 5, "exact", "launched"),
        ("cruise missiles", "missile", 19, "exact", "launched"),
    ]


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        ("Russia launched more than two dozen missiles at Kyiv.", 24, "more_than"),
        ("Russia launched nearly 40 drones at Odesa.", 40, "about"),
        ("The Houthis fired at least six drones at the ship.", 6, "at_least"),
        ("Hezbollah fired about 40 rockets at northern Israel.", 40, "about"),
        ("Russia launched up to 50 drones overnight.", 50, "at_most"),
    ],
)
def test_qualifiers(text: str, count: int, qualifier: str) -> None:
    [(_, _, got_count, got_qualifier, status)] = read(text)
    assert (got_count, got_qualifier, status) == (count, qualifier, "launched")


def test_vague_amount_keeps_count_none_and_lower_bound() -> None:
    [fact] = extract_weapon_counts(newsextract.Document("Russia launched hundreds of drones overnight."))
    assert fact.value.count is None
    assert fact.value.qualifier == "about"
    assert fact.value.lower_bound == 200


def test_all_but_one_derived_from_earlier_total() -> None:
    text = (
        "Russia fired 40 drones, five Kinzhal missiles and 19 cruise missiles. "
        "All but one of the missiles were destroyed or jammed."
    )
    facts = extract_weapon_counts(newsextract.Document(text))
    derived = [f.value for f in facts if f.value.derived]
    assert len(derived) == 1
    assert (derived[0].count, derived[0].status, derived[0].class_) == (23, "neutralized", "missile")


def test_all_but_not_derived_from_a_vague_total() -> None:
    text = "Russia fired dozens of missiles. All but one of the missiles were destroyed."
    facts = extract_weapon_counts(newsextract.Document(text))
    neutralized = [f.value for f in facts if f.value.status == "neutralized"]
    assert [(v.count, v.derived) for v in neutralized] == [(None, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result, 394 drones and 20 missiles were shot down or suppressed by electronic warfare.",
            [("drones", "drone", 394, "exact", "neutralized"), ("missiles", "missile", 20, "exact", "neutralized")],
        ),
        ("Another 34 drones were locally lost.", [("drones", "drone", 34, "exact", "lost")]),
        ("Four missiles did not reach their targets.", [("missiles", "missile", 4, "exact", "lost")]),
        ("Hits by 15 drones were recorded at 6 locations.", [("drones", "drone", 15, "exact", "hit")]),
        (
            "Air defense shot down/suppressed 38 enemy UAVs in the east.",
            [("enemy UAVs", "drone", 38, "exact", "neutralized")],
        ),
        (
            "It said 18 drones and four missiles had struck targets in six locations.",
            [("drones", "drone", 18, "exact", "hit"), ("missiles", "missile", 4, "exact", "hit")],
        ),
        ("Another 41 drones were lost from radar.", [("drones", "drone", 41, "exact", "lost")]),
    ],
)
def test_ukrainian_air_force_style(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran fired a barrage of 180 ballistic missiles at Israel.",
            ("ballistic missiles", "missile", 180, "exact", "launched"),
        ),
        ("The military said two drones launched from Yemen were intercepted.", ("drones", "drone", 2, "exact", "neutralized")),
        ("Russia attacked Ukraine overnight with 147 drones.", ("drones", "drone", 147, "exact", "launched")),
        ("The frigate was hit by at least six sea drones.", ("sea drones", "drone", 6, "at_least", "hit")),
        ("One of the missiles hit the tanker.", ("missiles", "missile", 1, "exact", "hit")),
        ("The destroyer shot down all three drones.", ("drones", "drone", 3, "exact", "neutralized")),
    ],
)
def test_israeli_and_red_sea_style(text: str, expected: Row) -> None:
    assert read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will send 10 Patriot launchers.", ("Patriot launchers", "air_defense", 10, "exact", "supplied")),
        ("Ukraine has received 18 F-16 fighter jets.", ("F-16 fighter jets", "aircraft", 18, "exact", "supplied")),
        ("The EU pledged 1,500 artillery shells.", ("artillery shells", "shell", 1500, "exact", "supplied")),
        (
            "The aid package includes 60,000 rounds of 155mm artillery ammunition.",
            ("rounds of 155mm artillery ammunition", "shell", 60000, "exact", "supplied"),
        ),
        (
            "The package includes four more High Mobility Artillery Rocket Systems.",
            ("High Mobility Artillery Rocket Systems", "artillery", 4, "exact", "supplied"),
        ),
        ("Germany will supply 20 more Leopard 1A5 tanks.", ("Leopard 1A5 tanks", "tank", 20, "exact", "supplied")),
        ("Denmark has delivered 24 F-16 fighter jets. The final six jets arrived in Ukraine last week.", None),
        ("Ten Leopard tanks were pledged by Poland.", ("Leopard tanks", "tank", 10, "exact", "supplied")),
    ],
)
def test_arms_aid(text: str, expected: Row | None) -> None:
    facts = read(text)
    if expected is None:
        assert ("F-16 fighter jets", "aircraft", 24, "exact", "supplied") in facts
        assert ("jets", "aircraft", 6, "exact", "supplied") in facts
    else:
        assert facts == [expected]


def test_headless_counts_take_the_earlier_weapon() -> None:
    text = (
        "Air defenses destroyed 61 Ukrainian drones overnight, 22 of them over the Krasnodar region "
        "and 15 over the Black Sea. The agency launched more than 30 drones and at least five had hit the refinery."
    )
    facts = read(text)
    assert ("drones", "drone", 22, "exact", "neutralized") in facts
    assert ("drones", "drone", 15, "exact", "neutralized") in facts
    assert ("drones", "drone", 5, "at_least", "hit") in facts


def test_breakdown_does_not_borrow_across_other_counts() -> None:
    # "one" breaks down the people, not the missiles.
    facts = read("Russia fired 20 missiles, killing at least two people, including one in the capital.")
    assert facts == [("missiles", "missile", 20, "exact", "launched")]


def test_subject_verbs_depend_on_what_the_subject_is() -> None:
    assert read("Two drones destroyed a fuel depot.") == [("drones", "drone", 2, "exact", "hit")]
    assert read("Five LNA military vehicles destroyed.") == [
        ("LNA military vehicles", "armored_vehicle", 5, "exact", "neutralized")
    ]
    assert read("Four British Typhoon jets struck targets in Yemen.") == [
        ("British Typhoon jets", "aircraft", 4, "exact", "launched")
    ]
    assert read("Hamas fired some 20 rockets at Israel, three of which were intercepted.") == [
        ("rockets", "rocket", 20, "about", "launched"),
        ("rockets", "rocket", 3, "exact", "neutralized"),
    ]


def test_partitive_total_is_launched() -> None:
    facts = read("Ukrainian forces shot down 35 of 40 missiles launched by Russia.")
    assert ("missiles", "missile", 35, "exact", "neutralized") in facts
    assert ("missiles", "missile", 40, "exact", "launched") in facts


@pytest.mark.parametrize(
    ("text", "class_"),
    [
        ("Russia lost 12 Marder infantry fighting vehicles.", "armored_vehicle"),
        ("The strike destroyed two radar stations.", "other"),
        ("The navy destroyed five uncrewed boats.", "drone"),
        ("Germany will send 25 Gepard self-propelled anti-aircraft guns.", "air_defense"),
        ("The package includes 1 million rounds of small-arms ammunition.", "other"),
        ("Ukraine shot down two Ka-52 helicopters.", "helicopter"),
        ("Russian aircraft dropped six guided aerial bombs.", "bomb"),
        ("The US will send 42 HIMARS launchers.", "artillery"),
        ("Russia fired 24 rockets from HIMARS launchers.", "rocket"),
        ("The US destroyed three Houthi warships.", "ship"),
        ("Russia used 10 interceptors.", "missile"),
        ("Militants fired three mortar bombs at the base.", "shell"),
        ("Germany will deliver 30 Gepard anti-aircraft tanks.", "air_defense"),
        ("The package contains 20 Bradley infantry fighting vehicles.", "armored_vehicle"),
        ("Ukraine will get 6 F-16s from Norway.", "aircraft"),
    ],
)
def test_classes(text: str, class_: str) -> None:
    facts = read(text)
    assert len(facts) == 1, facts
    assert facts[0][1] == class_


def test_model_actor_target_location() -> None:
    [fact] = extract_weapon_counts(newsextract.Document("Russia fired two Iskander-M ballistic missiles at the city center."))
    assert fact.value.model == "Iskander-M"
    assert fact.value.actor == "Russia"
    assert fact.value.target == "the city center"
    [fact] = extract_weapon_counts(newsextract.Document("Air defenses destroyed 41 drones over the Bryansk region."))
    assert fact.value.location == "the Bryansk region"


def test_sentence_initial_count_refers_to_the_sentence_before() -> None:
    assert read("Russia launched 40 drones overnight. Thirty were shot down, the air force said.") == [
        ("drones", "drone", 40, "exact", "launched"),
        ("drones", "drone", 30, "exact", "neutralized"),
    ]
    # A casualty count is not a weapon count.
    assert read("Russia launched 40 drones overnight. Three people were killed and 12 were wounded.") == [
        ("drones", "drone", 40, "exact", "launched"),
    ]


def test_share_of_a_total_leaves_the_total_launched() -> None:
    assert read("Israel intercepted 99 percent of the more than 300 drones.") == [
        ("drones", "drone", 300, "more_than", "launched")
    ]
    assert read("The IDF said most of the 180 missiles were intercepted.") == [("missiles", "missile", 180, "exact", "launched")]


def test_model_plural_heads_a_phrase() -> None:
    assert read("Germany is sending 14 Leopard 2A6s.") == [("Leopard 2A6s", "tank", 14, "exact", "supplied")]
    # and the model's number is no count of its own
    assert read("Britain is sending 14 Challenger 2 tanks.") == [("Challenger 2 tanks", "tank", 14, "exact", "supplied")]


def test_headless_subjects_of_active_verbs() -> None:
    assert read("Russia fired 12 missiles; nine were intercepted and three missed.") == [
        ("missiles", "missile", 12, "exact", "launched"),
        ("missiles", "missile", 9, "exact", "neutralized"),
        ("missiles", "missile", 3, "exact", "lost"),
    ]
    facts = read("The air force said 40 of the 46 drones were downed, while six hit targets in Kharkiv.")
    assert ("drones", "drone", 6, "exact", "hit") in facts
    assert ("drones", "drone", 46, "exact", "launched") in facts
