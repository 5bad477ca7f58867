"""The words right before a position, as token patterns anchored there.

The reader asks of a count or a phrase what stands right before it: "most of the" (the
count is a whole of which a part is told), "22 of them" (a pronoun lead), "another"
(an ellipsis), "along with" (an addition). Each question is a :class:`Before` rule: a
named token pattern in reading order, matched as an :class:`~newsextract.rules.Anchored`
pattern ending right before the anchor over the tokens of a short window of text, with
invented example sentences (the anchor marked "|") that the meta-tests run.

The words of a pattern are separated by one to three spaces in the text, as the reader
always read them; :meth:`Before.tokens` gives only the run of tokens so spaced that ends
at the anchor. A word taken "at a word boundary" (the core's
:func:`~newsextract.rules.word_ending`) also matches the last part of a hyphenated word
("twenty-one of the 40 drones").
"""

from __future__ import annotations

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
    phrase,
    seq,
    tok,
    tokenize,
    word_ending,
)

__all__ = [
    "ALONG_WITH_BEFORE",
    "BEFORE_RULES",
    "BREAKDOWN_BEFORE",
    "BY_END",
    "CLAUSE_MARKS",
    "CLAUSE_START_BEFORE",
    "CLAUSE_WORDS",
    "DETERMINER_END",
    "ELLIPSIS_PREFIX",
    "OPEN_QUOTE_END",
    "PREPOSITION_END",
    "PRONOUN_LEAD",
    "RANGE_LOW",
    "SUBSET_BEFORE",
    "TARGET_BEFORE",
    "THEN_BEFORE",
    "TROOPS_ABOARD",
    "WITH_END",
    "WITH_THEN",
    "Before",
    "last_clause_boundary",
    "spaced_run",
    "spaced_tokens",
    "then_between",
    "unmasked_tokens",
    "word_ending",
]

#: The widest run of spaces between two words of a pattern (and before the anchor).
MAX_GAP: Final = 3
#: How many tokens of the stream before an anchor a spaced pattern is matched over: the
#: longest pattern here has four words ("the first batch of"), so this leaves room to spare.
MAX_RUN: Final = 12


def unmasked_tokens(text: str, lo: int, hi: int, mask: str | None = None, mask_at: int = 0) -> list[Token]:
    """The tokens of ``text[lo:hi]`` (cut to it, counts as their words).

    With ``mask`` (a copy of the text from offset ``mask_at`` in which the weapon phrases
    are blanked) a token starting in a blanked stretch is left out: it reads as spaces there.
    """
    tokens = clipped_tokens(text, lo, hi)
    return tokens if mask is None else [t for t in tokens if not mask[t.start - mask_at].isspace()]


def spaced_run(tokens: list[Token], hi: int, *, touching: bool = False) -> list[Token]:
    """The last ``tokens`` that run up to offset ``hi`` with at most :data:`MAX_GAP` spaces between
    each two and before ``hi``; at least one space before ``hi`` unless ``touching`` (else none)."""
    if tokens and tokens[-1].end == hi and not touching:
        return []
    i, edge = len(tokens), hi
    while i > 0 and edge - tokens[i - 1].end <= MAX_GAP:
        i -= 1
        edge = tokens[i].start
    return tokens[i:]


def spaced_tokens(
    text: str, lo: int, hi: int, mask: str | None = None, mask_at: int = 0, *, touching: bool = False
) -> list[Token]:
    """``spaced_run(unmasked_tokens(text, lo, hi, mask, mask_at), hi, touching=touching)``, read
    backwards from ``hi`` over at most :data:`MAX_RUN` tokens of the shared stream.

    Only a count (split into its words) or a token cut by the window is cut; the others are
    the stream's own, so the few words before an anchor cost a few steps.
    """
    stream = tokenize(text)
    tokens = stream.tokens
    i = stream.index_at(hi)
    if i < len(tokens) and tokens[i].start < hi:
        i += 1  # the token cut at ``hi`` is the window's last
    out: list[Token] = []  # text order reversed
    edge, stop = hi, max(0, i - MAX_RUN)
    while i > stop and tokens[i - 1].end > lo:
        i -= 1
        token = tokens[i]
        whole = token.start >= lo and token.end <= hi and token.kind != QUANTITY
        for word in reversed([token] if whole else clipped_tokens(stream, max(lo, token.start), min(hi, token.end))):
            if mask is not None and mask[word.start - mask_at].isspace():
                continue
            if not out and word.end == hi and not touching:
                return []
            if edge - word.end > MAX_GAP:
                return out[::-1]
            out.append(word)
            edge = word.start
    return out[::-1]


