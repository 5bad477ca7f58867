"""Round-3 generalisation rules, on invented sentences."""

from __future__ import annotations

from newsextract_quotes.extract import extract_quotes

from newsextract import Document


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(f.value.speaker, f.value.text) for f in extract_quotes(Document(text, id="t"))]


def test_pronoun_takes_the_previous_sentence_subject_not_its_object() -> None:
    text = 'Harbour Minister Ola Brekke thanked Nina Dahl at the opening. "The new pier will serve us for decades," he said.'
    assert _quotes(text) == [("Ola Brekke", "The new pier will serve us for decades")]


def test_pronoun_subject_rule_does_not_fire_after_a_lower_case_opener() -> None:
    text = 'At the opening, the crowd cheered Nina Dahl. "The new pier will serve us for decades," she said.'
    assert _quotes(text) == [("Nina Dahl", "The new pier will serve us for decades")]


def test_place_word_in_a_title_does_not_hide_the_person() -> None:
    text = (
        'Port official Tom Reyes praised the plan. State Sen. Mara Quist, a critic, said she would vote no. '
        '"This bill gives away our coastline for nothing," she said.'
    )
    assert ("Mara Quist", "This bill gives away our coastline for nothing") in _quotes(text)


def test_named_thing_after_an_article_is_no_antecedent() -> None:
    text = (
        'Coast guard chief Lena Moritz said the vessel, the MV Polar Dawn, had sailed overloaded. '
        '"We counted far more cars than the papers showed," she said.'
    )
    assert _quotes(text) == [("Lena Moritz", "We counted far more cars than the papers showed")]


def test_organisation_name_in_apposition_to_a_descriptor() -> None:
    text = "The nation's largest farm union, AGRI, said in a statement: \"Every new levy hurts growers on both coasts.\""
    assert _quotes(text) == [("AGRI", "Every new levy hurts growers on both coasts.")]


def test_relative_clause_after_an_appositive_name() -> None:
    text = (
        "Portugal's finance minister, Rui Costa, whose ministry drafted the plan last spring, "
        'said the result was "nowhere near good enough for us."'
    )
    assert _quotes(text) == [("Rui Costa", "nowhere near good enough for us.")]


def test_relative_clause_after_an_organisation_keeps_the_organisation() -> None:
    text = 'The Ministry of Health, which runs the hospitals, said: "We have enough beds for everyone now."'
    assert _quotes(text) == [("the Ministry of Health", "We have enough beds for everyone now.")]


def test_according_to_a_statement_from_after_an_embedded_quote() -> None:
    text = 'The plan "remains vital for the entire region," according to a statement from the Dutch Transport Ministry.'
    assert _quotes(text) == [("the Dutch Transport Ministry", "remains vital for the entire region")]


def test_read_introduces_a_quote_with_a_colon() -> None:
    text = 'Chief Justice Anna Berg read the ruling to a silent room: "The law was broken by every single member of the board."'
    assert _quotes(text) == [("Anna Berg", "The law was broken by every single member of the board.")]


def test_read_without_a_colon_is_no_attribution() -> None:
    assert _quotes('Chief Justice Anna Berg read the ruling about the "sacred public trust" of voters.') == []


def test_noun_homograph_of_a_speech_verb_is_skipped() -> None:
    text = "The city's Housing Authority said it had received reports of \"serious mold in many flats\" and would act."
    assert _quotes(text) == [("the city's Housing Authority", "serious mold in many flats")]


def test_present_tense_verb_after_a_name_is_still_a_verb() -> None:
    assert _quotes('Mayor Tom Hill says "this must end now for good."') == [("Tom Hill", "this must end now for good.")]
