"""Where the attribution sits and which words introduce a quote."""

from __future__ import annotations

from newsextract_quotes import extract_quotes
from quotes_helpers import quotes, speaker_text_pairs

import newsextract

# -- attribution after or before the quote ---------------------------------------------------------


def test_attribution_after_with_full_name(pipeline: newsextract.Pipeline) -> None:
    text = (
        "President Volodymyr Zelenskyy spoke on Sunday.\n"
        '"Rescue and emergency efforts are underway in our cities," Zelenskyy said.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Volodymyr Zelenskyy"
    assert q["text"] == "Rescue and emergency efforts are underway in our cities"
    assert q["verb"] == "said"
    assert q["speaker_type"] == "person"


def test_attribution_before_with_colon(pipeline: newsextract.Pipeline) -> None:
    text = 'Mayor Vitali Klitschko said: "Two people were injured in the Darnytskyi district."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Vitali Klitschko"
    assert q["text"] == "Two people were injured in the Darnytskyi district."


def test_present_tense_verb_after_a_name_is_still_a_verb() -> None:
    assert speaker_text_pairs('Mayor Tom Hill says "this must end now for good."') == [
        ("Tom Hill", "this must end now for good.")
    ]


def test_noun_homograph_of_a_speech_verb_is_skipped() -> None:
    text = 'The city\'s Housing Authority said it had received reports of "serious mold in many flats" and would act.'
    assert speaker_text_pairs(text) == [("the city's Housing Authority", "serious mold in many flats")]


# -- "according to" and "according to a statement from X" ------------------------------------------


def test_according_to(pipeline: newsextract.Pipeline) -> None:
    text = '"The situation is under control," according to regional Gov. Yuriy Melnyk.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Yuriy Melnyk"
    assert q["verb"] == "according to"


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


def test_according_to_a_statement_from_after_an_embedded_quote() -> None:
    text = 'The plan "remains vital for the entire region," according to a statement from the Dutch Transport Ministry.'
    assert speaker_text_pairs(text) == [("the Dutch Transport Ministry", "remains vital for the entire region")]


# -- the medium a quote was given in ---------------------------------------------------------------


def test_extractor_directly_records_speaker_as_written() -> None:
    text = '"We promised, and we delivered," Lindqvist wrote on X.'
    [fact] = list(extract_quotes(newsextract.Document(text)))
    assert fact.value.speaker_as_written == "Lindqvist"
    assert fact.value.medium == "X"
    assert fact.value.speaker_span.of(text) == "Lindqvist"


# -- "read" introduces a quote only with a colon ---------------------------------------------------


def test_read_introduces_a_quote_with_a_colon() -> None:
    text = 'Chief Justice Anna Berg read the ruling to a silent room: "The law was broken by every single member of the board."'
    assert speaker_text_pairs(text) == [("Anna Berg", "The law was broken by every single member of the board.")]


def test_read_without_a_colon_is_no_attribution() -> None:
    assert speaker_text_pairs('Chief Justice Anna Berg read the ruling about the "sacred public trust" of voters.') == []


# -- "dismissed/hailed X as '...'" labels a quoted phrase ------------------------------------------


def test_dismissed_as_labels_a_quoted_phrase() -> None:
    text = 'Opposition leader Rafael Moyo dismissed the budget as "a list of broken promises".'
    assert speaker_text_pairs(text) == [("Rafael Moyo", "a list of broken promises")]


def test_hailed_without_as_introduces_no_quote() -> None:
    text = 'Opposition leader Rafael Moyo hailed the budget, a document of "broken promises and empty words".'
    assert speaker_text_pairs(text) == []


# -- a verb in a reported clause after an auxiliary leaves the quote to the earlier verb -----------


def test_verb_after_auxiliary_in_a_reported_clause_falls_back_to_the_main_verb() -> None:
    text = 'Senator Owen Raske said she had asked the agency to finish the work "before the first snow falls".'
    assert speaker_text_pairs(text) == [("Owen Raske", "before the first snow falls")]


def test_reported_clause_without_auxiliary_does_not_fall_back() -> None:
    text = 'Senator Owen Raske said the agency asked for "more money and more staff" before winter.'
    assert speaker_text_pairs(text) == []
