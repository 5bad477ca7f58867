"""General patterns of news grammar (third generalisation round), each with a negative case.

All sentences are invented for these tests.
"""

from __future__ import annotations

from newsextract_officials import Official, extract_officials

import newsextract


def officials(text: str) -> list[Official]:
    facts = extract_officials(newsextract.Document(text))
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text
    return [f.value for f in facts]


def only(text: str) -> Official:
    found = officials(text)
    assert len(found) == 1, found
    return found[0]


# -- month words that are names: "Jan Horak", "June Whitby", "Theresa May" -------------


def test_month_word_as_given_name_in_appositive() -> None:
    found = only("The bloc's energy commissioner, Jan Dvoracek, said the pipeline deal was close.")
    assert found.name == "Jan Dvoracek"
    assert found.title == "energy commissioner"


def test_month_word_as_given_name_after_title() -> None:
    found = only("Mayor June Whitby said the bridge would reopen in spring.")
    assert found.name == "June Whitby"
    assert found.title == "Mayor"


def test_month_word_as_surname() -> None:
    assert only("Home Secretary Gareth May said the border checks would stay.").name == "Gareth May"


def test_month_before_a_number_stays_a_date() -> None:
    found = only("Governor Lydia Marsh said on May 4 that the levee had held.")
    assert found.name == "Lydia Marsh"
    assert all("May" not in o.name for o in officials("Senator Paul Ruiz spoke in May 2021 and again on Jan 9."))


# -- a "for"-portfolio inside a title before the name -----------------------------------


def test_for_portfolio_before_the_name() -> None:
    found = only("Commissioner for Human Rights Ilse Vandermeer visited the detention centre on Monday.")
    assert found.name == "Ilse Vandermeer"
    assert found.title == "Commissioner for Human Rights"


def test_for_portfolio_with_place() -> None:
    found = only("UN High Commissioner for Refugees Kofi Mensah-Boateng appealed for funds.")
    assert found.name == "Kofi Mensah-Boateng"
    assert found.title == "High Commissioner for Refugees"
    assert found.place == "UN"


def test_for_portfolio_needs_a_title_and_a_full_name() -> None:
    assert officials("The award for Human Rights Ilse Vandermeer received was her third.") == []
    assert officials("A spokesman for the Senate Republican caucus declined to comment.") == []


# -- an appositive after the name through a lower-case possessive -----------------------


def test_possessive_body_appositive_after_name() -> None:
    found = only('"The river rose in minutes," said Farid Qureshi, the agency\'s spokesman.')
    assert found.name == "Farid Qureshi"
    assert found.title == "spokesman"


def test_possessive_city_appositive_takes_place_from_sentence() -> None:
    found = only("In the town of Brennick, Olga Sauer, the town's mayor, ordered an evacuation.")
    assert found.name == "Olga Sauer"
    assert found.title == "mayor"
    assert found.place == "Brennick"


def test_private_body_possessive_is_not_an_office() -> None:
    assert officials("Dana Whitlock, the group's president, said the ads had been tested.") == []
    assert officials("Marcus Bell, the campaign's press secretary, declined to comment.") == []


def test_possessive_appositive_without_a_title_is_nothing() -> None:
    assert officials("Rosa Delgado, the victim's sister, said the family was devastated.") == []


# -- a vague head before the name gives way to an office after it -----------------------


def test_office_appositive_beats_party_leader() -> None:
    found = only("Reform leader Tomasz Brzeski, a former finance minister, conceded defeat on Sunday.")
    assert found.name == "Tomasz Brzeski"
    assert found.title == "finance minister"
    assert found.status == "former"


def test_party_leader_kept_without_an_office_after() -> None:
    found = only("Opposition leader Tomasz Brzeski, a lawyer by training, conceded defeat on Sunday.")
    assert found.title == "leader"


def test_specific_title_before_name_is_not_replaced() -> None:
    found = only("Defence Minister Halina Nowak, a former general, toured the base.")
    assert found.title == "Defence Minister"
    assert found.status == "current"
