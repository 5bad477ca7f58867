"""The cue-word test in front of the named-victim patterns gives the answers of the case-insensitive
regex it stands for, in ASCII text (substring tests) and in any other text (the regex itself)."""

from __future__ import annotations

import pytest
from newsextract_casualties import named
from newsextract_casualties.words import has_cue

CASES = [
    "Two soldiers were KILLED near the border.",
    "The gunmen fled before police arrived.",
    "A man was Hospitalised after the blast: identified as Ana Ruiz.",
    "The victims were Named by police.",
    "Ana Ruiz \u017fuffered burns to her hands.",  # the long s folds onto "s": only the regex knows
    "Gunmen \u212aILLED a driver.",  # the Kelvin sign folds onto "k"
    "Die Polizei berichtete \u00fcber \u00abVerletzte\u00bb.",
    "",
]
PAIRS = [
    (named._VERB_CUES, named._VERB_STEMS),
    (named._LIST_CUES, named._LIST_STEMS),
    (named._SUFFER_CUES, named._SUFFER_STEMS),
]


@pytest.mark.parametrize("text", CASES)
def test_has_cue_answers_as_the_regex(text: str) -> None:
    for cues, pattern in PAIRS:
        for start, end in ((0, len(text)), (4, max(4, len(text) - 3))):
            assert has_cue(text, start, end, cues, pattern) == (pattern.search(text, start, end) is not None)


def test_has_cue_finds_cues_in_any_case() -> None:
    assert has_cue("Two soldiers were KILLED.", 0, 25, named._VERB_CUES, named._VERB_STEMS)
    assert not has_cue("The gunmen fled.", 0, 16, named._VERB_CUES, named._VERB_STEMS)
    assert has_cue("Ana Ruiz \u017fuffered burns.", 0, 24, named._SUFFER_CUES, named._SUFFER_STEMS)
