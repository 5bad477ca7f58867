"""The words right before a position, as token patterns anchored there.

The reader asks of a count or a phrase what stands right before it: "most of the" (the
count is a whole of which a part is told), "22 of them" (a pronoun lead), "another"
(an ellipsis), "along with" (an addition). Each question is an
:class:`~newsextract.rules.Anchored` pattern matched by :func:`ends_before` over the
tokens of a short window of text, written in reading order.

The words of a pattern are separated by one to three spaces in the text, as the reader
always read them; :func:`tokens_before` gives only the run of tokens so spaced that ends
at the anchor. A word taken "at a word boundary" (:func:`word_ending`) also matches the
last part of a hyphenated word ("twenty-one of the 40 drones").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from newsextract.rules import Anchored, AnchoredMatch, Pattern, Token, alt, clipped_tokens, opt, phrase, seq, tok

__all__ = [
    "ALONG_WITH_BEFORE",
    "BREAKDOWN_BEFORE",
    "BY_END",
    "CLAUSE_BOUNDARY_LAST",
    "CLAUSE_START_BEFORE",
    "DETERMINER_END",
    "ELLIPSIS_PREFIX",
    "OPEN_QUOTE_END",
    "PREPOSITION_END",
    "PRONOUN_LEAD",
    "SUBSET_BEFORE",
    "TARGET_BEFORE",
    "TROOPS_ABOARD",
    "WITH_END",
    "ends_before",
    "spaced_run",
    "tokens_before",
    "unmasked_tokens",
    "word_ending",
]

#: The widest run of spaces between two words of a pattern (and before the anchor).
MAX_GAP: Final = 3


def word_ending(words: Iterable[str]) -> Pattern:
    """A token that is one of ``words`` or ends in one after a non-word character ("twenty-one")."""
    choices = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return tok(regex=rf"(?i)(?:.*[^\w])?(?:{choices})")


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


def tokens_before(
    text: str, lo: int, hi: int, *, touching: bool = False, mask: str | None = None, mask_at: int = 0
) -> list[Token]:
    """The run of tokens of ``text[lo:hi]`` that ends at ``hi`` (:func:`unmasked_tokens`, :func:`spaced_run`)."""
    return spaced_run(unmasked_tokens(text, lo, hi, mask, mask_at), hi, touching=touching)


def ends_before(
    pattern: Anchored, text: str, lo: int, hi: int, *, touching: bool = False, mask: str | None = None, mask_at: int = 0
) -> AnchoredMatch | None:
    """``pattern``'s match ending right before offset ``hi``, within ``text[lo:hi]`` (see :func:`tokens_before`)."""
    tokens = tokens_before(text, lo, hi, touching=touching, mask=mask, mask_at=mask_at)
    return pattern.ending_at(tokens, len(tokens))


_DETERMINERS: Final = frozenset({"the", "its", "their", "these", "those"})

