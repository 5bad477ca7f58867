"""What is not a quote: fragments, titles of works, noun modifiers, headline quotes."""

from __future__ import annotations

from collections.abc import Sequence

from newsextract import Span
from newsextract.text import LazyPattern, QuotationGroup, is_headline

from .attribution import Attribution
from .frames import TRAILING
from .lexicon import (
    AFTER_QUOTED_PHRASE,
    NOT_IN_NAME_PHRASE,
    SPEECH_VERBS,
)
from .rules import LABEL_LEAD, WORK_LEAD, cue_before
from .words import quote_words, word_after, word_before

#: Fewer words than this make a quoted fragment ("a disgrace", "Never again"), not a quote.
MIN_QUOTE_WORDS = 4


def words_of(text: str, parts: Sequence[Span]) -> list[str]:
    """The words of a quote's ``parts``, read off the text's token stream."""
    return [word for part in parts for word in quote_words(text, part.start, part.end)]


def is_fragment(words: Sequence[str]) -> bool:
    """A quoted phrase of a few words opening in lower case ("called it 'a disgrace'").

    It quotes a phrase inside the writer's own sentence, not a statement; a short
    sentence of the speaker's own ("We will respond," he said) opens with a capital.
    """
    return len(words) < MIN_QUOTE_WORDS and not words[0][:1].isupper()


def looks_like_title(text: str, piece: Span) -> bool:
    """A short quoted phrase whose words are all capitalised: a name of a film, book or operation."""
    return title_words(quote_words(text, piece.start, piece.end))


def title_words(words: Sequence[str]) -> bool:
    """``words`` (of a quoted phrase) are few and all capitalised: see :func:`looks_like_title`."""
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.casefold() not in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


#: A first line at most this long, followed by more text, is the article's headline.
HEADLINE_CHARS = 150


#: No headline line (title case or not) is longer than this: a cheap test before the core's
#: ``is_headline`` (whose own limit, 200 characters, is not exported: keep the two equal).
_LONGEST_HEADLINE = 200


def in_headline(text: str, unit: Sequence[QuotationGroup], attribution: Attribution) -> bool:
    """A quote in a headline: a title-case line, or a short first line before the article body.

    Headlines quote in fragments ("Mayor says plan 'will save lives'") that the body repeats
    in full. A sentence-case first line counts only in headline syntax: the speaker before
    the quote with a present-tense verb ("says", "calls"), the whole quote on that line; a
    lead such as ``Officials said: "..."`` or ``"...," she said.`` is still read.
    """
    offset = unit[0].open
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > _LONGEST_HEADLINE:
        return False  # cheap test first: body paragraphs are long
    if is_headline(text, offset):
        return True
    verb = attribution.verb.split()[0].casefold() if attribution.verb else ""
    if attribution.after or not verb.endswith("s") or verb.endswith("ss"):
        return False
    return (
        line_end - line_start <= HEADLINE_CHARS
        and unit[-1].close < line_end
        and not text[:line_start].strip()
        and bool(text[line_end:].strip())
    )


def noun_modifier(text: str, unit: Sequence[QuotationGroup]) -> bool:
    """A quoted phrase used as a noun's modifier: ``a "zero tolerance" policy``, ``the "buy local" label``.

    An article right before the opening mark and a lower-case word right after the closing
    mark that is not a preposition, conjunction, verb form or adverb: the marks label a
    noun phrase, nobody is quoted.
    """
    if len(unit) != 1:
        return False
    quote = unit[0]
    inner = text[quote.open + 1 : quote.close].rstrip()
    if not inner or not inner[-1].isalnum():
        return False
    before = word_before(text, quote.open)
    if before is None or before.lower not in {"a", "an", "the"}:
        return False
    after = word_after(text, quote.close + 1)
    # a plain lower-case word (letters and hyphens: "zero-tolerance policy"), not "don't" or "co2"
    if after is None or not after.text[:1].islower() or not after.text.replace("-", "").isalpha():
        return False
    word = after.lower
    return not (
        word in AFTER_QUOTED_PHRASE or word in NOT_IN_NAME_PHRASE or word in SPEECH_VERBS or word.endswith(("ed", "ly", "ing"))
    )


def named_work(text: str, quote: QuotationGroup) -> bool:
    """A quoted title after a preposition or possessive: the name of a work, not speech."""
    if not text[quote.open + 1 : quote.open + 2].isupper():
        return False
    if not cue_before(WORK_LEAD, text, quote.open):
        return False
    parts = quote.parts
    return len(parts) == 1 and looks_like_title(text, clean_part(text, parts[0]))


def clean_part(text: str, span: Span) -> Span:
    """``span`` without edge blanks and the punctuation that belongs to the attribution."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return Span(start, end)


def name_label(text: str, quote: QuotationGroup) -> bool:
    """A quoted name or title ("known as 'The Engineer'", "Operation 'Iron Shield'") inside a sentence.

    It says nothing: a quote later in the same sentence may take its attribution from
    before it (``X wrote that the group, led by a man known as "Y", had "..."``).
    """
    if len(quote.parts) != 1:
        return False
    if not cue_before(LABEL_LEAD, text, quote.open):
        return False
    return looks_like_title(text, clean_part(text, quote.parts[0]))


#: A capitalised name word right before and right after a quoted nickname (``Marcia "Cia" Price``).
_NAME_BEFORE = LazyPattern(r"\p{Lu}[\p{L}'’\-]*\.?[ \t]$")
_NAME_AFTER = LazyPattern(r"[ \t]\p{Lu}[\p{L}'’\-]*")


def nickname(text: str, quote: QuotationGroup) -> bool:
    """A quoted nickname inside a person's name (``Marcia "Cia" Price``): part of the name, no quote."""
    if len(quote.parts) != 1 or quote.close - quote.open > 30:
        return False
    inner = text[quote.open + 1 : quote.close].strip()
    if not inner or not all(w[:1].isupper() for w in inner.split()) or len(inner.split()) > 2:
        return False
    before = _NAME_BEFORE.search(text, max(0, quote.open - 30), quote.open)
    return before is not None and _NAME_AFTER.match(text, quote.close + 1) is not None
