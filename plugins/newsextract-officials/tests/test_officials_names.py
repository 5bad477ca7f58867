"""Name forms next to a title: one-word names, body words and month words as names, honorifics. Each with a negative case.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract_officials import Official

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


# -- one-word names: only after a reporting verb or when the article gives the full name ---


def test_one_word_speaker_after_a_reporting_verb(only: Only) -> None:
    found = only('"The river is still rising," said Wiranto, head of the district disaster agency.')
    assert found.name == "Wiranto"
    assert "head" in found.title


def test_one_word_without_reporting_verb_is_not_a_person(officials: Officials) -> None:
    assert officials("Crews reached Borneo, head of the rescue effort said, by noon.") == []
    assert officials("They flew to Jakarta, the capital, at dawn.") == []


def test_spelled_out_rank_before_one_word_kept_when_the_article_names_the_person(only: Only) -> None:
    text = "Oleksandr Syrskyi visited the front. General Syrskyi said the line held."
    found = only(text)
    assert found.name == "Oleksandr Syrskyi"
    assert found.rank == "General"


def test_spelled_out_rank_before_one_word_alone_is_not_a_person(officials: Officials) -> None:
    assert officials("General Motors said sales rose. Major League teams agreed.") == []
    assert officials("General Dynamics won the contract, General Dynamics said.") == []


# -- body words as names: "Jane Hall", "Park Min-seo" ----------------------------------


def test_surname_that_is_also_a_body_word_after_a_title(only: Only) -> None:
    found = only("Harris County Attorney Jane Hall said the charges stand.")
    assert found.name == "Jane Hall"
    assert found.place == "Harris County"
    assert found.title == "Attorney"


def test_body_word_names_stay_rejected_without_a_title(officials: Officials) -> None:
    assert officials("The protest moved from Central Park to City Hall, police said.") == []


def test_korean_demonym_and_surname_first_name(only: Only) -> None:
    found = only("South Korean Foreign Minister Park Min-seo met her counterpart in Tokyo.")
    assert found.name == "Park Min-seo"
    assert found.place == "South Korea"


def test_body_word_first_without_title_is_nothing(officials: Officials) -> None:
    assert officials("Hall Street was closed after the parade, and Park Avenue too.") == []


# -- honorifics between a title and a name: "Gen Sir X", "..., Dr. X" ------------------


def test_knighthood_between_rank_and_name(only: Only) -> None:
    found = only("The retired army chief, Gen Sir Rupert Fennimore, told a radio station the plan was flawed.")
    assert found.name == "Rupert Fennimore"
    assert "Sir" not in found.name
    assert found.rank == "General"


def test_doctor_opening_an_appositive_name(only: Only) -> None:
    found = only("The regional health director, Dr. Amina Berhane, said two clinics had closed.")
    assert found.name == "Amina Berhane"
    assert "director" in found.title


def test_honorific_alone_gives_no_official(officials: Officials) -> None:
    assert officials("Dr. Amina Berhane said two clinics had closed, and Sir Rupert Fennimore agreed.") == []


# -- month words that are names: "Jan Horak", "June Whitby", "Theresa May" -------------


def test_month_word_as_given_name_in_appositive(only: Only) -> None:
    found = only("The bloc's energy commissioner, Jan Dvoracek, said the pipeline deal was close.")
    assert found.name == "Jan Dvoracek"
    assert found.title == "energy commissioner"


def test_month_word_as_given_name_after_title(only: Only) -> None:
    found = only("Mayor June Whitby said the bridge would reopen in spring.")
    assert found.name == "June Whitby"
    assert found.title == "Mayor"


def test_month_word_as_surname(only: Only) -> None:
    assert only("Home Secretary Gareth May said the border checks would stay.").name == "Gareth May"


def test_month_before_a_number_stays_a_date(only: Only, officials: Officials) -> None:
    found = only("Governor Lydia Marsh said on May 4 that the levee had held.")
    assert found.name == "Lydia Marsh"
    assert all("May" not in o.name for o in officials("Senator Paul Ruiz spoke in May 2021 and again on Jan 9."))
