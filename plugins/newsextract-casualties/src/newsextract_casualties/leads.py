"""The words right before a counted subject, as token patterns anchored there.

The reader asks of a count what stands right before it in its sentence (at most 48
characters back): "no" (no casualty), "none of the", "resulting in", "a family of",
"including". Each question is a :class:`Lead` (a core :class:`~newsextract.rules.BeforeRule`): a named
token pattern in reading order, matched as an :class:`~newsextract.rules.Anchored` pattern ending right before the
anchor over the tokens of that window (cut to it, a count given word by word), with
invented example sentences (the anchor marked "|") that the meta-tests run.

The words of a lead stand apart (blank space between each two and before the anchor)
unless ``spaced`` is off. The first word of a lead is matched at a word start (the core's
:func:`~newsextract.rules.word_ending`): the whole token, or its last part after a hyphen
or an apostrophe ("anti-war" ends in "war"), as the regular expressions they replace read it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from newsextract.rules import (
    QUANTITY,
    AnchoredMatch,
    BeforeRule,
    Pattern,
    RuleSet,
    Token,
    alt,
    clipped_tokens,
    nothing,
    opt,
    seq,
    tok,
    tokenize,
    word_ending,
)

from .engine import word_start_at
from .lexicon import COLLECTIVE_NOUNS

__all__ = [
    "ATTEMPTED_LEAD",
    "COLLECTIVE_LEAD",
    "COMBINED_LEAD",
    "FROM_LEAD",
    "INCLUDING_LEAD",
    "LEADS",
    "MODAL_LEAD",
    "NO_LEAD",
    "RESULTING_LEAD",
    "TOLL_LINK_LEAD",
    "TO_THE_LEAD",
    "Lead",
    "and_before",
    "collective_noun",
    "last_token",
    "part_of_count",
    "subject_start",
    "window",
]


@functools.lru_cache(maxsize=8)
def window(text: str, lo: int, hi: int) -> tuple[Token, ...]:
    """The tokens of ``text[lo:hi]``, cut to it, a count given word by word: the same as
    :func:`~newsextract.rules.clipped_tokens`, read once per window, with only the tokens
    cut at either end or counts built anew (the others are the stream's own)."""
    stream = tokenize(text)
    tokens = stream.tokens
    first, stop = stream.index_at(lo), stream.index_at(hi)
    inside = tokens[first:stop]
    crossing = stop < len(tokens) and tokens[stop].start < hi
    if not crossing and not any(t.kind == QUANTITY for t in inside) and not (inside and inside[0].start < lo):
        return inside
    out: list[Token] = []
    for token in inside:
        if token.kind == QUANTITY or token.start < lo:
            out.extend(clipped_tokens(stream, max(lo, token.start), token.end))
        else:
            out.append(token)
    if crossing:
        out.extend(clipped_tokens(stream, max(lo, tokens[stop].start), hi))
    return tuple(out)


@functools.lru_cache(maxsize=4)
def last_token(text: str, lo: int, hi: int) -> Token | None:
    """The last token of the window ``text[lo:hi]`` when it is the stream's own (whole inside
    the window, no count), else None: a cheap first test before the window is built (kept
    for the few leads asked at one count)."""
    stream = tokenize(text)
    tokens, stop = stream.tokens, stream.index_at(hi)
    if stop == 0 or (stop < len(tokens) and tokens[stop].start < hi):
        return None
    last = tokens[stop - 1]
    return last if last.start >= lo and last.kind != QUANTITY else None


@attrs.frozen(eq=False)
class Lead(BeforeRule):
    """A named pattern of the words right before a count, with invented examples ("|" marks
    the count). ``spaced``: blank space stands between each two words of the match and
    between the last and the anchor."""

    spaced: bool = True
    #: per (text, kind) of a last token: may a match end with it (a lead's tests read only these)
    _ends: dict[tuple[str, str], bool] = attrs.field(init=False, repr=False, factory=dict)

    def ending(self, tokens: Sequence[Token], hi: int) -> AnchoredMatch | None:
        """The match ending with the last of ``tokens`` (those of a window ending at offset ``hi``)."""
        if not tokens or (self.spaced and tokens[-1].end >= hi):
            return None
        m = self.anchored.ending_at(tokens, len(tokens))
        if m is None or not self.spaced:
            return m
        # the words of a lead stand apart: two tokens written together are one word read in two
        return m if all(tokens[k].end < tokens[k + 1].start for k in range(m.start, m.end - 1)) else None

    def before(self, text: str, lo: int, hi: int) -> AnchoredMatch | None:
        """The match ending right before offset ``hi``, within ``text[lo:hi]``."""
        last = last_token(text, lo, hi)
        if last is not None and not self.may_end_with(last):
            return None  # the last word already fails: most counts, read without building the window
        return self.ending(self.tokens(text, lo, hi), hi)

    def tokens(self, text: str, lo: int, hi: int) -> tuple[Token, ...]:
        """The tokens :meth:`before` matches over (its match's indexes are theirs): those of
        :func:`window`, from no further back than the longest match of this lead can reach."""
        most = self.anchored.longest
        if most is not None:
            stream = tokenize(text)
            first = stream.index_at(hi) - most  # each of these tokens is one word or more
            if first >= 0:
                lo = max(lo, stream.tokens[first].start)
        return window(text, lo, hi)

    def may_end_with(self, token: Token) -> bool:
        """False when no match can end with ``token`` (remembered by its text and kind)."""
        key = (token.text, token.kind)
        known = self._ends.get(key)
        if known is None:
            if len(self._ends) > 4096:
                self._ends.clear()
            known = self._ends[key] = self.anchored.may_end_with(token)
        return known


def lead(name: str, pattern: Pattern, examples: Iterable[tuple[str, dict[str, Any] | None]], **options: Any) -> Lead:
    """A :class:`Lead` named ``lead-<name>``."""
    return Lead(f"lead-{name}", pattern, nothing, tuple(examples), **options)


#: "no casualties", "none of the 40 passengers", "without 3 ...": no count of casualties.
NO_LEAD: Final = lead(
    "no",
    alt(word_ending({"no", "not", "without"}), seq(word_ending({"none"}), tok(lower="of"), tok(lower="the"))),
    [
        ("There were no |two ways about it.", {"words": "no"}),
        ("Police said none of the |12 guards was hurt.", {"words": "none of the"}),
        ("Police said all of the |12 guards were hurt.", None),
    ],
)

#: "came to the rescue of": help, not a rescue count.
TO_THE_LEAD: Final = lead(
    "to-the",
    seq(word_ending({"to"}), tok(lower="the")),
    [("Neighbours came to the |rescue of the driver.", {"words": "to the"}), ("They ran the |rescue.", None)],
)

#: "rose to 47 from 31": the earlier figure of a toll.
FROM_LEAD: Final = lead(
    "from",
    seq(word_ending({"from"}), opt(tok(lower="the"))),
    [("The toll rose to 47 from |31 overnight.", {"words": "from"}), ("The toll rose to |47 overnight.", None)],
)

#: "resulting in one death", "leading to 3 deaths": a status noun as the outcome.
RESULTING_LEAD: Final = lead(
    "resulting",
    alt(
        seq(word_ending({"result", "resulting", "resulted", "results"}), tok(lower="in")),
        seq(word_ending({"lead", "leading", "leads", "led"}), tok(lower="to")),
    ),
    [
        ("The blast tore through the market, resulting in |four deaths.", {"words": "resulting in"}),
        ("The fire led to |two deaths.", {"words": "led to"}),
        ("The fire spread in |two hours.", None),
    ],
)

#: "attempted murder of an officer": an attempt, no death.
ATTEMPTED_LEAD: Final = lead(
    "attempted",
    alt(
        word_ending({"attempted", "failed", "foiled"}),
        seq(word_ending({"attempt"}), tok(lower="at")),
        seq(word_ending({"alleged"}), tok(lower="plot"), tok(lower="to")),
    ),
    [
        ("He was charged with the attempted |murder of a guard.", {"words": "attempted"}),
        ("It was an attempt at |murder, the court heard.", {"words": "attempt at"}),
        ("He was charged with the |murder of a guard.", None),
    ],
)

#: "the death toll rose to 27", "the toll is 12": the word linking a toll to its figure.
TOLL_LINK_LEAD: Final = lead(
    "toll-link",
    word_ending(
        {"to", "at", "reached", "hit", "of", "is", "was", "passed", "topped", "exceeded", "surpassed", "now", "climbed", "rose"}
    ),
    [("The death toll rose to |27 on Monday.", {"words": "to"}), ("The death toll |27 was given.", None)],
)

#: "threatened to kill 20", "could kill 300", "they'll kill": no statement of deaths.
MODAL_LEAD: Final = lead(
    "modal",
    alt(
        word_ending("to will would could can may might must should shall not never did does do n't n’t".split()),
        tok(regex=r"(?i).*\w['’]ll"),
    ),
    [
        ("The gang threatened to |kill 20 villagers.", {"words": "to"}),
        ("Officials said they'll |kill the virus first.", {"words": "they'll"}),
        ("Gunmen |kill 20 villagers.", None),
    ],
)

#: "including four children", "among them two officers": a part of the casualty before.
INCLUDING_LEAD: Final = lead(
    "including",
    alt(
        word_ending({"including"}, whole=False),
        seq(word_ending({"among"}, whole=False), tok(lower={"them", "whom", "those"})),
    ),
    [
        ("Nine people died, including |four children.", {"words": "including"}),
        ("Nine people died, among them |two officers.", {"words": "among them"}),
        ("Nine people died in |two towns.", None),
    ],
)

#: "killed and wounded 40", "killing or injuring 12", "killed/injured 5": the verb after is one
#: of two statuses given together (written apart or not).
COMBINED_LEAD: Final = lead(
    "combined",
    alt(
        seq(word_ending({"killing", "killed", "wounding", "wounded", "injuring", "injured"}), tok(lower={"and", "or", "/"})),
        tok(regex=r"(?i)(?:.*[^\w])?(?:killing|killed|wounding|wounded|injuring|injured)(?:and|or)"),
    ),
    [
        ("The gunmen killed and |wounded 40 people.", {"words": "killed and"}),
        ("The attack killed/|injured 5 people.", {"words": "killed /"}),
        ("The gunmen fled and |wounded 40 people.", None),
    ],
    spaced=False,
)

#: "a family of 5", "a crew of 23": a collective noun heads the count.
COLLECTIVE_LEAD: Final = lead(
    "collective",
    seq(word_ending(COLLECTIVE_NOUNS), tok(lower="of")),
    [("A family of |five was killed.", {"words": "family of"}), ("A friend of |five was killed.", None)],
)

#: "said 12 people ...", "when 3 officers ...", "causing 40 ...": a word that opens a new subject.
SUBJECT_LEAD: Final = lead(
    "subject",
    alt(
        word_ending("said says say that while and but when where after before left leaving causing caused".split()),
        seq(word_ending({"result", "resulting", "resulted", "results"}), tok(lower="in")),
    ),
    [
        ("Police said |12 people were missing.", {"words": "said"}),
        ("The storm hit the coast, resulting in |40 people missing.", {"words": "resulting in"}),
        ("Police found |12 people missing.", None),
    ],
)

#: "seven of the |20 miners": the count is the whole of a part counted before it.
PART_OF_LEAD: Final = lead(
    "part-of",
    seq(tok(regex=r".*[\w,]"), tok(lower="of"), tok(lower={"the", "its", "their", "these"})),
    [("Rescuers freed seven of the |20 miners.", {"words": "seven of the"}), ("Rescuers freed all |20 miners.", None)],
)

#: The leads (run as a set by the core's meta-tests; the reader asks them at a count).
LEADS: Final = RuleSet(
    "casualty_leads",
    [
        NO_LEAD,
        TO_THE_LEAD,
        FROM_LEAD,
        RESULTING_LEAD,
        ATTEMPTED_LEAD,
        TOLL_LINK_LEAD,
        MODAL_LEAD,
        INCLUDING_LEAD,
        COMBINED_LEAD,
        COLLECTIVE_LEAD,
        SUBJECT_LEAD,
        PART_OF_LEAD,
    ],
)

_OPENING_QUOTES: Final = frozenset({'"', "“", "'", "‘"})
_CLAUSE_MARKS: Final = frozenset({",", ":", ";", "—", "–", "("})


def subject_start(text: str, lo: int, hi: int) -> bool:
    """A subject opens at ``hi``: nothing but blanks (and an opening quote touching it) since
    ``lo``, a clause mark ("... wounded, 3 ..."), or a word of :data:`SUBJECT_LEAD` before it."""
    last = last_token(text, lo, hi)
    if last is not None and last.text in _CLAUSE_MARKS:
        return True
    if last is not None and last.text not in _OPENING_QUOTES and not SUBJECT_LEAD.may_end_with(last):
        return False
    tokens = window(text, lo, hi)
    if not tokens:
        return True
    last = tokens[-1]
    if (len(tokens) == 1 and last.text in _OPENING_QUOTES and last.end == hi) or last.text in _CLAUSE_MARKS:
        return True
    return SUBJECT_LEAD.ending(tokens, hi) is not None


def and_before(text: str, lo: int, hi: int) -> bool:
    """ "a farmer and |his son": "and" right before ``hi``, blank space either side, not right
    after a comma or semicolon ("..., and |his son" lists another item)."""
    last = last_token(text, lo, hi)
    if last is not None and last.lower != "and":
        return False
    tokens = window(text, lo, hi)
    if not tokens or tokens[-1].lower != "and" or tokens[-1].end >= hi or tokens[-1].start <= lo:
        return False
    if len(tokens) == 1:
        return True
    start, previous = tokens[-1].start, tokens[-2]
    return previous.end < start and not (previous.text in (",", ";") and start - previous.end == 1)


def collective_noun(text: str, lo: int, hi: int) -> str | None:
    """The collective noun in "a family of |5" (lower case), or None."""
    m = COLLECTIVE_LEAD.before(text, lo, hi)
    if m is None:
        return None
    word = COLLECTIVE_LEAD.tokens(text, lo, hi)[m.start].lower
    return next(noun for noun in COLLECTIVE_NOUNS if word.endswith(noun))


def part_of_count(text: str, lo: int, hi: int) -> str:
    """The word or figure before "of the" in "seven of the |20 miners" ("" when none): the run of
    word characters and commas that ends it, from a word start."""
    m = PART_OF_LEAD.before(text, lo, hi)
    if m is None:
        return ""
    end = PART_OF_LEAD.tokens(text, lo, hi)[m.start].end
    i = end
    while i > lo and (text[i - 1] == "," or not word_start_at(text, i)):
        i -= 1
    return text[i:end].lstrip(",")
