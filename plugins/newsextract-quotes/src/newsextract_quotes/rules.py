"""The attribution cues that are plain token patterns, as rules of the core's rule layer.

Each rule's examples are invented sentences (the core's meta-tests run them). The
attribution readers look for a cue inside a stretch of one sentence, so besides the
rule set this module gives :func:`cue_in` (the first cue inside a character range)
and :func:`cue_at` (a cue opening right after an offset).
"""

from __future__ import annotations

import functools
from typing import Final

from newsextract import Span
from newsextract.rules import WORD, Anchored, Match, Pattern, Rule, RuleSet, alt, opt, seq, tok, tokenize

from .lexicon import ACT_PARTICIPLES, SPEECH_PARTICIPLES, WORK_NOUNS

__all__ = [
    "ANOTHER_ACT",
    "AUXILIARY",
    "LABEL_LEAD",
    "NEW_SUBJECT_CLAUSE",
    "QUOTED_AS_SAYING",
    "RULES",
    "SOURCE_DOCUMENT",
    "THAT_WAS_HOW",
    "WORK_LEAD",
    "cue_at",
    "cue_before",
    "cue_in",
]


def _words(words: str) -> Pattern:
    # the cues are matched as written, lower case (a capitalised "The statement" opens a sentence)
    return seq(*(tok(text=word) for word in words.split()))


def _cue(match: Match) -> dict[str, object]:
    return {"text": match.text, "start": match.span.start, "end": match.span.end}


#: The passive report of a quote: ``"...," she was quoted as saying in a statement``.
QUOTED_AS_SAYING: Final = Rule(
    "quoted_as_saying",
    alt(tok(text={"was", "were", "is", "are"}), _words("has been"), _words("had been")) + _words("quoted as saying"),
    _cue,
    examples=[
        ('"The bridge will open in May," Ann Lee was quoted as saying.', {"text": "was quoted as saying"}),
        ("The engineers had been quoted as saying the work was late.", {"text": "had been quoted as saying"}),
        ("Ann Lee was quoted in the report.", None),
    ],
)

#: What an "according to" may name before its source, a document: "according to a
#: statement from the ministry" (the speaker is the ministry).
SOURCE_DOCUMENT: Final = Rule(
    "source_document",
    tok(text={"a", "an", "the"})
    + opt(tok(text={"new", "written", "joint", "brief", "short", "separate", "later"}))
    + alt(
        tok(text={"statement", "report", "post", "letter", "memo", "release", "email", "transcript", "filing"}),
        _words("press release"),
    )
    + alt(tok(text={"from", "by"}), _words("issued by"), _words("released by"), _words("published by")),
    _cue,
    examples=[
        ("The road will close, according to a statement from the city council.", {"text": "a statement from"}),
        (
            "The talks failed, according to a joint press release issued by the two unions.",
            {"text": "a joint press release issued by"},
        ),
        ("The talks failed, according to the mayor.", None),
    ],
)

#: Words right before a quoted name that make it a label, not speech ("a commander known as 'X'").
LABEL_LEAD: Final = Rule(
    "label_lead",
    alt(
        seq(tok(lower="known"), tok(lower="as")), tok(lower={"nicknamed", "named", "dubbed", "codenamed", "code-named", "alias"})
    ),
    _cue,
    examples=[
        ('The raid was led by a commander known as "The Engineer" for years.', {"text": "known as"}),
        ('Police arrested a man nicknamed "Big Tom" on Monday.', {"text": "nicknamed"}),
    ],
)

#: Words before a capitalised quoted phrase that make it the name of a work: a preposition
#: or a possessive (``on CBS's "Face the Nation,"``, ``a book titled "Hard Choices"``) or
#: the kind of work itself (``the book "Harbor Lights"``).
WORK_LEAD: Final = Rule(
    "work_lead",
    alt(
        tok(lower={"on", "in", "of", "from", "titled", "entitled"}),
        seq(tok(where=lambda t: t.text[-1:].isalpha()), tok(text={"'s", "’s"})),
        tok(kind=WORD, lower=WORK_NOUNS),
    ),
    _cue,
    examples=[
        ('She told CBS\'s "Face the Nation" that the plan had failed.', {"text": "CBS's"}),
        ('He wrote a memoir titled "Hard Roads Home" last year.', {"text": "titled"}),
        ('Critics read the book "Harbor Lights" before the vote.', {"text": "book"}),
    ],
)

