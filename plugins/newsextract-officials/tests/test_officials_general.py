"""General patterns of news grammar added for unseen articles, each with a negative case."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # more office heads: coordinators and rapporteurs of international bodies, state assembly members
        ("The EU special coordinator for the Sahel, Ines Moreau, urged restraint.", "Ines Moreau", "coordinator"),
        ("Tariq Suleiman, the U.N. special rapporteur on torture, visited the prison.", "Tariq Suleiman", "rapporteur"),
        ("Assemblywoman Dana Whitfield, a Democrat, opposed the bill.", "Dana Whitfield", "Assemblywoman"),
        ("Assemblyman Gil Ferrer voted against it.", "Gil Ferrer", "Assemblyman"),
    ],
)
def test_more_office_heads(text: str, name: str, title: str) -> None:
    found = only(text)
    assert found.name == name
    assert title in found.title


def test_general_manager_of_a_public_body() -> None:
    found = only("Sani Okoro, the general manager of the Rivers State Water Agency, said pipes had burst.")
    assert found.name == "Sani Okoro"
    assert found.title == "general manager"
    assert found.place == "Rivers State Water Agency"


@pytest.mark.parametrize(
    "text",
    [
        "The club's general manager, Tony Sims, declined to comment.",
        "Hawks general manager Rob Dill praised the trade.",
        "Store manager Kim Lowe locked the doors.",
    ],
)
def test_manager_of_a_team_or_shop_is_not_an_official(text: str) -> None:
    assert officials(text) == []


def test_portfolio_after_for_is_part_of_the_title() -> None:
    found = only("The commissioner for works and housing, Ade Bello, said the road would reopen.")
    assert found.name == "Ade Bello"
    assert found.title == "commissioner for works and housing"
    assert found.place is None
    minister = only("The minister for foreign affairs, Jana Kolar, left early.")
    assert minister.title == "minister for foreign affairs"
    assert minister.place is None


def test_plain_words_inside_an_of_complement() -> None:
    found = only("Tom Brenner, head of the county search and rescue office, said two hikers were found.")
    assert found.title == "head of the county search and rescue office"


def test_plain_words_do_not_stretch_an_appositive_without_a_body() -> None:
    # after a name the complement must end in a body or a name, not a plain word ("head of sales")
    assert officials("Tom Brenner, head of sales at the bakery, said the shop would close.") == []


def test_at_the_time_makes_the_office_former() -> None:
    found = only("She said her chief of staff at the time, Greg Mills, had warned her.")
    assert found.name == "Greg Mills"
    assert found.title == "chief of staff"
    assert found.status == "former"
    assert only("Her chief of staff, Greg Mills, had warned her.").status == "current"


def test_one_word_speaker_after_a_reporting_verb() -> None:
    found = only('"The river is still rising," said Wiranto, head of the district disaster agency.')
    assert found.name == "Wiranto"
    assert "head" in found.title


def test_one_word_without_reporting_verb_is_not_a_person() -> None:
    assert officials("Crews reached Borneo, head of the rescue effort said, by noon.") == []
    assert officials("They flew to Jakarta, the capital, at dawn.") == []


def test_lower_case_captain_needs_a_service_word() -> None:
    assert officials("Denver captain Mike Jones scored twice in the third period.") == []
    found = only("Army captain Dan Holt was wounded in the attack.")
    assert found.name == "Dan Holt"
    assert found.rank == "Captain"
    assert only("Capt. Lena Frost of the coast guard led the search.").name == "Lena Frost"


def test_surname_that_is_also_a_body_word_after_a_title() -> None:
    found = only("Harris County Attorney Jane Hall said the charges stand.")
    assert found.name == "Jane Hall"
    assert found.place == "Harris County"
    assert found.title == "Attorney"


def test_body_word_names_stay_rejected_without_a_title() -> None:
    assert officials("The protest moved from Central Park to City Hall, police said.") == []


@pytest.mark.parametrize(
    ("text", "name", "title", "status"),
    [
        ("Tom Reed, who is the mayor of Dunmore, said the bridge was safe.", "Tom Reed", "mayor", "current"),
        ("Anna Berg was re-elected president on Sunday with 61 percent.", "Anna Berg", "president", "current"),
        ("Carl Voss was named defense minister last week.", "Carl Voss", "defense minister", "newly appointed"),
        ("Rita Olsen, who was the governor of the province, testified.", "Rita Olsen", "governor", "former"),
    ],
)
def test_title_reached_through_a_linking_verb(text: str, name: str, title: str, status: str) -> None:
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
def test_linking_verb_negatives(text: str) -> None:
    assert officials(text) == []


def test_spelled_out_rank_before_one_word_kept_when_the_article_names_the_person() -> None:
    text = "Oleksandr Syrskyi visited the front. General Syrskyi said the line held."
    found = only(text)
    assert found.name == "Oleksandr Syrskyi"
    assert found.rank == "General"


def test_spelled_out_rank_before_one_word_alone_is_not_a_person() -> None:
    assert officials("General Motors said sales rose. Major League teams agreed.") == []
    assert officials("General Dynamics won the contract, General Dynamics said.") == []


def test_possessor_who_is_an_official_of_the_article_is_not_the_place() -> None:
    text = "President Ivo Dragan spoke on Monday. Dragan's spokesman Pavel Marek said talks would resume."
    by_name = {o.name: o for o in officials(text)}
    assert by_name["Pavel Marek"].title == "spokesman"
    assert by_name["Pavel Marek"].place is None
    assert officials("President Ivo Dragan's spokesman Pavel Marek said talks would resume.")[-1].place is None


def test_possessive_country_stays_the_place() -> None:
    found = only("Moldova's foreign minister, Ion Cebanu, arrived in Vienna.")
    assert found.place == "Moldova"
