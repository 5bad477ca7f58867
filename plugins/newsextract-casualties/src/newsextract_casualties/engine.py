"""The cheap sentence filter: casualty word stems."""

from __future__ import annotations

from typing import Final

import regex

from newsextract.text import LazyPattern

CASE: Final = regex.IGNORECASE | regex.VERSION0


#: For patterns anchored at the end of a short left window: searched right to left, one attempt.
CASE_REVERSE: Final = CASE | regex.REVERSE


#: Word stems of casualty language: a sentence with none of them is never read.
TRIGGER_STEMS: Final = (
    "kill dead death died dies slain wound injur hurt hospital missing captur abduct kidnap hostage captiv prisoner"
    " treatment evacua"
    " rescu toll lives fatal casualt medical bodies body perish drown shot stabb trapped airlift clinic unaccounted"
    " seized murder assassinat behead lynch execut succumb remains corpse gunned burns inhalation freed fled shelter hit struck"
    " refuge saved saving referred suffer sustain burned burnt scald sever fractur"
).split()


def word_start_at(text: str, p: int) -> bool:
    r"""True when no word character (by the ``regex`` module's ``\w``) stands right before ``p``."""
    if not p:
        return True
    c = text[p - 1]
    return not ((c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c) is not None)


_WORD_CHAR: Final = LazyPattern(r"\w")


def trigger_hits(lowered: str) -> list[int]:
    """Start offsets, in order, of every casualty word stem that begins a word of ``lowered``
    (the text lower-cased). Every stem is letters only, so a stem found at a word start is a hit."""
    hits: set[int] = set()
    for stem in TRIGGER_STEMS:
        p = lowered.find(stem)
        while p >= 0:
            if word_start_at(lowered, p):
                hits.add(p)
            p = lowered.find(stem, p + 1)
    return sorted(hits)


def lowered_in_place(text: str) -> str:
    """``text`` lower-cased character by character, keeping its length (and so its offsets):
    the few characters whose lower case is longer stay as they are."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)
