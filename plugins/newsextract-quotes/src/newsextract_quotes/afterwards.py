"""A quote standing alone whose speaker the next sentence names: ``"...". That was how Ann Lee put it.``"""

from __future__ import annotations

from newsextract.text import QuotationGroup, sentence_bounds

from .attribution import Attribution
from .frames import PARAGRAPH_END, SENTENCE_WINDOW
from .phrases import speaker_before_verb
from .rules import THAT_WAS_HOW, cue_at
from .speakers import ADVERBS, ORGANIZATION, PERSON
from .words import chunks

#: Verbs that close "That was how <speaker> ..." without an -ed ending.
_BARE_VERBS = frozenset({"put", "says", "said", "told", "wrote", "sees", "saw", "sums", "summed"})


def _verb_at(text: str, start: int, end: int) -> int | None:
    """Where the speaker phrase of ``text[start:end]`` ends: before its first verb (a past
    form in -ed, or a verb of saying written bare: "put", "said", "sees") and the adverbs
    right before that verb ("once described")."""
    pieces = chunks(text, start, end)[:12]
    for k, (at, chunk_end) in enumerate(pieces):
        word = text[at:chunk_end].rstrip(",.;:!?").casefold()
        if word in _BARE_VERBS or (word.endswith("ed") and word.isalpha()):
            while k > 0 and text[pieces[k - 1][0] : pieces[k - 1][1]].casefold() in ADVERBS:
                k -= 1
            return pieces[k][0]
    return None


def that_was_how(text: str, quote: QuotationGroup, limit: int) -> Attribution | None:
    """The speaker named by a sentence right after ``quote`` that opens "That was how" (or
    "That's how", "This is how"), when the quote closes its sentence or paragraph."""
    after = quote.close + 1
    last = text[quote.start : quote.end].rstrip()
    if not (last.endswith((".", "!", "?")) or PARAGRAPH_END.match(text, after)):
        return None
    cue = cue_at(THAT_WAS_HOW, text, after, min(limit, after + 200))
    if cue is None:
        return None
    end = sentence_bounds(text, cue.end, ceiling=min(limit, cue.end + SENTENCE_WINDOW))[1]
    verb_at = _verb_at(text, cue.end, end)
    if verb_at is None:
        return None
    speaker = speaker_before_verb(text, cue.end, verb_at)
    if speaker is None or speaker.kind not in {PERSON, ORGANIZATION}:
        return None
    return Attribution(speaker, "", None, cue.start, end, verb_at, True, "that_was_how")
