"""Speaker phrases of more shapes: pairs, documents, acronyms, placed sources (invented sentences)."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes, speaker_text_pairs

import newsextract

QUOTE = '"The new line will be ready before the winter storms arrive,"'


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said one source on the project.", "one source on the project"),
        ("said one Republican aide on the committee, who asked not to be named.", "one Republican aide on the committee"),
        # the medium and a named place are no part of the speaker
        ("said an official in a statement.", "an official"),
        ("said a resident in Kyiv.", "a resident"),
    ],
)
def test_an_unnamed_speaker_after_the_verb_keeps_the_phrase_placing_it(attribution: str, speaker: str) -> None:
    assert speaker_text_pairs(f"{QUOTE} {attribution}") == [
        (speaker, "The new line will be ready before the winter storms arrive")
    ]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the ministry statement said.", "the ministry"),
        ("the IMF report stated.", "the IMF"),
        ("the IMF said.", "the IMF"),
        ("the World Bank said.", "the World Bank"),
        ("the influential local daily wrote.", "the influential local daily"),
    ],
)
def test_organisations_and_their_documents_speak_for_them(pipeline: newsextract.Pipeline, attribution: str, speaker: str) -> None:
    [q] = quotes(pipeline, f"{QUOTE} {attribution}")
    assert (q["speaker"], q["speaker_type"]) == (speaker, "organization")


def test_two_people_joined_by_and_are_one_pair_speaker(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"The budget leaves too many families behind this winter," Ann Lee and Tom Reyes wrote.')
    assert (q["speaker"], q["speaker_type"]) == ("Ann Lee and Tom Reyes", "unnamed")


def test_a_pair_needs_two_people() -> None:
    pairs = speaker_text_pairs('"The budget leaves too many families behind this winter," Ann Lee and the council wrote.')
    assert all(speaker != "Ann Lee and the council" for speaker, _ in pairs)


def test_a_running_mate_is_a_title_phrase() -> None:
    text = '"The race will be close until the very last day," party running mate Gov. Ann Lee of Ohio told reporters.'
    assert speaker_text_pairs(text) == [("Ann Lee", "The race will be close until the very last day")]


def test_implored_is_a_verb_of_saying() -> None:
    text = '"Go and vote early this year," Tom Reyes implored. "Bring your neighbours too."'
    assert speaker_text_pairs(text) == [("Tom Reyes", "Go and vote early this year Bring your neighbours too.")]


def test_an_opening_place_adverbial_is_no_speaker() -> None:
    text = (
        "In Ohio, the reporter Ann Lee, writing in The Daily Star in 2019, described a culture of "
        '"late nights and missed deadlines in every single office."'
    )
    assert [speaker for speaker, _ in speaker_text_pairs(text)] == ["Ann Lee"]


def test_an_organisation_in_apposition_to_a_description() -> None:
    text = (
        'The firm\'s parent, the Royal Bank of Dover Group, said in a statement that "these decisions are never taken lightly."'
    )
    assert [speaker for speaker, _ in speaker_text_pairs(text)] == ["the Royal Bank of Dover Group"]


def test_an_acronym_is_not_the_pronoun_it_spells() -> None:
    text = (
        '"The plan will cost far more than the city can pay this year," the local US daily wrote, '
        'adding, "We do not back the rival plan either."'
    )
    assert speaker_text_pairs(text) == [
        ("the local US daily", "The plan will cost far more than the city can pay this year"),
        ("the local US daily", "We do not back the rival plan either."),
    ]


def test_a_title_after_a_work_noun_is_no_quote() -> None:
    text = 'The inquiry drew mostly on news stories and the book "Harbor Lights," according to two officials briefed on the case.'
    assert speaker_text_pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Lee, who wore a shirt reading "Vote Today," shouted, "In three days, we make history!"', "Ann Lee"),
        (
            'Tom Reyes, noting that the city\'s "bus lines are not as busy as the trains," added: '
            '"We have got to find riders for every route in town."',
            "Tom Reyes",
        ),
    ],
)
def test_a_quote_inside_the_subjects_clause_leaves_the_subject_to_the_next_quote(text: str, speaker: str) -> None:
    assert [s for s, _ in speaker_text_pairs(text)] == [speaker]


def test_a_relative_clause_quote_with_no_verb_of_its_own_is_not_attributed() -> None:
    assert speaker_text_pairs('The mayor, who called the plan "a waste of money and time," said the vote was close.') == []


def test_a_name_never_runs_across_a_sentence_end() -> None:
    text = (
        "Hackers hit systems in two states, Ohio and Nevada. Reyes did not name a place. "
        'With thousands of systems, "there is no one single point of failure," he said.'
    )
    [(speaker, _)] = speaker_text_pairs(text)
    assert "Nevada" not in speaker


FIRST = '"We will build the bridge and the road by the end of next year,"'
SECOND = '"The other side has no plan at all for the river."'


@pytest.mark.parametrize(
    "attribution",
    ["Ann Lee said, going on to compare the two plans.", "Ann Lee said, suggesting a few questions for the council."],
)
def test_a_quote_after_another_act_of_speech_is_not_the_first_quotes_rest(attribution: str) -> None:
    pairs = speaker_text_pairs(f"{FIRST} {attribution} {SECOND}")
    assert pairs[0] == ("Ann Lee", "We will build the bridge and the road by the end of next year")


@pytest.mark.parametrize(
    "attribution", ["Ann Lee said, referring to the two plans.", "said Ann Lee, 67, standing beside the river."]
)
def test_a_participle_explaining_the_same_act_keeps_the_quote_going(attribution: str) -> None:
    [(speaker, text)] = speaker_text_pairs(f"{FIRST} {attribution} {SECOND}")
    assert speaker == "Ann Lee"
    assert text.endswith("The other side has no plan at all for the river.")


def test_verb_inside_a_relative_clause_is_not_the_subjects() -> None:
    # "who pinched her arm and told her": the colleague speaks, not the sentence's subject
    text = (
        "Senator Ann Lee wrote in her memoir about a colleague in the Senate who pinched her arm "
        'and told her, "You look tired today, dear."'
    )
    assert [s for s, _ in speaker_text_pairs(text)] != ["Ann Lee"]
    # a relative clause closed by its comma leaves the coordinated verb to the subject
    text = 'Ann Lee, who runs the firm, met the council on Monday and told them, "We will build the bridge by May."'
    assert speaker_text_pairs(text) == [("Ann Lee", "We will build the bridge by May.")]


def test_quote_opening_a_sentence_that_runs_on_takes_the_closing_attribution() -> None:
    # "A" and the writer's words, X said. "B.": one quote of X's
    text = (
        '"It is time to build a team around her so the court stays balanced" and to pass her budget, '
        'Ann Lee said. "Or we will lose again in two years."'
    )
    assert speaker_text_pairs(text) == [
        ("Ann Lee", "It is time to build a team around her so the court stays balanced Or we will lose again in two years.")
    ]
    # a phrase quoted inside the writer's sentence does not take it, nor does a quoted title or a label
    assert speaker_text_pairs('A clerk who "takes a few coins home" is fired at once, Ann Lee said.') == []
    assert speaker_text_pairs('"No" won in most towns of the north, the election council said.') == []


def test_sung_lines_and_a_question_asked_after_them() -> None:
    # a singer's lines are quoted like speech; "before asking them" is a second act with its own quote
    text = (
        '"Keep the lights on in the old town tonight," Ann Lee sings to the crowd before asking them, "Where do we go from here?"'
    )
    assert speaker_text_pairs(text) == [
        ("Ann Lee", "Keep the lights on in the old town tonight"),
        ("Ann Lee", "Where do we go from here?"),
    ]


def test_sentence_after_a_lone_quote_names_its_speaker() -> None:
    text = (
        "The deal closed on Friday.\n\n"
        '"You had a lot of people saying we should have merged the two firms."\n\n'
        "That was how Ann Lee, the chief executive of Harbor Media, once described the failed merger."
    )
    assert speaker_text_pairs(text) == [("Ann Lee", "You had a lot of people saying we should have merged the two firms.")]
    # "That was how" about a thing names nobody
    assert speaker_text_pairs('"We will build it twice over." That was how the plan looked to most people.') == []


def test_subject_of_a_coordinated_verb_of_saying_is_the_name_opening_the_sentence() -> None:
    text = 'Ann Lee met the council on Monday and told them, "We will build the bridge by May."'
    assert speaker_text_pairs(text) == [("Ann Lee", "We will build the bridge by May.")]


def test_quote_after_a_new_clause_with_its_own_subject_is_not_the_earlier_verbs() -> None:
    text = (
        '"Are you winning?" she said, but Tom was drifting off again, and as Ann Lee went on about '
        '"how the whole system is rigged," the crowd cheered.'
    )
    assert speaker_text_pairs(text) == [("she", "Are you winning?")]
