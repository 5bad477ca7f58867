"""Round-4 generalisation rules, with invented sentences (and negatives that must not fire)."""

from __future__ import annotations

from newsextract_casualties import extract_casualties

import newsextract


def _values(text: str) -> list[newsextract.Fact]:
    return list(extract_casualties(newsextract.Document(text=text, id="t")))


def _facts(text: str) -> set[tuple[str, int | None]]:
    return {(f.value.status, f.value.count) for f in _values(text)}


def test_elided_captivity_participle_in_a_list() -> None:
    got = _facts("Weekly summary: 12 villagers killed; 8 injured; 5 abducted; 3 kidnapped.")
    assert {("killed", 12), ("wounded", 8), ("captured", 5), ("captured", 3)} <= got


def test_captivity_participle_not_after_other_nouns() -> None:
    assert _facts("Weekly summary: 12 villagers killed; 5 cars abducted.") == {("killed", 12)}


def test_saved_people_are_rescued() -> None:
    assert ("rescued", 60) in _facts("Lifeboat crews saved about 60 people from the capsized ferry.")
    assert ("rescued", 4) in _facts("Neighbours saved four children from the burning flat.")


def test_saved_things_are_not_rescued() -> None:
    assert _facts("The new scheme saved 400 jobs at the plant and saved 20 minutes a day.") == set()
    assert _facts("Volunteers saved three horses from the flood.") == set()


def test_referred_to_hospital() -> None:
    assert ("hospitalized", 14) in _facts("Fourteen of the wounded were referred to a district hospital overnight.")
    assert _facts("The clinic referred 14 customers to the bank.") == set()


def test_operatives_are_people() -> None:
    assert ("killed", 3) in _facts("A drone strike on a van killed three militia operatives, the army said.")


def test_bodies_received_by_hospitals_are_dead() -> None:
    got = _facts("Hospitals in the province received 23 bodies and 70 injured people on Friday.")
    assert ("killed", 23) in got and ("hospitalized", 23) not in got
    # Living patients taken in are still hospitalized.
    assert ("hospitalized", 70) in _facts("Hospitals in the province admitted 70 people on Friday.")


def test_attempted_murder_is_no_death() -> None:
    assert _facts("She is charged with the attempted murder of a prison guard.") == set()
    assert ("killed", 1) in _facts("She is charged with the murder of a prison guard.")


def test_part_of_a_counted_whole() -> None:
    got = _facts("A tanker rescued 11 of the 16 sailors on board, the navy said.")
    assert got == {("rescued", 11)}
    got = _facts("Five of the eight climbers were killed in the avalanche.")
    assert got == {("killed", 5)}


def test_number_of_a_non_person_whole_is_not_read() -> None:
    assert _facts("Five of the eight trucks were destroyed in the avalanche.") == set()


def test_restatement_with_an_added_modifier_merges() -> None:
    facts = _values("Three firefighters killed in blaze. Three volunteer firefighters were killed on Sunday in a blaze.")
    assert len({f.value for f in facts}) == 1


def test_different_modifiers_do_not_merge() -> None:
    facts = _values("Two Dutch tourists were killed on Monday. Later, two Belgian tourists were killed.")
    assert len({f.value for f in facts}) == 2


def test_toll_with_a_date_in_between() -> None:
    got = _facts("The fighting has raised the death toll since June 2, 2021 to 3,410, the ministry said.")
    assert ("killed", 3410) in got


def test_date_in_a_toll_is_not_itself_a_count() -> None:
    got = _facts("The death toll since June 2, 2021 has risen sharply, the ministry said.")
    assert got == set()
