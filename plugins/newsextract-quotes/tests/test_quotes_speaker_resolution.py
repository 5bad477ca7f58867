"""Resolving a pronoun or a short name to the speaker's full name."""

from __future__ import annotations

from quotes_helpers import quotes, speaker_text_pairs

import newsextract

# -- pronouns take the subject of the nearest sentence naming a person -----------------------------


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


def test_pronoun_takes_the_previous_sentence_subject_not_its_object() -> None:
    text = 'Harbour Minister Ola Brekke thanked Nina Dahl at the opening. "The new pier will serve us for decades," he said.'
    assert speaker_text_pairs(text) == [("Ola Brekke", "The new pier will serve us for decades")]


def test_pronoun_subject_rule_does_not_fire_after_a_lower_case_opener() -> None:
    text = 'At the opening, the crowd cheered Nina Dahl. "The new pier will serve us for decades," she said.'
    assert speaker_text_pairs(text) == [("Nina Dahl", "The new pier will serve us for decades")]


def test_place_word_in_a_title_does_not_hide_the_person() -> None:
    text = (
        "Port official Tom Reyes praised the plan. State Sen. Mara Quist, a critic, said she would vote no. "
        '"This bill gives away our coastline for nothing," she said.'
    )
    assert ("Mara Quist", "This bill gives away our coastline for nothing") in speaker_text_pairs(text)


def test_named_thing_after_an_article_is_no_antecedent() -> None:
    text = (
        "Coast guard chief Lena Moritz said the vessel, the MV Polar Dawn, had sailed overloaded. "
        '"We counted far more cars than the papers showed," she said.'
    )
    assert speaker_text_pairs(text) == [("Lena Moritz", "We counted far more cars than the papers showed")]


# -- object relative clauses ("whom it described as") ----------------------------------------------


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


# -- "MP for PLACE" is a constituency, not the pronoun's person ------------------------------------


def test_constituency_after_seat_holder_is_not_a_pronoun_antecedent(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Born Thomas Arkwright in 1950, he was elected MP for Bolton Moorside in 1983.\n"
        'In a later interview, he described losing the seat as "a relief, if I am honest".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Thomas Arkwright"


def test_person_after_other_for_is_still_an_antecedent(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The charity was run for years by Thomas Arkwright until 2010.\n"
        'In a later interview, he described the work as "a relief, if I am honest".'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Thomas Arkwright"


# -- surname-first names with a hyphenated given name ----------------------------------------------


def test_hyphenated_given_name_family_name_first(pipeline: newsextract.Pipeline) -> None:
    text = (
        "Interior Minister Choi Hye-rin visited the flooded district on Friday.\n"
        '"Every family will be housed before the winter," Choi said.'
    )
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Choi Hye-rin"


def test_capitalised_hyphenated_given_name_is_not_surname_first(pipeline: newsextract.Pipeline) -> None:
    text = 'Paul Jean-Marc visited the flooded district on Friday.\n"Every family will be housed before the winter," Paul said.'
    [q] = quotes(pipeline, text)
    assert q["speaker"] == "Paul"


# -- a family name with the Arabic article resolves from its bare form -----------------------------


def test_bare_family_name_resolves_to_the_name_with_al() -> None:
    text = (
        "Navy spokesman Karim al-Shami said the patrol boats had returned.\n"
        '"The crews acted within the rules of engagement," Shami said.'
    )
    assert speaker_text_pairs(text) == [("Karim al-Shami", "The crews acted within the rules of engagement")]


def test_bare_family_name_without_al_form_stays_as_written() -> None:
    text = (
        "Navy spokesman Karim Shamir said the patrol boats had returned.\n"
        '"The crews acted within the rules of engagement," Shami said.'
    )
    assert speaker_text_pairs(text) == [("Shami", "The crews acted within the rules of engagement")]


def test_titled_lone_name_is_the_subject_a_pronoun_stands_for() -> None:
    # a personal title makes a lone name a person: the sentence's subject, not its object, says it
    text = 'Sheikh Hamad, who also leads the council, met the Omani envoy, Badr Salem. "We will talk again next week," he said.'
    assert speaker_text_pairs(text) == [("Hamad", "We will talk again next week")]
    text = 'Mr. Tate praised the firm\'s founder, Ola Berg. "She built all of this," he said.'
    assert speaker_text_pairs(text) == [("Tate", "She built all of this")]


def test_it_after_a_quote_is_the_organisation_that_said_the_sentence_before() -> None:
    # "it" stands for the subject of the sentence of saying, not the organisation named after it
    text = 'The army said one drone was downed by the navy over the bay. "The others fell in open fields," it said.'
    assert speaker_text_pairs(text) == [("the army", "The others fell in open fields")]
    # with no verb of saying in that sentence, the nearest organisation stands
    text = 'The navy downed one drone that the army had tracked. "The others fell in open fields," it said.'
    assert speaker_text_pairs(text) == [("the army", "The others fell in open fields")]
