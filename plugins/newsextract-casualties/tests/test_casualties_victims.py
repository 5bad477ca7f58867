"""Single victims with a head noun the lexicon does not know, names that hold a person noun,
and figures summed over several events (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty
from newsextract_casualties.victims import VICTIM_RULES

Pair = tuple[str, int | None]


def test_the_victim_rules_examples_pass() -> None:
    assert VICTIM_RULES.check_examples() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 5 May, a village sarpanch was attacked and beaten to death by a mob.", {("killed", 1)}),
        ("The chairman of the Lakeside Growers Cooperative (LGC) was shot dead at his gate.", {("killed", 1)}),
        ("A prominent union organiser and activist was gunned down in the market.", {("killed", 1)}),
        ("The militia's district head of logistics was killed in a raid on Tuesday.", {("killed", 1)}),
        ("One herdsman was killed and four were arrested.", {("killed", 1)}),
        ("On Tuesday, a rioter succumbed to his wounds in hospital.", {("killed", 1)}),
        ("A picketer later died of her injuries.", {("killed", 1)}),
        ("Around 7 May, 1 shepherd was killed and 1 was wounded by a patrol.", {("killed", 1), ("wounded", 1)}),
        ("Militants shot and killed a security forces personnel at the gate.", {("killed", 1)}),
        ("Raiders beheaded a dahalo near the river.", {("killed", 1)}),
        ("Poachers shot dead a rhino in the park.", set()),
        ("The proposal was killed in committee on Monday.", set()),
        ("The raid was executed before dawn.", set()),
        ("One goat was killed by the blast.", set()),
    ],
)
def test_a_single_victim_of_a_person_only_predicate(pairs: Callable[[str], set[Pair]], text: str, expected: set[Pair]) -> None:
    assert pairs(text) == expected


def test_a_capitalised_person_noun_inside_a_name_is_no_captive(pairs: Callable[[str], set[Pair]]) -> None:
    assert pairs("Armed protesters seized the Pine Ridge National Forest office in Salem.") == set()
    assert pairs("Gunmen seized a National Guard soldier at the checkpoint.") == {("captured", 1)}


def test_a_figure_summed_over_several_events_is_cumulative(casualties: Callable[[str], list[Casualty]]) -> None:
    text = "Between 3 and 7 May, twelve parcel bombs were found in four states, collectively causing nine injuries."
    (value,) = casualties(text)
    assert (value.status, value.count, value.scope) == ("wounded", 9, "cumulative")
    (alone,) = casualties("The parcel bomb exploded at the depot, causing nine injuries.")
    assert alone.scope != "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "A man who was kidnapped by gunmen last week was found dead on Monday.",
        "A trader who had been abducted from his shop on 2 May, was found dead near the river.",
        "A teacher who went missing on Friday was found dead in a ditch.",
    ],
)
def test_taken_then_found_dead_is_killed(casualties: Callable[[str], list[Casualty]], text: str) -> None:
    (value,) = casualties(text)
    assert (value.status, value.count) == ("killed", 1)


def test_taken_and_later_released_stays_captured(pairs: Callable[[str], set[Pair]]) -> None:
    assert pairs("A man who was kidnapped by gunmen last week was released on Monday.") == {("captured", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "During the day, one soldier was killed near the village [1 fatality reported by the army].",
        "On Monday, two guards were shot dead at the gate (2 fatalities).",
    ],
)
def test_a_bracketed_recap_in_the_same_sentence_is_a_restatement(casualties: Callable[[str], list[Casualty]], text: str) -> None:
    assert len(casualties(text)) == 1


def test_a_bracketed_other_group_stays_apart(casualties: Callable[[str], list[Casualty]]) -> None:
    text = "Two soldiers were killed in the ambush (two civilians were also killed)."
    assert sorted(v.who or "" for v in casualties(text)) == ["civilians", "soldiers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two gunmen stormed the bank. The gunmen were killed and a guard was wounded.", {("killed", 2), ("wounded", 1)}),
        ("Police cornered the robbers near the dam, and both robbers were killed.", {("killed", 2)}),
        ("The policemen were attacked in the market.", set()),
        ("The gunmen were killed in the shootout.", set()),
    ],
)
def test_a_group_named_again_takes_its_count(pairs: Callable[[str], set[Pair]], text: str, expected: set[Pair]) -> None:
    assert pairs(text) == expected


def test_captives_killed_later_are_killed(casualties: Callable[[str], list[Casualty]]) -> None:
    text = "Gunmen abducted 9 soldiers from a checkpoint. They later killed them and dumped their bodies."
    assert sorted((v.status, v.count) for v in casualties(text)) == [("captured", 9), ("killed", 9)]
    same = casualties("Militants kidnapped five workers and killed them.")
    assert [(v.status, v.count, v.who) for v in same] == [("killed", 5, "workers")]


def test_killed_them_without_captives_before_reads_nothing(pairs: Callable[[str], set[Pair]]) -> None:
    assert pairs("Militants kidnapped five workers and later released them.") == {("captured", 5)}
    assert pairs("Three people were wounded in the blast. Troops found the bombers and killed them.") == {("wounded", 3)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said her husband was killed when the roof collapsed.", {("killed", 1)}),
        ("His bodyguard was wounded by shrapnel.", {("wounded", 1)}),
        ("A 34-year-old nurse was killed. Her son was taken to hospital.", {("killed", 1), ("hospitalized", 1)}),
        ("Their driver died at the scene.", {("killed", 1)}),
        # joined to the phrase before: half of a pair ("two civilians", counted elsewhere)
        ("The driver and his passenger died at the scene.", set()),
        ("Their car was hit by a drone.", set()),
    ],
)
def test_a_victim_named_by_a_possessive_alone(pairs: Callable[[str], set[Pair]], text: str, expected: set[Pair]) -> None:
    assert pairs(text) == expected
