"""Attribution shapes of real news copy: participles, inverted verbs, signed quotes, pieces that run on."""

from __future__ import annotations

from quotes_helpers import quotes, speaker_text_pairs

import newsextract

# -- a participle of saying closing the subject's clause --------------------------------------------


def test_participle_saying_takes_the_sentence_subject(pipeline: newsextract.Pipeline) -> None:
    text = 'During a speech on Monday, Ann Lee attacked the council over its budget, saying, "They have no plan at all."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ann Lee"
    assert q["text"] == "They have no plan at all."
    assert q["verb"] == "saying"


def test_participle_with_object_and_colon(pipeline: newsextract.Pipeline) -> None:
    text = 'Senator Tom Reyes mocked the proposal, telling one aide: "It will never get out of committee."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"
    assert q["text"] == "It will never get out of committee."


def test_participle_inside_reported_clause_introduces_nothing(pipeline: newsextract.Pipeline) -> None:
    # "saying" here heads a noun phrase ("saying goodbye ... was hard"), no comma or colon before the quote
    text = 'Ann Lee found saying goodbye to the "old and crumbling town hall building" hard.'
    assert all(q["verb"] != "saying" for q in quotes(pipeline, text))


# -- the verb opening its sentence -------------------------------------------------------------------


def test_inverted_verb_opening_the_sentence(pipeline: newsextract.Pipeline) -> None:
    text = 'The rules are complicated. Said Marta Diaz: "Nobody in this building understands them any more."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marta Diaz"
    assert q["text"] == "Nobody in this building understands them any more."


# -- signed quotes -----------------------------------------------------------------------------------


def test_quote_signed_with_a_dash(pipeline: newsextract.Pipeline) -> None:
    text = (
        "We asked readers in the city what they thought of the new bridge over the river, and many wrote back.\n\n"
        "\u201cThe new bridge has cut my commute in half every single day.\u201d \u2015 Carla Mendes\n"
        "\u201cNobody asked the people who live next to it.\u201d\u2014 Omar Haddad.\n"
    )
    assert speaker_text_pairs(text) == [
        ("Carla Mendes", "The new bridge has cut my commute in half every single day."),
        ("Omar Haddad", "Nobody asked the people who live next to it."),
    ]
    found = quotes(pipeline, text)
    assert len(found) == 2
    assert all(q["verb"] is None for q in found)


def test_absolute_with_participle(pipeline: newsextract.Pipeline) -> None:
    text = 'The campaign declined to comment, with spokesman Tom Reyes saying, "These leaks prove nothing at all."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"


def test_capitalised_said_inside_a_title_case_line(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The speeches were published on Friday.\n\n"
        'At The Summit, Ann Lee Said "Many Of You Are Masters Of The Trend Lines And The Markets."\n\n'
        "She spoke for an hour."
    )
    assert not quotes(pipeline, text)


def test_dash_before_a_clause_is_no_signature(pipeline: newsextract.Pipeline) -> None:
    text = '"We will rebuild the school by the autumn," the mayor said \u2014 and then she left the hall.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "the mayor"


# -- pieces that are no continuation -----------------------------------------------------------------


def test_piece_running_on_in_prose_is_not_joined(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"This is simply not right," Ann Lee said. "You pushed the staff to the limit" to lift the share '
        "price, she said, pointing at the report."
    )
    texts = [q["text"] for q in quotes(pipeline, text)]
    assert "This is simply not right" in texts
    assert all("You pushed" not in t or "not right" not in t for t in texts)


def test_title_inside_the_attribution_is_not_joined(pipeline: newsextract.Pipeline) -> None:
    text = '"We are paying for decades of neglect," said Ann Lee, author of the book "Left Behind: A History."'
    [q] = quotes(pipeline, text)
    assert q["text"] == "We are paying for decades of neglect"
    assert q["speaker"] == "Ann Lee"


# -- lead-ins ending in a colon ----------------------------------------------------------------------


