"""The procedural part: which frame reads the name, and what the matched words mean.

:func:`read` takes a run of name words and tries the frames of :mod:`.frames` on the
tags before it (a title, or a title appositive) and after it (an appositive, a
linking verb); then it drops vague or non-public offices and builds the title,
place and status of a :class:`~.parts.Reading`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from newsextract import Span

from . import frames as fr
from . import lexicon as lx
from .parts import (
    Reading,
    complement,
    context_place,
    drop_possessive,
    head_keys,
    is_org,
    join_words,
    place_of,
    possessor_place,
    rank_text,
    status_of,
    words_of,
)
from .tags import BODY_WORDS, PARTY_STATE, Word, strip_possessive

__all__ = ["CONTEXT_TAGS", "read", "touches_title"]

CONTEXT_TAGS: Final = 24  # words either side of a name that a title phrase may span
_NOT_NAME: Final = BODY_WORDS | lx.CAPITALISED_PLACE_NOUNS
_VAGUE_HEAD_KEYS: Final = frozenset((k,) for k in lx.NEVER_BARE)


@attrs.define
class _Draft:
    """What the frames read around one name, before the value is built."""

    start: int
    end: int
    office: list[Word] = attrs.Factory(list)
    rank: list[Word] = attrs.Factory(list)
    place: list[Word] = attrs.Factory(list)
    status: list[Word] = attrs.Factory(list)
    compl: list[Word] = attrs.Factory(list)
    in_place: list[Word] = attrs.Factory(list)
    confidence: float = 0.0
    context_q: bool = False  # the place is named earlier in the sentence ("the city's mayor")
    former_after: bool = False  # "at the time", "was": the office was held then
    tentative: bool = False
    rule: str = ""


def touches_title(tags: str, ns: int, ne: int) -> bool:
    """False when no title, rank, comma or linking verb touches the name run ``tags[ns:ne]``."""
    left = tags[max(0, ns - CONTEXT_TAGS) : ns]
    bare_left = left[:-1] if left.endswith("h") else left  # "Gen Sir X", ", Dr. X": skip the honorific
    # "&": the second of two names after a plural title ("Sens. X and Y")
    return bare_left[-1:] in ("H", "R", "M", "&") or bare_left.rstrip("R").endswith(",") or tags[ne : ne + 1] in (",", "V", "B")


def _is_name(words: Sequence[Word], ns: int, ne: int) -> bool:
    """True when ``words[ns:ne]`` may be a person's name (no stopword, body or place word)."""
    name_words = words[ns:ne]
    titled = ns > 0 and words[ns - 1].tag in "HR" and len(name_words) >= 2
    for i, t in enumerate(name_words):
        base = strip_possessive(t.key)[0]
        if t.tag == "I" or (t.tag == "N" and t.key in lx.REGNAL_NUMERALS):
            continue  # "Ethan A. Cole", "King Arvid I": an initial or numeral, never a stopword here
        if (t.key in lx.STOPWORDS and not (t.tag == "N" and t.key in lx.NAME_MONTHS)) or base in _NOT_NAME:
            if titled and i in (0, len(name_words) - 1) and base in lx.SURNAME_BODY_WORDS:
                continue  # "Attorney Elena Park", "Minister Park Jae-hoon": a surname that is also a body word
            return False
    return not (ns > 0 and words[ns - 1].key in lx.PLACE_PREPOSITIONS and words[ns - 1].tag in "xn")


def _read_pre(d: _Draft, words: list[Word], m: fr.FrameMatch) -> None:
    """ "US President Donald Trump", "police Col. Luis Paredes": a title right before the name."""
    d.office = words_of(words, m, "title") + words_of(words, m, "pcompl")
    d.rank = words_of(words, m, "rank") or words_of(words, m, "rank2")
    if not d.office:
        d.office = words_of(words, m, "rmods")  # "police Col.": the modifiers qualify the rank
    d.place = words_of(words, m, "place")
    d.status = words_of(words, m, "s1") + words_of(words, m, "s2") + d.office
    d.start = min(t.start for t in d.status + d.place + d.office + d.rank if t)
    d.confidence, d.rule = 0.9, fr.PRE.name


