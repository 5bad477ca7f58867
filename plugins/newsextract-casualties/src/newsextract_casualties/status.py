"""The resolver: the status of one subject from its clause (predicate, left verb, toll, status noun, coordination)."""

from __future__ import annotations

import bisect

from newsextract.text import Quantity, is_year_like

from .context import (
    AND_BEFORE,
    APPOSITIVE_GAP,
    AS_CAPTIVE,
    ATTEMPTED,
    BODY_NOUNS,
    CAPTIVE_ROLES,
    COORDINATION,
    CUSTODY,
    EARLIER,
    FIGURE,
    FROM,
    HOSPITAL_TOOK_IN,
    INCLUDING,
    LEFT,
    LIST_GAP,
    MODAL_BEFORE,
    MONTH_BEFORE,
    MORE_BODIES,
    NOT_EVACUEES,
    OF_THEM,
    RESULTING,
    REVISED,
    TAKE_VERBS,
    TO_DEATH,
    TO_THE,
    TOLL,
    TOLL_LINK,
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
    COMBINED_BEFORE,
    DERIVED_PRED,
    ILLNESS_AFTER,
    NEGATION,
    PASSIVE_AUX,
    REL_WORDS,
    SECOND_PRED,
    SECOND_STATUSES,
    STILL_HELD,
    can_be_active,
    has_object,
    pred_status,
)
from .state import Candidate, ReaderState