#: An auxiliary right before a verb: the verb's clause is a reported one ("she had asked").
AUXILIARY: Final = Rule(
    "auxiliary",
    tok(text={"had", "has", "have", "would", "will", "could", "should", "might", "may"}),
    _cue,
    examples=[("The mayor said she had asked the council for more time.", {"text": "had"})],
)

#: An attribution going on to another act of speech after a comma ("Ann Lee said, going on to
#: compare the plans"); "pointing to", "referring to" only explain the same act.
ANOTHER_ACT: Final = Rule(
    "another_act",
    alt(
        tok(text=",") + alt(seq(tok(lower="going"), tok(lower="on")), tok(lower=ACT_PARTICIPLES)),
        # "... before asking them, '...'": a second act of speech with its own quote
        tok(lower={"before", "then"}) + tok(lower=SPEECH_PARTICIPLES),
    ),
    _cue,
    examples=[
        ('"We will win," Ann Lee said, going on to compare the two plans.', {"text": ", going on"}),
        ('"We will win," Ann Lee sang before asking them, "Will you?"', {"text": "before asking"}),
        ('"We will win," Ann Lee said, suggesting a few questions.', {"text": ", suggesting"}),
        ('"We will win," Ann Lee said, referring to the vote.', None),
    ],
)

#: A sentence right after a quote that says whose words they were: ``"...". That was how
#: Ann Lee described the plan.`` (the speaker follows "how", then the verb).
THAT_WAS_HOW: Final = Rule(
    "that_was_how",
    tok(lower={"that", "this"}) + alt(tok(lower={"was", "is"}), tok(text={"'s", "’s"})) + tok(lower="how"),
    _cue,
    examples=[
        ('"We will build it twice." That was how Ann Lee described the plan.', {"text": "That was how"}),
        ("That's how the mayor put it on Monday.", {"text": "That's how"}),
        ("That was the plan.", None),
    ],
)

#: A new clause with a named subject of its own after a verb of saying: ``Ann Lee said, but Tom
#: Reyes was already talking about "..."``: the quote after it is no longer the verb's.
NEW_SUBJECT_CLAUSE: Final = Rule(
    "new_subject_clause",
    tok(text=",")
    + tok(lower={"but", "and", "while", "yet"})
    + opt(tok(lower={"as", "when"}))
    + tok(kind=WORD, where=lambda t: t.text[:1].isupper())
    + tok(lower={"was", "were", "is", "are", "had", "has", "went", "did"}),
    _cue,
    examples=[
        ('Ann Lee said, but Tom was already talking about "the end of the road."', {"text": ", but Tom was"}),
        ('Ann Lee said, and I quote, "We will win."', None),
    ],
)

#: The cue rules (run as a set by the core's meta-tests; the readers call them by range).
RULES: Final = RuleSet(
    "quote_cues",
    [
        QUOTED_AS_SAYING,
        SOURCE_DOCUMENT,
        LABEL_LEAD,
        WORK_LEAD,
        AUXILIARY,
        ANOTHER_ACT,
        THAT_WAS_HOW,
        NEW_SUBJECT_CLAUSE,
    ],
)


def cue_in(rule: Rule, text: str, start: int, end: int) -> Span | None:
    """The first match of ``rule`` lying inside ``text[start:end]`` (character span), or None."""
    stream = tokenize(text)
    lo, hi = stream.index_at(start), stream.index_at(end)  # a token crossing ``end`` is left out
    for raw in rule.program.finditer(stream.tokens, lo, hi):
        span = stream.char_span(raw.start, raw.end)
        if span.start >= start:
            return span
    return None


def cue_at(rule: Rule, text: str, at: int, end: int) -> Span | None:
    """A match of ``rule`` opening at the first token after ``at``, blank space between, ending inside ``end``."""
    stream = tokenize(text)
    first = stream.index_at(at)
    if first >= len(stream) or text[at : stream[first].start].strip():
        return None
    raw = rule.program.match_at(stream.tokens, first, stream.index_at(end))
    return None if raw is None else stream.char_span(raw.start, raw.end)


def cue_before(rule: Rule, text: str, at: int) -> bool:
    """A match of ``rule`` ends right before offset ``at``, only blanks (space, tab) between."""
    stream = tokenize(text)
    end = stream.index_at(at)
    if end == 0 or text[stream[end - 1].end : at].strip(" \t"):
        return False
    return _anchored(rule).ending_at(stream.tokens, end) is not None


@functools.cache
def _anchored(rule: Rule) -> Anchored:
    """``rule``'s pattern matched backwards from an anchor (compiled on first use: few readers ask)."""
    return Anchored(rule.name, rule.pattern, rule.max_tokens)
