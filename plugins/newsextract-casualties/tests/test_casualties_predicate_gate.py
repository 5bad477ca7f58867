"""The predicate pattern behind its cheap gate answers exactly as the pattern itself."""

from __future__ import annotations

import pytest
from newsextract_casualties.predicates import _RIGHT, RIGHT

#: One predicate of every shape the pattern reads (invented), after a subject.
PREDICATES = [
    "were hospitalised",
    "are in a critical but stable condition in a local hospital",
    "were rushed to the regional trauma centre",
    "was treated at a first aid post",
    "needed treatment in the district clinic",
    "remain in the infirmary",
    "were shot dead",
    "were beaten and hacked to death",
    "was fatally stabbed",
    "was shot and died",
    "was hit in the chest and later died",
    "succumbed to his wounds",
    "were lynched",
    "was abducted by gunmen and later found dead",
    "were gunned down",
    "lost their lives",
    "was pronounced dead",
    "were among the dead",
    "were shot and wounded",
    "was beaten nearly to death",
    "was struck in the leg",
    "were hit by stray bullets",
    "were treated for smoke inhalation",
    "sustained serious burns",
    "sought medical attention",
    "were among the injured",
    "remain unaccounted for",
    "were trapped",
    "were snatched from their dormitories",
    "were taken as hostages",
    "are held captive",
    "remain in captivity",
    "were airlifted by helicopter to",
    "fled to the hills",
    "were bused to relief camps",
    "took refuge in an evacuation centre",
    "were pulled alive from",
]

SUBJECTS = [
    "Four workers",
    "Four workers, including two children,",
    "Four workers from the village near the river",
    "Four workers who had gathered at the site",
    "Four workers, two of them",
]


@pytest.mark.parametrize("predicate", PREDICATES)
def test_the_gate_lets_every_predicate_through(predicate: str) -> None:
    for subject in SUBJECTS:
        text = f"{subject} {predicate} on Monday."
        pos = len("Four workers")
        full = _RIGHT.match(text, pos, len(text))
        gated = RIGHT.match(text, pos, len(text))
        assert (None if full is None else full.span()) == (None if gated is None else gated.span())
        assert gated is None or gated.lastgroup == full.lastgroup  # type: ignore[union-attr]
    assert RIGHT.match(f"Four workers {predicate}.", len("Four workers"), 200) is not None


def test_no_predicate_word_no_match() -> None:
    text = "Four workers, including one in the capital, which came under fire, spoke to reporters."
    pos = len("Four workers")
    assert RIGHT.match(text, pos, len(text)) is None
    assert _RIGHT.match(text, pos, len(text)) is None
