r"""A regular expression compiled on first use, for start-up time.

The ``regex`` module compiles in Python at about 2.5 microseconds per pattern character,
so a module that compiles a few 5,000-character patterns at import costs tens of
milliseconds in every process, even for documents that never reach those patterns.
:class:`LazyPattern` keeps the source and compiles it the first time it is used; it
offers the methods a compiled pattern is called with (``search``, ``match``,
``fullmatch``, ``finditer``, ``findall``, ``sub``, ``split``), which return exactly what
the compiled pattern returns, so a module-level ``regex.compile(...)`` can become
``LazyPattern(...)`` without touching its callers.

A ``cue`` makes it cheaper still: a small pattern (compiled on first use too) that matches
at the start of every match of the large one (at its end, for a ``REVERSE`` pattern),
typically the large pattern's own opening with its long word lists left out
(``cue=r"\s+and\s+"`` for ``r"\s+and\s+(?:...)"``). Each method tries the cue first
(``match`` and ``fullmatch`` with ``cue.match``, the others with ``cue.search``, on the
same window) and answers "no match" when it fails, which is then exactly what the large
pattern would answer, so a text without the cue never compiles or runs the large pattern.

Compiling twice from two threads at once is harmless (both compile the same pattern; one
is kept), so no lock is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Final

import regex

__all__ = ["LazyPattern"]


class LazyPattern:
    """``regex.compile(source, flags)``, deferred until the pattern is first used.

    >>> words = LazyPattern(r"\\bkill(?:ed|ing)\\b")
    >>> words.compiled_yet
    False
    >>> words.search("two were killed").group()
    'killed'
    >>> words.compiled_yet
    True
    """

    __slots__ = ("_compiled", "cue", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, cue: str | None = None) -> None:
        #: The source, as ``regex.Pattern.pattern``.
        self.pattern: Final[str] = pattern
        #: The flags given (``regex.Pattern.flags`` adds the ones the module implies).
        self.flags: Final[int] = flags
        #: What every match starts with, tried first (same flags), or ``None``.
        self.cue: Final[LazyPattern | None] = None if cue is None else LazyPattern(cue, flags)
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it has not been yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern, self.flags)
        return compiled

    @property
    def compiled_yet(self) -> bool:
        """Whether the pattern has been compiled (for tests of what start-up leaves out)."""
        return self._compiled is not None

    def _absent(self, string: str, pos: int | None, endpos: int | None) -> bool:
        """Whether the cue is nowhere in the window (so neither is any match)."""
        return self.cue is not None and self.cue.search(string, pos, endpos) is None

    def search(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.search`."""
        if self._absent(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.match`."""
        if self.cue is not None and self.cue.match(string, pos, endpos) is None:
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.fullmatch`."""
        if self.cue is not None and self.cue.match(string, pos, endpos) is None:
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int | None = None, endpos: int | None = None, overlapped: bool = False
    ) -> Iterator[regex.Match[str]]:
        """As :meth:`regex.Pattern.finditer`."""
        if self._absent(string, pos, endpos):
            return iter(())
        return self.compiled.finditer(string, pos, endpos, overlapped=overlapped)

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        """As :meth:`regex.Pattern.findall`."""
        if self._absent(string, pos, endpos):
            return []
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0) -> str:
        """As :meth:`regex.Pattern.sub`."""
        if self._absent(string, None, None):
            return string
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As :meth:`regex.Pattern.split`."""
        if self._absent(string, None, None):
            return [string]
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        cue = "" if self.cue is None else f", cue={self.cue.pattern!r}"
        return f"LazyPattern({self.pattern!r}, {self.flags!r}{cue})"
