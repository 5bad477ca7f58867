"""How far a speaker's name reaches: titles, appositives, places, party tags, honours, particles, datelines."""

from __future__ import annotations

from quotes_helpers import new_pipeline, quotes, speaker_text_pairs

import newsextract

# -- titles before the name ------------------------------------------------------------------------


def test_speaker_title_abbreviation_keeps_sentence_together(pipeline: newsextract.Pipeline) -> None:
    text = 'Sens. Ann Poe and Amb. John Roe met on Monday. "We agreed on nothing," Amb. John Roe said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "John Roe"
    assert q["text"] == "We agreed on nothing"


def test_secretary_of_state_is_not_part_of_the_name(pipeline: newsextract.Pipeline) -> None:
    text = 'Secretary of State Helen Voss said the talks would take "many more months of work."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Helen Voss"


def test_coordinated_titles_before_one_name() -> None:
    text = '"We will not cut the rail budget," Deputy Prime Minister and Finance Minister Lise Haugen told reporters.'
    assert speaker_text_pairs(text) == [("Lise Haugen", "We will not cut the rail budget")]


def test_and_between_two_names_is_not_a_title_coordination() -> None:
    text = '"We will not cut the rail budget," Lise Haugen and Minister Per Aas told reporters.'
    assert [s for s, _ in speaker_text_pairs(text)] != ["Per Aas"]


# -- appositives and descriptors -------------------------------------------------------------------


def test_inverted_verb_with_title_appositive(pipeline: newsextract.Pipeline) -> None:
    text = '"Investors will see this as a missile aimed at costs," said Dan Morales, an analyst at Harbor Securities.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Dan Morales"


def test_inverted_verb_role_with_complement_then_name() -> None:
    # the role's complement ("to the U.N.", "of the union") comes before the appositive name
    text = '"The vote was a turning point," said Norway\'s deputy envoy to the U.N., Siri Halvorsen.'
    assert speaker_text_pairs(text) == [("Siri Halvorsen", "The vote was a turning point")]
    text = '"We will strike on Monday," said the chief spokesman for the dockers, Piet Maas.'
    assert speaker_text_pairs(text) == [("Piet Maas", "We will strike on Monday")]
    text = '"We will strike on Monday," said a spokesman for the union, which represents dockers.'
    assert speaker_text_pairs(text) == [("a spokesman for the union", "We will strike on Monday")]


def test_a_title_of_a_named_place_is_no_person() -> None:
    # "the mayor of Leeds": Leeds is where the office is, the appositive names the speaker
    text = '"We will rebuild the bridge," said the mayor of Leeds, Ann Lee.'
    assert speaker_text_pairs(text) == [("Ann Lee", "We will rebuild the bridge")]
    text = '"We will rebuild the bridge," the mayor of Leeds said.'
    assert speaker_text_pairs(text) == [("the mayor of Leeds", "We will rebuild the bridge")]


def test_said_x_the_defense_minister(pipeline: newsextract.Pipeline) -> None:
    text = '"Every Patriot battery protects a city," said Ihor Marchenko, the defense minister.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ihor Marchenko"


def test_title_then_name_appositive_before_verb(pipeline: newsextract.Pipeline) -> None:
    text = "Hamburg’s mayor, Jens Albrecht, called the attack “an act of unbearable cruelty” on Sunday."
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Jens Albrecht"
    assert q["text"] == "an act of unbearable cruelty"


def test_name_with_titles_in_apposition_is_the_speaker(pipeline: newsextract.Pipeline) -> None:
    text = 'The navy declined to comment. Its spokesman, Rear Adm. Colm Hardy, said the ships "were never in danger."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Colm Hardy"


def test_descriptor_after_a_name_keeps_the_name(pipeline: newsextract.Pipeline) -> None:
    text = 'Colm Hardy, a navy spokesman, said the ships "were never in danger at any point."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Colm Hardy"


def test_title_of_place_then_appositive_name(pipeline: newsextract.Pipeline) -> None:
    text = 'The former Bishop of Westmarch, Peter Okonkwo, said the parish had been "a lighthouse for the poor".'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Peter Okonkwo"


def test_relative_clause_after_an_appositive_name() -> None:
    text = (
        "Portugal's finance minister, Rui Costa, whose ministry drafted the plan last spring, "
        'said the result was "nowhere near good enough for us."'
    )
    assert speaker_text_pairs(text) == [("Rui Costa", "nowhere near good enough for us.")]