@attrs.frozen(eq=False)
class Before(BeforeRule):
    """A named pattern of the words right before an anchor (a count, a list), with invented examples.

    The words stand one to three spaces apart and before the anchor (:func:`spaced_tokens`);
    ``touching``: the last may touch the anchor. Each example marks the anchor with "|"
    (see :class:`~newsextract.rules.BeforeRule`).
    """

    touching: bool = False

    def ending_at(self, tokens: Sequence[Token], at: int | None = None) -> AnchoredMatch | None:
        """The match ending right before token ``at`` (default: after the last of ``tokens``)."""
        if not tokens:
            return None
        return self.anchored.ending_at(tokens, len(tokens) if at is None else at)

    def ending(self, tokens: Sequence[Token], hi: int) -> AnchoredMatch | None:
        """The match ending with the last of ``tokens`` (the core's examples read it so)."""
        return self.ending_at(tokens)

    def tokens(self, text: str, lo: int, hi: int, mask: str | None = None, mask_at: int = 0) -> list[Token]:
        """The tokens of ``text[lo:hi]`` this rule is matched over (see :func:`unmasked_tokens`)."""
        return spaced_tokens(text, lo, hi, mask, mask_at, touching=self.touching)

    def before(self, text: str, lo: int, hi: int, mask: str | None = None, mask_at: int = 0) -> AnchoredMatch | None:
        """The match ending right before offset ``hi``, within ``text[lo:hi]``."""
        return self.ending_at(self.tokens(text, lo, hi, mask, mask_at))


def _before(name: str, pattern: Pattern, examples: Iterable[tuple[str, dict[str, Any] | None]], **options: Any) -> Before:
    return Before(f"weapons.{name}", pattern, nothing, tuple(examples), **options)


_DETERMINERS: Final = frozenset({"the", "its", "their", "these", "those"})
_SUBSET_WORDS: Final = (
    "most many some several few part majority rest none dozens hundreds one any half third quarter percent cent".split()
)

#: "most of the 180 missiles", "twenty-one of the 40 drones", "90 % of its drones": a part of the
#: count is told, so the count itself is the whole launched.
SUBSET_BEFORE: Final = _before(
    "subset_before",
    seq(alt(word_ending(_SUBSET_WORDS), tok(text="%")), tok(lower="of"), tok(lower=_DETERMINERS)),
    [
        ("Most of the |180 missiles were intercepted.", {"words": "Most of the"}),
        ("Twenty-one of the |40 drones fell.", {"words": "Twenty-one of the"}),
        ("About 90 % of its |300 drones were downed.", {"words": "% of its"}),
        ("Almost of the |40 drones fell.", None),
        ("The army said |40 drones fell.", None),
    ],
)
#: "Of these, 22 were shot down", "among them 12 missiles": the count refers back.
PRONOUN_LEAD: Final = _before(
    "pronoun_lead",
    seq(
        word_ending(["of", "among"]),
        alt(tok(lower={"them", "these", "those", "which"}), phrase("that number")),
        opt(tok(text=",")),
    ),
    [
        ("Of these, |22 were shot down.", {"words": "Of these ,"}),
        ("Of these,|22 were shot down.", {"words": "Of these ,"}),
        ("Of that number |12 hit the port.", {"words": "Of that number"}),
        ("Of the drones |22 were shot down.", None),
    ],
    touching=True,
)
#: "another 20", "a further 12", "the remaining 30", "the first batch of 40": the head is the one before.
ELLIPSIS_PREFIX: Final = _before(
    "ellipsis_prefix",
    alt(
        word_ending(["another"]),
        seq(word_ending(["a"]), tok(lower="further")),
        seq(word_ending(["an"]), tok(lower="additional")),
        seq(word_ending(["the"]), tok(lower={"remaining", "other"})),
        seq(word_ending(["the"]), phrase("rest of")),
        seq(word_ending(["the"]), tok(lower={"first", "next", "last", "initial"}), opt(phrase("batch of"))),
    ),
    [
        ("Twelve drones fell, and another |20 later.", {"words": "another"}),
        ("The first batch of |40 arrived in May.", {"words": "The first batch of"}),
        ("A    further |12 were seen.", None),  # too far apart
        ("A further|12 were seen.", None),  # no space before the count
    ],
)
#: ", 41 over the region", "and 12 in the south", "including 5 near the border": a breakdown.
BREAKDOWN_BEFORE: Final = _before(
    "breakdown_before",
    alt(tok(text=","), word_ending(["and", "including", "with"])),
    [
        ("Drones were downed, |41 over the region.", {"words": ","}),
        ("Drones were downed including |5 near the border.", {"words": "including"}),
        ("Drones were downed, then |41 more.", None),
    ],
)
#: "over 8 regions", "in 3 districts": a count after a preposition is a place, not a rival count.
PREPOSITION_END: Final = _before(
    "preposition_end",
    word_ending("over in across from at on into near of for".split()),
    [("Drones were shot down over |8 regions.", {"words": "over"}), ("They shot down |8 drones.", None)],
)
#: "; 20 were shot down", "whereas 12 hit": a count starting a clause.
CLAUSE_START_BEFORE: Final = _before(
    "clause_start_before",
    alt(tok(text={",", ";"}), word_ending(["but", "and", "while", "whereas", "yet"])),
    [
        ("They launched 40 drones; |20 were shot down.", {"words": ";"}),
        ("They launched 40 drones whereas |20 fell.", {"words": "whereas"}),
        ("They launched 40 drones and then |20 more.", None),
    ],
)
#: "170 tanks are due by 2030, along with 81 armoured vehicles": an addition to the phrase before.
ALONG_WITH_BEFORE: Final = _before(
    "along_with_before",
    seq(
        tok(text={",", "\u2013", "\u2014", "\u2019", "\u201d", '"', "'"}),
        alt(phrase("along with"), phrase("together with"), phrase("as well as"), phrase("in addition to")),
    ),
    [
        ("170 tanks are due, along with |81 vehicles.", {"words": ", along with"}),
        ("170 tanks are due \u2014 as well as |81 vehicles.", {"words": "\u2014 as well as"}),
        ("170 tanks are due along with |81 vehicles.", None),
    ],
)

