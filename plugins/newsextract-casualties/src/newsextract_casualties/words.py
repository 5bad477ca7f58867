"""Words between two offsets, read off the core's shared token stream."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsextract.rules import QUOTE, WORD, clipped_tokens
from newsextract.text import LazyPattern


def word_tokens(text: str, start: int, end: int, limit: int = 0) -> list[tuple[str, int, int]]:
    """The words of ``text`` between ``start`` and ``end`` as (word, start, end), at most ``limit``
    (0: all): the core's :func:`~newsextract.rules.clipped_tokens` (cut at both offsets, a count
    given word by word: "a few police": the article "a" opens the phrase), with pieces written
    together joined into one word: the possessive ("farmer's"), a hyphenated word a count split
    ("12-year-old") and capitalised acronyms joined by a slash ("BH/IS fighters": one group)."""
    out: list[tuple[str, int, int]] = []
    for token in clipped_tokens(text, start, end):
        word, w0, w1 = token.text, token.start, token.end
        if out and out[-1][2] == w0 and _glued(out[-1][0], word, text[w1 : w1 + 1], token.kind):
            out[-1] = (out[-1][0] + word, out[-1][1], w1)
            continue
        if len(out) == limit > 0:
            return out
        out.append((word, w0, w1))
    return out


def _glued(previous: str, word: str, following: str, kind: str) -> bool:
    """True when ``word``, written right after ``previous``, continues the same word."""
    if kind == WORD and word[:1] in "'’" and len(word) > 1:
        return True  # the possessive 's
    if previous[-1:] in "-/" and len(previous) > 1:
        return word[:1].isalnum()  # the second half of "12-year", "BH/IS"
    if kind == QUOTE and word in ("'", "’"):
        return previous[-1:].isalnum()  # the plural possessive "farmers'"
    if word == "-":
        return previous[-1:].isalnum() and following.isalnum()
    return word == "/" and len(previous) > 1 and previous.isupper() and following.isupper()


def has_cue(text: str, start: int, end: int, cues: Sequence[str], pattern: regex.Pattern[str] | LazyPattern) -> bool:
    """Whether ``pattern``, which matches exactly the ``cues`` (case-insensitive), occurs in ``text[start:end]``.

    In ASCII text a case-insensitive match is a match in the lower-cased text (only "İ", the
    Kelvin sign and "ſ" fold onto ASCII letters), and substring tests cost a fraction of a
    case-insensitive regex scan: the scan serves only other text. Same answers.
    """
    piece = text[start:end]
    if piece.isascii():
        low = piece.lower()
        return any(cue in low for cue in cues)
    return pattern.search(text, start, end) is not None