# -- places, agencies and parenthesised party tags -------------------------------------------------


def test_name_of_place_and_party_tag(pipeline: newsextract.Pipeline) -> None:
    text = 'Sen. Laura Kendrick of Pennsylvania said she was "deeply sickened by the killings."'
    assert quotes(pipeline, text)[0]["speaker"] == "Laura Kendrick"
    text = '"We cannot have people deny the Constitution," Rep. John Mica (R-Fla.) said.'
    assert quotes(pipeline, text)[0]["speaker"] == "John Mica"


def test_inverted_speaker_ends_before_party_state_parenthesis(pipeline: newsextract.Pipeline) -> None:
    text = '"This is a waste of our time," said Rep. Maria Lopez (D-N.C.), head of the caucus.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Maria Lopez"
    assert q["speaker_as_written"] == "Maria Lopez"


def test_party_tag_before_an_appositive_is_not_the_speaker(pipeline: newsextract.Pipeline) -> None:
    text = '"We were told nothing about the contract," Rep. Dana Whitfield (R-Kan.), a member of the budget panel, said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Dana Whitfield"


def test_person_of_place_keeps_the_person(pipeline: newsextract.Pipeline) -> None:
    text = 'Sen. Laura Kendrick of Pennsylvania said: "We will vote against the bill today."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Laura Kendrick"


def test_person_of_long_coordinated_agency_name(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Assistant Director Hugo Lindahl of the Office of Roads, Bridges, Tunnels and Ferries said the "
        'closure was "only the first of many".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Hugo Lindahl"


# -- post-nominal honours --------------------------------------------------------------------------


def test_post_nominal_honour_is_not_the_surname(pipeline: newsextract.Pipeline) -> None:
    text = 'Summing up, Judge Miriam Oduya KC told the jury: "You must put sympathy aside and weigh only the evidence."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Miriam Oduya"


def test_acronym_alone_is_not_stripped(pipeline: newsextract.Pipeline) -> None:
    text = '"Our figures show the scheme is working well," BBC said in a statement.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "BBC"


# -- name particles do not count towards the four-word limit ---------------------------------------


def test_long_name_with_particle_keeps_given_name(pipeline: newsextract.Pipeline) -> None:
    text = '"The harbour will stay open all winter," said Sheikh Hamad bin Khalid Al Nuaimi, the port chief.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Hamad bin Khalid Al Nuaimi"


def test_five_plain_capitalised_words_are_still_cut_to_four(pipeline: newsextract.Pipeline) -> None:
    text = '"We will rebuild the pier by June," Mayor Ana Maria Luisa Costa Brandao said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Maria Luisa Costa Brandao"


# -- sentence adverbs ------------------------------------------------------------------------------


def test_sentence_adverb_before_a_coordinated_subject_is_skipped(pipeline: newsextract.Pipeline) -> None:
    text = 'Already, Governor Lena Brandt has rejected the offer and said, "We will not sign this."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Lena Brandt"


def test_surname_ending_like_an_adverb_stays_a_name(pipeline: newsextract.Pipeline) -> None:
    text = '"We will not sign this," said Nora Kelly, the union leader.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Nora Kelly"


# -- a dateline is never the speaker ---------------------------------------------------------------


def test_dateline_before_possessive_descriptor_and_appositive() -> None:
    text = (
        "LIMA, Peru — Peru's finance minister, Carla Quispe Ramos, said on Monday that the budget was "
        '"tight but honest in every line" and that spending would fall.'
    )
    [q] = quotes(new_pipeline(), text)
    assert q["speaker"] == "Carla Quispe Ramos"
    assert q["speaker_span"][0] > text.index("—")


def test_speaker_without_dateline_still_read(pipeline: newsextract.Pipeline) -> None:
    # no dateline: the article's first words may be the speaker
    text = 'Marta Kowalczyk, a nurse, said the ward was "overflowing with the sick and the elderly".'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marta Kowalczyk"


def test_a_title_of_something_unnamed_is_an_unnamed_speaker() -> None:
    # "the director of the museum": no name anywhere, yet the quote has a speaker
    text = '"We are closed until the spring," said the director of the museum.'
    assert speaker_text_pairs(text) == [("the director of the museum", "We are closed until the spring")]
    text = '"We will rebuild the bridge," said the mayor of the city, Ann Lee.'
    assert speaker_text_pairs(text) == [("Ann Lee", "We will rebuild the bridge")]