# Right before a list, in its clause with the sentence's weapon phrases blanked:

#: "a depot hit by 12 drones": the list did the hitting.
BY_END: Final = _before(
    "by_end",
    seq(word_ending("hit struck attacked targeted damaged destroyed sunk sank".split()), tok(lower="by")),
    [("The depot was hit by |12 drones.", {"words": "hit by"}), ("The depot was hit overnight |12 drones.", None)],
)
#: "hurled stones at two vehicles", "fired on the convoy": the list is a target, not a weapon.
TARGET_BEFORE: Final = _before(
    "target_before",
    seq(word_ending("at on onto toward towards against into upon".split()), opt(tok(lower={"the", "a"}))),
    [
        ("They hurled stones at |two vehicles.", {"words": "at"}),
        ("They fired on the |convoy.", {"words": "on the"}),
        ("They fired |two missiles.", None),
    ],
)
#: "attacked the city with 147 drones", "with a barrage of 40 missiles": the attack verb governs the list.
WITH_END: Final = _before(
    "with_end",
    seq(word_ending(["with"]), opt(alt(phrase("a barrage of"), phrase("a total of"), phrase("a salvo of"), phrase("up to")))),
    [
        ("They attacked the city with |147 drones.", {"words": "with"}),
        ("They attacked the city with a barrage of |40 missiles.", {"words": "with a barrage of"}),
        ("They attacked the city using |40 missiles.", None),
    ],
)
#: "attacked us with cruise missiles, then |500 drones": a with-list of weapons that goes on after "then".
WITH_THEN: Final = _before(
    "with_then",
    seq(
        word_ending(["with"]),
        tok(kind="word", where=lambda t: t.lower not in {"then", "which", "who", "while", "but"}).rep(1, 8),
        tok(text=","),
        tok(lower="and").opt(),
        tok(lower="then"),
    ),
    [
        ("They hit the port with glide bombs and rockets, then |300 drones.", {"words": "with glide bombs and rockets , then"}),
        ("They attacked with missiles, and then |40 drones.", {"words": "with missiles , and then"}),
        ("They fired missiles, then |40 drones.", None),
    ],
)
#: "launched 40 drones, then |12 missiles": the next list of one statement shares its status.
THEN_BEFORE: Final = _before(
    "then_before",
    alt(seq(tok(text=","), tok(lower="and").opt(), tok(lower="then")), seq(tok(lower="and"), tok(lower="then"))),
    [
        ("Russia launched 40 drones, then |12 missiles.", {"words": ", then"}),
        ("Russia launched 40 drones and then |12 missiles.", {"words": "and then"}),
        ("Russia launched 40 drones, and |12 missiles.", None),
    ],
)
#: "between 300 and |400 drones", "some 300 to |400 drones": the count is a range's upper bound
#: ("from 300 to 400" is a change, not a range).
RANGE_LOW: Final = _before(
    "range_low",
    alt(
        seq(word_ending(["between"]), tok(kind=QUANTITY).rep(1, 4), tok(lower="and")),
        seq(
            tok(where=lambda t: t.kind != QUANTITY and t.lower not in {"from", "rose", "fell", "grew"}),
            tok(kind=QUANTITY).rep(1, 4),
            tok(lower="to"),
        ),
    ),
    [
        ("They used between 300 and |400 drones.", {"words": "between 300 and"}),
        ("They launched around 300 to |400 drones.", {"words": "launched around 300 to"}),
        ("The count rose from 300 to |400 drones.", None),
        ("They fired 40 drones and |12 missiles.", None),
    ],
)
#: "commandos aboard four helicopters": the platforms were used (the reader checks ``who``).
TROOPS_ABOARD: Final = _before(
    "troops_aboard",
    seq(tok(regex=r"[\w-]+").capture("who"), alt(tok(lower={"aboard", "onboard", "in"}), phrase("on board"))),
    [
        ("Special forces commandos aboard |four helicopters landed.", {"who": "commandos"}),
        ("Paratroopers on board |two planes jumped.", {"who": "Paratroopers", "words": "Paratroopers on board"}),
        ("They flew |four helicopters.", None),
    ],
)
#: "the destroyed ship", "a dispatch": a participle or noun-like verb after a determiner is no verb.
DETERMINER_END: Final = _before(
    "determiner_end",
    word_ending("the a an its their his her these those".split()),
    [("They saw the |destroyed ship.", {"words": "the"}), ("They |destroyed ships.", None)],
)
#: An opening quote right before a list is no clause boundary: shot down "12 drones, 3 missiles".
OPEN_QUOTE_END: Final = _before(
    "open_quote_end",
    tok(text={'"', "\u201c", "\u2018", "'"}),
    [
        ('The army shot down "|12 drones and 3 missiles".', {"words": '"'}),
        ("The army said \u201cno\u201d |12 drones fell.", None),  # a closing curly quote
    ],
    touching=True,
)

