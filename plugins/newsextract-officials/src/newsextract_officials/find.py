"""Finding titled mentions: windows around title words, name runs inside them.

Only the stretches of a sentence around an office or rank word are read: each such
word opens a window from a little before it to a little after it; the grammar words
of each window are matched name run by name run (see :func:`.resolver.read`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsextract import Span
from newsextract.rules import WORD, Token, TokenStream, tokenize
from newsextract.text import sentence_at

from . import frames as fr
from . import lexicon as lx
from .parts import Reading
from .resolver import read, touches_title
from .tags import Word, make_words, tag_words

__all__ = ["find_officials"]

_BEFORE_WINDOW: Final = 130  # characters read before a title word (a name and its appositive)
_AFTER_WINDOW: Final = 180  # characters read after it (the name, an "of"-complement)
_MAX_WINDOWS: Final = 4000  # guard against documents made of nothing but title words
_MERGE_LIMIT: Final = 4000  # longest stretch one merged window may cover
# the tags of the words a name run is made of (see ``frames.NAME_RUN``)
_NAME_STRETCH: Final = regex.compile(r"[NIPQ]+")
_TRIGGERS: Final = frozenset(
    w
    for w in set(lx.HEADS) | set(lx.RANKS) | {m[0] for m in lx.MULTI_HEADS} | set(lx.HEAD_VERBS) | set(lx.PLURAL_HEADS)
    if w.isascii() and "-" not in w
)
# Runs of ASCII lower-case letters: the cue for a title word in a text (see :func:`find_officials`).
_LETTERS: Final = regex.compile(r"[a-z]+")
# The cue holds while every title word is such a run (else it is not used).
_CUE: Final = all(_LETTERS.fullmatch(w) for w in _TRIGGERS)


def _is_trigger(lower: str) -> bool:
    """A title word, alone or inside a compound ("vice-president", "president's")."""
    if lower in _TRIGGERS:
        return True
    # most words have no hyphen or apostrophe: they are not compounds, no need to split them
    if "-" not in lower and "'" not in lower and "’" not in lower:
        return False
    return any(part in _TRIGGERS for part in lower.replace("’", "'").replace("'", "-").split("-"))


def _window(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, sentence start) of the window around the title word at ``[start, end)``."""
    sentence = sentence_at(text, start)
    if sentence is None:
        return None
    w_start = max(sentence.start, start - _BEFORE_WINDOW)
    w_end = min(sentence.end, end + _AFTER_WINDOW)
    if w_start > sentence.start:
        space = text.find(" ", w_start, start)
        w_start = space + 1 if space >= 0 else start
    if w_end < sentence.end:
        space = text.rfind(" ", end, w_end)
        w_end = space if space >= 0 else end
    return w_start, w_end, sentence.start


def _windows(stream: TokenStream) -> Iterator[tuple[int, int, int]]:
    """(start, end, sentence start) of the stretches around title words worth reading.

    Overlapping windows of one sentence are merged.
    """
    current: list[int] | None = None  # [start, end, sentence start]
    count = 0
    triggers = _TRIGGERS
    for token in stream:
        if token.kind != WORD:
            continue
        lower = token.lower
        if lower not in triggers and (lower.isalpha() or not _is_trigger(lower)):
            continue  # (a plain word, or a compound without a title word)
        if current is not None and token.end <= current[1]:
            continue
        window = _window(stream.text, token.start, token.end)
        if window is None:
            continue
        start, end, s_start = window
        if current is not None and current[2] == s_start and start <= current[1] and end - current[0] < _MERGE_LIMIT:
            current[1] = max(current[1], end)
            continue
        if current is not None:
            yield current[0], current[1], current[2]
            count += 1
            if count >= _MAX_WINDOWS:
                return
        current = [start, end, s_start]
    if current is not None:
        yield current[0], current[1], current[2]


def find_officials(text: str) -> list[Reading]:
    """Every titled mention of a person in ``text``, in text order (several per person)."""
    # A title word of a word token (or of one part of a compound) is a run of ASCII letters
    # of the lower-cased text with no such letter either side (a word token takes every letter
    # next to it): a text without one has no window, and is not tokenised for nothing.
    if _CUE and _TRIGGERS.isdisjoint(_LETTERS.findall(text.lower())):
        return []
    readings: list[Reading] = []
    seen: set[Span] = set()
    stream = tokenize(text)
    for start, end, sentence_start in _windows(stream):
        tagged = tag_words(text, _tokens_within(stream, start, end))
        tags = "".join([t.tag for t in tagged])
        if not _may_read(tags):
            continue  # no name run here can touch a title: the words are not needed
        words = make_words(tagged)
        for ns, ne in _name_runs(words, tags):
            if not touches_title(tags, ns, ne):
                continue
            reading = read(text, words, tags, ns, ne, sentence_start)
            if reading is not None and reading.name_span not in seen:
                seen.add(reading.name_span)
                readings.append(reading)
    return readings


def _tokens_within(stream: TokenStream, start: int, end: int) -> list[Token]:
    """The tokens lying inside ``[start, end)`` (``stream.within``, without its span objects)."""
    tokens = stream.tokens
    i = j = stream.index_at(start)
    while j < len(tokens) and tokens[j].end <= end:
        j += 1
    return [t for t in tokens[i:j] if t.start >= start]


def _may_read(tags: str) -> bool:
    """False when no name run of a window with these tags can touch a title.

    A run lies inside one stretch of name-like words, and a run that starts or ends
    inside the stretch has a name-like word on that side, which touches nothing
    (:func:`.resolver.touches_title`): only a stretch's own edges can touch a title.
    """
    for stretch in _NAME_STRETCH.finditer(tags):
        lo, hi = stretch.span()
        if ("N" in stretch.group() or "Q" in stretch.group()) and touches_title(tags, lo, hi):
            return True
    return False


def _name_runs(words: list[Word], tags: str) -> Iterator[tuple[int, int]]:
    """Word ranges of the name runs of a window (:data:`.frames.NAME_RUN`), in order.

    A run is made of name-like words only, so it never crosses a word of another tag:
    the pattern is run inside each stretch of such words that holds a name word (the
    same matches as a run over the whole window, without testing every other word).
    """
    for stretch in _NAME_STRETCH.finditer(tags):
        lo, hi = stretch.span()
        run = stretch.group()
        if hi - lo == 1:
            if run in "NQ":
                yield lo, hi  # one name word: the pattern's shortest match, nothing to run
        elif hi - lo <= fr.NAME_RUN_LONGEST and run[0] in "NI" and run[-1] in "NQ" and "Q" not in run[:-1]:
            yield lo, hi  # the whole stretch is one run (the leftmost, longest match): nothing to run
        elif "N" in run or "Q" in run:
            for m in fr.NAME_RUN.finditer(words, lo, hi):
                yield m.start, m.end