def test_paragraph_ending_in_colon_introduces_the_next(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The hearing ran late into the evening on Tuesday.\n\n"
        "Tom Reyes continued:\n\n"
        '"The transport budget is a partisan issue now, and it will stay one for years."'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"
    assert q["verb"] == "continued"


def test_paragraph_without_colon_introduces_nothing(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The hearing ran late into the evening on Tuesday.\n\n"
        "Tom Reyes continued to object.\n\n"
        '"The transport budget is a partisan issue now, and it will stay one for years."'
    )
    assert not quotes(pipeline, text)


def test_name_label_opening_a_paragraph(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Commentators weighed in after the debate on Tuesday night.\n\n"
        'Ann Lee, Daily Mirror: "The mayor had her strongest night of the whole campaign."\n\n'
        'Verdict: "A draw that suits nobody in the room at all."'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ann Lee"
    assert q["text"] == "The mayor had her strongest night of the whole campaign."


# -- speaker phrases ---------------------------------------------------------------------------------


def test_descriptive_participle_is_not_part_of_the_name(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"Tonight, I want to hear every one of you," a smiling Ann Lee said.')
    assert q["speaker"] == "Ann Lee"


def test_rival_is_a_descriptor_not_a_name(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, 'The race tightened. Rival Ann Lee said: "We will win this race in the suburbs."')
    assert q["speaker"] == "Ann Lee"


def test_office_ending_in_a_region(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"We will hold the line in the east," said Supreme Allied Commander Europe Tom Reyes.')
    assert q["speaker"] == "Tom Reyes"


def test_role_noun_descriptor_is_an_unnamed_speaker(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"My reaction was that it was outrageous," the mayor\'s former campaign strategist said.')
    assert q["speaker"] == "the mayor's former campaign strategist"
    assert q["speaker_type"] == "unnamed"


def test_newspaper_is_an_organisation_speaker(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"The city would be an excellent host for the games," the newspaper wrote.')
    assert q["speaker"] == "the newspaper"
    assert q["speaker_type"] == "organization"


def test_plural_noun_spelt_like_a_verb_is_skipped(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"It is an invasion of the state regulatory domain," Ann Lee, the attorney general of Utah, '
        "one of the states suing the agency, said on Monday."
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ann Lee"
    assert q["verb"] == "said"


# -- quote paragraphs whose speaker the story has just named -----------------------------------------


def test_quote_paragraph_after_a_sentence_of_saying(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The union disputes the county's figures.\n\n"
        "Marta Diaz says that is not what the union is seeing on the ground.\n\n"
        "\u201cCommonly, response times in the rural districts can be 45 minutes.\u201d\n\n"
        "The county did not respond."
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marta Diaz"
    assert q["text"] == "Commonly, response times in the rural districts can be 45 minutes."


def test_quote_paragraph_after_a_plain_sentence_has_no_speaker(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Marta Diaz runs the union's office in the north of the county.\n\n"
        "\u201cCommonly, response times in the rural districts can be 45 minutes.\u201d"
    )
    assert not quotes(pipeline, text)


def test_quote_followed_by_prose_takes_no_speaker_from_before(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Marta Diaz says the figures are wrong.\n\n"
        "\u201cCommonly, response times can be 45 minutes\u201d in the rural districts, a report found."
    )
    assert all(q["speaker"] != "Marta Diaz" for q in quotes(pipeline, text))


def test_quoted_as_saying_after_the_quote(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Tom Reyes runs the port authority.\n\n"
        '"We are pleased with the deal and expect more ships," he was quoted as saying in the press release.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"
    assert q["verb"] == "quoted as saying"


def test_quote_closing_a_paragraph_after_quoted_as_saying(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Tom Reyes runs the port authority. The deal is a turning point, he was quoted as saying "
        'in the press release. "This is a good day for every farmer here."'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"
    assert q["text"] == "This is a good day for every farmer here."


# -- pieces of one quote ------------------------------------------------------------------------------


def test_participle_piece_is_a_separate_quote(pipeline: newsextract.Pipeline) -> None:
    text = '"Nobody has fought harder for this town," Ann Lee said, adding, "She will win on Tuesday."'
    assert speaker_text_pairs(text) == [
        ("Ann Lee", "Nobody has fought harder for this town"),
        ("Ann Lee", "She will win on Tuesday."),
    ]


def test_piece_after_an_aside_sentence_is_joined(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"We have had problems with floods in the past," Ann Lee said. She did not name the towns. '
        '"Our goal is to build better walls."'
    )
    [q] = quotes(pipeline, text)
    assert q["text"] == "We have had problems with floods in the past Our goal is to build better walls."


def test_piece_after_a_sentence_naming_someone_else_is_not_joined(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"We have had problems with floods in the past," Ann Lee said. Tom Reyes disagreed with her. '
        '"Our goal is to build better walls."'
    )
    found = quotes(pipeline, text)
    assert found[0]["text"] == "We have had problems with floods in the past"


# -- every attribution frame is named, with examples --------------------------------------------------


def test_every_frame_example_yields_its_speaker_under_its_name() -> None:
    from newsextract_quotes import extract_quotes
    from newsextract_quotes.frames import FRAMES

    for frame in FRAMES.values():
        assert frame.examples, frame.name
        for sentence, speaker in frame.examples:
            found = [
                (f.value.speaker, f.provenance.rule if f.provenance else None)
                for f in extract_quotes(newsextract.Document(sentence))
            ]
            assert (speaker, frame.name) in found, (frame.name, sentence, found)


def test_explain_names_the_frame(pipeline: newsextract.Pipeline) -> None:
    [fact] = pipeline.extract('"The bridge will open in May," said Ann Lee, the city engineer.').of("quote")
    assert fact.provenance is not None
    assert fact.provenance.rule == "quote_said_speaker"


def test_subject_clause_ending_in_colon(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, 'Senator Ann Lee hit back at the council in a series of posts: "The plan is a disgrace to this city."')
    assert q["speaker"] == "Ann Lee"


def test_thing_before_a_colon_is_no_speaker(pipeline: newsextract.Pipeline) -> None:
    assert not quotes(pipeline, 'The sign on the door read: "Closed until further notice for all repairs."')


def test_person_for_an_outlet(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"The impact of the debate is still small," wrote Ann Lee for Morning Bulletin.')
    assert q["speaker"] == "Ann Lee"


def test_nominee_with_adverb_before_the_verb(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(
        pipeline, 'Asked about the files, the Democratic nominee mockingly responded, "What, with a cloth or something?"'
    )
    assert q["speaker"] == "the Democratic nominee"


def test_name_right_before_the_participle_says_it(pipeline: newsextract.Pipeline) -> None:
    text = 'The advert ends with footage of Ann Lee saying during the debate last week, "That makes me smart."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ann Lee"


def test_subject_not_object_says_it_after_a_comma(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, 'Ann Lee attacked Tom Reyes for his record, saying, "He has never built a single road."')
    assert q["speaker"] == "Ann Lee"


def test_unnamed_speaker_placed_by_a_phrase(pipeline: newsextract.Pipeline) -> None:
    [q] = quotes(pipeline, '"You work hard. You pay your taxes," a narrator in the new advert asks.')
    assert q["speaker"] == "a narrator in the new advert"
    found = quotes(pipeline, '"The water rose within minutes," a resident in Kyiv said.')
    assert all(q["speaker"] != "a resident in Kyiv" for q in found)


def test_show_title_inside_the_attribution_does_not_split_the_quote(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"He is absolutely right about the roads," Ann Lee said on Sunday on Channel Nine\'s "Morning Show." '
        '"There is a lot of frustration in the towns."'
    )
    [q] = quotes(pipeline, text)
    assert q["text"] == "He is absolutely right about the roads There is a lot of frustration in the towns."


def test_says_of_someone_is_a_verb(pipeline: newsextract.Pipeline) -> None:
    text = 'The New York businessman says of the mayor, "If she gets the chance, she will sell the whole city."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "the New York businessman"
    assert not quotes(pipeline, 'Police received reports of "a loud bang near the old station."')


def test_quote_goes_on_in_the_next_paragraph(pipeline: newsextract.Pipeline) -> None:
    text = (
        'The market fell again on Monday.\n\n"Investors keep taking risk off the table," Tom Reyes, an analyst, '
        'said in a note to clients.\n\n"We have reached a point where nobody wants to buy anything at all."\n\n'
        "Shares in the region fell by two percent."
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes"
    assert q["text"] == (
        "Investors keep taking risk off the table We have reached a point where nobody wants to buy anything at all."
    )


def test_next_paragraph_with_its_own_attribution_is_its_own_quote(pipeline: newsextract.Pipeline) -> None:
    text = (
        '"Investors keep taking risk off the table," Tom Reyes said.\n\n'
        '"Nobody wants to buy anything at all any more," Ann Lee said.'
    )
    assert speaker_text_pairs(text) == [
        ("Tom Reyes", "Investors keep taking risk off the table"),
        ("Ann Lee", "Nobody wants to buy anything at all any more"),
    ]


def test_quote_introduced_before_goes_on_in_the_next_paragraph(pipeline: newsextract.Pipeline) -> None:
    text = (
        'Mayor Ann Lee said on Monday: "The bridge will open in May."\n\n'
        '"After that, the ferry will stop running for good."\n\n'
        "The council meets again next week."
    )
    [q] = quotes(pipeline, text)
    assert q["text"] == "The bridge will open in May. After that, the ferry will stop running for good."


def test_quoted_nickname_inside_a_name_is_no_quote(pipeline: newsextract.Pipeline) -> None:
    text = '"This is a big year for our city," Marcia "Cia" Price shouted to the crowd. "The nation is watching us now."'
    [q] = quotes(pipeline, text)
    assert q["speaker"].endswith("Price")
    assert "Cia" not in q["text"]
    assert q["text"] == "This is a big year for our city The nation is watching us now."


def test_headline_topic_before_a_colon_is_no_speaker(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Mayor lament on missing council members: 'Why are they not at the meetings?'\n\n"
        "Council members have gone missing, Mayor Ann Lee suggested at a dinner on Tuesday."
    )
    assert not quotes(pipeline, text)


def test_possessive_determiner_before_a_role_and_name(pipeline: newsextract.Pipeline) -> None:
    text = '"Can we discuss the plans for the first quarter?" her top aide Ann Lee wrote to other staff in March.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Ann Lee"


def test_relative_by_family_is_an_unnamed_speaker(pipeline: newsextract.Pipeline) -> None:
    text = '"If you can not handle the basic stuff, you do not belong here," Tom Reyes\'s son told a radio show.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Tom Reyes's son"


def test_unnamed_affiliation_then_appositive_name(pipeline: newsextract.Pipeline) -> None:
    text = '"Our strategy is to expand the portfolio in key places," said a spokeswoman for Lee hotels, Marta Diaz.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marta Diaz"


def test_unnamed_sentence_subject_of_a_participle(pipeline: newsextract.Pipeline) -> None:
    text = 'Small groups of protesters marched around the stadium, chanting, "Hands up, do not shoot."'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Small groups of protesters"


def test_appositive_name_after_lower_case_title(pipeline: newsextract.Pipeline) -> None:
    text = '"This is a big year for our city!" Tom Reyes\'s niece, state Del. Marcia Price (D-Newport), shouted.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Marcia Price"
