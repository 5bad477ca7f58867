"""Words between two offsets, read off the core's shared token stream.

The speaker readers work on whitespace-delimited words with their inner punctuation
kept ("U.S.", "al-Hakimi", "Lee's"), so the core's tokens of the range
(:func:`newsextract.rules.clipped_tokens`, counts word by word) are rejoined here:
tokens written together make one word; whitespace and a separator token
(:data:`SEPARATORS`) end it. The quote filters count the stream's word tokens
(:func:`quote_words`).
"""

from __future__ import annotations

from newsextract.rules import NUMBER, QUANTITY, WORD, Token, clipped_tokens, tokenize
from newsextract.text import is_abbreviation

from .lexicon import TITLE_WORDS

__all__ = ["SEPARATORS", "chunks", "quote_words", "tokens", "word_after", "word_before"]

#: Tokens that end a word even when written without a space ("Lee,", "(AP)").
SEPARATORS = frozenset(',;:()"“”')


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word tokens (start, end, text) of ``text[start:end]``, punctuation at the edges trimmed.

    A word is a run of core tokens written together, cut at whitespace and at a
    separator token; a token crossing ``start`` or ``end`` is cut there. A trailing
    ``.!?'’`` is dropped unless it is the period of an abbreviation ("Gov.", "U.S.", "J."),
    and leading single quotes are dropped.
    """
    out = []
    for s, e in _runs(clipped_tokens(text, start, end), SEPARATORS):
        while e > s and text[e - 1] in ".!?'’" and not _keeps_period(text[s:e]):
            e -= 1
        while s < e and text[s] in "'‘’":
            s += 1
        if e > s:
            out.append((s, e, text[s:e]))
    return out


def chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each whitespace-delimited chunk of ``text[start:end]``, punctuation kept."""
    return _runs(clipped_tokens(text, start, end), frozenset())


def _runs(pieces: list[Token], separators: frozenset[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of touching tokens, ``separators`` tokens left out."""
    runs: list[tuple[int, int]] = []
    touching = False
    for token in pieces:
        if token.text in separators:
            touching = False
            continue
        if touching and runs[-1][1] == token.start:
            runs[-1] = (runs[-1][0], token.end)
        else:
            runs.append((token.start, token.end))
        touching = True
    return runs


def _keeps_period(word: str) -> bool:
    # "Gov.", "U.S.", "J." keep their period; a sentence's final period does not belong to the word.
    # A trailing apostrophe is always dropped ("guards'" reads "guards").
    if not word.endswith("."):
        return False
    core = word.rstrip(".")
    return len(core) == 1 or "." in core or is_abbreviation(core) or core.casefold() in TITLE_WORDS


#: Token kinds that are words of a quote (a count's words are given one by one).
_WORD_KINDS = frozenset({WORD, NUMBER, QUANTITY})


def quote_words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``: the stream's word, number and count tokens, in order.

    A possessive ("Lee's") is one word with its noun, so its ``'s`` token is not counted.
    """
    return [t.text for t in clipped_tokens(text, start, end) if t.kind in _WORD_KINDS and t.text[:1] not in "'’"]


def word_before(text: str, at: int) -> Token | None:
    """The word token ending right before offset ``at`` (only blanks between), if any."""
    stream = tokenize(text)
    i = stream.index_at(at)
    if i == 0 or stream[i - 1].kind != WORD or text[stream[i - 1].end : at].strip(" \t"):
        return None
    return stream[i - 1]


def word_after(text: str, at: int) -> Token | None:
    """The word token starting right after offset ``at`` (only blanks between), if any."""
    stream = tokenize(text)
    i = stream.index_at(at)
    if i == len(stream) or stream[i].start < at or stream[i].kind != WORD or text[at : stream[i].start].strip(" \t"):
        return None
    return stream[i]