#: Marks and words that start a new clause: the verb that governs a list is looked for after the
#: last of them ("the city was quiet, but the army shot down 12 drones": after "but").
CLAUSE_MARKS: Final = frozenset(';:()"\u201c\u201d')
CLAUSE_WORDS: Final = frozenset("while whereas but although though which where who when after before because if".split())


def then_between(text: str, lo: int, hi: int) -> bool:
    """Whether only ", then" or "and then" stands between two lists (rule ``weapons.then_before``)."""
    found = THEN_BEFORE.before(text, lo, hi)
    return found is not None and found.start == 0


def last_clause_boundary(tokens: Sequence[Token]) -> int | None:
    """The index of the last token of ``tokens`` that starts a clause (None when none does).

    A boundary is a whole token: the colon of "10:30" and the "after" of "after-effects" are
    none. A plain scan from the end: the same answer as an anchored pattern "a boundary, then
    any other tokens" at a tenth of the cost, and this is asked of every list.
    """
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token.text in CLAUSE_MARKS or token.lower in CLAUSE_WORDS:
            return i
    return None


#: Every words-before rule, for the meta-tests (each is asked at its anchor by the reader).
BEFORE_RULES: Final = RuleSet(
    "weapons.before",
    (
        SUBSET_BEFORE,
        PRONOUN_LEAD,
        ELLIPSIS_PREFIX,
        BREAKDOWN_BEFORE,
        PREPOSITION_END,
        CLAUSE_START_BEFORE,
        ALONG_WITH_BEFORE,
        BY_END,
        TARGET_BEFORE,
        WITH_END,
        WITH_THEN,
        THEN_BEFORE,
        RANGE_LOW,
        TROOPS_ABOARD,
        DETERMINER_END,
        OPEN_QUOTE_END,
    ),
)
