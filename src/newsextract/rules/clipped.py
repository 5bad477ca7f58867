"""The tokens of a character range, cut to it: for readers that work between two offsets.

Phrase readers often look at the words between two character offsets that need not fall
on token edges (a speaker phrase ending at a comma, the text between two quotes). Such a
reader wants the stream's own tokens, cut at both offsets, and a count token ("more than
100") as the words it is written with. :func:`clipped_tokens` gives exactly that, so no
plugin needs a word regex of its own.
"""

from __future__ import annotations

from newsextract.model import Document

from .tokens import QUANTITY, Token, TokenStream, tokenize

__all__ = ["clipped_tokens"]


def clipped_tokens(source: str | Document | TokenStream, start: int, end: int, *, split_counts: bool = True) -> list[Token]:
    """The tokens overlapping ``text[start:end]``, each cut to that range, in order.

    A token lying wholly inside the range is the stream's own token; one crossing ``start``
    or ``end`` is given as a new :class:`Token` holding only its characters inside the range
    (same ``index``, ``sentence``, ``kind``; ``text``, ``lower`` and ``shape`` of the cut
    piece). With ``split_counts`` (the default) a count token is given as the words it is
    written with ("more than 100" -> "more", "than", "100"), each of kind ``quantity`` with
    the whole count's ``quantity``, so that a reader can still tell they form one count.

    >>> [t.text for t in clipped_tokens("Ann Lee said more than 100 left.", 4, 29)]
    ['Lee', 'said', 'more', 'than', '100', 'le']
    """
    stream = source if isinstance(source, TokenStream) else tokenize(source)
    tokens = stream.tokens
    text = stream.text
    out: list[Token] = []
    i = stream.index_at(start)
    size = len(tokens)
    # plain comparisons instead of max()/min() and tuples: readers call this for every phrase
    while i < size:
        token = tokens[i]
        t0, t1 = token.start, token.end
        if t0 >= end:
            break
        i += 1
        a = t0 if t0 > start else start
        b = t1 if t1 < end else end
        if split_counts and token.kind == QUANTITY:
            _count_words(text, token, a, b, out)
        elif a == t0 and b == t1:
            out.append(token)
        elif b > a:
            out.append(_piece(text, token, a, b))
    return out


def _count_words(text: str, token: Token, start: int, end: int, out: list[Token]) -> None:
    """Append the whitespace-separated words of ``text[start:end]`` (part of count ``token``)."""
    at = start
    for word in text[start:end].split():
        at = text.index(word, at)
        out.append(_piece(text, token, at, at + len(word)))
        at += len(word)


def _piece(text: str, token: Token, start: int, end: int) -> Token:
    # the fast constructor: the same Token as Token(..., word.lower(), shape_of(word), ...)
    return Token.of(token.index, start, end, text[start:end], token.sentence, token.kind, token.quantity, token.quote_role)
