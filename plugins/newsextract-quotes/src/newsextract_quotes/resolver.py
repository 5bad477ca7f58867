"""Resolving a speaker: full names, pronouns and group pronouns to the person or organisation meant."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsextract import Span
from newsextract.rules import Lexicon
from newsextract.text import LazyPattern, is_headline, sentence_bounds

from .frames import AFTER_VERB, SENTENCE_WINDOW
from .lexicon import (
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    PERSONAL_TITLES,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    SEAT_HOLDERS,
    TITLE_WORDS,
)
from .speakers import (
    ORGANIZATION,
    PERSON,
    PRONOUN,
    SpeakerPhrase,
    classify,
    is_name_token,
    tokens,
    unbroken_end,
)

_PERSON_RUN = LazyPattern(
    r"(?<![\p{L}\p{N}'’\-])(?:[\p{Lu}][\p{L}\p{M}'’\-]*\.?|(?:al|el|bin|ben|abu|de|da|van|von)-[\p{Lu}][\p{L}'’\-]*)"
    r"(?:[ \t]+(?:(?:al|el|bin|ben|abu|ibn|de|da|del|di|du|la|le|van|von|der|den)[ \t]+)?"
    r"(?:[\p{Lu}][\p{L}\p{M}'’\-]*\.?|(?:al|el|bin|ben|abu|de|da|van|von)-[\p{Lu}][\p{L}'’\-]*)){0,5}"
)


_ORG_HEAD_WORDS = Lexicon("organisation heads", words=sorted(ORG_HEADS))
_ORG_HEAD = LazyPattern(r"(?<![\p{L}\-])(?i:" + _ORG_HEAD_WORDS.alternation() + r")(?![\p{L}\-])")


_ORG_CUT = LazyPattern(r",\s*|\s(?:and|but|that|said|says)\s")


_ORG_LEAD = LazyPattern(r"(?:[Tt]he\s+)?(?:[\p{L}'’\-.]+\s+){0,2}$")


#: How far back (characters) a pronoun looks for its person.
PRONOUN_WINDOW = 1500


#: A romanised East Asian given name written with a hyphen and a lower-case second
#: syllable ("Min-ji", "Ching-te"): the family name comes first in the name
#: ("Kim Min-ji"), and a second mention uses it alone ("Kim").
_HYPHENATED_GIVEN = LazyPattern(r"\p{Lu}\p{Ll}+-\p{Ll}+$")


#: The Arabic article written as a lower-case prefix of a family name ("al-Haddad",
#: "el-Sayed"): a later mention often drops it ("Haddad").
_ARTICLE_PARTICLE = LazyPattern(r"(?:al|el)[\-‐](?=\p{Lu})")


_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})


def _not_a_person(text: str, start: int, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The words before a name run (``toks[:i]`` and the text before ``start``) make it no person."""
    before = text[max(0, start - 20) : start].split()
    if ((before and before[-1] in _ARTICLES) or any(t[2] in _ARTICLES for t in toks[:i])) and not any(
        t[2].casefold().rstrip(".") in TITLE_WORDS for t in toks[:i]
    ):
        return True  # "the ferry, the MV Ocean Star": an article makes a named thing, not a person
    if i == 0:
        if (
            before
            and before[-1].casefold() in PLACE_PREPOSITIONS
            and not text[max(0, start - 13) : start].casefold().startswith("according")
        ):
            return True
        if len(before) >= 2 and before[-1] == "for" and before[-2].casefold() in SEAT_HOLDERS:
            return True  # "MP for Leeds North": a constituency, not a person
    return False