class StatusReading(ReaderState):
    """Resolving one subject's status from its clause."""

    def carried_who(self, previous: Candidate | None, count: int | None) -> str:
        if previous is None or not previous.who:
            return "people" if count != 1 else "person"
        who = previous.who
        if who in ("person", "one") and count != 1:
            return "people"
        if who in ("wounded", "injured", "dead"):
            return "people"
        return who

    def assign_status(self, cand: Candidate, before: str, previous: Candidate | None, s0: int, s1: int, det: str) -> None:
        text = self.text
        # "a farmer and his son": a relative coordinated with a victim is one more victim.
        kin = det in ("his", "her", "their") and (cand.who or "").split()[-1:] != [] and (cand.who or "").split()[-1] in KIN
        kin = kin and AND_BEFORE.search(before) is not None
        definite = det in ("the", "his", "her", "their") and not kin
        # 1. "including four children": a part of the previous casualty.
        in_list = (
            previous is not None
            and previous.via == "including"
            and LIST_GAP.fullmatch(text, previous.end, cand.start) is not None
        )
        if in_list and previous is not None:
            # "... among them 1 officer and 3 civilians and 9 others injured": an item with a
            # predicate of another status leaves the list.
            own = self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 80))
            if (
                own is not None
                and pred_status(own) not in (None, previous.status)
                and not NEGATION.search(own.group("aux") or "")
            ):
                in_list = False
        appositive = previous is not None and self.of_them_appositive(cand, previous, s1)
        if previous is not None and (in_list or appositive or INCLUDING.search(before)):
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
            return
        # 2. A predicate after the noun phrase.
        right = self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 260))
        if right is not None and right.group("incl") and ABSOLUTE_WITH.search(text, right.start("incl"), right.end()):
            right = None
        if right is not None and (det not in ("his", "her", "their") or kin):
            status = pred_status(right)
            aux = right.group("aux") or ""
            bare = not REL_WORDS.sub("", aux).strip()
            if (
                status
                and not NEGATION.search(aux)
                and not (can_be_active(aux, bare) and has_object(text, right.end(), s1))
                and not (right.group("rel") and PASSIVE_AUX.search(aux) is None)
                and not COMBINED_AFTER.match(text, right.end(), s1)
                and not (status == "killed" and ILLNESS_AFTER.match(text, right.end(), s1))
            ):
                pred_text = right.group(status)
                fled = status == "evacuated" and pred_text[:4].casefold() == "fled"
                if fled and (cand.who or "").split()[-1:] and (cand.who or "").split()[-1] in NOT_EVACUEES:
                    pass  # "two gunmen fled to a waiting car": an escape, not a displacement
                elif not (bare and pred_text.casefold() in ("hurt", "shot", "trapped", "in hospital", "in captivity")):
                    cand.status = status
                    cand.via = "right"
                    cand.end = right.end()
                    cand.derived = DERIVED_PRED.search(pred_text) is not None
                    if pred_text.casefold().startswith("among"):
                        cand.partitive = status
                    if status == "killed" and EARLIER.search(text, s0, s1):
                        cand.earlier = True
                    second = SECOND_PRED.match(text, right.end(), s1)
                    if second is not None:
                        second_status = pred_status(second)
                        if second_status in SECOND_STATUSES.get(status, ()):
                            cand.also = (second_status or status, second.end())
                    return
        # 2b. Hostages still held: "about 40 hostages remain in the tunnels", "12 captives are still held".
        if (cand.who or "").split()[-1:] in (["hostages"], ["hostage"], ["captives"], ["captive"]):
            held = STILL_HELD.match(text, cand.subject_end, s1)
            if held is not None:
                cand.status = "captured"
                cand.end = held.end()
                return
        # 3. A verb or phrase before the subject.
        left = LEFT.search(before)
        if left is not None:
            status = None
            head = (cand.who or "").split()[-1:] or [""]
            if left.group("lives"):
                status = "killed"
            elif left.group("nominal") or left.group("among"):
                status = NOMINAL_STATUS.get((left.group("nominal") or left.group("among")).casefold(), "killed")
                cand.partitive = status
            elif left.group("bodies"):
                status = "killed"
                cand.derived = True
            elif left.group("deathof"):
                # "attempted murder of an officer", "the attempted killing of two guards": no one died.
                status = None if ATTEMPTED.search(before, 0, left.start()) else "killed"
            elif left.group("woundof"):
                status = "wounded"
            elif left.group("evacof"):
                status = "evacuated"
            elif left.group("rescueof"):
                # "came to the rescue of the victim" is help, not a rescue count.
                status = None if TO_THE.search(before, 0, left.start()) else "rescued"
            elif left.group("captureof"):
                status = "captured"
            elif left.group("fatal"):
                status = "killed"
            else:
                verb = left.group("verb").casefold()
                status = LEFT_VERBS.get(verb)
                if verb == "kill" and MODAL_BEFORE.search(before, 0, left.start()):
                    status = None  # "threatened to kill 20", "could kill 300": not a count of dead
                if verb in TO_DEATH_VERBS:
                    death = TO_DEATH.match(text, cand.subject_end, s1)
                    if death is not None:
                        status = "killed"
                        cand.end = death.end()
                if verb in ("freed", "freeing") and head[0] in CUSTODY:
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
                    and head[0] not in BODY_NOUNS  # "hospitals received 61 bodies": the dead, read as a status noun
                    and not any(w in NOMINAL_STATUS for w in cand.who.split()[:-1])  # "received 43 wounded people"
                    and HOSPITAL_TOOK_IN.search(before)
                ):
                    status = "hospitalized"
                if verb in ("pulled", "pulling") and cand.who and not cand.who.endswith("bodies"):
                    status = "rescued"
                    cand.derived = True
            if head[0] in STATUS_NOUNS and left.group("verb"):
                noun_status = STATUS_NOUNS[head[0]]
                if left.group("verb").casefold() in TAKING_VERBS or RESULTING.search(before):
                    status = noun_status
                    cand.derived = head[0] in ("bodies", "body", "corpses", "corpse")
                    if MORE_BODIES.search(text, cand.start, cand.subject_end) and TOLL.search(text, s0, s1):
                        return  # "the toll rose to eight after rescuers recovered two more bodies"
            if status is not None and left.group("verb") and COMBINED_BEFORE.search(before, 0, left.start()):
                return
            if status is not None:
                cand.status = status
                cand.via = "left"
                if BETWEEN_BEFORE.search(before) and cand.qualifier == "exact":
                    cand.qualifier = "at_least"
                cand.start = min(cand.start, cand.start - len(before) + left.start())
                return
        # 4. A toll: "the death toll rose to 27", "put the toll at 19", "rose to 47 from 31".
        if cand.count is not None or cand.lower_bound is not None:
            toll = None
            for m in TOLL.finditer(text, s0, cand.start):
                toll = m
            if toll is not None:
                between = bisect.bisect_left(self.q_starts, toll.end()), bisect.bisect_left(self.q_starts, cand.start)
                if TOLL_LINK.search(before) and all(self.is_date_part(self.quantities[k]) for k in range(between[0], between[1])):
                    cand.status = "wounded" if toll.group("injury") else "killed"
                    if toll.group("status"):
                        cand.status = TOLL_STATUS.get(toll.group("status").casefold(), "wounded")
                    cand.toll = True
                    revised = REVISED.search(text, toll.end(), cand.start) is not None
                    cand.earlier = EARLIER.search(text, s0, s1) is not None and not revised
                    cand.start = toll.start()
                    if cand.who is None:
                        cand.who = "people"
                    return
                if previous is not None and previous.toll and FROM.search(before):
                    cand.status = previous.status
                    cand.toll = True
                    cand.earlier = True
                    if cand.who is None:
                        cand.who = previous.who
                    return
        if FIGURE.search(before):
            cand.status = "killed"
            cand.via = "toll"
            if cand.who is None:
                cand.who = "people"
            return
        # 5. A status noun: "27 deaths", "1 fatality", "68 bodies".
        head = (cand.who or "").split()[-1:] or [""]
        if head[0] in STATUS_NOUNS and head[0] not in NEEDS_VERB:
            cand.status = STATUS_NOUNS[head[0]]
            cand.derived = head[0] in ("bodies", "body", "corpses", "corpse")
            return
        # 6. A participle in the noun phrase: "received 43 wounded people".
        if cand.who and cand.partitive is None and not det:
            for word in cand.who.split()[:-1]:
                if word in NOMINAL_STATUS:
                    cand.status = NOMINAL_STATUS[word]
                    return
        # 7. Coordination with the previous casualty: "... and a teacher", "and 32 wounded".
        if (
            previous is not None
            and (
                previous.via in ("left", "including", "coordination")
                # "the toll rose to 54 soldiers and 12 militiamen": a second group with its own noun.
                or (previous.toll and not previous.earlier and cand.who is not None and cand.partitive is None)
            )
            and COORDINATION.match(text[previous.end : cand.start])
            and not definite
        ):
            cand.via = "coordination"
            cand.status = previous.status
            cand.whole = previous.whole
            cand.location = previous.location
            cand.derived = previous.derived

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
        return self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 80)) is None
