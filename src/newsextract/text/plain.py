r"""Plain texts, which the standard library's ``re`` reads exactly as ``regex`` does.

Most news text is ASCII plus a few typographic marks (curly quotes, dashes, the ellipsis,
a currency sign). Over such a *plain* text every character class a core pattern uses
(``\w``, ``\d``, ``\s``, ``\b``, ``\p{L}`` ...) holds for the same characters as its ASCII
counterpart, and case-blind matching folds only ASCII letters, so a pattern compiled by
``re`` with ``re.ASCII`` finds exactly the matches of the same ``regex`` (``VERSION0``)
pattern, at about half the compile cost and often less running time. :func:`is_plain`
tells such a text apart; :class:`PlainPattern` compiles the ``re`` twin on first use.
The tests check every plain character against the ``regex`` classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, TypeAlias

import regex

from .lazy import LazyPattern

__all__ = ["PLAIN_EXTRA", "PlainPattern", "TwinMatch", "TwinPattern", "is_plain"]

#: A match of a :class:`TwinPattern`: from ``re`` on a plain text, from ``regex`` otherwise.
TwinMatch: TypeAlias = "re.Match[str] | regex.Match[str]"

#: The characters beyond ASCII a plain text may hold (a ``re`` character-class body):
#: quotation marks, dashes, the ellipsis, pound, euro, degree and bullet. None of them is a
#: letter, digit, mark or space, and none changes under case folding.
PLAIN_EXTRA: Final = (
    "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2010-\u2015\u2026\u00a3\u20ac\u00b0\u2022"
)
_NOT_PLAIN: Final = re.compile(f"[^\\x00-\\x7f{PLAIN_EXTRA}]")


# The last non-ASCII text asked about, and the answer: a plugin asks of one document many
# times in a row (each call of a twin pattern), and such a text costs a scan each time. One
# tuple, replaced whole, so a thread never reads one text's answer for another text.
_last_asked: tuple[str, bool] = ("", True)


def is_plain(text: str) -> bool:
    """Whether every character of ``text`` is ASCII or one of :data:`PLAIN_EXTRA`."""
    global _last_asked
    if text.isascii():
        return True
    last = _last_asked
    if last[0] is text:
        return last[1]
    answer = _NOT_PLAIN.search(text) is None
    _last_asked = (text, answer)
    return answer


# ``regex`` flags with a ``re`` counterpart; VERSION0 is ``re``'s own behaviour.
_FLAG_PAIRS: Final = (
    (regex.IGNORECASE, re.IGNORECASE),
    (regex.MULTILINE, re.MULTILINE),
    (regex.DOTALL, re.DOTALL),
    (regex.VERBOSE, re.VERBOSE),
)


class PlainPattern:
    """``re.compile(source, re.ASCII | flags)`` on first use: the twin, for plain texts, of
    the ``regex`` pattern ``source`` compiled with ``flags`` (IGNORECASE, MULTILINE, DOTALL,
    VERBOSE, VERSION0 only). Use it only on a text :func:`is_plain` accepts.

    >>> words = PlainPattern(r"\\bkill(?:ed|ing)\\b", regex.IGNORECASE)
    >>> words.search("Two were KILLED").group()
    'KILLED'
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        #: The source.
        self.pattern: Final[str] = pattern
        #: The ``regex`` flags given.
        self.flags: Final[int] = flags
        if flags & ~(regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE | regex.VERSION0):
            raise ValueError(f"PlainPattern: flags {flags!r} have no re counterpart")
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled_yet(self) -> bool:
        """Whether the pattern has been compiled."""
        return self._compiled is not None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The ``re`` pattern (compiled now if it has not been yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile()
        return compiled

    def _compile(self) -> re.Pattern[str]:
        flags = re.ASCII
        for ours, theirs in _FLAG_PAIRS:
            if self.flags & ours:
                flags |= theirs
        try:
            return re.compile(self.pattern, flags)
        except re.error:  # pragma: no cover - a possessive or atomic group before Python 3.11
            return regex.compile(self.pattern, self.flags)  # type: ignore[return-value]

    def search(self, string: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)


class TwinPattern:
    """A ``regex`` pattern and its ``re`` twin for plain texts, each compiled on first use.

    ``plain_source`` replaces the source for the twin where ``re`` needs another spelling
    of the same pattern (a look-behind of alternatives of two widths, say, written as two).

    >>> digits = TwinPattern(r"\\d+")
    >>> digits.pick(True).findall("12 and 7"), digits.plain.compiled_yet, digits.full.compiled_yet
    (['12', '7'], True, False)
    """

    __slots__ = ("full", "plain")

    def __init__(self, pattern: str, flags: int = 0, *, plain_source: str | None = None) -> None:
        #: The ``regex`` pattern, for any text.
        self.full: Final = LazyPattern(pattern, flags)
        #: Its ``re`` twin, for a plain text.
        self.plain: Final = PlainPattern(pattern if plain_source is None else plain_source, flags)

    def pick(self, plain: bool) -> re.Pattern[str] | regex.Pattern[str]:
        """The compiled twin when ``plain`` (the caller checked :func:`is_plain`), else the ``regex`` one."""
        return self.plain.compiled if plain else self.full.compiled

    def for_text(self, text: str) -> re.Pattern[str] | regex.Pattern[str]:
        """The compiled pattern to read ``text`` with."""
        return self.pick(is_plain(text))

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> TwinMatch | None:
        """As ``Pattern.match``, by the twin that reads ``text``."""
        return self.for_text(text).match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> TwinMatch | None:
        """As ``Pattern.search``, by the twin that reads ``text``."""
        return self.for_text(text).search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[TwinMatch]:
        """As ``Pattern.finditer``, by the twin that reads ``text``."""
        return self.for_text(text).finditer(text, pos, endpos)
