"""The protest-word pre-check of :mod:`newsextract_casualties.background` (a speed path): it
passes every text that can hold a protest word, so the background reading is unchanged."""

from __future__ import annotations

import pytest
from newsextract_casualties.background import PROTEST, _may_name_a_protest, background_cue

from newsextract import Span


@pytest.mark.parametrize("form", sorted(PROTEST.forms))
@pytest.mark.parametrize("spelling", [str.lower, str.upper, str.title])
def test_every_protest_form_passes_the_pre_check(form: str, spelling: object) -> None:
    assert callable(spelling)
    text = f"Crowds gathered; {spelling(form)} followed the deaths of two drivers."
    assert _may_name_a_protest(text)


def test_a_text_without_protest_words_fails_the_pre_check_and_has_no_background() -> None:
    text = "Two drivers were killed over the weekend after shelling hit the depot."
    assert not _may_name_a_protest(text)
    start = text.index("Two drivers")
    assert background_cue(text, Span(start, start + len("Two drivers"))) is None


def test_a_protest_over_a_death_still_finds_its_cause_word() -> None:
    text = "Hundreds of residents protested over the killing of a taxi driver by police."
    assert _may_name_a_protest(text)
    start = text.index("a taxi driver")
    cue = background_cue(text, Span(start, start + len("a taxi driver")))
    assert cue is not None and text[cue.start : cue.end] == "over"
