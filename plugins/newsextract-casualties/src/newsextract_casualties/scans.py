"""Sentence scans for constructions without a counted subject ("killing himself", "a farmer's body was found")."""

from __future__ import annotations

from typing import Final

import regex

from .engine import CASE
from .lexicon import (
    PERSON_NOUNS,
)
from .places import PlaceReading
from .state import Candidate

#: "opened fire on a civilian, killing him": one person killed, named by a pronoun.
_KILLED_PRONOUN: Final = regex.compile(
    r"\b(?:killing|killed|murdering|murdered|(?:shot|shooting)\s+(?:and\s+)?(?:dead|killed|killing)"
    r"|(?:leaving|left)(?=\s+(?:him|her)\s+(?:dead|killed)\b))\s+(?P<pro>him|her)\b(?:\s+(?:dead|killed)\b)?",
    CASE,
)


_SHOT_IN: Final = regex.compile(
    r"\bshot\s+(?P<np>(?:the|a|an)\s+(?P<head>[\w'’-]+))(?:\s*,[^,.;]{1,60},)?\s+in\s+the\s+"
    r"(?:legs?|arms?|head|chest|back|shoulder|stomach|abdomen|neck|foot|feet|hand|face|thigh|knee)\b",
    CASE,
)


#: "a farmer's body was found": one person dead (read as derived, like "bodies of").
_BODY_FOUND: Final = regex.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)['’]s\s+(?:dead\s+|lifeless\s+|charred\s+)?(?:body|corpse|remains)"
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:found|discovered|recovered|retrieved|dumped|pulled|identified)\b",
    CASE,
)


#: "... before killing himself", "then shot himself dead": the actor dies by his own hand.
_SELF_KILLED: Final = regex.compile(
    r"\b(?:(?:killing|killed|kills)|(?:fatally\s+shot|fatally\s+shooting)"
    r"|(?:shot|shooting)\s+and\s+(?:killed|killing))\s+(?P<self>himself|herself)\b"
    r"|\b(?:shot|shooting)\s+(?P<self2>himself|herself)\s+(?:dead|to\s+death)\b"
    r"|\b(?:blew|blowing)\s+(?P<self3>himself|herself)\s+up\b",
    CASE,
)


#: The actor a reflexive refers to: the last attacker noun before it in the sentence.
_ACTOR: Final = regex.compile(
    r"\b(?P<head>gunman|gunwoman|attacker|assailant|shooter|bomber|perpetrator|suspect|hijacker|terrorist|militant|driver)\b",
    CASE,
)


class SentenceScans(PlaceReading):
    """Scans of a sentence for casualties without a counted subject."""

    def body_found(self, s0: int, s1: int, index: int) -> None:
        """ "A farmer's body was found on the road": one person killed (derived)."""
        for m in _BODY_FOUND.finditer(self.text, s0, s1):
            head = m.group("head").casefold()
            if head not in PERSON_NOUNS:
                continue
            cand = Candidate(m.start(), m.end(), m.end(), 1, "exact", None, head, "killed", sentence=index, derived=True)
            cand.location = self.location(m.start(), min(s1, m.end() + 80), s0, s1)
            self.found.append(cand)

    def killed_pronoun(self, s0: int, s1: int, index: int, first: int) -> None:
        """ "Snipers opened fire on a civilian, killing him": one person killed.

        Left out when the sentence already counts one person killed (the pronoun may be them)."""
        if any(c.status == "killed" and c.count == 1 for c in self.found[first:]):
            return
        for m in _KILLED_PRONOUN.finditer(self.text, s0, s1):
            cand = Candidate(m.start(), m.end(), m.end(), 1, "exact", None, "person", "killed", sentence=index)
            cand.location = self.location(s0, s1, s0, s1)
            self.found.append(cand)
            return

    def self_killed(self, s0: int, s1: int, index: int, first: int) -> None:
        """ "The gunman killed two students before killing himself": the actor is one more dead.

        ``first`` is the index in ``found`` of this sentence's first casualty; a casualty that
        already ends at the reflexive ("the gunman shot and killed himself") has counted him."""
        text = self.text
        for m in _SELF_KILLED.finditer(text, s0, s1):
            pronoun = m.start("self") if m.group("self") else m.start("self2") if m.group("self2") else m.start("self3")
            if any(c.status == "killed" and pronoun - 2 <= c.end <= pronoun for c in self.found[first:]):
                continue
            actor = None
            for a in _ACTOR.finditer(text, s0, m.start()):
                actor = a.group("head").casefold()
            who = actor or m.group("self") or m.group("self2") or m.group("self3") or "himself"
            cand = Candidate(m.start(), m.end(), m.end(), 1, "exact", None, who.casefold(), "killed", sentence=index)
            cand.location = self.location(s0, s1, s0, s1)
            self.found.append(cand)

    def shot_in(self, s0: int, s1: int, index: int) -> None:
        """ "Officers shot the attacker, a 29-year-old man, in the leg": one wounded."""
        for m in _SHOT_IN.finditer(self.text, s0, s1):
            head = m.group("head").casefold()
            if head not in PERSON_NOUNS:
                continue
            cand = Candidate(m.start(), m.end(), m.end(), 1, "exact", None, head, "wounded", sentence=index)
            cand.location = self.location(m.start(), min(s1, m.end() + 80), s0, s1)
            self.found.append(cand)
