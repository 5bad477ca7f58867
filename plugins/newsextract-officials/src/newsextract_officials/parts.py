"""Value parts from matched words: place chains, complements, ranks, statuses.

The resolver (:mod:`.resolver`) hands these helpers the words a frame matched; they
say what the words mean (a place or a body, a portfolio or a place after "of").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from newsextract import Span
from newsextract.text import LazyPattern

from . import lexicon as lx
from .frames import FrameMatch
from .tags import Word, strip_possessive

__all__ = [
    "Reading",
    "complement",
    "context_place",
    "drop_possessive",
    "head_keys",
    "is_org",
    "join_words",
    "place_of",
    "possessor_place",
    "rank_text",
    "status_of",
    "words_of",
]

_WINDOW: Final = 320  # characters searched before a title for the place it belongs to

_CITY_CONTEXT: Final = LazyPattern(
    r"(?:city|town|village|municipality)\s+of\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})"
    r"|\b[Ii]n\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})\s*,"
)
_REGION_CONTEXT: Final = LazyPattern(
    r"(?:region|province|state|oblast)\s+of\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})"
    r"|(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2}"
    r"\s+(?:region|province|state|oblast|Oblast|Region|Province|State))\b"
)


@attrs.frozen
class Reading:
    """One titled mention of a person: what the grammar read around a name run."""

    name: str
    name_span: Span
    span: Span
    title: str
    place: str | None
    organization: str | None
    status: str
    rank: str | None
    head: str
    confidence: float
    rule: str
    tentative: bool = False  # "General Syrskyi": kept only if the article gives the person's full name
    possessor_place: bool = False  # the place is a possessive ("Putin's spokesman"): it may be a person


def join_words(tokens: Sequence[Word]) -> str:
    """The words as a title ("Gov." spelled out)."""
    return " ".join(t.display for t in tokens)


def drop_possessive(text: str) -> str:
    """ "Ukraine's" -> "Ukraine"."""
    base, possessive = strip_possessive(text)
    return base if possessive else text


def place_of(tokens: Sequence[Word]) -> tuple[str | None, str | None]:
    """(place, organization) of a place chain ("Kyiv", "US", "Defense Department", "Ukraine's")."""
    if not tokens:
        return None, None
    text = drop_possessive(" ".join(t.text for t in tokens))
    low = text.casefold()
    if low in lx.DEMONYMS:
        return lx.DEMONYMS[low], None
    if all(t.key in lx.PARTY_WORDS for t in tokens):
        return None, text  # "the Conservative MP X": the party, not a place
    last = strip_possessive(tokens[-1].key)[0]
    if last in lx.ORG_WORDS or low in lx.ORG_NAMES:
        return text, text
    return text, None


def rank_text(tokens: Sequence[Word]) -> str | None:
    """Rank words spelled out ("Lt. Gen." -> "Lieutenant General"), or None."""
    words = [lx.RANKS.get(t.key, t.text) if t.tag == "R" else t.text for t in tokens]
    return " ".join(words) if words else None


def status_of(tokens: Iterable[Word]) -> str:
    """The status the first status word or affix gives ("former", "acting", ...)."""
    for t in tokens:
        if t.tag == "S" and t.key in lx.STATUS:  # an ordinal ("the 11th president") gives none
            return lx.STATUS[t.key]
        if t.affix and t.affix != "plural":
            return t.affix
    return "current"


def words_of(words: Sequence[Word], m: FrameMatch, group: str) -> list[Word]:
    """The words a frame's capture ``group`` matched."""
    return m.words(words, group)


def head_keys(office: Sequence[Word]) -> tuple[str, ...]:
    """The head of a title and its variants: ("director general", "director", "general")."""
    run: list[str] = []
    of = next((i for i, t in enumerate(office) if t.tag == "O"), len(office))
    for t in reversed(office[:of]):
        if t.tag != "H":
            break
        run.insert(0, t.key)
    if not run:
        return ()
    return (" ".join(run), "-".join(run), run[0], run[-1])


def is_org(tokens: Sequence[Word]) -> bool:
    """True when the words name a body ("Defense Department", "NATO") rather than a place."""
    body = " ".join(t.text for t in tokens).casefold()
    return any(strip_possessive(t.key)[0] in lx.ORG_WORDS for t in tokens if t.text[:1].isupper()) or body in lx.ORG_NAMES


def complement(heads: tuple[str, ...], compl: list[Word]) -> tuple[str, str | None, str | None]:
    """Split an of/for/to complement into (title suffix, place, organization)."""
    if not compl:
        return "", None, None
    prep, rest = compl[0], compl[1:]
    the = "the " if rest and rest[0].tag in "DQq" else ""
    if rest and rest[0].tag == "D":
        rest = rest[1:]
    possessor: str | None = None
    if rest and rest[0].tag in "Qq":
        if rest[0].tag == "Q":
            possessor = place_of(rest[:1])[0]
        rest = rest[1:]
    if not rest:
        return "", possessor, None
    body = " ".join(t.text for t in rest)
    org = is_org(rest)
    proper = any(t.tag in "NAQ" for t in rest)
    org_head = any(h in lx.ORG_HEADS for h in heads)
    if any(h in lx.SPOKES_HEADS for h in heads) or prep.tag == "T":
        return "", body, body if org else None
    if org_head and org:
        # "of the Civil Aviation Authority of Nepal": the trailing "of Nepal" is the place.
        trailing_place = None
        inner = [i for i, t in enumerate(rest) if t.tag == "O"]
        if inner:
            cut = inner[-1]
            tail = rest[cut + 1 :]
            if tail and not is_org(tail):
                trailing_place = " ".join(t.text for t in tail)
                rest = rest[:cut]
                body = " ".join(t.text for t in rest)
        return f" {prep.text} the {body}", trailing_place or possessor, body
    if org_head and not proper:  # "chairman of the local government area"
        return f" {prep.text} {the}{body}", possessor, None
    if not proper and not any(t.tag == "L" for t in rest):  # "minister for foreign affairs": a portfolio
        return f" {prep.text} {the}{body}", possessor, None
    if not proper and all(t.tag == "L" for t in rest):  # "of the region": unresolved
        return "", possessor, None
    return "", body, body if org else None


def context_place(text: str, sentence_start: int, title_start: int, head: str) -> str | None:
    """The city or region named earlier in the sentence, for a mayor's or governor's title."""
    if head in lx.CITY_HEADS:
        pattern = _CITY_CONTEXT
    elif head in lx.REGION_HEADS:
        pattern = _REGION_CONTEXT
    else:
        return None
    found = None
    for m in pattern.finditer(text, max(sentence_start, title_start - _WINDOW), title_start):
        found = m.group(1) or m.group(2)
    return found


def possessor_place(place_tokens: Sequence[Word], compl: Sequence[Word]) -> bool:
    """True when the place is a possessive that may be a person ("Putin's spokesman")."""
    return bool(place_tokens) and place_tokens[-1].tag == "Q" and not compl
