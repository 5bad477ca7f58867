"""General rules added for unseen articles: each with invented sentences and a negative case."""

from __future__ import annotations

import pytest
from newsextract_quotes import gold_match

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)


def quotes(pipeline: newsextract.Pipeline, text: str) -> list[dict[str, object]]:
    result = pipeline.extract(text)
    for fact in result.of("quote"):
        assert text[fact.span.start : fact.span.end] == fact.text
    return [newsextract.value_to_dict(f.value) for f in result.of("quote")]


# -- gold_match: a pronoun gold speaker is the speaker as written ----------------------


def test_gold_pronoun_matches_prediction_written_with_that_pronoun() -> None:
    gold = {"speaker": "she", "text": "The bridge will reopen in spring"}
    predicted = {"speaker": "Mara Lindqvist", "speaker_as_written": "she", "text": "The bridge will reopen in spring"}
    assert gold_match(gold, predicted)
    assert gold_match(
        {"speaker": "He", "text": "We are not done"}, {**predicted, "speaker_as_written": "he", "text": "We are not done"}
    )


def test_gold_pronoun_does_not_match_other_pronoun_or_named_speaker() -> None:
    gold = {"speaker": "she", "text": "The bridge will reopen in spring"}
    assert not gold_match(gold, {"speaker": "Tomas Brell", "speaker_as_written": "he", "text": gold["text"]})
    assert not gold_match(gold, {"speaker": "Mara Lindqvist", "speaker_as_written": "Lindqvist", "text": gold["text"]})
    # the text must still agree
    assert not gold_match(gold, {"speaker": "x", "speaker_as_written": "she", "text": "Something else entirely here"})


# -- headline quotes ------------------------------------------------------------------


def test_sentence_case_headline_quote_is_skipped(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Harbour chief says new ferry 'will cut queues'\n"
        '"The new ferry will cut queues at both terminals," harbour master Ines Vale said on Monday.'
    )
    [q] = quotes(pipeline, text)
    assert q["text"] == "The new ferry will cut queues at both terminals"


def test_first_line_lead_in_past_tense_is_read(pipeline: newsextract.Pipeline) -> None:
    text = 'Harbour master Ines Vale said: "The ferry is late."\nShe gave no other details.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ines Vale"
    assert q["text"] == "The ferry is late."


# -- quoted titles of works -------------------------------------------------------------


def test_quoted_show_title_is_not_joined_to_the_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Speaking on the network\'s "Morning Round," Senator Olive Tran said the bill needs "a lot more work" before a vote.'
    found = quotes(pipeline, text)
    assert [q["text"] for q in found] == ["a lot more work"]
    assert found[0]["speaker"] == "Olive Tran"


def test_capitalised_quote_after_a_verb_is_still_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = '"Never Again," Olive Tran said after the vote.'
    [q] = quotes(pipeline, text)
    assert q["text"] == "Never Again"


# -- quoted noun modifiers --------------------------------------------------------------


def test_quoted_phrase_modifying_a_noun_is_not_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = "The city council agreed on Tuesday to extend a 'park and ride' bus scheme."
    assert quotes(pipeline, text) == []


def test_quoted_phrase_followed_by_preposition_is_kept(pipeline: newsextract.Pipeline) -> None:
    text = 'Mayor Rosa Quill called the closure a "slap in the face" for the neighbourhood.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Rosa Quill"
    assert q["text"] == "slap in the face"


# -- appositive names after a descriptor ------------------------------------------------


def test_name_with_titles_in_apposition_is_the_speaker(pipeline: newsextract.Pipeline) -> None:
    text = 'The navy declined to comment. Its spokesman, Rear Adm. Colm Hardy, said the ships "were never in danger."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Colm Hardy"


def test_descriptor_after_a_name_keeps_the_name(pipeline: newsextract.Pipeline) -> None:
    text = 'Colm Hardy, a navy spokesman, said the ships "were never in danger at any point."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Colm Hardy"


# -- parenthesised party tags in a speaker phrase with an appositive --------------------


def test_party_tag_before_an_appositive_is_not_the_speaker(pipeline: newsextract.Pipeline) -> None:
    text = '"We were told nothing about the contract," Rep. Dana Whitfield (R-Kan.), a member of the budget panel, said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Dana Whitfield"


# -- sentence adverbs -----------------------------------------------------------------------


def test_sentence_adverb_before_a_coordinated_subject_is_skipped(pipeline: newsextract.Pipeline) -> None:
    text = 'Already, Governor Lena Brandt has rejected the offer and said, "We will not sign this."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Lena Brandt"


def test_surname_ending_like_an_adverb_stays_a_name(pipeline: newsextract.Pipeline) -> None:
    text = '"We will not sign this," said Nora Kelly, the union leader.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Nora Kelly"


# -- object relative clauses ("whom it described as") -----------------------------------


def test_object_relative_clause_subject_speaks(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The coast guard said it had detained a captain, whom it described as "
        'responsible for "dozens of illegal crossings each month" this year.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker_as_written"] == "it"
    assert q["speaker"] == "the coast guard"
    assert q["speaker_type"] == "pronoun"


def test_relative_clause_without_its_own_subject_gives_no_speaker(pipeline: newsextract.Pipeline) -> None:
    text = 'Crews found a barn, which locals remember as "the old mill on the hill" nearby.'
    assert quotes(pipeline, text) == []


# -- "the Association of ...": one organisation; "Secretary of State" is a title -------------


def test_organisation_of_capitalised_complement_is_one_organisation(pipeline: newsextract.Pipeline) -> None:
    text = 'In a statement, the Association of Bus Drivers called the plan "a betrayal of every worker" on Friday.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "the Association of Bus Drivers"
    assert q["speaker_type"] == "organization"


def test_person_of_place_keeps_the_person(pipeline: newsextract.Pipeline) -> None:
    text = 'Sen. Laura Kendrick of Pennsylvania said: "We will vote against the bill today."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Laura Kendrick"


def test_secretary_of_state_is_not_part_of_the_name(pipeline: newsextract.Pipeline) -> None:
    text = 'Secretary of State Helen Voss said the talks would take "many more months of work."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Helen Voss"
