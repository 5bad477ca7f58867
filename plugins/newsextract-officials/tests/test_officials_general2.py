"""More general patterns of news grammar (second generalisation round), each with a negative case.

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


# -- British police offices: "Chief Constable X" --------------------------------------


def test_chief_constable() -> None:
    found = only("Chief Constable Imogen Ashworth said patrols would be doubled over the weekend.")
    assert found.name == "Imogen Ashworth"
    assert found.title == "Chief Constable"


def test_constable_without_a_name_is_nothing() -> None:
    assert officials("The chief constable said patrols would be doubled over the weekend.") == []


# -- honorifics between a title and a name: "Gen Sir X", "..., Dr. X" ------------------


def test_knighthood_between_rank_and_name() -> None:
    found = only("The retired army chief, Gen Sir Rupert Fennimore, told a radio station the plan was flawed.")
    assert found.name == "Rupert Fennimore"
    assert "Sir" not in found.name
    assert found.rank == "General"


def test_doctor_opening_an_appositive_name() -> None:
    found = only("The regional health director, Dr. Amina Berhane, said two clinics had closed.")
    assert found.name == "Amina Berhane"
    assert "director" in found.title


def test_honorific_alone_gives_no_official() -> None:
    assert officials("Dr. Amina Berhane said two clinics had closed, and Sir Rupert Fennimore agreed.") == []


# -- a rank word used as a plain noun ends a complement: "chief of the defence staff" -----


def test_rank_word_as_noun_inside_complement() -> None:
    found = only("The former chief of the general staff, Oleg Varenko, was buried on Monday.")
    assert found.name == "Oleg Varenko"
    assert found.title.startswith("chief of the")
    assert found.status == "former"


def test_staff_of_a_shop_is_not_an_office() -> None:
    assert officials("The shop's staff, Lena Ortiz among them, went home early.") == []


# -- a lower-case possessive body as the place, and "in PLACE" after the title ----------


def test_possessive_body_and_location_before_appositive() -> None:
    found = only("The provincial education ministry's director in Tamsin, Jorge Baltazar, closed all schools.")
    assert found.name == "Jorge Baltazar"
    assert found.title == "director"
    assert found.place == "provincial education ministry"


def test_possessive_company_is_not_a_place() -> None:
    found = officials("The state mining company's director, Hugo Lanner, resigned.")
    assert all(o.place != "state mining company" for o in found)


def test_in_before_a_name_is_still_a_place_preposition() -> None:
    assert officials("The minister spoke in Tamsin, Jorge Baltazar said.") == []


# -- "humanitarian" as a title modifier -----------------------------------------------


def test_humanitarian_coordinator() -> None:
    found = only("\"Supplies will run out,\" said Petra Lindahl, the U.N. humanitarian coordinator for Chad.")
    assert found.name == "Petra Lindahl"
    assert found.title == "humanitarian coordinator"


def test_humanitarian_worker_is_not_an_official() -> None:
    assert officials("Petra Lindahl, a humanitarian worker from Oslo, said supplies would run out.") == []


# -- "MP" spelled out; a party before the title is the organization, not the place ------


def test_mp_is_spelled_out_and_party_is_organization() -> None:
    found = only("The Liberal MP Gwen Pritchard told the chamber the fund was too small.")
    assert found.name == "Gwen Pritchard"
    assert found.title == "Member of Parliament"
    assert found.place is None


def test_party_before_senator() -> None:
    found = only("Republican Sen. Dale Harkins blocked the vote.")
    assert found.place is None
    assert found.organization == "Republican"


def test_mps_without_names_are_nothing() -> None:
    assert officials("MPs from all parties demanded answers from the Conservative benches.") == []


# -- more demonyms and body-word surnames first in East Asian names ---------------------


def test_korean_demonym_and_surname_first_name() -> None:
    found = only("South Korean Foreign Minister Park Min-seo met her counterpart in Tokyo.")
    assert found.name == "Park Min-seo"
    assert found.place == "South Korea"


def test_body_word_first_without_title_is_nothing() -> None:
    assert officials("Hall Street was closed after the parade, and Park Avenue too.") == []


# -- religious offices ----------------------------------------------------------------


def test_archbishop_is_a_title_not_part_of_the_name() -> None:
    found = only("Archbishop Matthias Obuya, the former head of the provincial church, died on Sunday.")
    assert found.name == "Matthias Obuya"
    assert found.title == "Archbishop"


def test_archbishop_without_a_name_is_nothing() -> None:
    assert officials("The archbishop said the cathedral would reopen.") == []
