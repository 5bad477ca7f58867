"""A casualty being built while a sentence is read, and the per-document reading state."""

from __future__ import annotations

import bisect

import attrs

from newsextract import Document
from newsextract.text import Quantity, find_quantities

from .value import Victim


@attrs.define
class Candidate:
    """A casualty being built (mutable while the sentence is read)."""

    start: int
    end: int
    subject_end: int
    count: int | None
    qualifier: str
    lower_bound: int | None
    who: str | None
    status: str | None = None
    location: str | None = None
    derived: bool = False
    whole: Candidate | None = None
    partitive: str | None = None  # base status of "seven of the wounded"
    toll: bool = False
    earlier: bool = False
    via: str = ""
    sentence: int = 0
    also: tuple[str, int] | None = None  # a second predicate's (status, end)
    victims: tuple[Victim, ...] = ()  # the people the text names as this casualty


class ReaderState:
    """Per-document state: the text, its counts, casualty word hits and the casualties found."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        # filled by :meth:`find_counts` once the text is known to hold a casualty word
        self.quantities: list[Quantity] = []
        self.q_starts: list[int] = []
        self._capital: str | bool | None = False
        self.lowered: str | None = None
        self.hits: list[int] = []
        self.found: list[Candidate] = []
        self.sentences_read: list[tuple[int, int, int]] = []

    def find_counts(self) -> None:
        """The text's counts (of something or at least some number), and where each starts."""
        self.quantities = [q for q in find_quantities(self.text) if not (q.count is None and q.lower_bound is None)]
        self.q_starts = [q.span.start for q in self.quantities]

    def near_trigger(self, start: int, end: int) -> bool:
        """True when a casualty word lies in ``[start - 160, end + 220)`` (a cheap skip for other counts)."""
        at = bisect.bisect_left(self.hits, start - 160)
        return at < len(self.hits) and self.hits[at] < end + 220
