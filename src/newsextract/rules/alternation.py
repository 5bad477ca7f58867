"""Embedding a word list in a larger regular expression.

Most matching belongs in token patterns (:func:`~newsextract.rules.lex`); a plugin that still
reads some shape with a regular expression embeds its word lists with :func:`alternation`
instead of joining them itself, so that escaping, longest-first order and whitespace inside
entries are handled in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import Lexicon, alternation_body

__all__ = ["alternation"]


def alternation(words: Lexicon | Iterable[str]) -> str:
    r"""A regular-expression source, one non-capturing group, matching any of ``words``.

    ``words`` is a :class:`Lexicon` (every generated form) or plain strings. Entries are
    escaped and tried longest first (so "police officer" wins over "police"); a space inside an
    entry matches any run of whitespace. Word boundaries and case are the caller's:

    >>> import regex
    >>> regex.search(r"\b" + alternation(["town", "city of"]) + r"\b", "the City  of Lyon", regex.I).group()
    'City  of'
    """
    forms = set(words.forms if isinstance(words, Lexicon) else words)
    if not forms or any(not f for f in forms):
        raise ValueError("alternation() needs non-empty entries")
    return "(?:" + alternation_body(forms) + ")"