def _read_before(d: _Draft, words: list[Word], m: fr.FrameMatch) -> None:
    """ "Israel's defense minister, Avi Dror": a title appositive before the name."""
    d.office = words_of(words, m, "title")
    d.rank = words_of(words, m, "rank")
    d.place = words_of(words, m, "place")
    d.compl = words_of(words, m, "compl")
    d.in_place = words_of(words, m, "inplace")[1:]
    d.status = words_of(words, m, "s1") + words_of(words, m, "s2") + d.office
    det = words_of(words, m, "det")
    d.context_q = any(t.tag == "q" for t in det)
    if d.place and d.place[-1].tag == "q" and d.place[-1].key not in lx.PLACE_NOUNS:
        det, d.place, d.context_q = det + d.place, [], True  # "the state company's director"
    d.former_after = m.has("when")
    d.start = min(t.start for t in det + d.status + d.place + d.office)
    d.confidence, d.rule = 0.85, fr.BEFORE.name


def _read_left(d: _Draft, words: list[Word], ns: int, name_size: int, possessive_name: bool) -> None:
    off = max(0, ns - CONTEXT_TAGS)
    m = fr.PRE.before(words, off, ns)
    if m and name_size < 2 and m.has("pcompl") and m.words(words, "pcompl")[0].tag == "F":
        m = None  # "a spokesman for the Senate Democratic ...": a one-word "name" after a "for"-portfolio
    if m and m.has("title"):
        _read_pre(d, words, m)
        return
    # the appositive frame is only needed for a name of two words or more
    b = fr.BEFORE.before(words, off, ns) if name_size >= 2 else None
    if m and m.start > off and b:
        m = None  # "Ukraine's top military commander, Gen. Oleksandr Syrskyi": the office stands before the rank
    if m and m.has("rank2"):
        _read_pre(d, words, m)
        return
    if b and not possessive_name:
        _read_before(d, words, b)
        return
    shared = fr.SHARED.before(words, off, ns) if name_size >= 2 else None
    if shared:
        _read_pre(d, words, shared)
        d.rule = fr.SHARED.name


def _right_frame(d: _Draft, words: list[Word], ne: int, speaker: bool) -> fr.FrameMatch | None:
    """The appositive or linking-verb frame after the name, if one applies."""
    hi = min(len(words), ne + CONTEXT_TAGS)
    a = fr.AFTER.after(words, ne, hi)
    if a is not None and any(t.tag == "q" and t.key in lx.PRIVATE_BODIES for t in words_of(words, a, "det")):
        a = None  # "X, the group's president": a private body's office
    if a is None and not d.office:
        a = fr.LINKED.after(words, ne, hi)
        strong = a is not None and any(t.key in lx.STRONG_LINKS for t in words_of(words, a, "verb"))
        if a is not None and not speaker and not strong:
            return None
        if a is not None:
            verb = words_of(words, a, "verb")
            # the last verb decides ("was re-elected": current), "as" only when alone ("served as": former)
            linked = next((lx.LINK_VERBS[t.key] for t in reversed(verb) if t.key in lx.LINK_VERBS and t.key != "as"), "current")
            d.status = [t for t in verb if t.tag == "S"]
            d.former_after = linked == "former" and not d.status
    return a


