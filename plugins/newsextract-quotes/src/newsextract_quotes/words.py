"""Words between two offsets, read off the core's shared token stream.

The speaker readers work on whitespace-delimited words with their inner punctuation
kept ("U.S.", "al-Hakimi", "Lee's", "10:30"), so the core's finer tokens are rejoined
here: written-together tokens make one word; whitespace and the separators
:data:`SEPARATORS` end it.
"""

from __future__ import annotations

from newsextract.rules import QUANTITY, tokenize
from newsextract.text import is_abbreviation

from .lexicon import TITLE_WORDS

__all__ = ["SEPARATORS", "tokens"]

#: Characters that end a word even when written without a space ("Lee,", "(AP)", "1,200").
SEPARATORS = frozenset(',;:()"“”')


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word tokens (start, end, text) of ``text[start:end]``, punctuation at the edges trimmed.

    A word is a run of core tokens written together, cut at whitespace and at
    :data:`SEPARATORS` (inside a count token too: "more than 1,200" gives "more",
    "than", "1", "200"); a token crossing ``start`` or ``end`` is cut there. A trailing
    ``.!?'’`` is dropped unless it is the period of an abbreviation ("Gov.", "U.S.", "J."),
    and leading single quotes are dropped.
    """
    out = []
    for s, e in _pieces(text, start, end):
        while e > s and text[e - 1] in ".!?'’" and not _keeps_period(text[s:e]):
            e -= 1
        while s < e and text[s] in "'‘’":
            s += 1
        if e > s:
            out.append((s, e, text[s:e]))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each run of stream characters between whitespace and separators."""
    stream = tokenize(text)
    stream_tokens = stream.tokens
    runs: list[tuple[int, int]] = []
    i = stream.index_at(start)
    while i < len(stream_tokens) and stream_tokens[i].start < end:
        token = stream_tokens[i]
        i += 1
        a, b = max(token.start, start), min(token.end, end)
        spaced = token.kind == QUANTITY
        for at in range(a, b + 1):
            if at < b and not _breaks(text[at], spaced):
                continue
            if at > a:  # the characters a..at are one piece; glue it to a run it touches
                if runs and runs[-1][1] == a:
                    runs[-1] = (runs[-1][0], at)
                else:
                    runs.append((a, at))
            a = at + 1
    return runs


def _breaks(char: str, spaced: bool) -> bool:
    # Only count tokens hold whitespace ("more than 100"); the stream leaves all other
    # whitespace between tokens, so it never needs testing inside one.
    return char in SEPARATORS or (spaced and char.isspace())


def _keeps_period(word: str) -> bool:
    # "Gov.", "U.S.", "J." keep their period; a sentence's final period does not belong to the word.
    # A trailing apostrophe is always dropped ("guards'" reads "guards").
    if not word.endswith("."):
        return False
    core = word.rstrip(".")
    return len(core) == 1 or "." in core or is_abbreviation(core) or core.casefold() in TITLE_WORDS
