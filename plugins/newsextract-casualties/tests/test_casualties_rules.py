"""Every reading rule the casualty issue names, one sentence each."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

import newsextract

ReadValues = Callable[[str], list[Casualty]]


def brief(casualties: ReadValues, text: str) -> set[tuple[str, int | None, str, str | None]]:
    """(status, count, qualifier, who) of every casualty the pipeline reads."""
    return {(v.status, v.count, v.qualifier, v.who) for v in casualties(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile struck the city, killing at least 15 people, including four children.",
            {("killed", 15, "at_least", "people"), ("killed", 4, "exact", "children")},
        ),
        (
            "Three people were killed and 12 others injured in the blast.",
            {("killed", 3, "exact", "people"), ("wounded", 12, "exact", "others")},
        ),
        ("The flood left four dead.", {("killed", 4, "exact", "people")}),
        ("The storm claimed the lives of seven.", {("killed", 7, "exact", "people")}),
        ("A 7-year-old boy was killed in the strike.", {("killed", 1, "exact", "boy")}),
        ("Dozens were wounded in the attack.", {("wounded", None, "about", "people")}),
        ("Eleven remain missing after the landslide.", {("missing", 11, "exact", "people")}),
        ("Five were hospitalized with burns.", {("hospitalized", 5, "exact", "people")}),
        ("Twenty-three people were evacuated from the building.", {("evacuated", 23, "exact", "people")}),
        ("Rescuers rescued 43 people from the sea.", {("rescued", 43, "exact", "people")}),
        ("Gunmen abducted a dozen women and children.", {("captured", 12, "exact", "women and children")}),
        ("Troops captured 19 Russian soldiers.", {("captured", 19, "exact", "russian soldiers")}),
        (
            "More than 70 people were wounded, and some 40 remained hospitalized.",
            {("wounded", 70, "more_than", "people"), ("hospitalized", 40, "about", "people")},
        ),
        (
            "The shelling killed four civilians and wounded 11.",
            {("killed", 4, "exact", "civilians"), ("wounded", 11, "exact", "civilians")},
        ),
        (
            "Two police officers were shot and killed and a third was wounded.",
            {("killed", 2, "exact", "police officers"), ("wounded", 1, "exact", "police officer")},
        ),
        ("The dead included two teenagers.", {("killed", 2, "exact", "teenagers")}),
        ("Among the injured are three children.", {("wounded", 3, "exact", "children")}),
        ("Seven of the wounded were taken to hospital.", {("hospitalized", 7, "exact", "wounded")}),
        ("Nine people were treated for injuries.", {("wounded", 9, "exact", "people")}),
        ("Officials recorded more than 100 deaths.", {("killed", 100, "more_than", "deaths")}),
        ("Fighters took 251 hostages.", {("captured", 251, "exact", "hostages")}),
        ("One person required medical assistance at the site.", {("wounded", 1, "exact", "person")}),
        ("Officers shot the attacker, a 29-year-old man, in the leg.", {("wounded", 1, "exact", "attacker")}),
        ("The plane crashed, killing all 72 people on board.", {("killed", 72, "exact", "people")}),
        (
            "Ukrainian forces said 12 sailors were missing and seven had been rescued.",
            {("missing", 12, "exact", "sailors"), ("rescued", 7, "exact", "sailors")},
        ),
        ("2 communal militiamen were killed.", {("killed", 2, "exact", "communal militiamen")}),
    ],
)
def test_reads(casualties: ReadValues, text: str, expected: set[tuple[str, int | None, str, str | None]]) -> None:
    assert brief(casualties, text) == expected


def test_numbers_in_words_and_digits_with_qualifiers(casualties: ReadValues) -> None:
    got = brief(casualties, "The quake killed nearly 2,000 people and injured more than a thousand.")
    assert got == {("killed", 2000, "about", "people"), ("wounded", 1000, "more_than", "people")}


def test_vague_count_keeps_lower_bound(casualties: ReadValues) -> None:
    (value,) = casualties("Dozens were wounded in the attack.")
    assert value.count is None and value.lower_bound == 24


def test_elided_subject_and_location_carry_over(casualties: ReadValues) -> None:
    text = (
        "The attack hit the capital, Kyiv, overnight. The mayor confirmed that one person was killed in the "
        "Ukrainian capital, and two were wounded in the overnight attack."
    )
    got = {(v.status, v.count, v.who, v.location) for v in casualties(text)}
    assert ("killed", 1, "person", "Kyiv") in got
    assert ("wounded", 2, "people", "Kyiv") in got


def test_location_from_the_clause(casualties: ReadValues) -> None:
    text = "Drones hit the region, killing three people in the northeastern city of Kharkiv."
    (value,) = casualties(text)
    assert value.location == "Kharkiv"


def test_breakdown_is_a_subset_of_its_whole(pipeline: newsextract.Pipeline) -> None:
    text = "Russia attacked overnight, killing at least two people, including one in the capital, Kyiv."
    result = pipeline.extract(text)
    whole = next(f for f in result.facts if f.value.count == 2)
    part = next(f for f in result.facts if f.value.count == 1)
    assert part.value.subset_of == whole.span
    assert part.value.location == "Kyiv"
    assert whole.value.subset_of is None


def test_revised_toll_supersedes_the_earlier_one(casualties: ReadValues) -> None:
    text = "The death toll from the bombing rose to 31 on Saturday, police said. Officials had earlier put the toll at 19."
    got = {(v.count, v.superseded) for v in casualties(text) if v.status == "killed"}
    assert got == {(31, False), (19, True)}


def test_toll_rose_from(casualties: ReadValues) -> None:
    text = "The death toll from the floods rose to 47 on Tuesday from 31 a day earlier."
    got = {(v.count, v.superseded) for v in casualties(text)}
    assert got == {(47, False), (31, True)}


def test_derived_statuses_are_marked(casualties: ReadValues) -> None:
    text = "Rescuers recovered the bodies of two women. One person required medical assistance."
    got = {(v.status, v.count, v.derived) for v in casualties(text)}
    assert got == {("killed", 2, True), ("wounded", 1, True)}


def test_including_list_items_are_all_parts(pipeline: newsextract.Pipeline) -> None:
    text = "At least five people, including two officers, a bystander, and two assailants, were killed."
    result = pipeline.extract(text)
    whole = next(f for f in result.facts if f.value.count == 5)
    parts = {(f.value.count, f.value.who) for f in result.facts if f.value.subset_of == whole.span}
    assert parts == {(2, "officers"), (1, "bystander"), (2, "assailants")}
