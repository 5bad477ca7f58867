"""Second round of general rules for unseen articles: invented sentences, each with a negative case."""

from __future__ import annotations

import pytest

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)


def quotes(pipeline: newsextract.Pipeline, text: str) -> list[dict[str, object]]:
    result = pipeline.extract(text)
    for fact in result.of("quote"):
        assert text[fact.span.start : fact.span.end] == fact.text
    return [newsextract.value_to_dict(f.value) for f in result.of("quote")]


# -- a dateline is never the speaker -----------------------------------------------------


def test_dateline_before_possessive_descriptor_and_appositive() -> None:
    text = (
        "LIMA, Peru — Peru's finance minister, Carla Quispe Ramos, said on Monday that the budget was "
        '"tight but honest" and that spending would fall.'
    )
    [q] = quotes(newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False), text)
    assert q["speaker"] == "Carla Quispe Ramos"
    assert q["speaker_span"][0] > text.index("—")


def test_speaker_without_dateline_still_read(pipeline: newsextract.Pipeline) -> None:
    # no dateline: the article's first words may be the speaker
    text = 'Marta Kowalczyk, a nurse, said the ward was "overflowing with the sick and the elderly".'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marta Kowalczyk"


# -- name particles do not count towards the four-word limit ------------------------------


def test_long_name_with_particle_keeps_given_name(pipeline: newsextract.Pipeline) -> None:
    text = '"The harbour will stay open all winter," said Sheikh Hamad bin Khalid Al Nuaimi, the port chief.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Hamad bin Khalid Al Nuaimi"


def test_five_plain_capitalised_words_are_still_cut_to_four(pipeline: newsextract.Pipeline) -> None:
    text = '"We will rebuild the pier by June," Mayor Ana Maria Luisa Costa Brandao said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Maria Luisa Costa Brandao"


# -- a proper-name complement after "of"/"to" stays in the speaker phrase ------------------


def test_person_of_long_coordinated_agency_name(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Assistant Director Hugo Lindahl of the Office of Roads, Bridges, Tunnels and Ferries said the "
        'closure was "only the first of many".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Hugo Lindahl"


def test_title_of_place_then_appositive_name(pipeline: newsextract.Pipeline) -> None:
    text = 'The former Bishop of Westmarch, Peter Okonkwo, said the parish had been "a lighthouse for the poor".'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Peter Okonkwo"


def test_mission_to_organisation_is_one_organisation(pipeline: newsextract.Pipeline) -> None:
    text = '"The report is full of errors and we reject it," Chile\'s mission to the World Trade Organization wrote on X.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Chile's mission to the World Trade Organization"
    assert q["speaker_type"] == "organization"


def test_lower_case_complement_is_not_joined(pipeline: newsextract.Pipeline) -> None:
    # a lower-case complement is no proper name: no organisation is built from it
    text = '"We will not pay the fine under any circumstances," the mission to the talks in general said.'
    assert all(q["speaker"] != "the mission to the talks in general" for q in quotes(pipeline, text))


# -- a quoted name after "known as" does not cut the sentence -----------------------------


def test_quote_after_quoted_nickname_takes_the_sentence_attribution(pipeline: newsextract.Pipeline) -> None:
    text = (
        'Governor Ines Valdera wrote on Facebook that the gang, run by a man known as "The Tailor", had '
        '"turned our ports into warehouses for cocaine".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ines Valdera"
    assert q["text"] == "turned our ports into warehouses for cocaine"


def test_quote_after_ordinary_quote_is_not_reattributed(pipeline: newsextract.Pipeline) -> None:
    text = 'Governor Ines Valdera wrote that the port was "a warehouse for cocaine", while the navy was "doing what it can".'
    found = {q["text"]: q for q in quotes(pipeline, text)}
    assert "doing what it can" not in found


# -- post-nominal honours ---------------------------------------------------------------------


def test_post_nominal_honour_is_not_the_surname(pipeline: newsextract.Pipeline) -> None:
    text = 'Summing up, Judge Miriam Oduya KC told the jury: "You must put sympathy aside and weigh only the evidence."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Miriam Oduya"


def test_acronym_alone_is_not_stripped(pipeline: newsextract.Pipeline) -> None:
    text = '"Our figures show the scheme is working well," BBC said in a statement.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "BBC"


# -- surname-first names with a hyphenated given name -------------------------------------


def test_hyphenated_given_name_family_name_first(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Interior Minister Choi Hye-rin visited the flooded district on Friday.\n"
        '"Every family will be housed before the winter," Choi said.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Choi Hye-rin"


def test_capitalised_hyphenated_given_name_is_not_surname_first(pipeline: newsextract.Pipeline) -> None:
    text = 'Paul Jean-Marc visited the flooded district on Friday.\n"Every family will be housed before the winter," Paul said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Paul"


# -- "according to a statement from X" ---------------------------------------------------


def test_according_to_a_statement_from_organisation(pipeline: newsextract.Pipeline) -> None:
    text = (
        'According to a statement from Norway\'s health ministry, the new clinic would "cut waiting lists in the north by half".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Norway's health ministry"
    assert q["medium"] == "statement"


def test_according_to_a_statement_without_author_is_not_attributed(pipeline: newsextract.Pipeline) -> None:
    text = 'According to a statement, the clinic would "cut waiting lists in the north by half".'
    assert quotes(pipeline, text) == []


# -- "MP for PLACE" is a constituency, not the pronoun's person ------------------------------


def test_constituency_after_seat_holder_is_not_a_pronoun_antecedent(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Born Thomas Arkwright in 1950, he was elected MP for Bolton Moorside in 1983.\n"
        'In a later interview, he described losing the seat as "a relief, if I am honest".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Thomas Arkwright"


def test_person_after_other_for_is_still_an_antecedent(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The charity was run for years by Thomas Arkwright until 2010.\n"
        'In a later interview, he described the work as "a relief, if I am honest".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Thomas Arkwright"
