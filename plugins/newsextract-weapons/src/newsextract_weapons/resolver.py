"""Clause-level status: groups a sentence's phrases into lists and gives each list its status."""

from __future__ import annotations

from collections.abc import Sequence

import newsextract
from newsextract.rules import Token
from newsextract.text import Quantity, Sentence

from . import lexicon as lx
from .anchors import (
    ALONG_WITH_BEFORE,
    BY_END,
    DETERMINER_END,
    OPEN_QUOTE_END,
    SUBSET_BEFORE,
    TARGET_BEFORE,
    TROOPS_ABOARD,
    WITH_END,
    WITH_THEN,
    last_clause_boundary,
    spaced_run,
    then_between,
    unmasked_tokens,
)
from .patterns import (
    CLAUSE_AND,
    COLON_GAP,
    DEPLOYMENT_AFTER,
    FINITE_AUX,
    GROUP_NOUNS,
    LIST_GAP,
    LOCATION,
    NEXT_WORD,
    NOT_OBJECT,
    OPENERS,
    PARTICIPLE_AGENT,
    PASSIVE_AUX,
    PLATFORM_CLASSES,
    PREPOSITIONS,
    PRONOUN_SUBJECT,
    RIGHT_VERB,
    SUBJECT_AUX,
    SUPPLY_PARTICIPLE,
    TARGET,
)
from .phrase import Phrase
from .rules import EXISTENTIAL, PARTICIPLE, TIME_TALLY, own_statuses, state_after
from .state import ReaderBase
from .words import left_verbs, past_aside, spaced_words

#: Verbs of a clause in which "with" governs the list: "attacked Ukraine with 147 drones".
_ATTACK_WORDS = lx.ATTACK_VERBS | {"launched", "fired", "hit"}


