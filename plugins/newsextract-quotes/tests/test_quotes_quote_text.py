"""The quote's text: quote marks, nesting, split and multi-paragraph quotes, embedded quotes."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes, speaker_text_pairs

import newsextract

# -- quote marks, nesting and ellipses -------------------------------------------------------------


@pytest.mark.parametrize(
    "marks",
    [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")],
)
def test_straight_curly_and_single_marks(pipeline: newsextract.Pipeline, marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"{o}We are still rescuing people from the rooftops,{c} Marcelo Fontana said."
    [q] = quotes(pipeline, text)
    assert q["text"] == "We are still rescuing people from the rooftops"
    assert q["speaker"] == "Marcelo Fontana"


def test_nested_quote_stays_inside(pipeline: newsextract.Pipeline) -> None:
    text = "“They called it a ‘special operation’ but it is a war,” Olena Savchuk told reporters."
    [q] = quotes(pipeline, text)
    assert q["text"] == "They called it a ‘special operation’ but it is a war"
    assert q["verb"] == "told reporters"


def test_ellipsis_inside_quote_is_kept(pipeline: newsextract.Pipeline) -> None:
    text = '"One person was hospitalized. [...] Another needed help at the site, " Klitschko said.'
    [q] = quotes(pipeline, text)
    assert q["text"] == "One person was hospitalized. [...] Another needed help at the site"


# -- split quotes and continuations ----------------------------------------------------------------


def test_split_quote_joined_with_middle_attribution(pipeline: newsextract.Pipeline) -> None:
    text = '"These weapons should have been sent months ago," he said, "and every week costs lives." Sen. Tom Reed agreed.'
    text = "Sen. Charles Benton spoke to reporters. " + text
    [q] = quotes(pipeline, text)
    assert q["text"] == "These weapons should have been sent months ago and every week costs lives."
    assert q["speaker"] == "Charles Benton"
    assert len(q["parts"]) == 2  # type: ignore[arg-type]


def test_fact_span_covers_split_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Jane Doe spoke. "First part of it," she said, "second part of it."'
    result = pipeline.extract(text)
    [fact] = result.of("quote")
    assert fact.text.startswith("First part")
    assert fact.text.endswith("second part of it.")
    assert "she said" in fact.text


def test_continuation_after_sentence_joined_but_added_is_separate(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"This was a deliberate strike on the city center," acting Mayor Dmytro Shevchuk said. '
        '"We will never forget this Sunday." Then: "Ignore me," he added.'
    )
    found = quotes(pipeline, text)
    assert found[0]["text"] == "This was a deliberate strike on the city center We will never forget this Sunday."
    assert found[0]["speaker"] == "Dmytro Shevchuk"
    assert found[-1]["text"] == "Ignore me"
    assert found[-1]["verb"] == "added"
    assert found[-1]["speaker"] == "Dmytro Shevchuk"


# -- multi-paragraph quotes ------------------------------------------------------------------------


def test_multi_paragraph_quote(pipeline: newsextract.Pipeline) -> None:
    text = (
        'Gov. Oleksandr Tkach spoke late on Saturday. "The Russians are shelling residential quarters every day.\n'
        '"They are deliberately hunting civilians," Tkach wrote on Telegram.'
    )
    [q] = quotes(pipeline, text)
    assert q["text"] == "The Russians are shelling residential quarters every day. They are deliberately hunting civilians"
    assert q["speaker"] == "Oleksandr Tkach"
    assert q["verb"] == "wrote on Telegram"
    assert q["medium"] == "Telegram"


def test_three_paragraph_quote_is_one_fact(pipeline: newsextract.Pipeline) -> None:
    text = (
        'Mayor Vitali Klitschko said: "The first part of the statement.\n'
        '"The second part of it.\n'
        '"And the end of the statement."\n'
        "Officials gave no details."
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Vitali Klitschko"
    assert len(q["parts"]) == 3  # type: ignore[arg-type]
    assert q["text"] == "The first part of the statement. The second part of it. And the end of the statement."


# -- a second embedded quote in the same clause keeps the first one's speaker ----------------------


def test_second_embedded_quote_in_one_clause_keeps_the_speaker() -> None:
    text = (
        'The port authority said it had closed "the northern loading bays for repairs" '
        'because of "cracks in the main harbour wall".'
    )
    assert speaker_text_pairs(text) == [
        ("the port authority", "the northern loading bays for repairs"),
        ("the port authority", "cracks in the main harbour wall"),
    ]


def test_second_embedded_quote_is_not_carried_over_a_sentence_end() -> None:
    text = (
        'The port authority said it had closed "the northern loading bays for repairs". '
        'Dock workers spoke of "cracks in the main harbour wall" on Friday.'
    )
    assert speaker_text_pairs(text) == [("the port authority", "the northern loading bays for repairs")]


def test_short_scare_quote_after_an_embedded_quote_is_not_carried_on() -> None:
    text = 'Mayor Ilse Varga said the council was "not going to back down" on the "green belt" plan.'
    assert speaker_text_pairs(text) == [("Ilse Varga", "not going to back down")]


def test_second_quote_after_a_new_verb_of_saying_is_not_carried_on() -> None:
    text = (
        'Mayor Ilse Varga said the council was "not going to back down on this" '
        'while her rival insisted the scheme "will cost every household money".'
    )
    speakers = [s for s, _ in speaker_text_pairs(text)]
    assert speakers.count("Ilse Varga") == 1


# -- a quoted name after "known as" does not cut the sentence --------------------------------------


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


def test_phrase_quoted_inside_prose_does_not_open_the_next_quote() -> None:
    # the first piece is the writer's sentence quoting a phrase; the next quote is said on its own
    text = (
        "Ann Lee criticised the council, which she said was slow because its members "
        '"argue about everything." "They never decide a thing in time," she wrote.'
    )
    assert speaker_text_pairs(text) == [("Ann Lee", "They never decide a thing in time")]
    # a quote opening its own sentence still goes on into the next piece
    text = 'The mayor spoke at noon. "We will win." "We will win in every town," Ann Lee said.'
    assert speaker_text_pairs(text) == [("Ann Lee", "We will win. We will win in every town")]
