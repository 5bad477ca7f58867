"""Counts that refer back to weapons named earlier: invented sentences for each rule, plus negatives."""

from __future__ import annotations

from weapons_helpers import read

# -- a clause-initial count takes the set its sentence names with "the" ------------------------


def test_definite_set_gives_the_antecedent_across_sentences() -> None:
    text = (
        "The militia fired 30 rockets and a few drones at the valley overnight. "
        "Air defences intercepted most of the rockets, the army said, but two struck a school."
    )
    assert ("rockets", "rocket", 2, "exact", "hit") in read(text)


def test_no_definite_mention_no_antecedent() -> None:
    text = (
        "The militia fired 30 rockets at the valley overnight. Medics treated the wounded all morning, but two struck a school."
    )
    assert [r for r in read(text) if r[2] == 2] == []


def test_other_count_between_mention_and_count_blocks_it() -> None:
    text = (
        "The militia fired 30 rockets at the valley overnight. "
        "Air defences intercepted most of the rockets, killing three people, and two struck a school."
    )
    assert [r for r in read(text) if r[2] == 2] == []


# -- "N others" / "N more" followed by a status verb -------------------------------------------------


def test_others_takes_the_phrase_before() -> None:
    text = "Gunners downed 45 of the drones, and 11 others were lost to jamming."
    assert read(text) == [("drones", "drone", 45, "exact", "neutralized"), ("drones", "drone", 11, "exact", "lost")]


def test_more_with_status_verb() -> None:
    text = "Troops shot down 7 missiles near the border; 3 more were intercepted over the capital."
    assert [r[2:] for r in read(text)] == [(7, "exact", "neutralized"), (3, "exact", "neutralized")]


def test_others_without_status_verb_is_no_fact() -> None:
    text = "Five drones hit a depot, and two others were wounded in the blast."
    assert read(text) == [("drones", "drone", 5, "exact", "hit")]


# -- "these/those" followed by a noun are determiners, not pronouns ----------------------------------


def test_these_with_a_noun_is_not_a_pronoun() -> None:
    text = "The enemy launched 60 drones at the city. Each one of these raids costs a fortune, he said."
    assert read(text) == [("drones", "drone", 60, "exact", "launched")]


def test_these_as_pronoun_still_counts() -> None:
    text = "The enemy launched 60 drones at the city. Fifty of these were shot down."
    assert read(text) == [("drones", "drone", 60, "exact", "launched"), ("drones", "drone", 50, "exact", "neutralized")]
