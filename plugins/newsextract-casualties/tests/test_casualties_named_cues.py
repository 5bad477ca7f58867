"""The cheap tests in front of the large named-victim patterns: wherever a pattern matches, its
test passes (so skipping the pattern when it fails cannot change any result)."""

from __future__ import annotations

import random

import pytest
from newsextract_casualties import named

MATCHING = [
    "Corporal Ana Ruiz was killed when the mine exploded.",
    "Police said Tomas Vega was shot dead near the market.",
    "Rosa Ibarra, a local journalist, was murdered last week.",
    "Doe and Roe were killed in the crash.",
    "J. Smith-Jones was later found dead.",
    "Sergeant Abu-ali Haddad, 34, died in hospital.",
    "On Tuesday gunmen shot dead Mayor Luis Ortega and his driver, Pedro Gil, outside the town hall.",
    "Gunmen killed spectators Ana Ruiz and Li Wen at the stadium.",
    "The blast killed the driver bodyguard Pedro Gil on Monday.",
    "Militants abducted journalist Rosa Ibarra near the border.",
    "The strike resulted in the deaths of Ana Ruiz and Li Wen.",
]

NOT_MATCHING = [
    "One person was killed in the Ukrainian capital, and two were wounded in the overnight attack.",
    "Russia launched hundreds of drones, killing at least two people, including one in the capital, Kyiv.",
    "In the Darnytskiy district, one person was hospitalized.",
    "The strike killed in the evening most of the Guards.",
]


def _cues(sentence: str) -> set[str]:
    end = len(sentence)
    found = {name for name, cue in (("passive", named._PASSIVE_CUE), ("died", named._DIED_CUE)) if cue.search(sentence, 0, end)}
    return found | ({"active"} if named._active_cue(sentence, 0, end) else set())


def _matches(sentence: str) -> set[str]:
    patterns = (("passive", named._PASSIVE), ("died", named._DIED), ("active", named._ACTIVE))
    return {name for name, pattern in patterns if pattern.compiled.search(sentence) is not None}


@pytest.mark.parametrize("sentence", MATCHING)
def test_every_pattern_that_matches_has_its_cue(sentence: str) -> None:
    assert _matches(sentence), "the example must match one of the large patterns"
    assert _matches(sentence) <= _cues(sentence)


@pytest.mark.parametrize("sentence", NOT_MATCHING)
def test_sentences_without_a_name_in_place_skip_the_large_patterns(sentence: str) -> None:
    assert _cues(sentence) == set() == _matches(sentence)
    assert named._patterns_for(sentence, 0, len(sentence), listed_only=False) == ()


_PIECES = [
    "Ana", "Ruiz", "J.", "Smith-Jones", "Abu-ali", "Mayor", "Corporal", "Officer", "the", "his", "The", "a",
    "driver", "drivers", "journalist", "spectators", "bodyguard", "people", "in", "at", "two", "killed",
    "shot", "dead", "and", "wounded", "injured", "was", "were", "has", "been", "later", "died", "murdered",
    "abducted", "kidnapping", "freed", "found", "reportedly", ",", ", 34,", ", a local journalist,", "of",
]  # fmt: skip


def test_random_word_sequences_never_match_without_their_cue() -> None:
    rng = random.Random(22)
    for _ in range(3000):
        words = rng.choices(_PIECES, k=rng.randint(2, 9))
        sentence = " ".join(words).replace(" ,", ",") + "."
        assert _matches(sentence) <= _cues(sentence), sentence


_SUBJECT = ["Ana", "Ruiz", "J.", "Smith-Jones", "Abu-ali", "Mayor", "Officer", "the", "his", "driver", "spectators",
            "people", "Doe", "and", "Roe", ",", "two", "Kyiv", "Dozens"]  # fmt: skip
_MIDDLE = ["", ", 34,", ", a local journalist,", ", aged 20,", " later", " also"]
_AUX = ["was", "were", "has been", "had been", "remains", "went", "is", "are"]
_VERB = ["killed", "shot dead", "found dead", "injured", "hurt", "kidnapped", "missing", "rescued", "died", "beaten to death"]
_ACTIVE = ["killed", "killing", "shot dead", "murdered", "gunned down", "wounded", "abducted", "freed", "caused the death of"]


def test_structured_sentences_never_match_without_their_cue() -> None:
    rng = random.Random(14)
    matched = 0
    for _ in range(2000):
        subject = " ".join(rng.choices(_SUBJECT, k=rng.randint(1, 4))).replace(" ,", ",")
        passive = f"{subject}{rng.choice(_MIDDLE)} {rng.choice(_AUX)} {rng.choice(_VERB)} on Monday."
        active = f"Gunmen {rng.choice(_ACTIVE)} {subject} at the market."
        for sentence in (passive, active):
            matches = _matches(sentence)
            matched += bool(matches)
            assert matches <= _cues(sentence), sentence
    assert matched > 500  # the generator does reach the patterns