def _read_right(d: _Draft, words: list[Word], ne: int, speaker: bool) -> None:
    """ "Rustem Umerov, the newly appointed head of ...", "X was named defense minister"."""
    if any(t.tag == "H" for t in d.office) and (d.rank or head_keys(d.office)[-1:] not in _VAGUE_HEAD_KEYS):
        return  # a title before the name that no office after it replaces (see ``vague_before``)
    a = _right_frame(d, words, ne, speaker)
    if a is None and not d.office and speaker:
        _read_who_heads(d, words, ne)
        return
    # "GERB leader X, a former prime minister": a vague head before the name gives way to an
    # office after it (not to another vague one: "Hamas leader X, the group's deputy leader").
    vague_before = (
        a is not None
        and bool(d.office)
        and not d.rank
        and head_keys(d.office)[-1:] in _VAGUE_HEAD_KEYS
        and head_keys(words_of(words, a, "title"))[-1:] not in _VAGUE_HEAD_KEYS
    )
    strong = a is not None and a.frame is fr.LINKED and any(t.key in lx.STRONG_LINKS for t in words_of(words, a, "verb"))
    if not (a and (speaker or strong) and (not d.office or not any(t.tag == "H" for t in d.office) or vague_before)):
        return
    if vague_before:
        d.place = []  # "GERB leader X, a former prime minister": the party was the leader's body
    d.office = words_of(words, a, "title")
    d.compl = words_of(words, a, "compl")
    if any(t.tag == "q" for t in words_of(words, a, "det")):
        d.context_q = True  # "X, the city's mayor": the place is named earlier in the sentence
    d.place = words_of(words, a, "place") or d.place
    d.status = words_of(words, a, "s1") + words_of(words, a, "s2") + d.office + d.status
    d.end = max(d.end, *(t.end for t in d.office + d.compl))
    d.confidence = max(d.confidence, 0.85)
    d.former_after = d.former_after or a.has("when")
    d.rule = a.frame.name


def _read_who_heads(d: _Draft, words: list[Word], ne: int) -> None:
    """ "X, who heads the Norland Port Authority": the verb names the office, its object the body."""
    m = fr.WHO_HEADS.after(words, ne, min(len(words), ne + CONTEXT_TAGS))
    if m is None:
        return
    verb = words_of(words, m, "verb")[0]
    body = words_of(words, m, "body")
    if not any(t.tag in "NAQL" for t in body):
        return  # "who leads the talks": no body, no office
    head, past = lx.HEAD_VERBS[verb.key]
    # The office reads as "head of <body>"; the verb's own words stand in for the missing head and "of".
    d.office = [Word.make(verb.index, verb.start, verb.end, head, "H", head)]
    d.compl = [Word.make(verb.index, verb.end, verb.end, "of", "O", "of"), *body]
    d.end = max(d.end, body[-1].end)
    d.confidence = max(d.confidence, 0.85)
    d.former_after = past
    d.rule = fr.WHO_HEADS.name


def _rejected(d: _Draft, name_size: int) -> bool:
    """True for what is not a public office: no title, a team's captain, a bare vague head."""
    if not d.office and not d.rank:
        return True
    if not d.office and name_size == 1 and not any(t.text.endswith(".") for t in d.rank):
        # "General Motors", "Major League": a spelled-out rank before one word is rarely a person,
        # unless the article names the person in full elsewhere ("General Syrskyi"); decided per article.
        d.tentative = True
    if (
        not any(t.tag == "H" for t in d.office)
        and d.rank
        and all(t.key in lx.AMBIGUOUS_RANKS and t.text[:1].islower() for t in d.rank)
        and not any(t.key in lx.SERVICE_WORDS for t in d.office + d.place)
    ):
        return True  # "Boston captain X": a team or ship role unless a service word makes it military
    heads = head_keys(d.office)
    if not heads:
        return False
    head = heads[-1]
    bare = len(d.office) == 1 and not d.place and not d.compl
    if (head in lx.NEVER_BARE and bare) or (head in lx.WEAK_HEADS and bare and not d.rank):
        return True
    if all(t.key in lx.NEVER_BARE for t in d.office) and not d.place and not d.compl:
        return True
    # "general manager" of a public body, not of a team or a shop
    return head in lx.BODY_HEADS and not (
        is_org(d.place) or any(t.tag == "L" or (t.text[:1].isupper() and is_org([t])) for t in d.compl)
    )