class DocNames:
    """The capitalised name runs of one document, scanned once: full names and person mentions."""

    def __init__(self, text: str, quoted: Sequence[Span]) -> None:
        self.starts: list[int] = []
        self.mentions: list[tuple[int, int, str, bool]] = []  # start, end, name, surely a person
        self.full: dict[str, str] = {}
        quote_starts = [q.start for q in quoted]
        quote_ends = [q.end for q in quoted]
        for match in _PERSON_RUN.finditer(text):
            start, end = match.span()
            k = bisect.bisect_right(quote_starts, start) - 1
            if k >= 0 and start < quote_ends[k]:
                continue
            word = match.group()
            if " " not in word and "\t" not in word:
                # a lone capitalised word counts only when it is a known surname (checked on use)
                self.starts.append(start)
                self.mentions.append((start, end, word.rstrip("."), False))
                continue
            self._add_run(text, start, end)

    def _add_run(self, text: str, start: int, end: int) -> None:
        """Record the person's name ending a capitalised run of several words, if it is one."""
        toks = tokens(text, start, end)
        i = len(toks)
        while i > 0 and is_name_token(toks[i - 1][2]):
            i -= 1
        run = unbroken_end(text, toks[i:])
        if not run or len(run) > 4:
            return
        surname_first = len(run) >= 2 and "-" in run[-1][2] and _HYPHENATED_GIVEN.match(run[-1][2]) is not None
        # a place word among the name words makes a place ("Black Sea"); among the titles
        # before the name it does not ("State Rep. Ann Lee", "New York Mayor Ann Lee")
        if not surname_first and any(t[2].casefold().rstrip(".") in PLACE_WORDS for t in run):
            return
        if _not_a_person(text, start, toks, i):
            return
        run_start, run_end = run[0][0], run[-1][1]
        name = text[run_start:run_end]
        several = len(run) >= 2
        # a title right before a lone name makes it a person ("Sheikh Mohammed", "Mr. Tate"),
        # though not a full name to expand later mentions with
        titled = len(run) == 1 and i > 0 and toks[i - 1][2].casefold().rstrip(".") in PERSONAL_TITLES
        if several and not is_headline(text, start):
            keys = [run[-1][2].casefold()]
            if surname_first:
                keys.append(run[0][2].casefold())  # "Kim Min-ji" is "Kim" on second mention
            article = _ARTICLE_PARTICLE.match(run[-1][2]) if run[-1][2].startswith(("al", "el")) else None
            if article is not None:
                keys.append(run[-1][2][article.end() :].casefold())  # "Ali al-Haddad" is "Haddad" later
            for key in keys:
                if len(name) > len(self.full.get(key, "")):
                    self.full[key] = name
        self.starts.append(run_start)
        self.mentions.append((run_start, run_end, name, several or titled))

    def fullest(self, name: str) -> str:
        """The longest "Given Surname" form of a bare surname found in the document."""
        if " " in name.strip():
            return name
        return self.full.get(name.casefold(), name)

    def person_before(self, lo: int, hi: int, *, first: bool = False) -> tuple[Span, str] | None:
        """The nearest person mention ending before ``hi`` (and starting after ``lo``).

        With ``first``, the earliest such mention instead.
        """
        j = bisect.bisect_left(self.starts, hi)
        surnames: set[str] | None = None
        order = range(bisect.bisect_left(self.starts, lo), j) if first else range(j - 1, -1, -1)
        for k in order:
            start, end, name, several = self.mentions[k]
            if start < lo:
                break
            if end > hi:
                continue
            if several:
                return Span(start, end), name
            if surnames is None:
                surnames = {m[2].split()[-1].casefold() for m in self.mentions[:j] if m[3]}
            if name.casefold() in surnames:
                return Span(start, end), name
        return None


_LOWER_WORD = LazyPattern(r"(?<![\p{L}\p{N}'’\-])\p{Ll}")


def sentence_subject(text: str, names: DocNames, mention: tuple[Span, str]) -> tuple[Span, str]:
    """The subject of the sentence holding ``mention``, when a person opens that sentence.

    A pronoun after a quote ("...," he said) stands for the subject of the sentence
    before it, not for a person named later in that sentence as an object or
    complement (``Minister Ann Lee praised Tom Cole. "...," she said`` -> Ann Lee).
    The subject counts only when nothing but capitalised words (titles, a dateline-free
    opener) stands before it in its sentence.
    """
    span = mention[0]
    start = sentence_bounds(text, span.start, floor=max(0, span.start - SENTENCE_WINDOW))[0]
    if start >= span.start:
        return mention
    first = names.person_before(start, span.start, first=True)
    if first is None or first[0].start >= span.start:
        return mention
    if _LOWER_WORD.search(text, start, first[0].start) is not None:
        return mention
    return first


