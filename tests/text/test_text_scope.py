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


# --- the case-folded matcher (a speed path) finds exactly what the case-blind pattern finds ---

_ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_folding_keeps_every_class_and_literal_the_case_blind_pattern_uses() -> None:
    """Where a character folds to one character, matching the lower-cased pattern on the folded
    text decides as the case-blind pattern on the original: every ASCII literal (``"a"``,
    ``"-"``, ``"'"``) accepts the same characters, and ``\\w`` (hence ``\\b``), ``\\s`` and
    ``\\d`` hold of a character exactly when they hold of its folding."""
    import regex

    single = {c: c.casefold() for c in _ALL_CHARACTERS if len(c.casefold()) == 1}
    text = "".join(single)
    for cls in (r"\w", r"\s", r"\d"):
        members = set(regex.findall(cls, text, regex.VERSION0))
        assert {c for c, f in single.items() if f in members} == members, cls
    by_fold: dict[str, set[str]] = {}
    for c, f in single.items():
        by_fold.setdefault(f, set()).add(c)
    from newsextract.text import scope

    assert scope._SOURCE.isascii()  # its literals are all among those checked here
    blind_only: set[str] = set()
    for code in range(0x20, 0x7F):
        literal = chr(code)
        case_blind = set(regex.findall(regex.escape(literal), text, regex.IGNORECASE | regex.VERSION0))
        folded = by_fold.get(literal.lower(), set())
        assert folded <= case_blind, literal
        blind_only |= case_blind - folded
    # the rest are exactly the characters that send a text down the case-blind path
    assert blind_only == set(scope._BLIND_ONLY)


def test_folded_pattern_is_the_case_blind_one_lower_cased() -> None:
    from newsextract.text import scope

    assert scope._FOLDED_PATTERN.full.pattern.lower() == scope._PATTERN.pattern.lower()
    assert scope._FOLDED_PATTERN.full.pattern.replace("(?P<", "").islower()
    assert not scope._FOLDED_PATTERN.full.flags & __import__("regex").IGNORECASE


@pytest.mark.parametrize(
    "text",
    [
        "SINCE THE START OF THE FULL-SCALE INVASION 52,000 drones; Overnight 40, On MONDAY NIGHT 3.",
        "In June 2024 and since early March, Over The Past Three Weeks, IN THE ATTACK, at Dawn.",
        "Straße: since the war began 10 were killed, and in total 40 on Tuesday morning.",  # folds longer
        "The \u212aelvin sign and \u017fince \u017fo far: 12 drones \u017fince Monday.",  # K and long s fold to ASCII
        "Dotless \u0131n total 12 drones \u0131n June and overnight.",  # "ı" is "i" only to the case-blind pattern
    ],
)
def test_folded_matching_finds_what_the_case_blind_pattern_finds(text: str) -> None:
    from newsextract.text import scope

    expected = [(m.span(), m.lastgroup) for m in scope._PATTERN.finditer(text)]
    assert expected  # the example has phrases to find
    assert [(m.span(), m.lastgroup) for m in scope._phrase_matches(text)] == expected


def test_folded_matching_on_the_gold_texts() -> None:
    import json
    from pathlib import Path

    from newsextract.text import scope

    texts = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                texts += 1
                expected = [(m.span(), m.lastgroup) for m in scope._PATTERN.finditer(text)]
                assert [(m.span(), m.lastgroup) for m in scope._phrase_matches(text)] == expected
    assert texts > 100
