"""Words as the weapon reader sees them, read off the core's shared token stream.

The reader looks at space-separated words: "U.S.-made", "Iskander-M/KN-23", "F/A-18",
"Russia's" are one word each. The core's :func:`newsextract.rules.tokenize` splits them
at ".", "/" and "'s"; a *word* here is a run of touching tokens joined by those marks.
Status verbs before a list are found with a :class:`~newsextract.rules.Lexicon` on the
same tokens, and so are model names standing right before a count ("Leopard 2 tanks").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from newsextract.rules import NUMBER, QUANTITY, QUOTE, WORD, Lexicon, tokenize

from . import lexicon as lx

__all__ = [
    "HINT_REACH",
    "LEFT_VERB_WORDS",
    "MODEL_WORDS",
    "NEAR_WORDS",
    "VerbAt",
    "head_near",
    "left_verbs",
    "model_before",
    "past_aside",
    "spaced_words",
    "word_tokens",
]

#: Verbs (and "include", "use" verbs) that give a weapon list standing after them its status.
LEFT_VERB_WORDS: Final = Lexicon(
    "weapon status verbs", words=[*lx.LEFT_VERBS, *lx.INCLUDE_VERBS, *lx.USE_VERBS, "carried out by", "conducted by"]
)
#: One-word model names ("Leopard", "T-72"): a number right after one belongs to the model.
MODEL_WORDS: Final = Lexicon("weapon model names", words=[m for m in lx.MODELS if " " not in m])

#: Words that can head a weapon phrase: head nouns, one-word models and their plurals ("16 Super Hornets").
NEAR_WORDS: Final = (
    frozenset(lx.HEADS) | frozenset(m for m in lx.MODELS if " " not in m) | frozenset(m + "s" for m in lx.MODELS if " " not in m)
)
#: How far after a count its head noun may start (eight tokens of modifiers).
HINT_REACH: Final = 120

_WORDLIKE: Final = frozenset({WORD, NUMBER, QUANTITY})
#: Marks that join touching tokens into one word when a word follows ("U.S.-made", "F/A-18").
_INNER: Final = frozenset({".", "/", "-", "'", "’"})
#: Marks that may also end a word ("drones'"), as the reader always read them.
_TRAILING: Final = frozenset({"-", "'", "’"})


def spaced_words(text: str, lo: int, hi: int, mask: str | None = None, mask_at: int = 0) -> Iterator[tuple[int, int, str]]:
    """Words (start, end, text) lying wholly in ``text[lo:hi]``, in order, read lazily.

    With ``mask`` (a copy of the text from offset ``mask_at`` in which some stretches are
    blanked), words starting in a blanked stretch are left out.
    """
    stream = tokenize(text)
    tokens = stream.tokens
    size = len(tokens)
    i = stream.index_at(lo)
    while i < size and tokens[i].start < lo:
        i += 1
    # a token reaching past ``hi`` ends the stretch
    while i < size and tokens[i].end <= hi:
        first = tokens[i]
        if first.kind not in _WORDLIKE:
            i += 1
            continue
        # the touching tokens that continue the word: a word-like one, or an inner mark a word-like
        # one follows ("U.S.-made"), or a trailing mark ("drones'"); inlined, as it runs for every word
        j, end = i + 1, first.end
        while j < size:
            tok = tokens[j]
            if tok.end > hi or tok.start != end:
                break
            if tok.kind not in _WORDLIKE:
                if tok.text not in _INNER:
                    break
                nxt = tokens[j + 1] if j + 1 < size else None
                if not (nxt is not None and nxt.start == tok.end and nxt.kind in _WORDLIKE) and tok.text not in _TRAILING:
                    break
            end = tok.end
            j += 1
        start = first.start
        if mask is None or not mask[start - mask_at].isspace():
            yield start, end, text[start:end]
        i = j


def word_tokens(text: str, pos: int, limit: int, stop: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos``, separated by at most three spaces or tabs each."""
    out: list[tuple[int, int, str]] = []
    cursor = pos
    for start, end, word in spaced_words(text, pos, stop):
        gap = text[cursor:start]
        if len(gap) > 3 or gap.strip(" \t"):
            break
        out.append((start, end, word))
        cursor = end
        if len(out) == limit:
            break
    return out


@attrs.frozen
class VerbAt:
    """A status verb found before a list: its offset in the searched region and its words."""

    offset: int
    words: str

    def start(self) -> int:
        """Offset of the verb in the searched region."""
        return self.offset

    def group(self) -> str:
        """The verb's words, lower case, single spaces (as a regular-expression match would give)."""
        return self.words


