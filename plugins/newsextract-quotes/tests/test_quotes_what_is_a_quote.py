"""What is and is not a quote: titles of works, scare quotes, noun modifiers, headlines, unattributed text."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes

import newsextract

# -- titles, names, scare quotes and unattributed text ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The aerial war thriller "Iron Horizon" topped the box office this weekend.',
        'Analysts said "Iron Horizon" could earn more than $500 million worldwide.',
        'The horror sequel "Night Shift 2," fell to second place.',
        "Troops took part in “Operation Desert Storm” in 1991.",
        'Residents call the district "the red zone" these days.',
        "Russia's strikes don't stop, and the soldiers' boots are worn.",
        '"Frontline Command: Iron Front," the latest entry in the series, sold 5 million copies, the publisher said.',
    ],
)
def test_not_quotes(pipeline: newsextract.Pipeline, text: str) -> None:
    assert pipeline.extract(text).of("quote") == ()


def test_unattributed_quote_is_not_emitted(pipeline: newsextract.Pipeline) -> None:
    text = 'The sign read "No entry for unauthorised persons beyond this point" in three languages.'
    assert pipeline.extract(text).of("quote") == ()


def test_short_lower_case_fragment_is_no_quote(pipeline: newsextract.Pipeline) -> None:
    # a phrase of one to three words quoted inside the writer's sentence is not a statement
    text = 'Memphis Mayor Derek Hollis called the shooting "senseless" and urged witnesses to come forward.'
    assert not pipeline.extract(text).of("quote")
    text = 'The governor said the plan was "a real mess" and left the room.'
    assert not pipeline.extract(text).of("quote")


def test_short_capitalised_sentence_is_still_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = '"We will respond," Derek Hollis said on Friday.'
    [fact] = pipeline.extract(text).of("quote")
    assert fact.value.text == "We will respond"
    assert fact.confidence < 0.8


def test_four_word_partial_quote_is_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Memphis Mayor Derek Hollis called the shooting "senseless and utterly cruel" on Friday.'
    [fact] = pipeline.extract(text).of("quote")
    assert fact.value.speaker == "Derek Hollis"
    assert fact.value.text == "senseless and utterly cruel"


# -- headline quotes -------------------------------------------------------------------------------


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


# -- quoted titles of works ------------------------------------------------------------------------


def test_quoted_show_title_is_not_joined_to_the_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Speaking on the network\'s "Morning Round," Senator Olive Tran said the bill needs "a lot more work" before a vote.'
    found = quotes(pipeline, text)
    assert [q["text"] for q in found] == ["a lot more work"]
    assert found[0]["speaker"] == "Olive Tran"


def test_capitalised_quote_after_a_verb_is_still_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = '"Never Again," Olive Tran said after the vote.'
    [q] = quotes(pipeline, text)
    assert q["text"] == "Never Again"


# -- quoted noun modifiers -------------------------------------------------------------------------


def test_quoted_phrase_modifying_a_noun_is_not_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = "The city council agreed on Tuesday to extend a 'park and ride' bus scheme."
    assert quotes(pipeline, text) == []


def test_quoted_phrase_followed_by_preposition_is_kept(pipeline: newsextract.Pipeline) -> None:
    text = 'Mayor Rosa Quill called the closure a "slap in the face" for the neighbourhood.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Rosa Quill"
    assert q["text"] == "slap in the face"
