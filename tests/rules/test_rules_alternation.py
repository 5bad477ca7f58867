"""alternation(): a word list embedded in a regular expression."""

from __future__ import annotations

import pytest
import regex

from newsextract.rules import Lexicon, alternation


def test_longest_entry_wins_and_inner_whitespace_is_flexible() -> None:
    pattern = regex.compile(r"\b" + alternation(["police", "police officer"]) + r"\b")
    assert pattern.search("a police   officer was hurt").group() == "police   officer"


def test_entries_are_escaped() -> None:
    pattern = regex.compile(alternation(["a.b", "c+"]))
    assert pattern.fullmatch("a.b") and pattern.fullmatch("c+")
    assert pattern.fullmatch("axb") is None


def test_a_lexicon_gives_every_generated_form() -> None:
    source = alternation(Lexicon("hurt", verbs="wound"))
    assert all(regex.fullmatch(source, form) for form in ("wound", "wounds", "wounded", "wounding"))


def test_no_entries_is_an_error() -> None:
    with pytest.raises(ValueError):
        alternation([])
