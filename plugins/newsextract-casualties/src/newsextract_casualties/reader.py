"""Reading one document sentence by sentence into casualty candidates."""

from __future__ import annotations

import bisect

import attrs

from newsextract.text import is_year_like, split_sentences, word_to_int

from .context import COORDINATED_SUBJECT, LIST_COMMA
from .engine import lowered_in_place, trigger_hits
from .leads import NO_LEAD, collective_noun, part_of_count, subject_start
from .named import NamedGroup, find_named, place_named
from .phrases import EXTENDED, WEAK, noun_phrase, ranged, singular_ends, singulars
from .predicates import MOVED_TO, TAKEN_WITH_INJURY, TO_HOSPITAL
from .scans import SentenceScans
from .state import Candidate
from .status import StatusReading
from .words import word_tokens

#: A subject: (start, end, count, qualifier, lower bound, singular who, determiner).
Subject = tuple[int, int, int | None, str, int | None, str | None, str]


class Reader(StatusReading, SentenceScans):
    """Reads one document."""

    # -- sentences -------------------------------------------------------------
    def read(self) -> list[Candidate]:
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            self.lowered = lowered
            hits = trigger_hits(lowered)
        else:  # a few Unicode letters change length when lowered
            hits = trigger_hits(lowered_in_place(self.text))
        if not hits:
            return self.found
        self.hits = hits
        self.find_counts()
        self.run_scans()
        for index, sentence in enumerate(split_sentences(self.text)):
            at = bisect.bisect_left(hits, sentence.start)
            if at == len(hits) or hits[at] >= sentence.end or len(sentence.text) > 5000:
                continue
            self.read_sentence(sentence.start, sentence.end, index)
        self.add_named()
        return self.found

    def add_named(self) -> None:
        """Named victims: given to the counted casualty that covers them, else casualties of their own."""
        groups = [(index, g) for s0, s1, index in self.sentences_read for g in find_named(self.text, s0, s1)]
        read = {index for _, _, index in self.sentences_read}
        if read:  # "... were killed. The victims were identified as Ana Ruiz and Pedro Gil."
            sentences = split_sentences(self.text)
            for index in sorted(i + 1 for i in read if i + 1 < len(sentences) and i + 1 not in read):
                s = sentences[index]
                groups.extend((index, g) for g in find_named(self.text, s.start, s.end, listed_only=True))
        if not groups:
            return
        bounds = {index: (s0, s1) for s0, s1, index in self.sentences_read}

        def locate(group: NamedGroup) -> str | None:
            s0, s1 = next((b for b in bounds.values() if b[0] <= group.start < b[1]), (group.start, group.end))
            return self.location(group.start, min(s1, group.end + 120), s0, s1)

        def new(index: int, group: NamedGroup, location: str | None) -> Candidate:
            count = len(group.victims)
            return Candidate(
                group.start,
                group.end,
                group.end,
                count,
                "exact",
                count,
                group.who,
                group.status,
                location=location,
                sentence=index,
                via="named",
                victims=group.victims,
            )

        made = place_named(groups, self.found, locate, new, self.text)
        if made:
            self.found.extend(c for c in made if isinstance(c, Candidate))
            self.found.sort(key=lambda c: c.start)

    def subjects(self, s0: int, s1: int) -> list[Subject]:
        """(start, end, count, qualifier, lower_bound, singular-who, determiner) for counts and singular phrases."""
        out: list[Subject] = []
        lo = bisect.bisect_left(self.q_starts, s0)
        hi = bisect.bisect_left(self.q_starts, s1)
        taken: list[tuple[int, int]] = []
        for q in self.quantities[lo:hi]:
            if q.span.end > s1 or not self.near_trigger(q.span.start, q.span.end):
                continue
            subject = (q.span.start, q.span.end, q.count, q.qualifier, q.lower_bound, None, "year" if is_year_like(q) else "")
            out.append(ranged(self.text, out, subject))
            taken.append((q.span.start, q.span.end))
        seen: set[int] = set()
        source = self.lowered if self.lowered is not None else self.text[s0:s1].lower()
        offset = 0 if self.lowered is not None else s0
        if len(source) != (len(self.text) if self.lowered is not None else s1 - s0):
            source, offset = self.text, 0  # lower-casing changed lengths: read the text as is
        for hit in singular_ends(source, s0 - offset, s1 - offset):
            h0, h1 = hit.start() + offset, hit.end() + offset
            if any(a < h1 and h0 < b for a, b in taken) or not self.near_trigger(h0, h1):
                continue
            for start, end, who, det in singulars(word_tokens(self.text, max(s0, h0 - 48), min(s1, h1 + 12))):
                if end == h1 and start not in seen and not any(a < end and start < b for a, b in taken):
                    seen.add(start)
                    out.append((start, end, 1, "exact", None, who, det))
        out.sort()
        return out

    def read_sentence(self, s0: int, s1: int, index: int) -> None:
        """Read the casualties of one sentence into ``found``."""
        text = self.text
        first = len(self.found)
        previous: Candidate | None = None
        pending: list[Candidate] = []
        for subject in self.subjects(s0, s1):
            start, det = subject[0], subject[6]
            lo = max(s0, start - 48)
            before = text[lo:start]
            built = self.candidate_at(subject, lo, previous, s1, index)
            if built is None:
                continue
            cand, weak = built
            self.assign_status(cand, before, previous, s0, s1, det)
            if cand.status is None:
                # "187 pupils from one school and 100 from another were missing": the first
                # item may take the predicate of the next (checked when that one is read).
                # "3 policemen, 2 guards and 1 soldier were killed": a comma list of such items.
                if cand.who and not weak and cand.count is not None and det != "year" and subject_start(text, lo, start):
                    listed = bool(pending) and LIST_COMMA.fullmatch(text, pending[-1].end, cand.start) is not None
                    pending = [*pending, cand] if listed else [cand]
                else:
                    pending = []
                continue
            if weak and cand.status not in ("killed", "wounded", "hospitalized"):
                continue
            self.join_pending(cand, pending, previous, s0, s1)
            pending = []
            if cand.who is None:
                cand.who = self.carried_who(previous, cand.count)
            self.assign_location(cand, previous, s0, s1)
            self.found.append(cand)
            self.follow_ups(cand, s1)
            previous = cand
        self.add_scans(s0, s1, index, first)
        self.sentences_read.append((s0, s1, index))

    def candidate_at(
        self, subject: Subject, lo: int, previous: Candidate | None, s1: int, index: int
    ) -> tuple[Candidate, bool] | None:
        """A candidate for one subject with its noun phrase (and whether its head is only
        suffix-guessed), or None when the count is no count of people."""
        start, end, count, qualifier, lower, sg_who, det = subject
        if NO_LEAD.before(self.text, lo, start) is not None:
            return None
        part_n = part_of_count(self.text, lo, start)
        if part_n and (part_n[0].isdigit() or word_to_int(part_n.casefold()) is not None):
            return None  # the whole in "seven of the 20 miners": read with its part
        if sg_who is None:
            who, np_end, partitive, ok = noun_phrase(self.text, end, s1)
            if not ok or (det == "year" and (who is None or partitive is not None)):
                return None  # a year is a count only with a noun of its own ("2000 people")
            noun = collective_noun(self.text, lo, start)
            if noun is not None and who is None:
                who = noun
                if who == "total":
                    who = None
        else:
            who, np_end, partitive = sg_who, end, None
            if who in ("second", "third", "fourth", "fifth", "sixth", "another"):
                who = previous.who if previous is not None else None
                if who and who.endswith("s") and not who.endswith("ss"):
                    who = who[:-1]
        right_from = np_end
        if who and who.startswith(EXTENDED):
            _, extended_end, who = who.split(EXTENDED, 2)
            right_from = int(extended_end)
        weak = bool(who and who.startswith(WEAK))
        if weak and who:
            who = who[len(WEAK) :]
        return Candidate(start, np_end, right_from, count, qualifier, lower, who, partitive=partitive, sentence=index), weak

    def join_pending(self, cand: Candidate, pending: list[Candidate], previous: Candidate | None, s0: int, s1: int) -> None:
        """Give ``cand``'s predicate to the coordinated subjects before it that had none; a status
        noun is shared the same way ("resulting in 25 rebels and 6 military fatalities")."""
        if not (
            pending
            and (cand.via == "right" or (cand.via == "noun" and cand.status == "killed"))
            and pending[-1].end <= cand.start
            and COORDINATED_SUBJECT.fullmatch(self.text, pending[-1].end, cand.start) is not None
        ):
            return
        for item in pending:
            item.status, item.derived, item.via = cand.status, cand.derived, "coordination"
            self.assign_location(item, previous, s0, s1)
            if item.location is None:
                item.location = self.location(cand.start, min(s1, cand.end + 120), s0, s1)
            self.found.append(item)

    def follow_ups(self, cand: Candidate, s1: int) -> None:
        """Second statuses of the same people: "wounded and airlifted to ...", "flown to hospital",
        "taken to hospital with serious burns"."""
        text = self.text
        if cand.also is not None and cand.whole is None:
            also_status, also_end = cand.also
            self.found.append(attrs.evolve(cand, status=also_status, end=also_end, derived=True, via="right", also=None))
        hospital = cand
        if cand.status == "evacuated" and cand.via == "right" and cand.whole is None:
            to_hospital = TO_HOSPITAL.match(text, cand.end, s1)
            if to_hospital is not None:
                # "flown by helicopter to hospitals": a medical evacuation, and in hospital.
                hospital = attrs.evolve(cand, status="hospitalized", end=to_hospital.end(), derived=True, via="airlift")
                self.found.append(hospital)
        if (
            hospital.status == "hospitalized"
            and hospital.via in ("right", "airlift")
            and hospital.whole is None
            and MOVED_TO.search(text, hospital.start, hospital.end) is not None
        ):
            injury = TAKEN_WITH_INJURY.match(text, hospital.end, s1)
            if injury is not None:
                # "was taken to hospital with serious burns": hurt as well as hospitalized
                # (brought in with injuries; "hospitalized with burns" alone stays one fact).
                self.found.append(attrs.evolve(hospital, status="wounded", end=injury.end(), derived=True, via="injury"))