def nearest_org(text: str, lo: int, hi: int, quoted: Sequence[Span]) -> tuple[Span, str] | None:
    """The last organisation named in ``text[lo:hi]`` outside quotes: what "it" or "they" stands for."""
    best: tuple[Span, str] | None = None
    for match in _ORG_HEAD.finditer(text, lo, hi):
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        start = sentence_bounds(text, match.start(), floor=max(lo, match.start() - 200))[0]
        cuts = [m.end() for m in _ORG_CUT.finditer(text, start, match.start())]
        start = cuts[-1] if cuts else start
        phrase = classify(text, start, match.end())
        if phrase is None or phrase.kind != ORGANIZATION:
            m = _ORG_LEAD.search(text[start : match.start()])
            if m is None:
                continue
            phrase = classify(text, start + m.start(), match.end())
            if phrase is None or phrase.kind != ORGANIZATION:
                continue
        best = (phrase.span, phrase.name)
    return best


def subject_org(text: str, org: tuple[Span, str]) -> tuple[Span, str]:
    """The organisation whose verb of saying opens the sentence holding ``org``, else ``org``.

    "...," it said after a sentence like ``The army said a drone was downed by the navy.``
    stands for the army, the subject that said it, not the organisation named after it.
    """
    span = org[0]
    start = sentence_bounds(text, span.start, floor=max(0, span.start - SENTENCE_WINDOW))[0]
    verb = AFTER_VERB.search(text, start, span.start)
    if verb is None or verb.group().casefold().startswith("according"):
        return org
    subject = classify(text, start, verb.start())
    if subject is None or subject.kind != ORGANIZATION or text[start : subject.phrase.start].strip():
        return org
    return subject.span, subject.name


class SpeakerResolver:
    """Resolves the speakers of one document, scanning its names once and only when needed."""

    def __init__(self, text: str, quoted: Sequence[Span]) -> None:
        self.text = text
        self.quoted = quoted
        self._names: DocNames | None = None

    @property
    def names(self) -> DocNames:
        """The document's name runs (built on first use)."""
        if self._names is None:
            self._names = DocNames(self.text, self.quoted)
        return self._names

    def resolve(self, speaker: SpeakerPhrase, quote_open: int, *, after: bool) -> tuple[str, Span | None, float]:
        """The speaker's canonical name, the mention a pronoun stands for, and a confidence penalty.

        A surname becomes the fullest name the document gives it; "he"/"she" the person
        named last before (the subject of that sentence when the attribution follows
        the quote); "it"/"they" the organisation named last before. An unresolved
        pronoun keeps its form and costs 0.3 of confidence.
        """
        name = speaker.name
        if speaker.kind == PERSON:
            if " " in name.strip():
                return name, None, 0.0  # a full name already (``fullest`` keeps it): no need to scan the names
            return self.names.fullest(name), None, 0.0
        if speaker.kind != PRONOUN:
            return name, None, 0.0
        lo = max(0, speaker.span.start - PRONOUN_WINDOW)
        hi = min(speaker.span.start, quote_open)
        if name in PERSON_PRONOUNS:
            mention = self.names.person_before(lo, hi)
            if mention is None:
                return name, None, 0.3
            if after:
                mention = sentence_subject(self.text, self.names, mention)
            return self.names.fullest(mention[1]), mention[0], 0.0
        if name in GROUP_PRONOUNS:
            org = nearest_org(self.text, lo, hi, self.quoted)
            if org is None:
                return name, None, 0.3
            if after:
                org = subject_org(self.text, org)
            return org[1], org[0], 0.0
        return name, None, 0.0
