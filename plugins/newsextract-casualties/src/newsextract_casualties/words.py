"""Words between two offsets, read off the core's shared token stream."""

from __future__ import annotations

from newsextract.rules import QUANTITY, QUOTE, WORD, tokenize


def word_tokens(text: str, start: int, end: int, limit: int = 0) -> list[tuple[str, int, int]]:
    """The words of ``text`` between ``start`` and ``end`` as (word, start, end), at most ``limit``
    (0: all), read off the core's token stream; a token crossing either offset is cut there.

    The phrase readers look inside counts and compounds, so a count token is given word by word
    ("a few police": the article "a" opens the phrase), and pieces written together stay one
    word: the possessive ("farmer's"), a hyphenated word a count split ("12-year-old") and
    capitalised acronyms joined by a slash ("BH/IS fighters": one group)."""
    stream = tokenize(text)
    tokens = stream.tokens
    out: list[tuple[str, int, int]] = []
    i = stream.index_at(start)
    while i < len(tokens) and tokens[i].start < end:
        token = tokens[i]
        i += 1
        a, b = max(token.start, start), min(token.end, end)
        for word, w0, w1 in _count_words(text, a, b) if token.kind == QUANTITY else ((text[a:b], a, b),):
            if out and out[-1][2] == w0 and _glued(out[-1][0], word, text[w1 : w1 + 1], token.kind):
                out[-1] = (out[-1][0] + word, out[-1][1], w1)
                continue
            if len(out) == limit > 0:
                return out
            out.append((word, w0, w1))
    return out


def _count_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The space-separated words of a count token ("more than 100" -> "more", "than", "100")."""
    out: list[tuple[str, int, int]] = []
    at = start
    for word in text[start:end].split():
        at = text.index(word, at)
        out.append((word, at, at + len(word)))
        at += len(word)
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
