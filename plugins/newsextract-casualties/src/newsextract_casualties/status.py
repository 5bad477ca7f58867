"""The resolver: the status of one subject from its clause.

The steps are tried in order and the first that applies decides (each names the construction
it reads, kept as the candidate's ``via``):

1. ``including``: a part of the previous casualty ("including four children", "three of them");
2. ``right``: a predicate after the noun phrase ("were killed", "remain missing");
   ``held``: hostages still held ("40 hostages remain in the tunnels");
3. ``left``: a verb or phrase before the subject ("killing four", "the dead included");
4. ``toll``: a toll or a coded figure ("the death toll rose to 27", "fatalities coded as 10");
5. ``noun``: a status noun ("27 deaths", "1 fatality");
6. ``participle``: a participle in the noun phrase ("received 43 wounded people");
7. ``coordination``: coordination with the previous casualty ("... and 32 wounded").
"""

from __future__ import annotations

import bisect

import attrs
import regex

from newsextract.text import Quantity, TwinMatch, is_year_like

from . import leads
from .context import (
    APPOSITIVE_GAP,
    AS_CAPTIVE,
    BODY_NOUNS,
    BREAKDOWN_OPENS,
    CAPTIVE_ROLES,
    COORDINATION,
    CUSTODY,
    EARLIER,
    FIGURE,
    HOSPITAL_TOOK_IN,
    LEFT,
    LIST_GAP,
    MONTH_BEFORE,
    MORE_BODIES,
    NOT_EVACUEES,
    OF_THEM,
    REVISED,
    TAKE_VERBS,
    TO_DEATH,
    TOLL,
    TOLL_STATUS,
    WITH_INJURY,
)
from .lexicon import (
    KIN,
    LEFT_VERBS,
    NEEDS_VERB,
    NOMINAL_STATUS,
    STATUS_NOUNS,
    TAKING_VERBS,
    TO_DEATH_VERBS,
)
from .predicates import (
    ABSOLUTE_WITH,
    BETWEEN_BEFORE,
    COMBINED_AFTER,
    COUNT_WITH_STATUS,
    DERIVED_PRED,
    ILLNESS_AFTER,
    NEGATION,
    PASSIVE_AUX,
    REL_WORDS,
    RIGHT,
    SECOND_PRED,
    SECOND_STATUSES,
    STILL_HELD,
    can_be_active,
    has_object,
    pred_status,
    status_in_relative,
)
from .state import Candidate, ReaderState

#: Object nouns that name the dead themselves ("recovered 61 bodies").
_BODY_WORDS = ("bodies", "body", "corpses", "corpse")
#: Bare predicates that alone state nothing ("two hurt", "five trapped" read as a headline fragment).
_WEAK_BARE = ("hurt", "shot", "trapped", "in hospital", "in captivity")
#: Left-context groups whose status is fixed.
_LEFT_GROUPS = {"lives": "killed", "woundof": "wounded", "evacof": "evacuated", "captureof": "captured", "fatal": "killed"}


#: Collective heads that take a singular verb with a plural count ("the crew of 23 was rescued").
_COLLECTIVE_HEADS = frozenset({"crew", "family", "group", "team", "staff", "personnel", "police", "party", "total"})


def _disagrees(cand: Candidate, aux: str) -> bool:
    """A plural count right before a singular auxiliary ("three officers was"): the count is the
    object of another clause, and the predicate belongs to a singular subject before it. (With
    words between, "six people including a leader was injured", the verb may agree with them.)"""
    first = aux.split()[:1]
    return (
        bool(first)
        and first[0].casefold() in ("was", "is", "has")
        and (cand.count or 0) > 1
        and (_head(cand) not in _COLLECTIVE_HEADS)
    )


def _head(cand: Candidate) -> str:
    words = (cand.who or "").split()
    return words[-1] if words else ""