#: "most of the 180 missiles", "two-thirds of its drones", "90% of these": a part of the count
#: is told, so the count itself is the whole launched.
SUBSET_BEFORE: Final = Anchored(
    "weapons.subset_before",
    seq(
        alt(
            word_ending(
                "most many some several few part majority rest none dozens hundreds one any".split()
                + "half third quarter percent cent".split()
            ),
            tok(text="%"),
        ),
        tok(lower="of"),
        tok(lower=_DETERMINERS),
    ),
)
#: "Of these, 22 were shot down", "among them 12 missiles": the count refers back.
PRONOUN_LEAD: Final = Anchored(
    "weapons.pronoun_lead",
    seq(
        word_ending(["of", "among"]),
        alt(tok(lower={"them", "these", "those", "which"}), phrase("that number")),
        opt(tok(text=",")),
    ),
)
#: "another 20", "a further 12", "the remaining 30", "the first batch of 40": the head is the one before.
ELLIPSIS_PREFIX: Final = Anchored(
    "weapons.ellipsis_prefix",
    alt(
        word_ending(["another"]),
        seq(word_ending(["a"]), tok(lower="further")),
        seq(word_ending(["an"]), tok(lower="additional")),
        seq(word_ending(["the"]), tok(lower={"remaining", "other"})),
        seq(word_ending(["the"]), phrase("rest of")),
        seq(word_ending(["the"]), tok(lower={"first", "next", "last", "initial"}), opt(phrase("batch of"))),
    ),
)
#: ", 41 over the region", "and 12 in the south", "including 5 near the border": a breakdown.
BREAKDOWN_BEFORE: Final = Anchored("weapons.breakdown_before", alt(tok(text=","), word_ending(["and", "including", "with"])))
#: "over 8 regions", "in 3 districts": a count after a preposition is a place, not a rival count.
PREPOSITION_END: Final = Anchored("weapons.preposition_end", word_ending("over in across from at on into near of for".split()))
#: ", 20 were shot down", "but 12 hit": a count starting a clause.
CLAUSE_START_BEFORE: Final = Anchored(
    "weapons.clause_start_before", alt(tok(text={",", ";"}), word_ending(["but", "and", "while", "whereas", "yet"]))
)
#: "170 tanks are due by 2030, along with 81 armoured vehicles": an addition to the phrase before.
ALONG_WITH_BEFORE: Final = Anchored(
    "weapons.along_with_before",
    seq(
        tok(text={",", "\u2013", "\u2014", "\u2019", "\u201d", '"', "'"}),
        alt(phrase("along with"), phrase("together with"), phrase("as well as"), phrase("in addition to")),
    ),
)

# Right before a list, in its clause with the sentence's weapon phrases blanked:

#: "a depot hit by 12 drones": the list did the hitting.
BY_END: Final = Anchored(
    "weapons.by_end",
    seq(word_ending("hit struck attacked targeted damaged destroyed sunk sank".split()), tok(lower="by")),
)
#: "hurled stones at two vehicles", "fired on a convoy of 12 trucks": the list is a target, not a weapon.
TARGET_BEFORE: Final = Anchored(
    "weapons.target_before",
    seq(word_ending("at on onto toward towards against into upon".split()), opt(tok(lower={"the", "a"}))),
)
#: "attacked the city with 147 drones", "with a barrage of 40 missiles": the attack verb governs the list.
WITH_END: Final = Anchored(
    "weapons.with_end",
    seq(
        word_ending(["with"]),
        opt(alt(phrase("a barrage of"), phrase("a total of"), phrase("a salvo of"), phrase("up to"))),
    ),
)
#: "commandos aboard four helicopters": the platforms were used (the ``who`` is checked by the reader).
TROOPS_ABOARD: Final = Anchored(
    "weapons.troops_aboard",
    seq(
        tok(regex=r"[\w-]+").capture("who"),
        alt(tok(lower={"aboard", "onboard", "in"}), phrase("on board")),
    ),
)
#: "the destroyed ship", "a dispatch": a participle or noun-like verb after a determiner is no verb.
DETERMINER_END: Final = Anchored("weapons.determiner_end", word_ending("the a an its their his her these those".split()))

#: An opening quote right before a list is no clause boundary: shot down "12 drones, 3 missiles".
OPEN_QUOTE_END: Final = Anchored("weapons.open_quote_end", tok(text={'"', "\u201c", "\u2018", "'"}))

_CLAUSE_MARKS: Final = frozenset(';:()"\u201c\u201d')
_CLAUSE_WORDS: Final = frozenset("while whereas but although though which where who when after before because if".split())


def _inside_clause(token: Token) -> bool:
    return token.text not in _CLAUSE_MARKS and token.lower not in _CLAUSE_WORDS


#: The last clause boundary before a list, and the clause's words after it: "the city was quiet,
#: but the army shot down | 12 drones" (the verb that governs the list is looked for after "but").
#: A boundary is a whole token: the colon of "10:30" and the "after" of "after-effects" are none.
CLAUSE_BOUNDARY_LAST: Final = Anchored(
    "weapons.clause_boundary_last",
    seq(alt(tok(text=_CLAUSE_MARKS), tok(lower=_CLAUSE_WORDS)), tok(where=_inside_clause).star()),
    max_tokens=400,  # a clause of 160 characters holds fewer tokens
)
