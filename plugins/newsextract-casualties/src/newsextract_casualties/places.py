"""Places a casualty clause names ("in the northeastern city of Kharkiv", a leading "In Kharkiv,")."""

from __future__ import annotations

import bisect
from typing import Final

from newsextract.rules import alternation
from newsextract.text import LazyPattern

from .context import COORDINATION
from .lexicon import (
    NOT_PLACES,
    PLACE_TYPES,
)
from .predicates import SHORT_GAP
from .state import Candidate, ReaderState

_NAME: Final = r"\p{Lu}[\p{L}'’-]++(?:\s+(?:\p{Lu}[\p{L}'’-]++|do|de|da|del|al|el|of)\b){0,4}+"


_LOC: Final = LazyPattern(
    r"\b(?:in|near|at|outside|across|off|on)\s+(?:the\s+)?"
    r"(?:(?P<desc>(?:[\p{L}-]+\s+){0,3}?" + alternation(PLACE_TYPES) + r")(?:\s+of|,)\s+)?"
    r"(?P<name>" + _NAME + r")(?P<suffix>\s+(?:region|province|state|district|county|oblast|area|governorate))?"
    r"(?!\s+" + alternation(PLACE_TYPES) + r"\b)",
)


_LEAD_LOC: Final = LazyPattern(
    r"(?:\[[^\]]{0,10}\]\s*)?[\"“'‘]?(?:In|At|Near|Outside)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|region|province|state|district)\s+of\s+)?"
    r"(?P<name>" + _NAME + r")(?P<suffix>\s+[a-z]+)?\s*,"
)


_CAPITAL_DESC: Final = LazyPattern(r"\b(?:in|near|at)\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital\b(?!,?\s+\p{Lu})")


_CAPITAL_ALIAS: Final = LazyPattern(r"\bcapital,?\s+(?P<name>\p{Lu}[\p{L}'’-]+)")


_POSSESSIVE: Final = LazyPattern(r"['’]s?\Z")


class PlaceReading(ReaderState):
    """Reading the place a casualty clause names."""

    # -- places ----------------------------------------------------------------
    def capital_name(self) -> str | None:
        if self._capital is False:
            m = _CAPITAL_ALIAS.search(self.text)
            self._capital = m.group("name") if m else None
        return self._capital if isinstance(self._capital, str) else None

    def _clean_place(self, name: str, suffix: str | None) -> str | None:
        name = _POSSESSIVE.sub("", name.strip())
        words = name.split()
        while words and words[-1] in ("of", "do", "de", "da", "del", "al", "el"):
            words.pop()
        if not words or words[0] in NOT_PLACES:
            return None
        return " ".join(words) + (suffix or "")

    def location(self, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
        for m in _LOC.finditer(self.text, start, end):
            place = self._clean_place(m.group("name"), m.group("suffix"))
            if place:
                return place
        cap = _CAPITAL_DESC.search(self.text, start, end)
        if cap is not None:
            return self.capital_name() or "capital"
        lead = _LEAD_LOC.match(self.text, sentence_start, min(sentence_end, start + 1))
        if lead is not None and lead.end() <= start:
            suffix = lead.group("suffix")
            if suffix and suffix.strip() not in PLACE_TYPES:
                suffix = None
            return self._clean_place(lead.group("name"), suffix)
        return None

    def assign_location(self, cand: Candidate, previous: Candidate | None, s0: int, s1: int) -> None:
        if cand.location is not None:
            return
        nxt = bisect.bisect_left(self.q_starts, cand.end)
        stop = s1
        if nxt < len(self.q_starts):
            stop = min(stop, max(cand.end, self.q_starts[nxt]))
        window_end = min(stop, cand.end + 120)
        place = self.location(cand.start, window_end, s0, s1)
        if place is None and previous is not None and COORDINATION.match(self.text[previous.end : cand.start] + " ") is None:
            # "one person was killed in the capital, and two were wounded": carried over.
            gap = self.text[previous.end : cand.start]
            if (SHORT_GAP.fullmatch(gap) and "," in gap) or " and " in gap:
                place = previous.location
        elif place is None and previous is not None:
            place = previous.location
        cand.location = place
