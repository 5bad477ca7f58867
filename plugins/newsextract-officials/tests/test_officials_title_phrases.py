"""How far a title phrase reaches: "of"/"for" complements, linking verbs and "at the time". Each with a negative case.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_officials import Official

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


# -- "of" and "for" complements: what belongs to the title -----------------------------


def test_portfolio_after_for_is_part_of_the_title(only: Only) -> None:
    found = only("The commissioner for works and housing, Ade Bello, said the road would reopen.")
    assert found.name == "Ade Bello"
    assert found.title == "commissioner for works and housing"
    assert found.place is None
    minister = only("The minister for foreign affairs, Jana Kolar, left early.")
    assert minister.title == "minister for foreign affairs"
    assert minister.place is None


def test_plain_words_inside_an_of_complement(only: Only) -> None:
    found = only("Tom Brenner, head of the county search and rescue office, said two hikers were found.")
    assert found.title == "head of the county search and rescue office"


def test_plain_words_do_not_stretch_an_appositive_without_a_body(officials: Officials) -> None:
    # after a name the complement must end in a body or a name, not a plain word ("head of sales")
    assert officials("Tom Brenner, head of sales at the bakery, said the shop would close.") == []


def test_rank_word_as_noun_inside_complement(only: Only) -> None:
    found = only("The former chief of the general staff, Oleg Varenko, was buried on Monday.")
    assert found.name == "Oleg Varenko"
    assert found.title.startswith("chief of the")
    assert found.status == "former"


def test_staff_of_a_shop_is_not_an_office(officials: Officials) -> None:
    assert officials("The shop's staff, Lena Ortiz among them, went home early.") == []


# -- a "for"-portfolio inside a title before the name ----------------------------------


def test_for_portfolio_before_the_name(only: Only) -> None:
    found = only("Commissioner for Human Rights Ilse Vandermeer visited the detention centre on Monday.")
    assert found.name == "Ilse Vandermeer"
    assert found.title == "Commissioner for Human Rights"


def test_for_portfolio_with_place(only: Only) -> None:
    found = only("UN High Commissioner for Refugees Kofi Mensah-Boateng appealed for funds.")
    assert found.name == "Kofi Mensah-Boateng"
    assert found.title == "High Commissioner for Refugees"
    assert found.place == "UN"


def test_for_portfolio_needs_a_title_and_a_full_name(officials: Officials) -> None:
    assert officials("The award for Human Rights Ilse Vandermeer received was her third.") == []
    assert officials("A spokesman for the Senate Republican caucus declined to comment.") == []


# -- titles reached through a linking verb, and "at the time" --------------------------


@pytest.mark.parametrize(
    ("text", "name", "title", "status"),
    [
        ("Tom Reed, who is the mayor of Dunmore, said the bridge was safe.", "Tom Reed", "mayor", "current"),
        ("Anna Berg was re-elected president on Sunday with 61 percent.", "Anna Berg", "president", "current"),
        ("Carl Voss was named defense minister last week.", "Carl Voss", "defense minister", "newly appointed"),
        ("Rita Olsen, who was the governor of the province, testified.", "Rita Olsen", "governor", "former"),
    ],
)
def test_title_reached_through_a_linking_verb(only: Only, text: str, name: str, title: str, status: str) -> None:
    found = only(text)
    assert found.name == name
    assert found.title == title
    assert found.status == status


@pytest.mark.parametrize(
    "text",
    [
        "The company said Lisa Grant was the director of the film.",
        "Mark Dunn was the president's guest at dinner.",
        "Mark Dunn is a teacher in the town.",
    ],
)
def test_linking_verb_negatives(officials: Officials, text: str) -> None:
    assert officials(text) == []


def test_at_the_time_makes_the_office_former(only: Only) -> None:
    found = only("She said her chief of staff at the time, Greg Mills, had warned her.")
    assert found.name == "Greg Mills"
    assert found.title == "chief of staff"
    assert found.status == "former"
    assert only("Her chief of staff, Greg Mills, had warned her.").status == "current"
