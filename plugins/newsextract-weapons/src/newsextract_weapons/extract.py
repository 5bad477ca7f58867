"""The ``weapon_count`` extractor: counted weapon phrases and what happened to them.

Reading order, per sentence that names a weapon noun:

1. every count the core finds (:func:`newsextract.text.find_quantities`) is tried as the
   start of a weapon phrase: count, optional partitive ("88 of the", "all but one of the"),
   up to seven modifier words ("Shahed-type", "Kinzhal hypersonic", "U.S.-made Bradley
   fighting"), a head noun from :data:`~newsextract_weapons.lexicon.HEADS`;
   a count with no head of its own ("22 of them", "another 20", "at least five had hit")
   takes the head of the weapon phrase before it;
2. phrases joined only by commas and conjunctions form a list that shares one status;
3. the status comes from a verb right after the list whose subject it is ("were shot
   down", "had struck targets", "missed", "arrived"), else from the nearest status verb
   before it in its clause ("fired", "shot down", "will send", "attacked ... with");
4. a phrase with no status verb is not a fact (a swarm on show, a price list, a film prop).
"""

from __future__ import annotations

import bisect

import newsextract
from newsextract.rules import rule_provenance
from newsextract.text import Sentence, is_year_like

from .anchors import RANGE_LOW
from .ellipsis import EllipsisReader
from .patterns import head_word
from .phrase import Phrase
from .phrases import PhraseReader
from .resolver import StatusResolver
from .value import WeaponCount
from .words import head_near, model_before

__all__ = ["extract_weapon_counts"]


class _Reader(PhraseReader, EllipsisReader, StatusResolver):
    """Reads one document."""

    # -- statuses ----------------------------------------------------------------------
    def _read_sentence(self, index: int, sentence: Sentence) -> list[Phrase]:
        text = self.text
        lo = bisect.bisect_left(self._q_starts, sentence.start)
        hi = bisect.bisect_left(self._q_starts, sentence.end)
        quantities = [q for q in self._quantities[lo:hi] if q.span.end <= sentence.end and not is_year_like(q)]
        if quantities:
            quantities = sorted([*quantities, *self._both(sentence)], key=lambda q: q.span.start)
        found: list[Phrase] = []
        skip_until = -1
        for q in quantities:
            if q.span.start < skip_until or q.count == 0:
                continue
            near = head_near(text, q.span.end)
            phrases = self._phrase_at(q, sentence, index, quantities) if near else []
            if not phrases:
                ellipsis = self._launched_object(q, sentence, index)
                if ellipsis is not None:
                    phrases = [ellipsis]
            if not phrases:
                if not self.phrases or self.phrases[-1].sentence < index - 1:
                    continue  # nothing a headless count could refer to
                ellipsis = self._ellipsis_at(q, sentence, index, quantities)
                if ellipsis is None:
                    continue
                phrases = [ellipsis]
            if model_before(text, q.span.start, sentence.start):
                continue  # "Leopard 2 tanks": the 2 belongs to the model name
            if phrases[0].qualifier == "exact" and RANGE_LOW.before(text, max(sentence.start, q.span.start - 60), q.span.start):
                phrases[0].qualifier = "at_most"  # "between 300 and 400 drones": at most 400
            found.extend(phrases)
            self.phrases.extend(phrases)
            skip_until = max(phrases[0].end, phrases[-1].q.span.end)
        if not found:
            return []
        self._assign_statuses(index, sentence, found)
        return found

    # -- derived counts ----------------------------------------------------------------
    def _derive(self, p: Phrase) -> None:
        if p.q.all_but is None or p.status is None:
            return
        earlier = [
            o
            for o in self.phrases
            if o.start < p.start and o.class_ == p.class_ and o.status == "launched" and o.sentence <= p.sentence and o is not p
        ]
        if not earlier:
            return
        last_sentence = max(o.sentence for o in earlier)
        group = [o for o in earlier if o.sentence == last_sentence]
        if any(o.qualifier != "exact" or o.count is None or o.derived for o in group):
            return
        generic = [o for o in group if o.weapon.casefold() == o.head]
        total = generic[0].count if len(generic) == 1 and generic[0].count is not None else sum(o.count or 0 for o in group)
        if total is None or total <= p.q.all_but:
            return
        p.count = total - p.q.all_but
        p.qualifier = "exact"
        p.derived = True
        p.derivation = f"{p.count} = {total} launched - {' '.join(p.q.text.split())!r}"

    # -- facts -------------------------------------------------------------------------
    def facts(self) -> list[newsextract.Fact]:
        text = self.text
        out: list[newsextract.Fact] = []
        if not self._q_starts:
            return out  # no count anywhere
        for index, sentence in enumerate(self.sentences):
            h = bisect.bisect_left(self._q_starts, sentence.start)
            if h >= len(self._q_starts) or self._q_starts[h] >= sentence.end:
                continue  # no count in this sentence
            found = self._read_sentence(index, sentence)
            for p in found:
                self._derive(p)
                if p.status is None:
                    continue
                if p.q.vague and p.lower_bound is None:
                    continue  # "many drones": no amount at all
                if p.status == "launched" and p.head and _is_product_launch(p):
                    continue
                self.accepted_heads.add(head_word(p.head))
                value = WeaponCount(
                    weapon=" ".join(p.weapon.split()),
                    class_=p.class_,
                    count=p.count,
                    qualifier=p.qualifier,
                    status=p.status,
                    model=p.model,
                    actor=p.actor,
                    target=p.target,
                    location=p.location,
                    lower_bound=p.lower_bound,
                    derived=p.derived,
                )
                confidence = 0.6 if (p.ellipsis or p.derived) else 0.85
                out.append(
                    newsextract.Fact(
                        kind="weapon_count",
                        span=newsextract.Span(p.start, p.end),
                        text=text[p.start : p.end],
                        value=value,
                        confidence=confidence,
                        provenance=rule_provenance(
                            p.rule + (".headless" if p.ellipsis else ""), newsextract.Span(p.ctx_start, p.ctx_end), p.derivation
                        ),
                    )
                )
        return out


def _is_product_launch(p: Phrase) -> bool:
    """ "launched five new drones": a product launch, not a weapon launch."""
    return "new" in p.words


def extract_weapon_counts(document: newsextract.Document) -> list[newsextract.Fact]:
    """Find ``weapon_count`` facts in ``document`` (see the module docstring)."""
    text = document.text
    if not text:
        return []
    return _Reader(document).facts()
