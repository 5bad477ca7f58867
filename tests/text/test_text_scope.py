"""The scope-phrase finder: which words make a count one event, a period or a running total."""

from __future__ import annotations

import pytest

from newsextract import Span
from newsextract.text import SCOPES, find_scope_phrases, scope_at


def _scope_of(text: str, counted: str) -> tuple[str, str] | None:
    start = text.index(counted)
    phrase = scope_at(text, Span(start, start + len(counted)))
    return None if phrase is None else (phrase.scope, phrase.text)


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        # event: one attack, a night, a day
        ("Russia launched 550 drones overnight, the air force said.", "550 drones", ("event", "overnight")),
        ("Insurgents killed four villagers on Tuesday night near the river.", "four villagers", ("event", "on Tuesday night")),
        ("Three people died in the attack on the depot.", "Three people", ("event", "in the attack")),
        ("Since last night there have been almost 500 drones over the region.", "500 drones", ("event", "Since last night")),
        ("The navy intercepted 12 missiles on March 3 off the coast.", "12 missiles", ("event", "on March 3")),
        # period: a week, a month, a weekend
        ("The city was hit by more than 1,100 drones this week.", "1,100 drones", ("period", "this week")),
        ("In June the army shot down 640 drones over the north.", "640 drones", ("period", "In June")),
        ("Eleven people were wounded over the weekend in shelling.", "Eleven people", ("period", "over the weekend")),
        ("Forty fighters died over the past three weeks of clashes.", "Forty fighters", ("period", "over the past three weeks")),
        # cumulative: since the start, so far, to date, in total
        ("Moscow has fired 52,000 drones since the start of the full-scale invasion.", "52,000 drones",
         ("cumulative", "since the start of the full-scale invasion")),
        ("More than 12,000 civilians have been killed since February 2022.", "12,000 civilians",
         ("cumulative", "since February 2022")),
        ("So far, 90 sailors have been rescued from the water.", "90 sailors", ("cumulative", "So far")),
        ("The rebels have lost 300 tanks to date.", "300 tanks", ("cumulative", "to date")),
        ("In total, 41 hostages were freed.", "41 hostages", ("cumulative", "In total")),
        ("At least 17 guards have been killed in raids since October.", "17 guards", ("cumulative", "since October")),
    ],
)
def test_each_scope_value_from_invented_sentences(text: str, counted: str, expected: tuple[str, str]) -> None:
    assert _scope_of(text, counted) == expected


def test_no_scope_words_give_none_which_reads_as_event() -> None:
    assert _scope_of("Two soldiers were wounded by a mine near the village.", "Two soldiers") is None


def test_the_nearest_phrase_in_the_sentence_governs_each_count() -> None:
    text = "Since the start of the war Russia has fired 9,000 missiles, and 40 overnight."
    assert _scope_of(text, "9,000 missiles") == ("cumulative", "Since the start of the war")
    assert _scope_of(text, "40") == ("event", "overnight")


def test_a_time_phrase_in_a_comparison_is_no_scope() -> None:
    text = "It was the heaviest attack since the war began: 40 drones hit the port."
    assert _scope_of(text, "40 drones") is None
    text = "In one of the biggest strikes last month, the city was attacked with 260 drones."
    assert _scope_of(text, "260 drones") is None


def test_the_day_a_statement_was_made_is_not_the_scope_of_its_figures() -> None:
    text = "The president said on Sunday that the army had fired 1,700 shells in the past week."
    assert _scope_of(text, "1,700 shells") == ("period", "in the past week")


def test_a_phrase_in_another_sentence_does_not_apply() -> None:
    text = "Russia attacked overnight. Officials counted 30 drones."
    assert _scope_of(text, "30 drones") is None


def test_the_modal_may_and_a_dated_month_are_not_periods() -> None:
    assert _scope_of("Up to 20 people may have died.", "20 people") is None
    assert _scope_of("On June 12 two people were killed.", "two people") == ("event", "On June 12")


def test_phrases_come_in_text_order_with_exact_spans() -> None:
    text = "This week 30 drones fell; since 2014 the total is 4,000."
    phrases = find_scope_phrases(text)
    assert [p.scope for p in phrases] == ["period", "cumulative"]
    assert all(text[p.span.start : p.span.end] == p.text for p in phrases)
    assert {p.scope for p in phrases} <= set(SCOPES)


def test_hostile_text_is_read_without_stalling() -> None:
    text = ("since the start of the " * 20_000) + "since " * 50_000 + "over the past " * 20_000
    assert find_scope_phrases(text) == ()
    assert scope_at(text, Span(len(text) - 5, len(text) - 1)) is None
    many = "They fired 3 drones overnight " * 50_000
    assert len(find_scope_phrases(many)) == 50_000
    assert scope_at(many, Span(11, 19)) == find_scope_phrases(many)[0]
