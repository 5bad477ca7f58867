"""Names of officials: surnames, the fullest form an article gives, every mention."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

from newsextract import Span
from newsextract.text import LazyPattern

from . import lexicon as lx
from .tags import BODY_WORDS, strip_possessive

__all__ = ["fullest_name", "mentions", "surname"]


def surname(name: str) -> str:
    """The last name: the last word that is not a suffix ("Jr.", "III")."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".,").casefold() in ("jr", "sr", "ii", "iii", "iv"):
        parts.pop()
    return parts[-1] if parts else name


_GIVEN_BEFORE: Final = LazyPattern(r"(?<![\p{L}\p{M}])((?:(?:\p{Lu}[\p{L}\p{M}'’\-]{1,30}|\p{Lu}\.)\s){1,3})\Z")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "-" or unicodedata.category(char).startswith("M")


def _occurrences(text: str, form: str) -> Iterator[Span]:
    """Every word-bounded occurrence of ``form`` in ``text`` (plain string search)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield Span(at, end)
        at = text.find(form, at + 1)


def _not_given(word: str) -> bool:
    """True for a capitalised word that cannot be a given name (title words, demonyms, sentence openers)."""
    low = word.rstrip(".").casefold()
    base = strip_possessive(low)[0]
    return (
        base != low
        or low in lx.STOPWORDS
        or low in lx.HEADS
        or low in lx.RANKS
        or low in lx.MODIFIERS
        or low in lx.DEMONYMS
        or low in lx.STATUS
        or low in BODY_WORDS
    )


def fullest_name(text: str, name: str, limit: int = 200) -> str:
    """Extend a bare surname with given names that stand before it elsewhere in the text."""
    if " " in name.strip():
        return name
    best = name
    for count, span in enumerate(_occurrences(text, name)):
        if count >= limit:
            break
        m = _GIVEN_BEFORE.search(text, max(0, span.start - 100), span.start)
        if m is None:
            continue
        given = m.group(1).split()
        cut = [i for i, word in enumerate(given) if _not_given(word)]
        if cut:
            given = given[cut[-1] + 1 :]
        candidate = " ".join([*given, name])
        if len(candidate) > len(best):
            best = candidate
    return best


def mentions(text: str, names: Iterable[str]) -> list[Span]:
    """Every word-bounded occurrence of the names and their surnames, nested ones dropped."""
    out: set[Span] = set()
    for name in set(names):
        for form in {name, surname(name)}:
            if len(form) >= 2:
                out.update(_occurrences(text, form))
    # "Klitschko" inside "Vitali Klitschko" is the same mention, not another one.
    kept: list[Span] = []
    reach = -1
    for span in sorted(out, key=lambda s: (s.start, -s.end)):
        if span.end > reach:
            kept.append(span)
            reach = span.end
    return kept
