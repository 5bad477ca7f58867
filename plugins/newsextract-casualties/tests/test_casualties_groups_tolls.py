"""Groups, parts and tolls: shared predicates, "of them" and "including" parts, restatements, revised tolls.

Invented sentences; each rule has sentences it must read and sentences it must not fire on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

import newsextract

ReadValues = Callable[[str], list[Casualty]]
ReadPairs = Callable[[str], set[tuple[str, int | None]]]
ReadFacts = Callable[[str], list[newsextract.Fact]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of them" appositive right after a casualty is a part of it.
        ("Ten people were hurt on Sunday, three of them seriously.", {("wounded", 10), ("wounded", 3)}),
        # An item "with injuries" in an including list is wounded; the list's other items are not.
        (
            "Seven people were hospitalized, including three children with minor injuries and a nurse.",
            {("hospitalized", 7), ("wounded", 3), ("hospitalized", 1)},
        ),
        # Two counted subjects share one predicate.
        ("Three soldiers and two civilians were killed in the ambush.", {("killed", 3), ("killed", 2)}),
        ("Officials said 40 pupils from one school and 25 from another were missing.", {("missing", 40), ("missing", 25)}),
        # A second head with its own adjective stays in the subject.
        ("At least nine farmers and local herders were killed, including two teenagers.", {("killed", 9), ("killed", 2)}),
        # "the number of people <status> rose to N", with the earlier figure after "up from (the)".
        (
            "The number of people injured in the crash rose to 22 on Monday, up from the 15 reported earlier.",
            {("wounded", 22), ("wounded", 15)},
        ),
        ("The number of people missing after the landslide climbed to 40.", {("missing", 40)}),
        # A toll naming two groups.
        ("By Friday the toll had climbed to 30 police officers and eight volunteers.", {("killed", 30), ("killed", 8)}),
    ],
)
def test_group_and_toll_rules(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vague "several of them" is no part of its own.
        ("Twenty people were hurt on Sunday, several of them seriously.", {("wounded", 20)}),
        # Object of a verb, then a new clause: no shared predicate.
        ("Police detained 40 protesters and three officers were hurt.", {("wounded", 3)}),
        # Sports injuries are not casualties.
        ("The number of injuries this season rose to 12, the coach said.", set()),
        # A toll followed by a non-person group.
        ("The death toll rose to 30 and 12 homes were destroyed.", {("killed", 30)}),
    ],
)
def test_group_and_toll_rules_do_not_over_fire(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


def test_of_them_with_own_predicate_keeps_its_predicate(pairs: ReadPairs) -> None:
    text = "Some 80 people were wounded, 30 of whom remained in hospital."
    assert pairs(text) == {("wounded", 80), ("hospitalized", 30)}


def test_including_paren_does_not_swallow_absolute_with(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Officials put the toll at 40, including six girls and two nurses, with 90 people wounded.")
    assert {("killed", 40), ("killed", 6), ("killed", 2), ("wounded", 90)} <= got
    assert ("wounded", 40) not in got


def test_part_of_a_counted_whole(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("A tanker rescued 11 of the 16 sailors on board, the navy said.")
    assert got == {("rescued", 11)}
    got = extracted_pairs("Five of the eight climbers were killed in the avalanche.")
    assert got == {("killed", 5)}


def test_number_of_a_non_person_whole_is_not_read(extracted_pairs: ReadPairs) -> None:
    assert extracted_pairs("Five of the eight trucks were destroyed in the avalanche.") == set()


def test_restatement_with_an_added_modifier_merges(extracted: ReadFacts) -> None:
    facts = extracted("Three firefighters killed in blaze. Three volunteer firefighters were killed on Sunday in a blaze.")
    assert len({f.value for f in facts}) == 1


def test_different_modifiers_do_not_merge(extracted: ReadFacts) -> None:
    facts = extracted("Two Dutch tourists were killed on Monday. Later, two Belgian tourists were killed.")
    assert len({f.value for f in facts}) == 2


def test_revised_number_marks_the_earlier_figure(casualties: ReadValues) -> None:
    text = "The number of people injured rose to 31 on Tuesday, up from 20."
    by_count = {v.count: v for v in casualties(text)}
    assert by_count[31].superseded is False
    assert by_count[20].superseded is True
    assert by_count[20].status == "wounded"


def test_more_bodies_beside_a_toll_is_an_increment(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("The death toll climbed to 11 after divers recovered three more bodies from the lake.")
    assert got == {("killed", 11)}
    assert ("killed", 3) in extracted_pairs("Divers recovered three bodies from the lake.")


def test_toll_with_a_date_in_between(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("The fighting has raised the death toll since June 2, 2021 to 3,410, the ministry said.")
    assert ("killed", 3410) in got


def test_date_in_a_toll_is_not_itself_a_count(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("The death toll since June 2, 2021 has risen sharply, the ministry said.")
    assert got == set()
