"""Organisations as speakers."""

from __future__ import annotations

from quotes_helpers import quotes, speaker_text_pairs

import newsextract
from newsextract.testing import assert_fact


def test_organisation_speaker_with_embedded_quote(pipeline: newsextract.Pipeline) -> None:
    text = (
        'The Kremlin said it welcomes new talks, but that the "most important thing for us is to achieve '
        'our goals. Our goals are clear, obvious, they have not changed."'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "the Kremlin"
    assert q["speaker_type"] == "organization"
    assert q["text"] == (
        "most important thing for us is to achieve our goals. Our goals are clear, obvious, they have not changed."
    )


def test_organisation_with_medium(pipeline: newsextract.Pipeline) -> None:
    text = '"This reckless attack endangered the lives of 23 mariners," Central Command said in a statement posted on X.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Central Command"
    assert q["medium"] == "statement"


def test_a_leading_adverbial_phrase_is_not_part_of_the_speaker() -> None:
    text = 'In a statement, the Interior Ministry said it had "restored order in every district of the city."'
    fact = assert_fact(text, "quote", plugins=["quotes"], text="restored order in every district of the city.")
    assert fact.value.speaker.casefold() in {"the interior ministry", "interior ministry"}


def test_organisation_name_in_apposition_to_a_descriptor() -> None:
    text = 'The nation\'s largest farm union, AGRI, said in a statement: "Every new levy hurts growers on both coasts."'
    assert speaker_text_pairs(text) == [("AGRI", "Every new levy hurts growers on both coasts.")]


def test_relative_clause_after_an_organisation_keeps_the_organisation() -> None:
    text = 'The Ministry of Health, which runs the hospitals, said: "We have enough beds for everyone now."'
    assert speaker_text_pairs(text) == [("the Ministry of Health", "We have enough beds for everyone now.")]


# -- "the Association of ..." and "mission to ...": a proper-name complement stays in the organisation ---


def test_organisation_of_capitalised_complement_is_one_organisation(pipeline: newsextract.Pipeline) -> None:
    text = 'In a statement, the Association of Bus Drivers called the plan "a betrayal of every worker" on Friday.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "the Association of Bus Drivers"
    assert q["speaker_type"] == "organization"


def test_mission_to_organisation_is_one_organisation(pipeline: newsextract.Pipeline) -> None:
    text = '"The report is full of errors and we reject it," Chile\'s mission to the World Trade Organization wrote on X.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Chile's mission to the World Trade Organization"
    assert q["speaker_type"] == "organization"


def test_lower_case_complement_is_not_joined(pipeline: newsextract.Pipeline) -> None:
    # a lower-case complement is no proper name: no organisation is built from it
    text = '"We will not pay the fine under any circumstances," the mission to the talks in general said.'
    assert all(q["speaker"] != "the mission to the talks in general" for q in quotes(pipeline, text))
