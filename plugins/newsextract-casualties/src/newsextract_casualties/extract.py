"""Reading casualty counts out of news sentences.

The extractor works sentence by sentence. A sentence is read only when it holds a
casualty word (a cheap keyword test). In it, every count (from the core's number
reader) and every singular person noun phrase ("a 7-year-old boy", "the suspect")
is a *subject*. Each subject gets

1. its noun phrase: "four children", "seven of the wounded", "the crew of 23", or
   none ("17 were wounded": the noun is carried over from the sentence's previous
   casualty, else "people");
2. its status, from the first rule that applies:
   "including"/"among them" (a part of the previous casualty), a predicate after it
   ("were killed", "remain missing", "were taken to hospital", "required medical
   assistance"), a verb before it ("killing", "rescued", "claimed the lives of",
   "the dead included"), a toll ("the death toll rose to 27"), a status noun
   ("27 deaths", "1 fatality", "took 251 hostages"), a participle in the noun phrase
   ("received 43 wounded people"), or coordination with the previous casualty
   ("killing four civilians and wounding 11", "12 classmates and a teacher");
3. a location from the clause ("in the northeastern city of Kharkiv", a leading
   "In Kharkiv,", or carried over in coordination).

Document-level passes then mark superseded tolls and harmonise restatements
(the lead and the body saying the same thing) so the core folds them into one fact.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import regex

from newsextract import Document, Fact, Span
from newsextract.rules import rule_provenance
from newsextract.text import LazyPattern, sentence_bounds

from .reader import Reader
from .state import Candidate
from .value import Casualty, distinct_people, normalize_who, says_additional

__all__ = ["extract_casualties"]

#: How far back (in facts) a part looks for its whole, and a restatement for what it restates.
_LOOKBACK: Final = 40


def _mark_superseded(found: list[Candidate]) -> set[int]:
    """Indices of earlier tolls that a later, revised one replaces."""
    latest = [c for c in found if c.toll and not c.earlier and c.count is not None]
    if not latest:
        return set()
    latest_counts: dict[str | None, set[int]] = {}
    for t in latest:
        if t.count is not None:
            latest_counts.setdefault(t.status, set()).add(t.count)
    out = set()
    for i, c in enumerate(found):
        if not c.earlier or c.count is None or c.whole is not None or not (c.toll or c.status == "killed"):
            continue
        if latest_counts.get(c.status, set()) - {c.count}:
            out.add(i)
    return out


#: Words that hand a figure to another account than the text's own: "other sources reported",
#: "the villagers contest that figure", "a claim that has not been confirmed".
_ALTERNATIVE: Final = LazyPattern(
    r"\b(?:other|another|some|different|conflicting|local|unofficial)\s+(?:sources?|reports?|accounts?|estimates?)\b"
    r"|\bcontest(?:s|ed)?\s+(?:that|the|this)\s+(?:figure|number|toll|account)"
    r"|\b(?:has|have|had)\s+not\s+been\s+(?:confirmed|verified|corroborated)\b|\bunconfirmed\b",
    regex.IGNORECASE | regex.VERSION0,
)


def _alternative_accounts(found: list[Candidate], text: str) -> set[int]:
    """Indices of figures another account gives after the text's own figure of that status:
    "killing 1 soldier. Other sources report that 2 soldiers were killed" (left out of the
    totals like a revised toll; the fact itself stays)."""
    out: set[int] = set()
    for i, c in enumerate(found):
        if c.count is None or c.whole is not None:
            continue
        own = next((p for p in found[:i] if p.status == c.status and p.whole is None and p.count is not None), None)
        if own is None or own.end > c.start or own.count == c.count:
            continue  # the same figure again is a restatement, whoever gives it
        sentence_start, sentence_end = sentence_bounds(text, c.start)
        after_end = next((f.start for f in found[i + 1 :] if f.start >= c.end), sentence_end)
        # the account's words stand before the figure in its sentence, or right after it
        # ("... 15 soldiers died, which has not been confirmed")
        if _ALTERNATIVE.search(text, max(own.end, sentence_start), c.start) or _ALTERNATIVE.search(
            text, c.end, min(after_end, sentence_end)
        ):
            out.add(i)
    return out


def _compatible(a: Casualty, b: Casualty) -> bool:
    if a.status != b.status or a.count != b.count or a.lower_bound != b.lower_bound:
        return False
    if distinct_people(
        {v.name for v in a.victims}, a.subset_of is not None, {v.name for v in b.victims}, b.subset_of is not None
    ):
        return False  # "Ana Ruiz was injured ... Li Wen was injured": two people, not one said twice
    if a.location and b.location and a.location.casefold() != b.location.casefold():
        return False
    wa, wb = normalize_who(a.who), normalize_who(b.who)
    if wa != wb and "people" not in (wa, wb) and not (wa.endswith(" " + wb) or wb.endswith(" " + wa)):
        return False  # "two soldiers" and "two Israeli soldiers" agree: one only adds a modifier
    return a.qualifier == b.qualifier or "exact" in (a.qualifier, b.qualifier)


#: The rule name ``newsextract explain`` shows for each way a casualty is read (the scans of
#: :mod:`.rules` carry their own rule names).
RULE_NAMES: Final = {
    "including": "part-of-previous",
    "right": "predicate-after",
    "held": "still-held",
    "left": "phrase-before",
    "toll": "toll",
    "noun": "status-noun",
    "participle": "participle-in-phrase",
    "coordination": "coordination",
    "named": "named-victims",
    "airlift": "airlifted-to-hospital",
    "injury": "taken-with-injury",
}


def _values(found: list[Candidate], spans: list[Span], text: str) -> list[Casualty]:
    """The value of each candidate, with the whole it is a part of and whether it is superseded."""
    superseded = _mark_superseded(found) | _alternative_accounts(found, text)
    index_of = {id(c): i for i, c in enumerate(found)}
    values: list[Casualty] = []
    for i, c in enumerate(found):
        whole = spans[index_of[id(c.whole)]] if c.whole is not None and id(c.whole) in index_of else None
        if whole is None and c.partitive is not None:
            # "seven of the wounded", "two children were among the dead": the latest such group before.
            for j in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
                if found[j].status == c.partitive and found[j].whole is None and found[j].partitive is None:
                    whole = spans[j]
                    break
        values.append(
            Casualty(
                status=c.status or "killed",
                count=c.count,
                qualifier=c.qualifier,
                who=c.who,
                location=c.location,
                lower_bound=c.lower_bound if c.count is None else c.count,
                subset_of=whole,
                superseded=i in superseded,
                derived=c.derived,
                victims=c.victims[: c.count] if c.count is not None else c.victims,
            )
        )
    return values


def _bracketed_after(text: str, end: int, start: int) -> bool:
    """True when a figure at ``start`` stands in brackets opened after an earlier one's ``end``:
    a recap of it ("one soldier was killed near the village [1 fatality]", "(2 fatalities)")."""
    between = text[end:start]
    return any(between.rfind(o) > between.rfind(c) for o, c in (("(", ")"), ("[", "]")))


def _merge_restatements(found: list[Candidate], values: list[Casualty], text: str) -> None:
    """A later fact that says the same as an earlier one (in another sentence, or in brackets
    after it in its own: "two soldiers were killed (2 fatalities)") takes the
    earlier one's value, so the core folds both into one fact with two mentions; not when
    its own words say it is one more ("two other policemen were killed")."""
    earlier: dict[tuple[str, int | None, int | None], list[int]] = {}
    for i, value in enumerate(values):
        bucket = earlier.setdefault((value.status, value.count, value.lower_bound), [])
        if bucket and says_additional(text[found[i].start : found[i].end]):
            bucket.append(i)
            continue
        for j in bucket[-_LOOKBACK:]:
            same = found[j].sentence == found[i].sentence and not _bracketed_after(text, found[j].end, found[i].start)
            if same or values[j].superseded != value.superseded:
                continue
            if _compatible(values[j], value):
                victims = (*values[j].victims, *(v for v in value.victims if v.name not in {w.name for w in values[j].victims}))
                merged = attrs.evolve(values[j], location=values[j].location or value.location, victims=victims)
                values[i] = values[j] = merged
                break
        bucket.append(i)


def extract_casualties(document: Document) -> Iterator[Fact]:
    """The ``casualty`` extractor: every casualty count the document states, as facts, each
    carrying the name of the rule that read it (``newsextract explain``)."""
    text = document.text
    if not text:
        return
    found = Reader(document).read()
    spans = [Span(c.start, c.end) for c in found]
    values = _values(found, spans, text)
    _merge_restatements(found, values, text)
    for cand, span, value in zip(found, spans, values, strict=True):
        if value.count == 0 or span.end <= span.start:
            continue
        confidence = 0.7 if value.derived else 0.9
        rule = rule_provenance(RULE_NAMES.get(cand.via, cand.via or "clause"), span)
        yield Fact("casualty", span, text[span.start : span.end], value, confidence, provenance=rule)
