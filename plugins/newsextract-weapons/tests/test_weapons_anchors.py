"""The words-before rules of :mod:`newsextract_weapons.anchors`, on invented sentences.

Each rule's own examples mark the anchor with "|"; they run here and in the core meta-tests.
"""

from __future__ import annotations

import pytest
from newsextract_weapons import anchors as an

from newsextract.rules import Rule


@pytest.mark.parametrize("rule", list(an.BEFORE_RULES), ids=[r.name for r in an.BEFORE_RULES])
def test_before_rule_examples_pass(rule: Rule) -> None:
    assert rule.examples
    assert rule.check_examples() == []


def test_a_wrong_expectation_is_reported() -> None:
    wrong = an.Before("weapons.test_wrong", an.BY_END.pattern, an.BY_END.produce, [("hit by |12 drones", {"words": "by"})])
    assert wrong.check_examples() == [
        "rule 'weapons.test_wrong': 'hit by |12 drones' should give {'words': 'by'}, gave {'words': 'hit by'}"
    ]
    missing = an.Before("weapons.test_missing", an.BY_END.pattern, an.BY_END.produce, [("hit at |12 drones", {})])
    assert missing.check_examples() == ["rule 'weapons.test_missing': 'hit at |12 drones' should match"]


def test_the_rules_are_asked_at_an_anchor_not_searched() -> None:
    assert list(an.BY_END.run("The depot was hit by 12 drones.")) == []


def test_blanked_phrase_reads_as_spaces() -> None:
    text = "hit by X 12 drones"
    at = text.index("12")
    assert an.BY_END.before(text, 0, at, "hit by   12 drones") is not None  # three spaces: still one gap
    wide = "hit by XX 12 drones"
    assert an.BY_END.before(wide, 0, wide.index("12"), "hit by    12 drones") is None  # four: too far


def test_the_window_bounds_the_match() -> None:
    text = "Most of the 180 missiles"
    at = text.index("180")
    assert an.SUBSET_BEFORE.before(text, 0, at) is not None
    assert an.SUBSET_BEFORE.before(text, 5, at) is None  # "of the" alone is no subset


def test_the_last_clause_boundary_is_found_from_the_list() -> None:
    text = "The city was quiet (for once), but the army shot down 12 drones"
    tokens = an.unmasked_tokens(text, 0, text.index("12"))
    found = an.last_clause_boundary(tokens)
    assert found is not None and tokens[found].text == "but"
    assert an.last_clause_boundary(an.unmasked_tokens("the army shot down 12", 0, 19)) is None
    clock = "At 10:30 the army shot down 12"  # a time's colon is no boundary
    assert an.last_clause_boundary(an.unmasked_tokens(clock, 0, clock.index("12"))) is None


@pytest.mark.parametrize(
    ("text", "lo", "touching"),
    [
        ("Officials said more than 100 of the 400 drones were downed", 0, False),
        ("Officials said more than 100 of the 400 drones were downed", 20, False),  # a count cut by the window
        ("They fired,   and    then 40 drones", 0, False),  # a gap of four spaces ends the run
        ("Of them,40 drones", 0, True),
        ("Of them,40 drones", 0, False),
    ],
)
def test_spaced_tokens_read_backwards_as_the_window_is_cut(text: str, lo: int, touching: bool) -> None:
    hi = text.index("40")
    fast = [(t.start, t.end, t.text) for t in an.spaced_tokens(text, lo, hi, touching=touching)]
    slow = [(t.start, t.end, t.text) for t in an.spaced_run(an.unmasked_tokens(text, lo, hi), hi, touching=touching)]
    assert fast == slow
    assert (fast == []) is (not touching and text[hi - 1] == ",")
