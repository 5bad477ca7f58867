"""The place and organization of an office: possessives, "in PLACE" and appositives after the name. Each with a negative case.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract_officials import Official

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


# -- a possessive before the title: country, official, body or company -----------------


def test_possessive_country_stays_the_place(only: Only) -> None:
    found = only("Moldova's foreign minister, Ion Cebanu, arrived in Vienna.")
    assert found.place == "Moldova"


def test_possessor_who_is_an_official_of_the_article_is_not_the_place(officials: Officials) -> None:
    text = "President Ivo Dragan spoke on Monday. Dragan's spokesman Pavel Marek said talks would resume."
    by_name = {o.name: o for o in officials(text)}
    assert by_name["Pavel Marek"].title == "spokesman"
    assert by_name["Pavel Marek"].place is None
    assert officials("President Ivo Dragan's spokesman Pavel Marek said talks would resume.")[-1].place is None


def test_possessive_body_and_location_before_appositive(only: Only) -> None:
    found = only("The provincial education ministry's director in Tamsin, Jorge Baltazar, closed all schools.")
    assert found.name == "Jorge Baltazar"
    assert found.title == "director"
    assert found.place == "provincial education ministry"


def test_possessive_company_is_not_a_place(officials: Officials) -> None:
    found = officials("The state mining company's director, Hugo Lanner, resigned.")
    assert all(o.place != "state mining company" for o in found)


# -- "in PLACE" before a name ----------------------------------------------------------


def test_in_before_a_name_is_still_a_place_preposition(officials: Officials) -> None:
    assert officials("The minister spoke in Tamsin, Jorge Baltazar said.") == []


# -- an appositive after the name through a lower-case possessive ----------------------


def test_possessive_body_appositive_after_name(only: Only) -> None:
    found = only('"The river rose in minutes," said Farid Qureshi, the agency\'s spokesman.')
    assert found.name == "Farid Qureshi"
    assert found.title == "spokesman"


def test_possessive_city_appositive_takes_place_from_sentence(only: Only) -> None:
    found = only("In the town of Brennick, Olga Sauer, the town's mayor, ordered an evacuation.")
    assert found.name == "Olga Sauer"
    assert found.title == "mayor"
    assert found.place == "Brennick"


def test_private_body_possessive_is_not_an_office(officials: Officials) -> None:
    assert officials("Dana Whitlock, the group's president, said the ads had been tested.") == []
    assert officials("Marcus Bell, the campaign's press secretary, declined to comment.") == []


def test_possessive_appositive_without_a_title_is_nothing(officials: Officials) -> None:
    assert officials("Rosa Delgado, the victim's sister, said the family was devastated.") == []
