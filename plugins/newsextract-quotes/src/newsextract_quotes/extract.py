"""Finding direct quotes and their speakers in an article."""

from __future__ import annotations

from collections.abc import Iterator

from newsextract import Document, Fact, Span
from newsextract.rules import rule_provenance
from newsextract.text import group_continued

from .filters import clean_part, in_headline, is_fragment, named_work, nickname, noun_modifier, title_words, words_of
from .frames import QUOTE_CHAR, SPACE
from .grouping import group_quotes
from .resolver import SpeakerResolver
from .speakers import (
    ORGANIZATION,
    PERSON,
    PRONOUN,
    UNNAMED,
)
from .value import Quote

__all__ = ["extract_quotes"]


KIND = "quote"


def extract_quotes(document: Document) -> Iterator[Fact]:
    """Every direct quote of ``document`` with an attributed speaker, as ``quote`` facts.

    A regex guard timing out on hostile input ends the scan: the facts found so far stand.
    """
    try:
        yield from _extract(document)
    except TimeoutError:
        return


def _extract(document: Document) -> Iterator[Fact]:
    text = document.text
    if QUOTE_CHAR.search(text) is None:
        return
    quotes = [q for q in group_continued(text) if not nickname(text, q)]
    if not quotes:
        return
    resolver = SpeakerResolver(text, [Span(q.open, q.close + 1) for q in quotes])
    works = {q.open for q in quotes if named_work(text, q)}
    for unit, attribution in group_quotes(text, quotes, works):
        if works:
            unit = [q for q in unit if q.open not in works]
            if not unit:
                continue
        parts = [clean_part(text, p) for q in unit for p in q.parts]
        parts = [p for p in parts if len(p)]
        if not parts:
            continue
        joined = SPACE.sub(" ", " ".join(p.of(text) for p in parts)).strip()
        words = words_of(text, parts)
        if not words or is_fragment(words):
            continue
        if not attribution.after and title_words(words):
            continue
        if in_headline(text, unit, attribution) or noun_modifier(text, unit):
            continue
        speaker = attribution.speaker
        name, antecedent, doubt = resolver.resolve(speaker, unit[0].open, after=attribution.after)
        confidence = (0.9 if attribution.after else 0.8) - doubt
        if len(words) < 4:
            confidence -= 0.2
        span = Span(parts[0].start, parts[-1].end)
        value = Quote(
            speaker=name,
            text=joined,
            speaker_title=None,
            verb=attribution.verb or None,
            medium=attribution.medium,
            speaker_span=speaker.span,
            parts=tuple(parts),
            speaker_as_written=speaker.name,
            speaker_type=speaker.kind,
            antecedent_span=antecedent,
        )
        # the frame that attributed the quote is the fact's rule (``newsextract explain``)
        provenance = rule_provenance(attribution.frame, Span(attribution.start, attribution.end))
        yield Fact(KIND, span, text[span.start : span.end], value, confidence=max(0.1, confidence), provenance=provenance)


__all__ += ["ORGANIZATION", "PERSON", "PRONOUN", "UNNAMED"]