def _title(d: _Draft, heads: tuple[str, ...]) -> tuple[str, str | None, str | None, str | None]:
    """(title, place, organization, rank) from the office, complement and rank words."""
    title = join_words(d.office) if d.office else ""
    place, organization = place_of(d.place)
    if d.in_place and place is None:
        place = " ".join(t.text for t in d.in_place)
    if d.compl:
        suffix, c_place, c_org = complement(heads, d.compl)
        title += suffix
        place = c_place or place
        organization = c_org or organization
    rank = rank_text(d.rank)
    if not any(t.tag == "H" for t in d.office):
        title = " ".join(x for x in (title, rank) if x)
    elif rank:
        title = f"{title}; {rank}"
    return title, place, organization, rank


def _after_name_place(words: list[Word], ne: int, place: str | None, org: str | None) -> tuple[str | None, str | None]:
    """ "Sen. Charles Benton of Mississippi", "Sen. X, D-Mass.": the place after the name."""
    hi = min(len(words), ne + CONTEXT_TAGS)
    of = fr.OF_PLACE.after(words, ne, hi)
    if of and place is None:
        place = " ".join(t.text for t in of.words(words, "of"))
    party = fr.PARTY.after(words, ne, hi) and words[ne].text in (",", "(")
    pm = PARTY_STATE.match(words[ne + 1].text) if party else None
    if pm:
        state = lx.STATE_ABBREVIATIONS.get(pm.group(2).rstrip(".").casefold())
        place = place or state or pm.group(2)
        org = org or lx.PARTIES.get(pm.group(1).casefold())
    return place, org


def read(text: str, words: list[Word], tags: str, ns: int, ne: int, sentence_start: int) -> Reading | None:
    """The official (if any) whose name is ``words[ns:ne]``, read with the frames."""
    if not _is_name(words, ns, ne) or not touches_title(tags, ns, ne):
        return None
    name_words = words[ns:ne]
    last = name_words[-1]
    name_end = last.end - (len(last.text) - len(drop_possessive(last.text)))
    name = text[name_words[0].start : name_end]
    if name.casefold() in lx.DEMONYMS or name.casefold() in lx.ORG_NAMES:
        return None
    # "..., said Heriyanto, head of the rescue office": a one-word speaker with a title appositive
    speaker = len(name_words) >= 2 or (ns > 0 and words[ns - 1].key in lx.REPORTING_VERBS and name_words[0].tag == "N")
    possessive_name = last.tag == "Q"
    d = _Draft(start=name_words[0].start, end=name_end)
    _read_left(d, words, ns, len(name_words), possessive_name)
    if not possessive_name:
        _read_right(d, words, ne, speaker)
    if _rejected(d, len(name_words)):
        return None
    heads = head_keys(d.office)
    head = heads[-1] if heads else ""
    title, place, organization, rank = _title(d, heads)
    if not title.strip():
        return None
    place, organization = _after_name_place(words, ne, place, organization)
    possessor = possessor_place(d.place, d.compl)
    if possessor:
        at = d.place[0].index
        if at > 0 and words[at - 1].tag in "HR":
            place = organization = None  # "President Novak's spokesman": the possessor is a person
    if place is None and (d.context_q or d.office):
        place = context_place(text, sentence_start, d.start, head)
    status = status_of(d.status)
    return Reading(
        name=name,
        name_span=Span(name_words[0].start, name_end),
        span=Span(d.start, d.end),
        title=title,
        place=place,
        organization=organization,
        status="former" if d.former_after and status == "current" else status,
        rank=rank,
        head=head,
        confidence=d.confidence or 0.8,
        rule=d.rule or fr.PRE.name,
        tentative=d.tentative,
        possessor_place=possessor,
    )
