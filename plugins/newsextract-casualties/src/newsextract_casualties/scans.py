"""The resolver for the sentence scans of :mod:`.rules`: which scans a sentence keeps.

A scan is kept unless the sentence already counts its person: "the gunman shot and killed
himself" is read as a counted subject, so the reflexive adds nobody; "killing him" adds
nobody to a sentence that already counts one person killed (the pronoun may be them).
"""

from __future__ import annotations

from .places import PlaceReading
from .rules import SCANS, Scan
from .state import Candidate
from .victims import VICTIM_RULES


class SentenceScans(PlaceReading):
    """Casualties the rules of :data:`~.rules.SCANS` find, added sentence by sentence."""

    scans: list[tuple[str, Scan]]

    def run_scans(self) -> None:
        """Run the rules once over the document (rule by rule, each in text order)."""
        found = [*SCANS.evidence(self.doc), *VICTIM_RULES.evidence(self.doc)]
        self.scans = [(e.rule.name, e.value) for e in found if isinstance(e.value, Scan)]

    def add_scans(self, s0: int, s1: int, index: int, first: int) -> None:
        """Add the kept scans of the sentence ``[s0, s1)``; ``first`` indexes its first casualty in ``found``."""
        pronoun_done = False
        for rule, scan in self.scans:
            if not s0 <= scan.start < s1:
                continue
            if rule == "self-killed" and self.reflexive_counted(scan, first):
                continue
            if rule in ("single-victim", "group-again") and self.read_before(scan, first):
                continue
            if rule == "killed-pronoun":
                if pronoun_done or any(c.status == "killed" and c.count == 1 for c in self.found[first:]):
                    continue
                pronoun_done = True
            if scan.count == 0:  # "killed them": the captives read just before
                self.captives_killed(scan, index, s0, s1)
                continue
            cand = Candidate(scan.start, scan.end, scan.end, scan.count, "exact", None, scan.who, scan.status, sentence=index)
            cand.derived, cand.via = scan.derived, rule
            near = rule in ("shot-in-body", "body-found", "unnamed-body")
            cand.location = self.location(scan.start, min(s1, scan.end + 80), s0, s1) if near else self.location(s0, s1, s0, s1)
            self.found.append(cand)

    def reflexive_counted(self, scan: Scan, first: int) -> bool:
        """True when a casualty of the sentence ends right at the reflexive ("shot and killed himself")."""
        at = scan.pronoun_at
        return at is not None and any(c.status == "killed" and at - 2 <= c.end <= at for c in self.found[first:])

    def read_before(self, scan: Scan, first: int) -> bool:
        """True when a casualty of the sentence already reads the person of a ``single-victim`` scan;
        one read as taken becomes killed ("a man who was kidnapped last week was found dead")."""
        overlapping = [c for c in self.found[first:] if c.start < scan.end and scan.start < c.end]
        for cand in overlapping:
            if cand.status == "captured" and cand.end < scan.end:
                cand.status, cand.end, cand.via = "killed", scan.end, "single-victim"
        return bool(overlapping)

    def captives_killed(self, scan: Scan, index: int, s0: int, s1: int) -> None:
        """ "abducted 9 soldiers. They later killed them": when the casualty read last before the
        pronoun (in its sentence or the one before) is a count of captives, they are killed; in
        the same sentence the capture becomes the killing ("kidnapped five workers and killed them")."""
        before = [c for c in self.found if c.start < scan.start]
        last = before[-1] if before else None
        if last is None or last.status != "captured" or not last.count or last.sentence < index - 1:
            return
        if last.sentence == index:
            last.status, last.end, last.via = "killed", scan.end, "group-again"
            return
        cand = Candidate(scan.start, scan.end, scan.end, last.count, last.qualifier, None, last.who, "killed", sentence=index)
        cand.via = "group-again"
        cand.location = self.location(s0, s1, s0, s1)
        self.found.append(cand)
