"""Victims named instead of counted: one casualty per status and clause, names kept, nobody counted twice."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

import newsextract

Read = Callable[[str], list[Casualty]]


def summary(found: list[Casualty]) -> list[tuple[str, int | None, str | None, list[str]]]:
    return [(c.status, c.count, c.who, [v.name for v in c.victims]) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corporal Ana Ruiz was killed when the mine exploded.", [("killed", 1, "corporal", ["Ana Ruiz"])]),
        ("The journalist Rosa Ibarra was murdered at her home.", [("killed", 1, "journalist", ["Rosa Ibarra"])]),
        ("Rosa Ibarra, a local journalist, was murdered last week.", [("killed", 1, "journalist", ["Rosa Ibarra"])]),
        ("Police said Tomas Vega was shot dead near the market.", [("killed", 1, "person", ["Tomas Vega"])]),
        ("Sergeant Elena Park was wounded by shrapnel.", [("wounded", 1, "sergeant", ["Elena Park"])]),
        ("The aid worker Marta Solis was kidnapped on the road.", [("captured", 1, "worker", ["Marta Solis"])]),
        ("Fisherman Joao Pinto remains missing after the storm.", [("missing", 1, "fisherman", ["Joao Pinto"])]),
    ],
)
def test_one_named_victim_is_a_casualty_of_one(casualties: Read, text: str, expected: list[tuple[object, ...]]) -> None:
    assert summary(casualties(text)) == expected


def test_several_names_in_one_clause_are_one_casualty_with_their_count(casualties: Read) -> None:
    found = casualties("On Tuesday gunmen shot dead Mayor Luis Ortega and his driver, Pedro Gil, outside the town hall.")
    assert summary(found) == [("killed", 2, "people", ["Luis Ortega", "Pedro Gil"])]


def test_a_list_of_names_with_one_role_takes_the_role(casualties: Read) -> None:
    found = casualties("Journalists Ana Ruiz, Pedro Gil and Rosa Ibarra were abducted in the north.")
    assert [(c.status, c.count, [v.name for v in c.victims]) for c in found] == [
        ("captured", 3, ["Ana Ruiz", "Pedro Gil", "Rosa Ibarra"])
    ]


def test_each_status_of_named_victims_is_its_own_casualty(casualties: Read) -> None:
    found = casualties("Ana Ruiz, 34, was injured and Pedro Gil remains missing.")
    assert summary(found) == [("wounded", 1, "person", ["Ana Ruiz"]), ("missing", 1, "person", ["Pedro Gil"])]


def test_names_listed_after_a_count_are_that_casualtys_victims(casualties: Read) -> None:
    assert summary(casualties("Two people were killed: Ana Ruiz and Pedro Gil.")) == [
        ("killed", 2, "people", ["Ana Ruiz", "Pedro Gil"])
    ]


def test_a_named_victim_already_counted_is_not_counted_again(casualties: Read) -> None:
    found = casualties("A police officer was killed in the attack. Officer John Smith was killed when the bomb went off.")
    assert summary(found) == [("killed", 1, "police officer", ["John Smith"])]


def test_a_named_victim_of_another_role_is_counted_apart(casualties: Read) -> None:
    found = casualties("Two soldiers were killed in the north. Separately, the journalist Rosa Ibarra was murdered.")
    assert summary(found) == [("killed", 2, "soldiers", []), ("killed", 1, "journalist", ["Rosa Ibarra"])]


def test_names_are_spans_of_the_text_as_given_even_when_wrapped(pipeline: newsextract.Pipeline) -> None:
    sentence = (
        "On Sunday evening gunmen shot dead Mayor Luis Ortega and his driver, Pedro Gil, outside the town hall "
        "of the small mountain town, the regional prosecutor said."
    )
    for width in range(40, 80, 3):
        text = textwrap.fill(sentence, width)
        victims = [v for f in pipeline.extract(text).facts for v in f.value.victims]
        assert [" ".join(text[v.span.start : v.span.end].split()) for v in victims] == ["Luis Ortega", "Pedro Gil"]
        assert [v.name for v in victims] == ["Luis Ortega", "Pedro Gil"]


@pytest.mark.parametrize(
    "text",
    [
        "The Senate killed Health Care Reform on Friday.",
        "A relative of Ana Ruiz was killed.",
        "Ana Ruiz said the talks were killed by the government.",
        "Officials in Kharkiv said President Volodymyr Zelenskyy visited the wounded.",
    ],
)
def test_names_that_are_not_victims_give_no_named_casualty(casualties: Read, text: str) -> None:
    assert all(not c.victims for c in casualties(text))


def _killed_total(found: list[Casualty]) -> int:
    """The per-article total a user sums: every killed fact that is no part of another and not superseded."""
    return sum(c.count or 0 for c in found if c.status == "killed" and c.subset_of is None and not c.superseded)


@pytest.mark.parametrize(
    ("text", "total", "names"),
    [
        (
            "Two people were killed in the market on Sunday, police said. The victims were identified as "
            "Ana Ruiz and Pedro Gil. Ana Ruiz was killed when the mine exploded.",
            2,
            ["Ana Ruiz", "Pedro Gil"],
        ),
        (
            "Corporal Ana Ruiz was killed near the border. Ruiz was killed by a sniper, the army said.",
            1,
            ["Ana Ruiz"],
        ),
        (
            "A soldier was killed near the border. Corporal Ana Ruiz, 24, was killed by a sniper, the army said.",
            1,
            ["Ana Ruiz"],
        ),
        (
            "Gunmen shot dead Mayor Luis Ortega and his driver, Pedro Gil. The journalist Rosa Ibarra was murdered "
            "a day later in the same town.",
            3,
            ["Luis Ortega", "Pedro Gil", "Rosa Ibarra"],
        ),
    ],
)
def test_per_article_totals_count_each_named_victim_once(casualties: Read, text: str, total: int, names: list[str]) -> None:
    found = casualties(text)
    assert _killed_total(found) == total
    assert sorted({v.name for c in found for v in c.victims}) == sorted(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz suffered burns to her hands.", [("wounded", 1, "person", ["Ana Ruiz"])]),
        ("Corporal Li Wen sustained minor wounds in the blast.", [("wounded", 1, "corporal", ["Li Wen"])]),
        (
            "The parcel exploded, causing Ruiz to suffer the loss of a finger and chest injuries.",
            [("wounded", 1, "person", ["Ruiz"])],
        ),
        ("Officials said Ana Ruiz suffered no injuries.", []),
        ("The sanctions caused Russia to suffer heavy losses.", []),
        ("Ruiz suffered injuries.", []),  # a lone capitalised word is a surname only after "causing"
    ],
)
def test_a_named_person_who_suffered_injuries_is_one_wounded(
    casualties: Read, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert summary(casualties(text)) == expected
