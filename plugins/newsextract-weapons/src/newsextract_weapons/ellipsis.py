"""Counts with no head of their own ("22 of them", "another 20", "aimed 300 at") and what they refer to."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsextract.text import Quantity, Sentence

from . import lexicon as lx
from .anchors import (
    BREAKDOWN_BEFORE,
    CLAUSE_START_BEFORE,
    ELLIPSIS_PREFIX,
    PREPOSITION_END,
    PRONOUN_LEAD,
)
from .patterns import (
    DEFINITE_HEAD,
    OTHERS,
    PLACE_AFTER,
    POSTMOD_STOP,
    PRONOUN,
    PRONOUN_FOLLOWERS,
    PRONOUN_OF,
    RIGHT_VERB,
    head_word,
)
from .phrase import Phrase
from .rules import own_statuses, state_after
from .state import ReaderBase
from .words import spaced_words, word_tokens

#: Words after "another 20" that leave it headless ("another 20 by noon").
_AFTER_ANOTHER = frozenset("by to in on of with at".split())
#: Auxiliaries that make a headless count the subject of its verb ("five had hit").
_FINITE = frozenset("had have has were was would will".split())


class EllipsisReader(ReaderBase):
    """Finds the phrase a headless count refers to."""

    def _ellipsis_at(self, q: Quantity, sentence: Sentence, index: int, quantities: Sequence[Quantity]) -> Phrase | None:
        """A count with no head: "22 of them", "another 20", "at least five had hit"."""
        kind, end = self._headless_kind(q, sentence)
        if not kind:
            return None
        if q.count is None and q.fraction is None and q.all_but is None and not q.vague:
            return None
        # "Russia launched 40 drones. Thirty were shot down.": a sentence-initial count may
        # refer to the sentence before; elsewhere a verb-led count stays in its sentence.
        local = kind in {"breakdown", "verb_active"} or (kind in {"verb", "others"} and q.span.start != sentence.start)
        antecedent = self._antecedent(q.span.start, index, same_sentence_only=local)
        # a count inside the antecedent ("18 Leopard 2 tanks": a model number) is no rival
        rivals_from = antecedent.end - 1 if antecedent is not None else -1
        if antecedent is None and kind == "verb_active":
            # "... downed most of the rockets, but one struck a house": a clause-initial count
            # takes the set the sentence names with a definite article before it.
            found_def = self._definite_antecedent(q, sentence, index)
            if found_def is not None:
                antecedent, rivals_from = found_def
        if antecedent is None or self._has_rivals(q, rivals_from):
            return None
        text = self.text
        return Phrase.counted(
            q,
            index,
            end=end,
            ctx_end=end,
            weapon=antecedent.weapon if antecedent.ellipsis else text[antecedent.end - len(antecedent.head) : antecedent.end],
            head=antecedent.head,
            words=(antecedent.head,),
            class_=antecedent.class_,
            model=None,
            ellipsis=True,
            pronoun_ref=kind in {"pronoun", "breakdown"},
            antecedent=antecedent,
            own_verb=kind == "others",
        )

    def _headless_kind(self, q: Quantity, sentence: Sentence) -> tuple[str, int]:
        """How a headless count refers back, and where it ends ("" when it does not).

        "pronoun": "22 of them"; "others": "24 others were lost"; "another": "another 20";
        "verb": "five had hit"; "verb_active": "six hit targets"; "breakdown": ", 41 over the region".
        """
        text, stop, pos = self.text, sentence.end, q.span.end
        m = PRONOUN_OF.match(text, pos, stop)
        if m is None and q.text.lower().endswith(" of"):
            m = PRONOUN.match(text, pos, stop)
        if m is not None and m.group().split()[-1].casefold() in {"these", "those"} and self._determiner_use(m.end(), stop):
            m = None  # "one of these attacks": a determiner of another noun
        others = OTHERS.match(text, pos, stop) if m is None else None
        if others is not None and (RIGHT_VERB.match(text, others.end(), stop) or state_after(text, others.end())):
            return "others", others.end()  # "while 24 others were lost"
        if m is not None:
            return "pronoun", m.end()
        # the words right before the count (a comma may touch it: "of them,22 were")
        lead = PRONOUN_LEAD.tokens(text, max(sentence.start, q.span.start - 40), q.span.start)
        spaced = lead if not lead or lead[-1].end < q.span.start else []
        right = RIGHT_VERB.match(text, pos, stop)
        if right is not None and PRONOUN_LEAD.ending_at(lead) is not None:
            return "pronoun", pos
        nxt = word_tokens(text, pos, 1, stop)
        nxt_word = nxt[0][2].casefold() if nxt else ""
        if ELLIPSIS_PREFIX.ending_at(spaced) is not None and (
            not nxt_word or nxt_word in POSTMOD_STOP or nxt_word in _AFTER_ANOTHER or right is not None or state_after(text, pos)
        ):
            return "another", pos
        aux = right.group(1) if right is not None else ""
        if right is not None and aux and aux.split()[0].strip("\"“‘'").casefold() in _FINITE:
            return "verb", pos
        if right is not None and not aux and (right.group("hit") or right.group("lost") or right.group("lost2")):
            return "verb_active", pos  # "40 were downed, while six hit targets"
        if nxt_word in lx.BREAKDOWN_PREPOSITIONS and BREAKDOWN_BEFORE.ending_at(spaced) is not None:
            return "breakdown", pos
        return "", pos

    def _determiner_use(self, at: int, stop: int) -> bool:
        """Whether "these"/"those" ending at ``at`` determine a noun ("these attacks"), not stand alone."""
        nxt = word_tokens(self.text, at, 1, stop)
        return bool(
            nxt
            and nxt[0][0] - at <= 1
            and nxt[0][2].isalpha()
            and nxt[0][2].casefold() not in PRONOUN_FOLLOWERS
            and RIGHT_VERB.match(self.text, at, stop) is None
        )

    def _has_rivals(self, q: Quantity, rivals_from: int) -> bool:
        """Whether another count stands between the antecedent and ``q``.

        The count right before this one must be the antecedent's ("killing two people,
        including one in the capital" breaks down people, not the missiles before it).
        A count after a preposition ("over eight regions") is a place, not a rival.
        """
        text = self.text
        lo = bisect.bisect_right(self._q_starts, rivals_from)
        hi = bisect.bisect_left(self._q_starts, q.span.start)
        return any(
            rivals_from < o.span.start
            and o.span.end <= q.span.start
            and PREPOSITION_END.before(text, max(0, o.span.start - 20), o.span.start) is None
            and not PLACE_AFTER.match(text, o.span.end, min(len(text), o.span.end + 30))
            for o in self._quantities[lo:hi]
        )

    def _launched_object(self, q: Quantity, sentence: Sentence, index: int) -> Phrase | None:
        """A headless count a launch verb takes as its object, its head from the sentences before.

        "Russia aimed more than 300 at the capital" (after "incoming drones"); "more than the
        420 the army fired last month" (object relative). The head is the last munition noun
        named in this sentence or the one before.
        """
        at, end = q.span.start, q.span.end
        relative = own_statuses(self.text).object_at(at)
        if relative is None or q.count is None:
            return None
        head = self._munition_mentioned(index, at)
        if head is None:
            return None
        return Phrase.counted(
            q,
            index,
            end=end,
            weapon=head,
            head=head,
            words=(head,),
            class_=lx.HEADS[head] or "other",
            model=None,
            ellipsis=True,
            premod_status="launched",  # a launch verb takes it as its object
            premod_rule="weapons.object_relative" if relative else "weapons.launched_object",
        )

    def _munition_mentioned(self, index: int, before: int) -> str | None:
        """The last plural munition noun ("drones", "missiles") in sentence ``index`` or the one before."""
        first = self.sentences[max(0, index - 1)].start
        found = None
        for _s, _e, word in spaced_words(self.text, first, before):
            low = word.casefold()
            if low.endswith("s") and lx.HEADS.get(low) in lx.MUNITION_CLASSES and low not in lx.AMBIGUOUS_HEADS:
                found = low
        return found

    def _definite_antecedent(self, q: Quantity, sentence: Sentence, index: int) -> tuple[Phrase, int] | None:
        """The counted set a clause-initial count refers to through "the <head>" earlier in its sentence.

        Returns the phrase (from this or the previous sentence) and where the definite mention ends.
        """
        if CLAUSE_START_BEFORE.before(self.text, max(sentence.start, q.span.start - 12), q.span.start) is None:
            return None
        mention: tuple[str, int] | None = None
        for m in DEFINITE_HEAD.finditer(self.text, sentence.start, q.span.start):
            low = m.group(1).casefold()
            if low in lx.HEADS and low.endswith("s"):
                mention = (head_word(low), m.end())
        if mention is None:
            return None
        for phrase in reversed(self.phrases):
            if phrase.start >= q.span.start or phrase.sentence < index - 1:
                continue
            if not phrase.ellipsis and head_word(phrase.head) == mention[0]:
                return phrase, mention[1]
        return None

    def _antecedent(self, at: int, index: int, same_sentence_only: bool) -> Phrase | None:
        for phrase in reversed(self.phrases):
            if phrase.start >= at:
                continue
            if phrase.sentence == index or (not same_sentence_only and phrase.sentence == index - 1):
                return phrase
            return None
        return None