class StatusResolver(ReaderBase):
    """Gives each list of phrases the status its clause says."""

    def _assign_statuses(self, index: int, sentence: Sentence, found: list[Phrase]) -> None:
        """Give every phrase of the sentence its status, actor, target and location."""
        mtext = self._masked(sentence, found)
        words = self._words_of(sentence)
        aid = bool(words & lx.AID_CONTEXT) or (index > 0 and bool(self._words_of(self.sentences[index - 1]) & lx.AID_CONTEXT))
        groups = self._groups([p for p in found if not p.nested], mtext, aid)
        previous_status: str | None = None
        for i, group in enumerate(groups):
            before = groups[i - 1] if i > 0 else None
            status, verb_at, rule = self._group_status(group, before, previous_status, mtext, sentence, aid)
            previous_status = status
            for p in group:
                p.rule = rule
            self._apply(group, status, verb_at, mtext, sentence)
        # Nested phrases share their outer phrase's context.
        for i, p in enumerate(found):
            if p.nested and i > 0:
                # "shot down 20 of the 25 drones": the 25 were launched; "sank three of the four
                # boats": the four were there (other); "send two of its 30 promised jets": supplied too.
                outer_status = found[i - 1].status
                whole = "launched" if p.class_ in lx.MUNITION_CLASSES else "other"
                p.status = whole if outer_status in {"neutralized", "hit", "lost"} else outer_status
                p.actor = found[i - 1].actor
                p.rule = "weapons.partitive_whole"

    def _masked(self, sentence: Sentence, found: Sequence[Phrase]) -> str:
        """The sentence with every weapon phrase blanked out (same offsets)."""
        text = self.text
        pieces: list[str] = []
        cursor = sentence.start
        for p in found:
            if p.ctx_start >= cursor:
                pieces.append(text[cursor : p.ctx_start])
                cursor = p.ctx_start
            if p.ctx_end > cursor:
                pieces.append(" " * (p.ctx_end - cursor))
                cursor = p.ctx_end
        pieces.append(text[cursor : sentence.end])
        return "".join(pieces)

    def _groups(self, outer: Sequence[Phrase], mtext: str, aid: bool) -> list[list[Phrase]]:
        """List members: phrases separated only by commas and conjunctions, in one clause."""
        groups: list[list[Phrase]] = []
        for p in outer:
            if groups and not p.own_verb:
                last = groups[-1][-1]
                gap = LIST_GAP.match(self.text, last.ctx_end, p.ctx_start)
                if (
                    gap is not None
                    and gap.end() == p.ctx_start
                    and p.ctx_start >= last.ctx_end
                    and not self._new_clause(groups[-1], p, mtext, aid)
                ):
                    groups[-1].append(p)
                    continue
            groups.append([p])
        return groups

    def _group_status(
        self,
        group: Sequence[Phrase],
        before: Sequence[Phrase] | None,
        previous_status: str | None,
        mtext: str,
        sentence: Sentence,
        aid: bool,
    ) -> tuple[str | None, int | None, str]:
        """The list's status, where its verb stands in ``mtext`` (None when no verb before it), and the
        name of the rule that gave it (what ``newsextract explain`` shows)."""
        text, base = self.text, sentence.start
        first, last = group[0], group[-1]
        # "two landing ships are listed in active service", "30 drones were shot down"
        state = state_after(text, last.end)
        status, rule = state or (
            self._right_status(last.ctx_end, sentence.end, first.class_ in lx.MUNITION_CLASSES, aid),
            "weapons.verb_after",
        )
        verb_at: int | None = None
        if status is None:
            status, verb_at = self._left_status(mtext, first.ctx_start - base, aid, first)
            rule = "weapons.verb_before"  # "shot down 30 drones"
        if status is None:
            status, rule = self._own_status(group, mtext, base)
        if status is None and previous_status is not None:
            if before is not None and COLON_GAP.fullmatch(text, before[-1].ctx_end, first.ctx_start) is not None:
                status, rule = previous_status, "weapons.colon_list"  # "37 missiles: one Kinzhal, 24 Kh-101"
            elif before is not None and then_between(text, before[-1].ctx_end, first.ctx_start):
                status, rule = previous_status, "weapons.then_before"  # "fired 40 drones, then 12 missiles"
            elif ALONG_WITH_BEFORE.before(text, max(base, first.ctx_start - 30), first.ctx_start) is not None:
                # "170 tanks are due by 2030, along with 81 armoured vehicles": the addition
                # shares the status of the phrase it is added to.
                status, rule = previous_status, "weapons.along_with"
        if status is not None and verb_at is not None and DEPLOYMENT_AFTER.match(text, last.ctx_end, sentence.end):
            # "sent 76 aircraft around the island": a deployment, not a delivery.
            word = mtext[verb_at : verb_at + 4].casefold()
            if status == "supplied" and word.startswith(("sen", "dis")):
                status = "launched" if first.class_ in lx.MUNITION_CLASSES else None
        return status, verb_at, rule

    def _apply(self, group: Sequence[Phrase], status: str | None, verb_at: int | None, mtext: str, sentence: Sentence) -> None:
        """Set the list's status, actor, target and location on each member (with its own exceptions)."""
        base = sentence.start
        actor = self._actor(mtext, verb_at, base) if verb_at is not None and status in {"launched", "supplied"} else None
        target, location = self._where(group[-1].ctx_end, sentence.end, status)
        for p in group:
            p.status = status
            if status in {"neutralized", "hit", "lost"} and SUBSET_BEFORE.before(self.text, max(0, p.start - 40), p.start):
                p.status, p.rule = "launched", "weapons.subset_whole"  # "most of the 180 missiles were intercepted"
            if p.status is None and p.antecedent is not None and p.pronoun_ref:
                p.status, p.rule = p.antecedent.status, "weapons.refers_back"
            if p.status is None and p.premod_status is not None:
                p.status, p.rule = p.premod_status, p.premod_rule or "weapons.premodifier"  # "showed 12 destroyed planes"
            p.actor = actor
            p.target, p.location = target, location
            if p.status is not None:
                self._first_status.setdefault(p.class_, p.status)

    def _both(self, sentence: Sentence) -> list[Quantity]:
        """ "destroying 28 drones and both missiles": "both" closing a list counts two (rule ``weapons.both``)."""
        return [
            Quantity(newsextract.Span(at, end), self.text[at:end], 2, "exact")
            for at, end in own_statuses(self.text).both.items()
            if sentence.start <= at < sentence.end
        ]

    def _new_clause(self, group: Sequence[Phrase], p: Phrase, mtext: str, aid: bool) -> bool:
        """ "launched 40 drones and 12 missiles, and 30 drones were shot down": after ", and" a
        phrase with a finite verb of its own starts a clause, when a verb before governs the list."""
        gap = self.text[group[-1].ctx_end : p.ctx_start]
        if CLAUSE_AND.fullmatch(gap) is None:
            return False
        right = RIGHT_VERB.match(self.text, p.ctx_end, self.sentences[p.sentence].end)
        if right is None or FINITE_AUX.search(right.group(1) or "") is None:
            return False
        base = self.sentences[p.sentence].start
        return self._left_status(mtext, group[0].ctx_start - base, aid, group[0])[0] is not None

    def _own_status(self, group: Sequence[Phrase], mtext: str, base: int) -> tuple[str | None, str]:
        """Status a list says of itself when no verb governs it (the rules of :mod:`.rules`).

        A reduced relative right after the list: "40 drones launched from the border", "49 drones
        intercepted over the region"; an existential tally of munitions: "there have been 500 drones".
        """
        first, last = group[0], group[-1]
        found = own_statuses(self.text)
        gap = self.text[last.end : last.end + 4]
        after = last.end + len(gap) - len(gap.lstrip(" \t"))
        status = found.participle_at(after) if 0 < after - last.end <= 3 else None
        if status == "neutralized":
            return status, PARTICIPLE.name
        if status is not None and first.class_ in lx.MUNITION_CLASSES:
            return status, PARTICIPLE.name  # a platform "fired at by the rebels" was the target
        if first.ctx_start in found.existentials:  # "there are 100 tanks in storage": other
            return ("launched" if first.class_ in lx.MUNITION_CLASSES else "other"), EXISTENTIAL.name
        if first.class_ in lx.MUNITION_CLASSES and found.tally_at(first.ctx_start):
            return "launched", TIME_TALLY.name  # "June saw 5,000 drones"
        return None, ""

    def _right_status(self, pos: int, stop: int, munition: bool, aid: bool = False) -> str | None:
        """Status from a verb right after the phrase (its subject); ``munition``: drones, missiles ..."""
        m = RIGHT_VERB.match(self.text, past_aside(self.text, pos, stop), stop)
        if m is None:
            return None
        if m.group("part"):
            # "ten sea drones took part in the attack": used; "in the exercise": other; "in the talks": nothing.
            op = m.group("op").casefold()
            if op in lx.OPERATION_NOUNS:
                return "launched"
            return "other" if op in lx.EXERCISE_NOUNS else None
        if m.group("due"):
            # "eight helicopters are due by 2030": a delivery; a munition only in aid talk.
            return "supplied" if (aid or not munition) else None
        if m.group("reach"):
            # "two air defense systems will reach Ukraine": a delivery; a munition only in aid talk.
            future = any(w in {"will", "would"} for w in (m.group(1) or "").casefold().split())
            return "supplied" if future and (aid or not munition) else None
        aux = m.group(1) or ""
        passive = PASSIVE_AUX.search(aux) is not None
        if m.group("lost2"):
            return "lost"
        if m.group("neut"):
            if passive:
                return "neutralized"
            verb = m.group("neut").casefold()
            if verb not in {"destroyed", "damaged"} or aux.strip():
                return None
            # "two drones destroyed a depot" (hit); "five vehicles destroyed" (elliptic passive)
            return "hit" if munition else "neutralized"
        if m.group("hit"):
            if passive:  # "only one jet was hit": a platform struck is damaged (other); a munition, downed
                return "neutralized" if munition or m.group("hit").casefold() not in {"hit", "struck"} else "other"
            if munition:
                return "hit"
            # "four jets struck targets": the platforms were used; "three planes landed": nothing.
            return "launched" if m.group("hit").casefold() in {"hit", "struck"} else None
        if m.group("lost"):
            return "lost"
        if m.group("launched"):
            if passive:
                return "launched"
            # "two fighter jets dropped four bombs": a platform firing is used (launched);
            # "40 drones launched at Kyiv ..." is a reduced relative, read by what follows.
            if munition or aux.strip():
                return None
            nxt = NEXT_WORD.match(self.text, m.end(), stop)
            return "launched" if nxt is not None and nxt.group(1).casefold() not in NOT_OBJECT else None
        if m.group("crossed"):
            return "launched" if munition else None
        if m.group("other"):
            return "other"
        if m.group("aimed"):
            return None if passive else "launched"
        if m.group("supplied"):
            verb = m.group("supplied").casefold()
            if not aux.strip() and verb in SUPPLY_PARTICIPLE and PARTICIPLE_AGENT.match(self.text, m.end(), stop):
                return "supplied"  # "400 shells bought from abroad": a reduced passive
            return "supplied" if passive or verb.startswith("arriv") or "would" in aux or "will" in aux else None
        return None

    def _left_status(self, mtext: str, at: int, aid: bool, first: Phrase) -> tuple[str | None, int | None]:
        """Status from the nearest status verb before the list in its clause, and where that verb stands."""
        region_start, region, clause_tokens = _clause_before(self.text, mtext, self.sentences[first.sentence].start, at)
        offset = self.sentences[first.sentence].start + region_start
        end = offset + len(region)
        # the last words of the clause (40 characters at most) right before the list
        floor = max(offset, end - 40)
        i = len(clause_tokens)
        while i > 0 and clause_tokens[i - 1].start >= floor:
            i -= 1
        if i > 0 and clause_tokens[i - 1].end > floor:  # a word cut by the window: its piece counts
            tail = BY_END.tokens(self.text, floor, end, region, offset)
        else:
            tail = spaced_run(clause_tokens[i:], end)
        if BY_END.ending_at(tail) is not None:
            return "hit", None
        if TARGET_BEFORE.ending_at(tail) is not None:
            return None, None  # "hurled stones at two vehicles": a target, not a weapon
        if first.class_ in PLATFORM_CLASSES:
            aboard = TROOPS_ABOARD.ending_at(tail)
            who = aboard.get("who") if aboard is not None else None
            if who is not None and tail[who[0]].lower in lx.TROOP_NOUNS:
                return "launched", None  # "commandos aboard four helicopters": the platforms were used
        clause = [
            (s - offset, w.casefold()) for s, _e, w in spaced_words(self.text, offset, offset + len(region), region, offset)
        ]
        words = frozenset(w for _s, w in clause)
        # the words first: the with-list patterns matter only in a clause of attack or launch
        if words & _ATTACK_WORDS and (WITH_END.ending_at(tail) or WITH_THEN.before(self.text, offset, end, region, offset)):
            # "attacked Ukraine with 147 drones": the attack verb governs the list
            attack = next((s for s, w in reversed(clause) if w in lx.ATTACK_VERBS), None)
            return "launched", (region_start + attack) if attack is not None else None
        # "the destroyed ship could carry 20 tanks": a participle after a determiner is an adjective,
        # and "a dispatch", "the produce" are nouns
        verbs = [
            v
            for v in left_verbs(self.text, region, self.sentences[first.sentence].start + region_start)
            if not (
                (v.group().endswith("ed") or lx.LEFT_VERBS.get(v.group()) == "other")
                and DETERMINER_END.before(self.text, offset, offset + v.start(), region, offset) is not None
            )
        ]
        if not verbs:
            return None, None
        verb = verbs[-1]
        status, governs = self._verb_status(" ".join(verb.group().casefold().split()), words, aid, first)
        return status, (region_start + verb.start()) if governs else None

    def _verb_status(self, word: str, words: frozenset[str], aid: bool, first: Phrase) -> tuple[str | None, bool]:
        """The status a verb before the list gives it, and whether the verb's subject is the actor.

        ``words`` are the lower-case words of the clause before the list."""
        if word in {"carried out by", "conducted by"}:
            return "launched", False
        if word in lx.USE_VERBS:
            # "used 40 drones"; "using some 60 fighter jets" only in a military sentence.
            # A platform the phrase itself marks as military ("two B-2 bombers") is usable anywhere.
            usable = (
                first.class_ in lx.MUNITION_CLASSES
                or first.model is not None
                or bool(set(first.words) & lx.MILITARY_WORDS)
                or self._military_sentence(self.sentences[first.sentence])
            )
            return ("launched" if usable else None), True
        if word in lx.INCLUDE_VERBS:
            return self._include_status(word, words, aid, first)
        status = lx.LEFT_VERBS.get(word)
        if not status:  # "seized", "recovered": not a status of the vocabulary
            return None, False
        if status == "lost" and first.class_ in PLATFORM_CLASSES:
            status = "neutralized"  # "the army has lost 40 tanks": destroyed in combat, not astray
        if status == "supplied" and word.startswith("sen") and not aid and self._sent_in_attack(words, first):
            status = "launched"  # "sent 100 drones" in an attack report is launched
        return status, True

    def _include_status(self, word: str, words: frozenset[str], aid: bool, first: Phrase) -> tuple[str | None, bool]:
        """ "include": supplied in aid talk, else the status of the set the list breaks down."""
        if word in lx.INVOLVE_VERBS and words & lx.OPERATION_NOUNS:
            return "launched", False  # "the strikes involved 14 jets": the platforms were used
        if aid:
            return "supplied", True
        if first.antecedent is not None and first.antecedent.status:
            return first.antecedent.status, False
        earlier = self._first_status.get(first.class_)
        if earlier is not None:
            return earlier, False
        return ("launched" if first.class_ in lx.MUNITION_CLASSES else None), False

    def _sent_in_attack(self, words: frozenset[str], first: Phrase) -> bool:
        """Whether "sent" reports an attack: attack words in the clause, or munitions in a sentence of firing
        ("fired four missiles ... and also sent two drone boats")."""
        if words & {"attack", "overnight", "wave", "barrage"}:
            return True
        return first.class_ in lx.MUNITION_CLASSES and bool(self._words_of(self.sentences[first.sentence]) & lx.FIRING_WORDS)

    def _actor(self, mtext: str, verb_at: int, base: int) -> str | None:
        """The subject of the status verb when it is a named actor ("Russia", "Houthi rebels").

        ``mtext`` is the sentence from offset ``base`` with its phrases blanked; the verb stands at ``verb_at``.
        """
        lo = max(0, verb_at - 120)
        window = mtext[lo:verb_at]
        shift = base + lo
        tokens = [(s - shift, e - shift, w) for s, e, w in spaced_words(self.text, shift, base + verb_at, mtext, base)]
        # Walk back over auxiliaries ("has", "will", "reportedly") to the subject's last word.
        i = len(tokens) - 1
        while i >= 0 and tokens[i][2].casefold() in SUBJECT_AUX:
            i -= 1
        end = i
        while i >= 0:
            word = tokens[i][2]
            joined = i == end or not window[tokens[i][1] : tokens[i + 1][0]].strip()
            if joined and (word[:1].isupper() or word.casefold() in GROUP_NOUNS):
                i -= 1
                continue
            break
        if (
            end >= 0
            and window[tokens[end][1] :].strip(" \t")
            and not all(t[2].casefold() in SUBJECT_AUX for t in tokens[end + 1 :])
        ):
            return None
        run = tokens[i + 1 : end + 1]
        while run and (not run[0][2][:1].isupper() or run[0][2].casefold() in OPENERS):
            run = run[1:]
        if not run or run[0][2].casefold() in PRONOUN_SUBJECT | OPENERS:
            return None
        if i >= 0 and tokens[i][2].casefold() in PREPOSITIONS:
            return None  # "destroyers in the eastern Mediterranean fired": a place, not the actor
        if any(t[2].casefold() in PREPOSITIONS for t in tokens[max(0, i - 2) : i + 1]):
            return None
        return " ".join(window[run[0][0] : run[-1][1]].split())

    def _where(self, pos: int, stop: int, status: str | None) -> tuple[str | None, str | None]:
        window_end = min(stop, pos + 120)
        target = None
        location = None
        if status in {"launched", "hit"}:
            m = TARGET.match(self.text, pos, window_end)
            if m is not None:
                target = m.group(1).strip() or None
        m2 = LOCATION.match(self.text, pos, window_end)
        if m2 is not None:
            location = " ".join(m2.group(1).split())
        return target, location


def _clause_before(text: str, mtext: str, base: int, at: int) -> tuple[int, str, list[Token]]:
    """Where the clause holding offset ``at`` of ``mtext`` (``text`` from ``base`` with its phrases
    blanked) starts (at most 160 characters back), its masked text up to ``at`` and its tokens."""
    region_start = max(0, at - 160)
    region = mtext[region_start:at]
    lo, hi = base + region_start, base + at
    tokens = unmasked_tokens(text, lo, hi, region, lo)
    # An opening quote right before the list is no boundary: shot down "12 drones, 3 missiles"
    run = spaced_run(tokens, hi, touching=True)
    opening = OPEN_QUOTE_END.ending_at(run)
    if opening is not None:
        cut = run[opening.start].start - lo
        region = region[:cut] + " " * (len(region) - cut)
        tokens = tokens[: len(tokens) - len(run) + opening.start]
    boundary = last_clause_boundary(tokens)
    if boundary is not None:
        cut = tokens[boundary].end - lo
        region_start += cut
        region = region[cut:]
        tokens = tokens[boundary + 1 :]
    return region_start, region, tokens