def left_verbs(text: str, region: str, offset: int) -> list[VerbAt]:
    """The status verbs in ``region``, the stretch of ``text`` from ``offset`` with phrases blanked."""
    stream = tokenize(text)
    tokens = stream.tokens
    end = offset + len(region)
    i = stream.index_at(offset)
    hi = i
    while hi < len(tokens) and tokens[hi].end <= end:
        hi += 1
    found: list[VerbAt] = []
    while i < hi:
        tok = tokens[i]
        blank = tok.start < offset or tok.kind == QUOTE or region[tok.start - offset].isspace()
        size = 0 if blank else LEFT_VERB_WORDS.match_at(tokens, i, hi)
        if size and tokens[i + size - 1].end <= end:
            found.append(VerbAt(tok.start - offset, " ".join(t.lower for t in tokens[i : i + size])))
            i += size
        else:
            i += 1
    return found


def model_before(text: str, at: int, floor: int) -> bool:
    """Whether a one-word model name ends one space or tab before offset ``at`` ("Leopard 2 tanks")."""
    if at <= floor or text[at - 1] not in " \t":
        return False
    stream = tokenize(text)
    i = stream.index_at(at) - 1
    if i < 0:
        return False
    tok = stream.tokens[i]
    return tok.end == at - 1 and tok.start >= floor and MODEL_WORDS.match_at(stream.tokens, i, i + 1) == 1


def head_near(text: str, pos: int) -> bool:
    """Cheap pre-filter: whether a word that can head a weapon phrase stands within reach after ``pos``.

    Words are split at "." and "/" for it ("Iskander-M/KN-23" holds two model names). A model's
    plural among the first four parts ("K2s", "T-72s") may head a phrase too.
    """
    hi = min(len(text), pos + HINT_REACH)
    if not _may_head(text, pos, hi):
        return False
    parts = 0
    plural = False
    for _s, _e, word in spaced_words(text, pos, hi):
        for part in word.lower().replace("/", ".").split("."):
            if not part:
                continue
            if part in NEAR_WORDS:
                return True
            if parts < 4:
                parts += 1
                plural = plural or (part[-1] == "s" and any(ch.isdigit() for ch in part))
    return plural


#: Every start of a word in :data:`NEAR_WORDS` ("d", "dr", ... "drones").
_NEAR_PREFIXES: Final = frozenset(word[:size] for word in NEAR_WORDS for size in range(1, len(word) + 1))


def _may_head(text: str, pos: int, hi: int) -> bool:
    """Cheap and conservative: False only when no part :func:`head_near` reads in ``text[pos:hi]``
    can head a phrase, read off the tokens without building a word.

    A part is split at "." and "/" only, so it starts with a whole token (or a piece of one
    holding "." or "/") and begins with that token's text: a head is a token itself, or the
    start of one when the token touches the next. A model's plural holds a digit and ends in
    "s", so a token with a digit may start or end one.
    """
    stream = tokenize(text)
    tokens = stream.tokens
    size = len(tokens)
    for k in range(stream.index_at(pos), size):
        tok = tokens[k]
        if tok.end > hi:
            return False  # as in spaced_words, a token reaching past ``hi`` ends the stretch
        if tok.start < pos:
            continue
        low = tok.lower
        touching = k + 1 < size and tokens[k + 1].start == tok.end
        if low in NEAR_WORDS or (touching and low in _NEAR_PREFIXES):
            return True
        if low.isalpha():
            continue
        if any(ch.isdigit() for ch in low) and (touching or low[-1] == "s"):
            return True
        if ("." in low or "/" in low) and not _NEAR_PREFIXES.isdisjoint(low.replace("/", ".").split(".")):
            return True
    return False


#: Dashes that open and close an aside; the widest aside (in characters) read past.
_ASIDE_DASHES: Final = frozenset("\u2013\u2014")
_ASIDE_REACH: Final = 100


def past_aside(text: str, pos: int, stop: int) -> int:
    """Where the words after ``pos`` go on past an aside set off by dashes, else ``pos``.

    "only one tank – an old T-34 built in 1944 – went on display": the verb after the
    aside is the phrase's own. A dash with no closing dash before ``stop`` is no aside.
    """
    start = pos
    while start < stop and text[start] in " \t":
        start += 1
    if start >= stop or text[start] not in _ASIDE_DASHES:
        return pos
    close = text.find(text[start], start + 1, min(stop, start + _ASIDE_REACH))
    return pos if close < 0 else close + 1
