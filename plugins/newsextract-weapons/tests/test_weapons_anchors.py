"""The words-before patterns of :mod:`newsextract_weapons.anchors`, on invented sentences.

Each case marks the anchor with "|": the pattern must (or must not) end right before it.
"""

from __future__ import annotations

import pytest
from newsextract_weapons import anchors as an

from newsextract.rules import Anchored

CASES: list[tuple[Anchored, str, bool]] = [
    (an.SUBSET_BEFORE, "Most of the |180 missiles were intercepted.", True),
    (an.SUBSET_BEFORE, "Twenty-one of the |40 drones fell.", True),
    (an.SUBSET_BEFORE, "About 90 % of its |300 drones were downed.", True),
    (an.SUBSET_BEFORE, "Almost of the |40 drones fell.", False),
    (an.SUBSET_BEFORE, "The army said |40 drones fell.", False),
    (an.PRONOUN_LEAD, "Of these, |22 were shot down.", True),
    (an.PRONOUN_LEAD, "Of these,|22 were shot down.", True),
    (an.PRONOUN_LEAD, "Of that number |12 hit the port.", True),
    (an.PRONOUN_LEAD, "Of the drones |22 were shot down.", False),
    (an.ELLIPSIS_PREFIX, "and another |20 later.", True),
    (an.ELLIPSIS_PREFIX, "and the first batch of |40 arrived.", True),
    (an.ELLIPSIS_PREFIX, "and the rest of |the jets", True),
    (an.ELLIPSIS_PREFIX, "and a    further |12", False),  # too far apart
    (an.ELLIPSIS_PREFIX, "and a further|12", False),  # no space before the count
    (an.BREAKDOWN_BEFORE, "drones were downed, |41 over the region", True),
    (an.BREAKDOWN_BEFORE, "drones were downed including |5 near the border", True),
    (an.BREAKDOWN_BEFORE, "drones were downed, then |41", False),
    (an.PREPOSITION_END, "shot down over |8 regions", True),
    (an.PREPOSITION_END, "shot down |8 drones", False),
    (an.CLAUSE_START_BEFORE, "launched 40 drones; |20 were shot down", True),
    (an.CLAUSE_START_BEFORE, "launched 40 drones whereas |20 fell", True),
    (an.CLAUSE_START_BEFORE, "launched 40 drones and then |20", False),
    (an.ALONG_WITH_BEFORE, "170 tanks are due, along with |81 vehicles", True),
    (an.ALONG_WITH_BEFORE, "170 tanks are due \u2014 as well as |81 vehicles", True),
    (an.ALONG_WITH_BEFORE, "170 tanks are due along with |81 vehicles", False),
    (an.BY_END, "the depot was hit by |12 drones", True),
    (an.BY_END, "the depot was hit overnight |12 drones", False),
    (an.TARGET_BEFORE, "hurled stones at |two vehicles", True),
    (an.TARGET_BEFORE, "fired on the |convoy", True),
    (an.TARGET_BEFORE, "fired |two missiles", False),
    (an.WITH_END, "attacked the city with |147 drones", True),
    (an.WITH_END, "attacked the city with a barrage of |40 missiles", True),
    (an.WITH_END, "attacked the city using |40 missiles", False),
    (an.DETERMINER_END, "the |destroyed ship", True),
    (an.DETERMINER_END, "they |destroyed ships", False),
]


@pytest.mark.parametrize(("anchor", "marked", "expected"), CASES, ids=[f"{a.rule}:{m}" for a, m, _ in CASES])
def test_anchor_ends_before_mark(anchor: Anchored, marked: str, expected: bool) -> None:
    at = marked.index("|")
    text = marked.replace("|", "", 1)
    touching = anchor is an.PRONOUN_LEAD
    assert (an.ends_before(anchor, text, max(0, at - 40), at, touching=touching) is not None) is expected


def test_troops_aboard_captures_the_troops() -> None:
    text = "Special forces commandos aboard four helicopters landed."
    at = text.index("four")
    tokens = an.tokens_before(text, 0, at)
    m = an.TROOPS_ABOARD.ending_at(tokens, len(tokens))
    assert m is not None
    who = m.get("who")
    assert who is not None and tokens[who[0]].text == "commandos"


def test_blanked_phrase_reads_as_spaces() -> None:
    text = "hit by X 12 drones"
    mask = "hit by   12 drones"  # "X" blanked: three spaces between "by" and the count
    at = text.index("12")
    assert an.ends_before(an.BY_END, text, 0, at, mask=mask) is not None
    wide = "hit by XX 12 drones"
    assert an.ends_before(an.BY_END, wide, 0, wide.index("12"), mask="hit by    12 drones") is None


def test_last_clause_boundary_is_found_from_the_list() -> None:
    text = "The city was quiet (for once), but the army shot down 12 drones"
    at = text.index("12")
    tokens = an.unmasked_tokens(text, 0, at)
    m = an.CLAUSE_BOUNDARY_LAST.ending_at(tokens, len(tokens))
    assert m is not None and tokens[m.start].text == "but"
    plain = "the army shot down 12 drones"
    none = an.unmasked_tokens(plain, 0, plain.index("12"))
    assert an.CLAUSE_BOUNDARY_LAST.ending_at(none, len(none)) is None


def test_open_quote_right_before_the_list() -> None:
    text = 'the army shot down "12 drones'
    at = text.index("12")
    run = an.spaced_run(an.unmasked_tokens(text, 0, at), at, touching=True)
    assert an.OPEN_QUOTE_END.ending_at(run, len(run)) is not None
    closed = "the army said \u201cno\u201d 12 drones"  # a closing curly quote
    run = an.spaced_run(an.unmasked_tokens(closed, 0, closed.index("12")), closed.index("12"), touching=True)
    assert an.OPEN_QUOTE_END.ending_at(run, len(run)) is None
