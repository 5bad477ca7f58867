"""Round-4 generalisation rules, on invented sentences."""

from __future__ import annotations

from newsextract_quotes.extract import extract_quotes

from newsextract import Document


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(f.value.speaker, f.value.text) for f in extract_quotes(Document(text, id="t"))]


# -- a second embedded quote in the same clause keeps the first one's speaker ------------


def test_second_embedded_quote_in_one_clause_keeps_the_speaker() -> None:
    text = (
        'The port authority said it had closed "the northern loading bays for repairs" '
        'because of "cracks in the main harbour wall".'
    )
    assert _quotes(text) == [
        ("the port authority", "the northern loading bays for repairs"),
        ("the port authority", "cracks in the main harbour wall"),
    ]


def test_second_embedded_quote_is_not_carried_over_a_sentence_end() -> None:
    text = (
        'The port authority said it had closed "the northern loading bays for repairs". '
        'Dock workers spoke of "cracks in the main harbour wall" on Friday.'
    )
    assert _quotes(text) == [("the port authority", "the northern loading bays for repairs")]


def test_short_scare_quote_after_an_embedded_quote_is_not_carried_on() -> None:
    text = 'Mayor Ilse Varga said the council was "not going to back down" on the "green belt" plan.'
    assert _quotes(text) == [("Ilse Varga", "not going to back down")]


def test_second_quote_after_a_new_verb_of_saying_is_not_carried_on() -> None:
    text = (
        'Mayor Ilse Varga said the council was "not going to back down on this" '
        'while her rival insisted the scheme "will cost every household money".'
    )
    speakers = [s for s, _ in _quotes(text)]
    assert speakers.count("Ilse Varga") == 1


# -- "dismissed/hailed X as '...'" labels a quoted phrase ----------------------------------


def test_dismissed_as_labels_a_quoted_phrase() -> None:
    text = 'Opposition leader Rafael Moyo dismissed the budget as "a list of broken promises".'
    assert _quotes(text) == [("Rafael Moyo", "a list of broken promises")]


def test_hailed_without_as_introduces_no_quote() -> None:
    text = 'Opposition leader Rafael Moyo hailed the budget, a document of "broken promises and empty words".'
    assert _quotes(text) == []


# -- a verb in a reported clause after an auxiliary leaves the quote to the earlier verb ---


def test_verb_after_auxiliary_in_a_reported_clause_falls_back_to_the_main_verb() -> None:
    text = 'Senator Owen Raske said she had asked the agency to finish the work "before the first snow falls".'
    assert _quotes(text) == [("Owen Raske", "before the first snow falls")]


def test_reported_clause_without_auxiliary_does_not_fall_back() -> None:
    text = 'Senator Owen Raske said the agency asked for "more money and more staff" before winter.'
    assert _quotes(text) == []


# -- coordinated titles before one name -----------------------------------------------------


def test_coordinated_titles_before_one_name() -> None:
    text = '"We will not cut the rail budget," Deputy Prime Minister and Finance Minister Lise Haugen told reporters.'
    assert _quotes(text) == [("Lise Haugen", "We will not cut the rail budget")]


def test_and_between_two_names_is_not_a_title_coordination() -> None:
    text = '"We will not cut the rail budget," Lise Haugen and Minister Per Aas told reporters.'
    assert [s for s, _ in _quotes(text)] != ["Per Aas"]


# -- a family name with the Arabic article resolves from its bare form ----------------------


def test_bare_family_name_resolves_to_the_name_with_al() -> None:
    text = (
        "Navy spokesman Karim al-Shami said the patrol boats had returned.\n"
        '"The crews acted within the rules of engagement," Shami said.'
    )
    assert _quotes(text) == [("Karim al-Shami", "The crews acted within the rules of engagement")]


def test_bare_family_name_without_al_form_stays_as_written() -> None:
    text = (
        "Navy spokesman Karim Shamir said the patrol boats had returned.\n"
        '"The crews acted within the rules of engagement," Shami said.'
    )
    assert _quotes(text) == [("Shami", "The crews acted within the rules of engagement")]
