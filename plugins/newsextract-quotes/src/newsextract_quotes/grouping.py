"""Grouping quotation pieces into quotes, each with one attribution."""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from newsextract.text import QuotationGroup, dateline

from .afterwards import that_was_how
from .attribution import Attribution, closes_paragraph, paragraph_after_speaker, parse_after, parse_before
from .filters import looks_like_title, name_label
from .frames import AFTER_VERB, ASIDE, DATELINE_DASH, GAP_RELATIVE, PARAGRAPH_END, RUNS_ON, SAME_CLAUSE_GAP
from .rules import ANOTHER_ACT, cue_in
from .words import quote_words


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _dateline_end(text: str) -> int:
    """Where the article's body starts after a dateline ("DOHA, Qatar — "): never a speaker."""
    place = dateline(text)
    if place is None:
        return 0
    dash = DATELINE_DASH.match(text, place.end, min(len(text), place.end + 40))
    return dash.end() if dash else place.end


def _embedded_continues(text: str, previous: QuotationGroup, quote: QuotationGroup) -> bool:
    """Whether ``quote`` is a second embedded quote in ``previous``'s sentence ("... "A" and that "B")."""
    gap = text[previous.close + 1 : quote.open]
    if len(previous.parts) != 1 or not gap.strip(" \t,") or gap.lstrip(" \t").startswith(","):
        return False
    if AFTER_VERB.search(gap) is not None or GAP_RELATIVE.search(gap) is not None:
        return False  # a verb of saying or a relative clause of its own starts a new attribution
    if not quote_words(text, previous.close + 1, quote.open) or SAME_CLAUSE_GAP.fullmatch(gap) is None:
        return False
    # only a clause-length quote carries the attribution on: short fragments ("a con")
    # are often the writer's scare quotes, and a quoted title is no attributed quote
    if len(quote.parts) != 1 or any(len(quote_words(text, q.parts[0].start, q.parts[0].end)) < 4 for q in (previous, quote)):
        return False
    if looks_like_title(text, previous.parts[0]):
        return False
    # the first quote ended its sentence ("... "A." Critics ...")
    end = previous.parts[0].end
    return text[end - 1 : end] not in {".", "!", "?"}


def _runs_on(text: str, quote: QuotationGroup) -> bool:
    """The writer's sentence goes on after ``quote`` (``"A," X said. "B" to do C, she said.``).

    Such a piece is no continuation of the quote before it: it belongs to its own clause.
    """
    return RUNS_ON.match(text, quote.close + 1, min(len(text), quote.close + 8)) is not None


def _inside_prose(text: str, quote: QuotationGroup) -> bool:
    """A word of the writer's sentence runs right into ``quote`` (``because they "come at us."``).

    Such a piece is a phrase the writer quotes inside their own sentence, not the opening of
    a quote that a next piece with an attribution could go on with.
    """
    before = text[max(0, quote.open - 40) : quote.open].rstrip(" \t")
    return before[-1:].isalnum()


def _aside(text: str, start: int, quote: QuotationGroup) -> bool:
    """The gap before ``quote`` is one or two pronoun-led sentences with no quote or verb of
    saying, and ``quote`` ends its paragraph (``"A," Ann Lee said. She did not elaborate. "B."``)."""
    if ASIDE.fullmatch(text, start, quote.open) is None or AFTER_VERB.search(text, start, quote.open):
        return False
    return PARAGRAPH_END.match(text, quote.close + 1) is not None


#: What ends the text between an attribution and a piece that continues its quote.
CLAUSE_ENDS = frozenset({".", ",", ":", ";", "!", "?"})


def _attributions(text: str, quotes: Sequence[QuotationGroup]) -> tuple[list[Attribution | None], list[Attribution | None]]:
    """Each quote's own attribution after it and before it (None where it has none)."""
    n = len(quotes)
    after: list[Attribution | None] = []
    before: list[Attribution | None] = []
    lead = _dateline_end(text)
    floor = lead
    for i, quote in enumerate(quotes):
        limit = quotes[i + 1].open if i + 1 < n else len(text)
        if i and not name_label(text, quotes[i - 1]):
            floor = max(lead, quotes[i - 1].close + 1)
        after.append(parse_after(text, quote, limit))
        own_before = parse_before(text, quote, floor)
        if (
            own_before is None
            and after[i] is None
            and i
            and after[i - 1] is None
            and _embedded_continues(text, quotes[i - 1], quote)
        ):
            # 'X said it had sent "A" in response to "B"': B is still X's, inside the same clause
            own_before = before[i - 1]
        if own_before is None and after[i] is None:
            own_before = paragraph_after_speaker(text, quote, floor)
        if own_before is None and after[i] is None:
            after[i] = that_was_how(text, quote, limit)
        before.append(own_before)
    return after, before


