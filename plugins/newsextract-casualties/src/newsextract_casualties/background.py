"""Deaths the reported event is about: "residents protested over the killing of a driver".

A note on a protest, a vigil or a riot often names the death that set it off ("demonstrated
against the death of a teenager", "a vigil for a man who was killed last week", "protested
after police shot a driver"). That death is a fact of the text, but not the toll of the
event reported: the casualty keeps its count and gets the scope ``background``, which the
core's totals leave out of every figure.

A casualty is background when, in its sentence and with no clause break (comma, semicolon,
colon, dash) in between, it follows a *cause* word ("over", "against", "after", "for",
"condemn", "justice", "relatives of" ...) at most :data:`_CAUSE_REACH` words before it, and
that cause word itself follows a *protest* word ("protest", "demonstrated", "vigil", "rally",
"riot" ...) at most :data:`_PROTEST_REACH` words before it, with no word of violence in
between ("a protest turned violent after police killed two": those two are the protest's own
toll, so they stay in the total). The mourners may also come first: "relatives of a man who
died in custody marched to the station" (a kin word and "of" right before the casualty, a
protest word after it in the sentence, nothing violent in between).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final

from newsextract import Span
from newsextract.rules import Lexicon
from newsextract.text import BACKGROUND, sentence_bounds

from .words import word_tokens

__all__ = ["BACKGROUND", "background_cue"]

PROTEST: Final = Lexicon(
    "protest",
    verbs="protest, demonstrate, rally, march, riot, mourn, commemorate",
    nouns="protest, protester, protestor, demonstration, demonstrator, rally, vigil, march, "
    "marcher, sit-in, riot, rioter, procession, commemoration, memorial, mob, anger, outrage, candle",
)
CAUSE: Final = Lexicon(
    "cause",
    words="over, against, after, following, for, about, honour, honor, justice, relatives, family, families, friends, parents",
    verbs="condemn, denounce, decry, mourn, remember, commemorate, honour, honor, demand",
)
#: Kin and friends: "relatives of a man who died ... marched" (the protest word comes after).
KIN: Final = Lexicon("kin", nouns="relative, family, friend, parent, colleague, mourner, neighbour, neighbor")
#: Words that make the protest itself deadly ("the protest turned violent after ...",
#: "after the march police opened fire and killed two"): neither search passes them.
OUTBREAK: Final = Lexicon(
    "outbreak",
    words="violent, violence, deadly, bloody, fire",
    verbs="clash, turn, erupt, storm, disperse, crack",
)
#: Words of violence that may name the background killing itself ("after a gunman shot and
#: killed a driver"), but not stand between the protest and the cause word.
VIOLENCE: Final = Lexicon("violence", verbs="attack, shoot, kill, beat, stab")
_BREAKS: Final = frozenset({";", ":", "—", "–", "("})
#: How many words a cause word may stand before the casualty ("over the death of a").
_CAUSE_REACH: Final = 8
#: How many words a protest word may stand before the cause word (or after the casualty).
_PROTEST_REACH: Final = 14
#: How many characters of the casualty's sentence after it are read for a protest word.
_AFTER_CHARS: Final = 200


#: Every protest word's first token, in lower case, holds one of these (the first tokens of the
#: lexicon's forms, less those holding a shorter one): a text without any has no protest word.
_PROTEST_FIRSTS: Final = tuple(sorted(w for w in PROTEST.first_words if not any(v != w and v in w for v in PROTEST.first_words)))


@functools.lru_cache(maxsize=16)
def _may_name_a_protest(text: str) -> bool:
    """False when no word of ``text`` can be a protest word (then no casualty in it is background).

    A protest word is a stretch of the text whose tokens, lower-cased after case folding, are a
    form of :data:`PROTEST`; its first token is then a substring of the folded text (folding
    and lower-casing go character by character), and so is one of :data:`_PROTEST_FIRSTS`.
    """
    low = text.casefold().lower()
    return any(first in low for first in _PROTEST_FIRSTS)


def background_cue(text: str, fact_span: Span) -> Span | None:
    """The cause word that makes the casualty at ``fact_span`` the background of a protest, else None."""
    if not _may_name_a_protest(text):
        return None  # both readings below need a protest word
    start = sentence_bounds(text, fact_span.start, floor=max(0, fact_span.start - 600))[0]
    words = word_tokens(text, start, fact_span.start)
    cause = _last_index(words, len(words), _CAUSE_REACH, CAUSE.__contains__, stop_at_violence=False, comma=True)
    if cause is None:
        return None
    protest = _last_index(words, cause, _PROTEST_REACH, PROTEST.__contains__, stop_at_violence=True)
    if protest is None and not _kin_then_protest(text, words, cause, fact_span):
        return None
    _, w0, w1 = words[cause]
    return Span(w0, w1)


def _kin_then_protest(text: str, words: list[tuple[str, int, int]], cause: int, fact_span: Span) -> bool:
    """ "relatives of a man who died ... marched": a kin word and "of" right before the casualty
    (at most two words of its own between), then a protest word after it in its sentence."""
    following = [word.casefold() for word, _, _ in words[cause + 1 :]]
    if words[cause][0].casefold() not in KIN or len(following) > 3 or following[:1] != ["of"]:
        return False
    end = sentence_bounds(text, fact_span.end, ceiling=fact_span.end + _AFTER_CHARS)[1]
    after = word_tokens(text, fact_span.end, max(fact_span.end, end), limit=_PROTEST_REACH * 2)
    for word, _, _ in after:
        low = word.casefold()
        if low in _BREAKS or low in OUTBREAK or low in VIOLENCE:
            return False
        if low in PROTEST:
            return True
    return False


def _last_index(
    words: list[tuple[str, int, int]],
    before: int,
    reach: int,
    wanted: Callable[[str], bool],
    *,
    stop_at_violence: bool,
    comma: bool = False,
) -> int | None:
    """Index of the last word before ``before`` (at most ``reach`` back) that is ``wanted``,
    stopping at a clause break (a comma too if ``comma``: the cause word governs the casualty,
    while a place list may stand between the protest and the cause, "in Leeds, Yorkshire, to
    condemn") and, if asked, at a word of violence (the cause words may name the killing
    itself, "after a gunman shot and killed"; the protest words may not)."""
    i, left = before - 1, reach
    while i >= 0 and left > 0:
        word = words[i][0].casefold()
        if word == ")":  # a bracketed aside ("in Bafoussam town (Mifi, Ouest) after"): step over it
            i = next((k for k in range(i - 1, -1, -1) if words[k][0] == "("), -1) - 1
            continue
        i, left = i - 1, left - 1
        if word in _BREAKS or word in OUTBREAK or (comma and word == ",") or (stop_at_violence and word in VIOLENCE):
            return None
        if wanted(word):
            return i + 1
    return None
