"""Each attribution and quoting rule the quote extractor implements."""

from __future__ import annotations

import pytest
from newsextract_quotes import extract_quotes

import newsextract
from newsextract.testing import assert_fact


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)


def quotes(pipeline: newsextract.Pipeline, text: str) -> list[dict[str, object]]:
    result = pipeline.extract(text)
    for fact in result.of("quote"):
        assert text[fact.span.start : fact.span.end] == fact.text
    return [newsextract.value_to_dict(f.value) for f in result.of("quote")]


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


def test_split_quote_joined_with_middle_attribution(pipeline: newsextract.Pipeline) -> None:
    text = '"These weapons should have been sent months ago," he said, "and every week costs lives." Sen. Tom Reed agreed.'
    text = "Sen. Charles Benton spoke to reporters. " + text
    [q] = quotes(pipeline, text)
    assert q["text"] == "These weapons should have been sent months ago and every week costs lives."
    assert q["speaker"] == "Charles Benton"
    assert len(q["parts"]) == 2  # type: ignore[arg-type]


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


def test_ellipsis_inside_quote_is_kept(pipeline: newsextract.Pipeline) -> None:
    text = '"One person was hospitalized. [...] Another needed help at the site, " Klitschko said.'
    [q] = quotes(pipeline, text)
    assert q["text"] == "One person was hospitalized. [...] Another needed help at the site"


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


def test_pronoun_resolved_to_nearest_named_person(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Energy Minister Olena Savchuk said the strikes had damaged power plants in Odesa. "
        '"The enemy is again trying to leave Ukrainians without light," she said.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Olena Savchuk"
    assert q["speaker_as_written"] == "she"
    assert q["speaker_type"] == "pronoun"


def test_pronoun_skips_places_after_prepositions(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Spokesman Abdulrahman al-Hakimi said the group fired a missile at an airport near Tel Aviv. "
        '"Our operations will continue until the aggression stops," he said.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Abdulrahman al-Hakimi"


def test_inverted_verb_with_title_appositive(pipeline: newsextract.Pipeline) -> None:
    text = '"Investors will see this as a missile aimed at costs," said Dan Morales, an analyst at Harbor Securities.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Dan Morales"


def test_said_x_the_defense_minister(pipeline: newsextract.Pipeline) -> None:
    text = '"Every Patriot battery protects a city," said Ihor Marchenko, the defense minister.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ihor Marchenko"


def test_title_then_name_appositive_before_verb(pipeline: newsextract.Pipeline) -> None:
    text = "Hamburg’s mayor, Jens Albrecht, called the attack “an act of unbearable cruelty” on Sunday."
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Jens Albrecht"
    assert q["text"] == "an act of unbearable cruelty"


def test_according_to(pipeline: newsextract.Pipeline) -> None:
    text = '"The situation is under control," according to regional Gov. Yuriy Melnyk.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Yuriy Melnyk"
    assert q["verb"] == "according to"


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


def test_name_of_place_and_party_tag(pipeline: newsextract.Pipeline) -> None:
    text = 'Sen. Laura Kendrick of Pennsylvania said she was "deeply sickened by the killings."'
    assert quotes(pipeline, text)[0]["speaker"] == "Laura Kendrick"
    text = '"We cannot have people deny the Constitution," Rep. John Mica (R-Fla.) said.'
    assert quotes(pipeline, text)[0]["speaker"] == "John Mica"


def test_fact_span_covers_split_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Jane Doe spoke. "First part of it," she said, "second part of it."'
    result = pipeline.extract(text)
    [fact] = result.of("quote")
    assert fact.text.startswith("First part")
    assert fact.text.endswith("second part of it.")
    assert "she said" in fact.text


def test_extractor_directly_records_speaker_as_written() -> None:
    text = '"We promised, and we delivered," Lindqvist wrote on X.'
    [fact] = list(extract_quotes(newsextract.Document(text)))
    assert fact.value.speaker_as_written == "Lindqvist"
    assert fact.value.medium == "X"
    assert fact.value.speaker_span.of(text) == "Lindqvist"


def test_inverted_speaker_ends_before_party_state_parenthesis(pipeline: newsextract.Pipeline) -> None:
    text = '"This is a waste of our time," said Rep. Maria Lopez (D-N.C.), head of the caucus.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Maria Lopez"
    assert q["speaker_as_written"] == "Maria Lopez"


def test_speaker_title_abbreviation_keeps_sentence_together(pipeline: newsextract.Pipeline) -> None:
    text = 'Sens. Ann Poe and Amb. John Roe met on Monday. "We agreed on nothing," Amb. John Roe said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "John Roe"
    assert q["text"] == "We agreed on nothing"


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


def test_a_leading_adverbial_phrase_is_not_part_of_the_speaker() -> None:
    text = 'In a statement, the Interior Ministry said it had "restored order in every district of the city."'
    fact = assert_fact(text, "quote", plugins=["quotes"], text="restored order in every district of the city.")
    assert fact.value.speaker.casefold() in {"the interior ministry", "interior ministry"}