def _next_quote_paragraph(text: str, start: int, quote: QuotationGroup) -> bool:
    """``quote`` is the whole next paragraph, right after the paragraph ending at ``start``."""
    gap = text[start : quote.open]
    return not gap.strip(" \t\n.") and "\n" in gap and closes_paragraph(text, quote)


def _goes_on_to_another_act(text: str, attribution: Attribution) -> bool:
    """The attribution after a quote goes on to another act of speech ("Ann Lee said, going on
    to compare the plans", "..., suggesting a few questions, including"): a quote after it
    is the content of that act, not the rest of the first quote."""
    return cue_in(ANOTHER_ACT, text, attribution.verb_at, attribution.end) is not None


def _continued(
    text: str,
    quotes: Sequence[QuotationGroup],
    i: int,
    attributions: tuple[list[Attribution | None], list[Attribution | None]],
    unit: list[QuotationGroup],
    works: Container[int],
) -> int:
    """Append to ``unit`` the pieces that continue quote ``i``'s after-attribution; the next index."""
    after, before = attributions
    attribution = after[i]
    j = i + 1
    if attribution is None:
        # 'Ann Lee said: "A."' / '"B."': a quote introduced before it goes on in the next paragraphs
        while j < len(quotes) and after[j] is None and before[j] is None:
            if not _next_quote_paragraph(text, quotes[j - 1].close + 1, quotes[j]):
                break
            unit.append(quotes[j])
            j += 1
        return j
    if _goes_on_to_another_act(text, attribution):
        return j
    while j < len(quotes) and after[j] is None:
        gap_start = attribution.end if j == i + 1 else quotes[j - 1].close + 1
        if not _same_paragraph(text, quotes[j - 1].close, quotes[j].open):
            if before[j] is not None or not _next_quote_paragraph(text, gap_start, quotes[j]):
                break
            unit.append(quotes[j])  # '"A," she said.' / '"B."': the quote goes on in the next paragraph
            j += 1
            continue
        gap = text[gap_start : quotes[j].open]
        if (gap.strip(" \t,.;:—–-") and not _aside(text, gap_start, quotes[j])) or _runs_on(text, quotes[j]):
            break
        if text[attribution.verb_at : quotes[j].open].rstrip().rstrip('"”’')[-1:] not in CLAUSE_ENDS:
            inside = before[j]
            if inside is not None and inside.verb_at == attribution.verb_at:
                j += 1  # 'said Ann Lee, author of the book "..."': a title inside the attribution
                if quotes[j - 1].open in works:
                    continue  # 'said on "Face the Nation." "B."': B may still continue the quote
            break
        b = before[j]
        if b is not None and b.verb_at > attribution.verb_at:
            break  # '"A," she said, adding, "B"': B has a verb of its own
        unit.append(quotes[j])
        j += 1
    return j


def group_quotes(
    text: str, quotes: Sequence[QuotationGroup], works: Container[int] = ()
) -> Iterator[tuple[list[QuotationGroup], Attribution]]:
    """Each quote (one or more pieces) with the attribution it takes; unattributed pieces are left out.

    ``works`` holds the opening offsets of quoted titles of works ("Face the Nation"):
    one inside an attribution does not stop the quote from continuing after it.
    """
    n = len(quotes)
    attributions = _attributions(text, quotes)
    after, before = attributions
    pending: list[QuotationGroup] = []
    i = 0
    while i < n:
        unit, pending = pending, []  # extended in place: a run of unattributed quotes stays linear
        unit.append(quotes[i])
        own = after[i] or before[i]
        if own is None:
            if (
                i + 1 < n
                and _same_paragraph(text, quotes[i].close, quotes[i + 1].open)
                and not text[quotes[i].close + 1 : quotes[i + 1].open].strip()
                and not _inside_prose(text, quotes[i])
            ):
                pending = unit
            i += 1
            continue
        j = _continued(text, quotes, i, attributions, unit, works)
        yield unit, own
        i = j
