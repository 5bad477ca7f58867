"""The words right before a count, as anchored token patterns (:mod:`newsextract_casualties.leads`)."""

from __future__ import annotations

import pytest
from newsextract_casualties import leads
from newsextract_casualties.leads import Lead, and_before, collective_noun, part_of_count, subject_start, window

from newsextract.rules import clipped_tokens, tok


def _at(marked: str) -> tuple[str, int, int]:
    """The text without its "|" and the reader's window ending at the mark."""
    hi = marked.index("|")
    return marked.replace("|", "", 1), max(0, hi - 48), hi


@pytest.mark.parametrize(
    "marked",
    [
        "The long convoy of trucks carrying more than 300 people reached |12 towns.",
        "On the third day of the siege the rebels freed |40 of the hostages.",
        "Nine people died, including |four children.",
        "Nine people died, including more than 300 of the |400 miners.",
        "Nine people died, including more than 300 of the 400 mi|ners.",
        "On 9 May 2020, |12 people died.",
    ],
)
def test_a_window_holds_the_tokens_cut_to_it(marked: str) -> None:
    text, start, hi = _at(marked)
    for lo in (start, start + 1, start + 5, hi - 8, hi - 30):
        assert [(t.text, t.start, t.end, t.kind) for t in window(text, lo, hi)] == [
            (t.text, t.start, t.end, t.kind) for t in clipped_tokens(text, lo, hi)
        ]


def test_a_lead_needs_blank_space_between_its_words_and_before_the_anchor() -> None:
    text, lo, hi = _at("Officials said there were no |two ways about it.")
    assert leads.NO_LEAD.before(text, lo, hi) is not None
    text, lo, hi = _at("Officials said there were (no|) ways about it.")
    assert leads.NO_LEAD.before(text, lo, hi) is None
    text, lo, hi = _at("The casino |5 staff were hurt.")
    assert leads.NO_LEAD.before(text, lo, hi) is None
    # cut by the window, the end of a word reads as a word (as the words before it are not seen)
    assert leads.NO_LEAD.before(text, hi - 3, hi) is not None


def test_a_wrong_example_is_reported() -> None:
    wrong = Lead("lead-wrong", tok(lower="of"), lambda m: None, examples=[("A family of |five was killed.", None)])
    assert wrong.check_examples() != []


def test_and_before_is_not_a_list_item_after_a_comma() -> None:
    assert and_before(*_at("A farmer and |his son were killed."))
    assert not and_before(*_at("A farmer, and |his son were killed."))
    assert and_before(*_at("A farmer,  and |his son were killed."))
    assert not and_before(*_at("A farmer and|his son were killed."))


def test_subject_start_reads_clause_marks_quotes_and_opening_words() -> None:
    assert subject_start(*_at("|12 people were missing."))
    assert subject_start(*_at('"|12 people were missing."'))
    assert subject_start(*_at("The storm passed; |12 people were missing."))
    assert subject_start(*_at("Police said |12 people were missing."))
    assert not subject_start(*_at("Police found |12 people missing."))


def test_the_count_before_of_the_and_the_collective_noun() -> None:
    assert part_of_count(*_at("Rescuers freed twenty-one of the |40 miners.")) == "one"
    assert part_of_count(*_at("Rescuers freed 1,200 of the |2,000 miners.")) == "1,200"
    assert part_of_count(*_at("Rescuers freed all |40 miners.")) == ""
    assert collective_noun(*_at("A Family of |five was killed.")) == "family"
    assert collective_noun(*_at("A friend of |five was killed.")) is None