@attrs.frozen
class Clause:
    """Where a subject stands: the text before it, the sentence's previous casualty, the
    sentence bounds and the subject's determiner ("a", "the", "his"; "year" for a year)."""

    before: str
    lo: int  # where ``before`` starts in the text
    previous: Candidate | None
    s0: int
    s1: int
    det: str
    #: "a farmer and his son": a relative coordinated with a victim is one more victim.
    kin: bool

    @property
    def definite(self) -> bool:
        return self.det in ("the", "his", "her", "their") and not self.kin


class StatusReading(ReaderState):
    """Resolving one subject's status from its clause."""

    def lead(self, rule: leads.Lead, clause: Clause, upto: int | None = None) -> bool:
        """``rule`` ends right before the subject (or ``upto`` characters into ``clause.before``)."""
        return rule.before(self.text, clause.lo, clause.lo + (len(clause.before) if upto is None else upto)) is not None

    def carried_who(self, previous: Candidate | None, count: int | None) -> str:
        """The noun of an elided phrase ("17 were wounded"): the previous casualty's, else "people"."""
        if previous is not None and previous.whole is not None and previous.via == "including":
            previous = previous.whole  # "killing four civilians, including two children, and wounding 11"
        if previous is None or not previous.who:
            return "people" if count != 1 else "person"
        who = previous.who
        if who in ("person", "one") and count != 1:
            return "people"
        if who in ("wounded", "injured", "dead"):
            return "people"
        return who

    def assign_status(self, cand: Candidate, before: str, previous: Candidate | None, s0: int, s1: int, det: str) -> None:
        """Set ``cand``'s status (and its via, span end, whole ...) from the first step that applies."""
        lo = cand.start - len(before)
        kin = det in ("his", "her", "their") and _head(cand) in KIN and leads.and_before(self.text, lo, cand.start)
        clause = Clause(before, lo, previous, s0, s1, det, kin)
        steps = (
            self.part_of_previous,
            self.predicate_after,
            self.still_held,
            self.phrase_before,
            self.toll_figure,
            self.status_noun,
            self.participle_in_phrase,
            self.coordinated,
        )
        for step in steps:
            if step(cand, clause):
                return

    # -- 1. including ------------------------------------------------------------
    def part_of_previous(self, cand: Candidate, clause: Clause) -> bool:
        """ "including four children", "three of them seriously": a part of the previous casualty."""
        previous, text, s1 = clause.previous, self.text, clause.s1
        if previous is None:
            return False
        in_list = previous.via == "including" and LIST_GAP.fullmatch(text, previous.end, cand.start) is not None
        if in_list:
            # "... among them 1 officer and 3 civilians and 9 others injured": an item with a
            # predicate of another status leaves the list.
            own = RIGHT.match(text, cand.subject_end, min(s1, cand.subject_end + 80))
            if (
                own is not None
                and pred_status(own) not in (None, previous.status)
                and not NEGATION.search(own.group("aux") or "")
            ):
                in_list = False
        opens = previous.whole is None and BREAKDOWN_OPENS.fullmatch(text, previous.end, cand.start) is not None
        if not (in_list or opens or self.of_them_appositive(cand, previous, s1) or self.lead(leads.INCLUDING_LEAD, clause)):
            return False
        cand.status = previous.status
        if in_list and previous.whole is not None and previous.whole.status:
            cand.status = previous.whole.status  # an earlier item's own "with injuries" does not carry
        cand.via = "including"
        cand.whole = previous.whole or previous
        cand.location = previous.location
        cand.derived = previous.derived
        if cand.who is None:
            cand.who = "people"
        injury = WITH_INJURY.match(text, cand.subject_end, s1)
        if injury is not None and cand.status != "killed":
            # "twelve were hospitalized, including four with severe burns": those four are wounded.
            cand.status = "wounded"
            cand.end = injury.end()
        return True

    # -- 2. right ----------------------------------------------------------------
    def predicate_after(self, cand: Candidate, clause: Clause) -> bool:
        """ "were killed", "remain missing", "were taken to hospital": a predicate after the phrase."""
        text, s1 = self.text, clause.s1
        right = RIGHT.match(text, cand.subject_end, min(s1, cand.subject_end + 260))
        if right is not None and right.group("incl") and ABSOLUTE_WITH.search(text, right.start("incl"), right.end()):
            return False
        possessive = clause.det in ("his", "her", "their") and not clause.kin
        if right is None or (possessive and leads.and_before(text, clause.lo, cand.start)):
            # "the driver and |his passenger died": half of a pair counted elsewhere; "Her husband
            # was killed" alone is a victim of its own ("a farmer and his son": ``kin``, one more)
            return False
        if status_in_relative(text, cand.start, cand.subject_end, right, s1):
            return True  # status left None: "one of the men who died was ..." is no casualty
        status = pred_status(right)
        aux = right.group("aux") or ""
        bare = not REL_WORDS.sub("", aux).strip()
        if not status or not self.predicate_holds(right, status, aux, bare, s1):
            return False
        if right.start("aux") == cand.subject_end and _disagrees(cand, aux):
            return False  # "the gunman who shot three officers was killed": "was" is not theirs
        pred_text = right.group(status)
        fled = status == "evacuated" and pred_text[:4].casefold() == "fled"
        if fled and _head(cand) in NOT_EVACUEES:
            return False  # "two gunmen fled to a waiting car": an escape, not a displacement
        if bare and pred_text.casefold() in _WEAK_BARE:
            return False
        cand.status = status
        cand.via = "right"
        cand.end = right.end()
        cand.derived = DERIVED_PRED.search(pred_text) is not None
        if pred_text.casefold().startswith("among"):
            cand.partitive = status
        if status == "killed" and EARLIER.search(text, clause.s0, s1):
            cand.earlier = True
        second = SECOND_PRED.match(text, right.end(), s1)
        if second is not None:
            second_status = pred_status(second)
            if second_status in SECOND_STATUSES.get(status, ()):
                cand.also = (second_status or status, second.end())
        return True

    def predicate_holds(self, right: TwinMatch, status: str, aux: str, bare: bool, s1: int) -> bool:
        """False for a negated predicate, an active verb with an object ("killed 12 classmates"), a
        relative clause without a passive, a combined figure ("killed or wounded"), an illness death."""
        text, end = self.text, right.end()
        return not (
            NEGATION.search(aux)
            or (can_be_active(aux, bare) and has_object(text, end, s1) and not COUNT_WITH_STATUS.match(text, end, s1))
            or (right.group("rel") and PASSIVE_AUX.search(aux) is None)
            or COMBINED_AFTER.match(text, end, s1)
            or (status == "killed" and ILLNESS_AFTER.match(text, end, s1))
        )

    def still_held(self, cand: Candidate, clause: Clause) -> bool:
        """ "about 40 hostages remain in the tunnels", "12 captives are still held"."""
        if _head(cand) not in ("hostages", "hostage", "captives", "captive"):
            return False
        held = STILL_HELD.match(self.text, cand.subject_end, clause.s1)
        if held is None:
            return False
        cand.status = "captured"
        cand.via = "held"
        cand.end = held.end()
        return True

    # -- 3. left -----------------------------------------------------------------
    def phrase_before(self, cand: Candidate, clause: Clause) -> bool:
        """ "killing four civilians", "the dead included", "claimed the lives of": a verb or phrase before."""
        before, text = clause.before, self.text
        left = LEFT.search(before)
        if left is None:
            return False
        status = self.left_group_status(cand, left, clause)
        if left.group("verb"):
            status = self.left_verb_status(cand, left.group("verb").casefold(), left.start(), clause)
        head = _head(cand)
        taking = left.group("verb") and (left.group("verb").casefold() in TAKING_VERBS or self.lead(leads.RESULTING_LEAD, clause))
        if head in STATUS_NOUNS and taking:
            status = STATUS_NOUNS[head]
            cand.derived = head in _BODY_WORDS
            if MORE_BODIES.search(text, cand.start, cand.subject_end) and TOLL.search(text, clause.s0, clause.s1):
                return True  # "the toll rose to eight after rescuers recovered two more bodies"
        if status is not None and left.group("verb") and self.lead(leads.COMBINED_LEAD, clause, left.start()):
            return True
        if status is None:
            return False
        cand.status = status
        cand.via = "left"
        if BETWEEN_BEFORE.search(before) and cand.qualifier == "exact":
            cand.qualifier = "at_least"
        cand.start = min(cand.start, cand.start - len(before) + left.start())
        return True

    def left_group_status(self, cand: Candidate, left: regex.Match[str], clause: Clause) -> str | None:
        """The status a fixed left phrase gives ("the dead included", "bodies of", "rescue of")."""
        for group, status in _LEFT_GROUPS.items():
            if left.group(group):
                return status
        nominal = left.group("nominal") or left.group("among")
        if nominal:
            cand.partitive = NOMINAL_STATUS.get(nominal.casefold(), "killed")
            return cand.partitive
        if left.group("bodies"):
            cand.derived = True
            return "killed"
        if left.group("deathof"):
            # "attempted murder of an officer", "the attempted killing of two guards": no one died.
            return None if self.lead(leads.ATTEMPTED_LEAD, clause, left.start()) else "killed"
        if left.group("rescueof"):
            # "came to the rescue of the victim" is help, not a rescue count.
            return None if self.lead(leads.TO_THE_LEAD, clause, left.start()) else "rescued"
        return None

    def left_verb_status(self, cand: Candidate, verb: str, at: int, clause: Clause) -> str | None:
        """The status a verb before the subject gives ("killing", "rescued", "took ... hostage")."""
        text, s1, before = self.text, clause.s1, clause.before
        head = _head(cand)
        status = LEFT_VERBS.get(verb)
        if verb == "kill" and self.lead(leads.MODAL_LEAD, clause, at):
            status = None  # "threatened to kill 20", "could kill 300": not a count of dead
        if verb in TO_DEATH_VERBS:
            death = TO_DEATH.match(text, cand.subject_end, s1)
            if death is not None:
                status = "killed"
                cand.end = death.end()
        if verb in ("freed", "freeing") and head in CUSTODY:
            status = None  # "freed 90 prisoners": a release, not a rescue
        captive = AS_CAPTIVE.match(text, cand.subject_end, s1) if verb in TAKE_VERBS and cand.who else None
        words = (cand.who or "").split()
        if captive is not None:
            status = "captured"
            cand.end = captive.end()
        elif verb in TAKE_VERBS and len(words) > 1 and words[-1] in CAPTIVE_ROLES:
            status = "captured"  # the reader took "soldiers prisoner" as one phrase
            cand.who = " ".join(words[:-1])
        if (
            status is None
            and cand.who
            and head not in BODY_NOUNS  # "hospitals received 61 bodies": the dead, read as a status noun
            and not any(w in NOMINAL_STATUS for w in cand.who.split()[:-1])  # "received 43 wounded people"
            and HOSPITAL_TOOK_IN.search(before)
        ):
            status = "hospitalized"
        if verb in ("pulled", "pulling") and cand.who and not cand.who.endswith("bodies"):
            status = "rescued"
            cand.derived = True
        return status

    # -- 4. toll -----------------------------------------------------------------
    def toll_figure(self, cand: Candidate, clause: Clause) -> bool:
        """ "the death toll rose to 27", "rose to 47 from 31", "fatalities coded as 10"."""
        if (cand.count is not None or cand.lower_bound is not None) and self.toll_count(cand, clause):
            return True
        if not FIGURE.search(clause.before):
            return False
        cand.status = "killed"
        cand.via = "toll"
        if cand.who is None:
            cand.who = "people"
        return True

    def toll_count(self, cand: Candidate, clause: Clause) -> bool:
        text, previous = self.text, clause.previous
        toll = None
        for m in TOLL.finditer(text, clause.s0, cand.start):
            toll = m
        if toll is None:
            return False
        lo, hi = bisect.bisect_left(self.q_starts, toll.end()), bisect.bisect_left(self.q_starts, cand.start)
        if self.lead(leads.TOLL_LINK_LEAD, clause) and all(self.is_date_part(self.quantities[k]) for k in range(lo, hi)):
            cand.status = "wounded" if toll.group("injury") else "killed"
            if toll.group("status"):
                cand.status = TOLL_STATUS.get(toll.group("status").casefold(), "wounded")
            cand.toll = True
            cand.via = "toll"
            revised = REVISED.search(text, toll.end(), cand.start) is not None
            cand.earlier = EARLIER.search(text, clause.s0, clause.s1) is not None and not revised
            cand.start = toll.start()
            if cand.who is None:
                cand.who = "people"
            return True
        if previous is not None and previous.toll and self.lead(leads.FROM_LEAD, clause):
            cand.status = previous.status
            cand.toll = True
            cand.via = "toll"
            cand.earlier = True
            if cand.who is None:
                cand.who = previous.who
            return True
        return False

    # -- 5.-7. -------------------------------------------------------------------
    def status_noun(self, cand: Candidate, clause: Clause) -> bool:
        """ "27 deaths", "1 fatality", "68 bodies": a noun whose meaning is the status."""
        head = _head(cand)
        if head not in STATUS_NOUNS or head in NEEDS_VERB:
            return False
        cand.status = STATUS_NOUNS[head]
        cand.via = "noun"
        cand.derived = head in _BODY_WORDS
        return True

    def participle_in_phrase(self, cand: Candidate, clause: Clause) -> bool:
        """ "received 43 wounded people": a participle modifying the noun."""
        if not cand.who or cand.partitive is not None or clause.det:
            return False
        for word in cand.who.split()[:-1]:
            if word in NOMINAL_STATUS:
                cand.status = NOMINAL_STATUS[word]
                cand.via = "participle"
                return True
        return False

    def coordinated(self, cand: Candidate, clause: Clause) -> bool:
        """ "killing four civilians and wounding 11", "12 classmates and a teacher": the previous status."""
        previous = clause.previous
        if previous is None or clause.definite or not COORDINATION.match(self.text[previous.end : cand.start]):
            return False
        carries = previous.via in ("left", "including", "coordination") or (
            # "the toll rose to 54 soldiers and 12 militiamen": a second group with its own noun.
            previous.toll and not previous.earlier and cand.who is not None and cand.partitive is None
        )
        if not carries:
            return False
        cand.via = "coordination"
        cand.status = previous.status
        cand.whole = previous.whole
        cand.location = previous.location
        cand.derived = previous.derived
        return True

    def is_date_part(self, q: Quantity) -> bool:
        """A year or a day of a month ("since October 7, 2023"): no count standing between a toll and its figure."""
        return is_year_like(q) or MONTH_BEFORE.search(self.text, max(0, q.span.start - 12), q.span.start) is not None

    def of_them_appositive(self, cand: Candidate, previous: Candidate, s1: int) -> bool:
        """ "Ten people were hurt on Sunday, three of them seriously": a count of
        "of them" right after a casualty (one comma between, no clause of its own) is a part of it."""
        text = self.text
        if cand.count is None or not OF_THEM.search(text, cand.start, cand.subject_end):
            return False  # "several of them": a vague part is left out
        if not APPOSITIVE_GAP.fullmatch(text, previous.end, cand.start):
            return False
        # With a predicate of its own ("62 of whom remained in hospital", "two of them in serious
        # condition") the part is read by its predicate instead.
        return RIGHT.match(text, cand.subject_end, min(s1, cand.subject_end + 80)) is None
