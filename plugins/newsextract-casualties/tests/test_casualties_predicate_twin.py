"""The predicate-after pattern's two engines agree on plain texts (invented sentences)."""

from __future__ import annotations

import pytest
from newsextract_casualties.predicates import RIGHT

from newsextract.text import is_plain

SENTENCES = [
    "Two civilians were killed and five others were taken to hospital.",
    "Three soldiers, including a 19-year-old, were reported killed near the border.",
    "The man, who had been abducted on Friday, was found dead in a ditch.",
    "Nine people (four of them children) remain missing after the flood.",
    "A woman who sold bread at the market was seriously injured by shrapnel.",
    "Four police officers were believed to have been wounded in the attack.",
    "The driver, a father of two, succumbed to his injuries on Tuesday.",
    "Six were hospitalized, \u201ctwo in critical condition,\u201d the mayor said \u2014 others fled.",
    "Eleven people are still being treated for burns; one was airlifted to the capital.",
    "The proposal was killed in committee, and the budget was slashed.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_both_engines_find_the_same_predicates_at_every_position(text: str) -> None:
    assert is_plain(text)
    for pos in range(len(text)):
        end = min(len(text), pos + 260)
        ours = RIGHT.plain.compiled.match(text, pos, end)
        full = RIGHT.full.compiled.match(text, pos, end)
        assert (ours is None) == (full is None), (text, pos)
        if ours is not None and full is not None:
            assert ours.span() == full.span() and ours.groupdict() == full.groupdict() and ours.lastgroup == full.lastgroup


def test_a_text_beyond_plain_is_read_by_the_full_engine() -> None:
    text = "Zwei M\u00e4nner were killed."
    match = RIGHT.match(text, len("Zwei M\u00e4nner"))
    assert match is not None and match.group().strip() == "were killed"
    assert not is_plain(text)
