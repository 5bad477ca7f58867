"""Reading a speaker's noun phrase: a person's name, a pronoun, an organisation or an unnamed source."""

from __future__ import annotations

import functools
import itertools

import attrs
import regex

from newsextract import Span
from newsextract.text import LazyPattern

from .lexicon import (
    DOCUMENT_NOUNS,
    GENERIC_SPEAKERS,
    GROUP_PRONOUNS,
    NAME_PARTICLES,
    NOT_IN_NAME_PHRASE,
    NOT_NAME_WORDS,
    OFFICE_REGIONS,
    ORG_HEADS,
    ORG_METONYMS,
    PARTICIPLE_MODIFIERS,
    PERSON_PRONOUNS,
    POST_NOMINALS,
    SENTENCE_ADVERBS,
    TITLE_WORDS,
)
from .words import tokens

__all__ = [
    "ORGANIZATION",
    "PERSON",
    "PRONOUN",
    "UNNAMED",
    "SpeakerPhrase",
    "classify",
    "is_name_token",
    "sentence_adverb_opener",
    "tokens",
    "unbroken_end",
    "valid_phrase_word",
]

PERSON = "person"
PRONOUN = "pronoun"
ORGANIZATION = "organization"
UNNAMED = "unnamed"

_PARTICLE_NAME = LazyPattern(r"^(?:al|el|bin|ben|abu|ibn|de|da|del|di|du|le|la|van|von|d|o)[\-'’]\p{Lu}", regex.I)
_ACRONYM = LazyPattern(r"^(?:\p{Lu}\.?){2,6}$")
_INITIAL = LazyPattern(r"^\p{Lu}\.$")
_SUFFIX = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
#: Adverbs that may sit between a speaker and the verb ("he later said").
ADVERBS = frozenset("also later then again earlier once previously recently further subsequently".split())


@attrs.frozen
class SpeakerPhrase:
    """What a speaker phrase names.

    ``kind`` is one of :data:`PERSON`, :data:`PRONOUN`, :data:`ORGANIZATION`,
    :data:`UNNAMED`; ``name`` is the person's name without titles, the pronoun,
    or the organisation/source as written (a leading "The" lower-cased); ``span``
    covers ``name`` in the text; ``phrase`` is the whole phrase's span.
    """

    kind: str
    name: str
    span: Span
    phrase: Span


def _norm(word: str) -> str:
    return word.casefold().rstrip(".").replace("’", "'")


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


@functools.lru_cache(maxsize=4096)
def is_name_token(word: str) -> bool:
    """A word that can be part of a person's name ("Volodymyr", "al-Hakimi", "J.")."""
    # each regex is tried only where it can match (most words are neither): a cheap test first
    if word[1:2] == "." and _INITIAL.match(word):
        return True
    if ("-" in word or "'" in word or "’" in word) and _PARTICLE_NAME.match(word):
        return True
    if not word[:1].isupper() or _possessive(word):
        return False
    low = _norm(word)
    if low in TITLE_WORDS or low in NOT_NAME_WORDS or low in ORG_HEADS or low in GENERIC_SPEAKERS:
        return False
    if low in SENTENCE_ADVERBS:
        return False
    if word.endswith(".") and low not in _SUFFIX:
        return False  # "Gov.", "Lt." are titles
    return word[1:2].islower() or not _ACRONYM.match(word)  # (an acronym has no lower-case second letter)


def valid_phrase_word(word: str) -> bool:
    """A word that may sit inside a speaker phrase (capitalised, or lower-case and no verb form)."""
    if word[:1].isupper() or word[:1].isdigit():
        return True
    low = _norm(word)
    if low in NOT_IN_NAME_PHRASE:
        return False
    if (low.endswith("ed") or low.endswith("ing")) and low not in PARTICIPLE_MODIFIERS and low not in TITLE_WORDS:
        return False
    return low not in {"said", "says", "told", "wrote", "added", "sang", "sings"}


#: Words that open an adverbial phrase set off by a comma before the subject:
#: "In a statement, the ministry said", "On Monday, Peskov said".
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "after", "during", "later", "earlier", "speaking", "meanwhile", "separately"})


def _without_leading_adverbial(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop "In a statement," / "Already," and the like from the front of a speaker phrase."""
    if len(toks) < 2:
        return toks
    if sentence_adverb_opener(text, toks[0][0], toks[0][1]):
        return toks[1:]
    if _norm(toks[0][2]) not in _ADVERBIAL_OPENERS:
        return toks
    for k in range(1, len(toks)):
        if "," in text[toks[k - 1][1] : toks[k][0]]:
            return toks[k:]
    return toks


def sentence_adverb_opener(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a sentence adverb set off by a comma ("Already," "Finally,")."""
    word = text[start:end]
    if text[end : end + 1] != ",":
        return False
    return _norm(word) in SENTENCE_ADVERBS


_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my"})


def _without_descriptive_participle(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop an article and a participle describing the speaker ("a smiling Ann Lee" -> "Ann Lee"),
    or a possessive determiner before a role ("her top aide Ann Lee" -> "top aide Ann Lee")."""
    if len(toks) >= 2 and _norm(toks[0][2]) in _POSSESSIVE_DETERMINERS:
        return toks[1:]
    if len(toks) < 3 or _norm(toks[0][2]) not in {"a", "an", "the"}:
        return toks
    word = toks[1][2]
    if word.islower() and word.endswith(("ing", "ed")) and toks[2][2][:1].isupper():
        return toks[2:]
    return toks


def _after_coordinated_titles(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a first title joined by "and" to a second one before a name.

    "Deputy Prime Minister and Defence Minister Ann Lee" -> "Defence Minister Ann Lee":
    both titles belong to the one person named after them.
    """
    for k in range(1, len(toks) - 2):
        if toks[k][2] != "and":
            continue
        before, after = toks[k - 1][2], toks[k + 1][2]
        if _norm(before) in TITLE_WORDS and before[:1].isupper() and _norm(after) in TITLE_WORDS and after[:1].isupper():
            return toks[k + 1 :]
        return toks
    return toks


def _name_run(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The person's name: the run of name tokens ending the phrase ``toks`` (maybe empty)."""
    i = len(toks)
    while i > 0 and (
        is_name_token(toks[i - 1][2])
        or (i < len(toks) and _norm(toks[i - 1][2]) in NAME_PARTICLES and i - 1 > 0 and is_name_token(toks[i - 2][2]))
        or (i == len(toks) and _norm(toks[i - 1][2]) in _SUFFIX and len(toks) > 1)
    ):
        i -= 1
    run = unbroken_end(text, toks[i:])
    if len(run) >= 3 and i > 0 and _norm(toks[i - 1][2]) in TITLE_WORDS and _norm(run[0][2]) in OFFICE_REGIONS:
        run = run[1:]  # "Supreme Allied Commander Europe Ann Lee": the region ends the office
    # at most four name words; lower-case particles ("bin", "van der") do not count
    while sum(1 for t in run if _norm(t[2]) not in NAME_PARTICLES) > 4:
        run = run[1:]
    while run and _norm(run[0][2]) in NAME_PARTICLES:
        run = run[1:]
    if run and _norm(run[-1][2]) in _SUFFIX and len(run) == 1:
        run = []
    return run


def unbroken_end(text: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words ending ``run`` with only blanks between them: a name never spans punctuation
    or a line break ("Michigan, Trump", "Pence (R-IN", "in Arizona. Johnson")."""
    k = len(run) - 1
    while k > 0 and not text[run[k - 1][1] : run[k][0]].strip(" \t"):
        k -= 1
    return run[k:]


def classify(text: str, start: int, end: int, *, max_tokens: int = 10) -> SpeakerPhrase | None:
    """Read ``text[start:end]`` as a speaker phrase; None when it is not one."""
    toks = _without_leading_adverbial(text, tokens(text, start, end))
    while len(toks) > 1 and (_norm(toks[-1][2]) in ADVERBS or _ly_adverb(toks[-1][2])):
        toks.pop()
    if not toks or len(toks) > 2 * max_tokens:
        return None
    if len(toks) >= 3 and _norm(toks[-1][2]) in POST_NOMINALS and is_name_token(toks[-2][2]) and is_name_token(toks[-3][2]):
        toks = toks[:-1]  # "Judge Ann Cole KC told ...": an honour after the name is not part of it
    toks = _after_coordinated_titles(_without_descriptive_participle(toks))
    named = (
        _with_proper_complement(text, toks, max_tokens)
        or _unnamed_with_place(text, toks, max_tokens)
        or _compound_speaker(text, toks, max_tokens)
    )
    if named is not None:
        return named
    if len(toks) > max_tokens:
        return None
    phrase = Span(toks[0][0], toks[-1][1])
    if len(toks) == 1 and _norm(toks[0][2]) in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return SpeakerPhrase(PRONOUN, toks[0][2].casefold(), Span(toks[0][0], toks[0][1]), phrase)
    if not all(valid_phrase_word(t[2]) for t in toks):
        return None
    of = next((k for k, t in enumerate(toks) if t[2] == "of"), None)
    unnamed_of = False  # "the director of the museum": someone unnamed, described by what they head
    if of is not None and of > 0:
        # "Sen. Laura Kendrick of Pennsylvania": the person stands before "of"
        head = classify(text, toks[0][0], toks[of - 1][1], max_tokens=max_tokens)
        if head is not None and head.kind == PERSON:
            return attrs.evolve(head, phrase=phrase)
        if head is not None and head.kind == ORGANIZATION and toks[of - 1][2][:1].isupper():
            # "the Association of Flight Attendants", "the Ministry of Health": one organisation
            return SpeakerPhrase(ORGANIZATION, _org_name(text, toks), phrase, phrase)
        unnamed_of = head is not None and head.kind == UNNAMED
    last = _norm(toks[-1][2])
    run = _name_run(text, toks)
    if last in ORG_METONYMS or last in ORG_HEADS or _acronym_name(toks):
        return SpeakerPhrase(ORGANIZATION, _org_name(text, toks), phrase, phrase)
    if run:
        span = Span(run[0][0], run[-1][1])
        if len(run) == 1 and _norm(run[0][2]) in GENERIC_SPEAKERS:
            return SpeakerPhrase(UNNAMED, text[phrase.start : phrase.end], phrase, phrase)
        return SpeakerPhrase(PERSON, text[span.start : span.end], span, phrase)
    if last in GENERIC_SPEAKERS or last in TITLE_WORDS or unnamed_of:
        return SpeakerPhrase(UNNAMED, _org_name(text, toks), phrase, phrase)
    return None


#: Prepositions that join a head noun to a proper-name complement inside one speaker phrase:
#: "Ann Lee of the Bureau of Mines, Safety and Health", "Iran's mission to the United Nations",
#: "the Archbishop of Canterbury". ("to" joins only an organisation head: a mission, an embassy.)
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "to", "for"})
#: Lower-case words allowed inside a proper-name complement.
_COMPLEMENT_GLUE = frozenset({"the", "of", "and", "for", "&"})


def _with_proper_complement(text: str, toks: list[tuple[int, int, str]], max_tokens: int) -> SpeakerPhrase | None:
    """A head noun phrase followed by a preposition and a proper-name complement.

    The complement (capitalised words, commas, "and", "of", "the") is an organisation or
    place and may be long ("of the Bureau of Alcohol, Tobacco and Firearms"): a person
    head is the speaker; an organisation head makes one organisation with it; a title
    head ("the Archbishop of Canterbury") is an unnamed descriptor for an appositive name.
    """
    k = next((k for k, t in enumerate(toks) if t[2] in _COMPLEMENT_PREPOSITIONS), None)
    if k is None or k == 0 or k > max_tokens or k == len(toks) - 1:
        return None
    rest = toks[k + 1 :]
    if not all(t[2][:1].isupper() or t[2] in _COMPLEMENT_GLUE for t in rest) or not rest[-1][2][:1].isupper():
        return None
    if any(":" in text[a[1] : b[0]] or ";" in text[a[1] : b[0]] for a, b in zip(toks[k:], rest, strict=False)):
        return None
    head = classify(text, toks[0][0], toks[k - 1][1], max_tokens=max_tokens)
    if head is None or head.kind == PRONOUN:
        return None
    phrase = Span(toks[0][0], toks[-1][1])
    if head.kind == PERSON and toks[k][2] in {"of", "for"}:  # "Ann Lee for the Daily Mail"
        return attrs.evolve(head, phrase=phrase)
    head_word = toks[k - 1][2]
    if head.kind == ORGANIZATION and (head_word[:1].isupper() or toks[k][2] != "of"):
        return SpeakerPhrase(ORGANIZATION, _org_name(text, toks), phrase, phrase)
    titled_name = any(
        _norm(a[2]) in TITLE_WORDS and is_name_token(b[2]) for a, b in itertools.pairwise(rest)
    )  # "Secretary of State Helen Voss": the complement ends in a titled name
    # "the Archbishop of Canterbury", "the mayor of Leeds": a title of a place or body describes
    # someone unnamed (an appositive may name them); the place is no person.
    if head.kind == UNNAMED and toks[k][2] == "of" and _norm(head_word) in TITLE_WORDS and not titled_name:
        return SpeakerPhrase(UNNAMED, _org_name(text, toks), phrase, phrase)
    return None


#: Prepositions that place or affiliate an unnamed speaker ("a source on the panel", "a spokeswoman for the hotels").
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "from", "inside", "for"})


def _unnamed_with_place(text: str, toks: list[tuple[int, int, str]], max_tokens: int) -> SpeakerPhrase | None:
    """An unnamed speaker with a phrase placing them: "one source on the panel", "a narrator in the ad"."""
    k = next((k for k, t in enumerate(toks) if t[2] in _PLACE_PREPOSITIONS), None)
    if k is None or k == 0 or k == len(toks) - 1 or len(toks) > max_tokens:
        return None
    if any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(toks)):
        return None  # punctuation inside: a clause, not one phrase
    head = classify(text, toks[0][0], toks[k - 1][1], max_tokens=max_tokens)
    if head is None or head.kind != UNNAMED or head.phrase.start != toks[0][0]:
        return None
    if not all(valid_phrase_word(t[2]) for t in toks[k + 1 :]) or not toks[-1][2].islower():
        return None  # "a resident in Kyiv" stays "a resident": a named place is no part of the role
    phrase = Span(toks[0][0], toks[-1][1])
    return SpeakerPhrase(UNNAMED, _org_name(text, toks), phrase, phrase)


def _ly_adverb(word: str) -> bool:
    """A lower-case -ly adverb after the subject ("Ann Lee angrily said"); "the daily" is a noun."""
    return word.endswith("ly") and word.islower() and _norm(word) not in ORG_HEADS and _norm(word) not in GENERIC_SPEAKERS


def _acronym_name(toks: list[tuple[int, int, str]]) -> bool:
    """An organisation's acronym, alone or after "the" ("NATO", "the IMF")."""
    return bool(_ACRONYM.match(toks[-1][2])) and all(_norm(t[2]) == "the" for t in toks[:-1])


def _compound_speaker(text: str, toks: list[tuple[int, int, str]], max_tokens: int) -> SpeakerPhrase | None:
    """Two people joined by "and" (one unnamed pair), or an organisation's document.

    "Ann Lee and Tom Reyes wrote" names both writers: the pair is the speaker, as
    written (no one person to link it to). "The ministry statement said" and "the
    IMF report stated" quote a document: its author, the organisation, is the speaker.
    """
    if len(toks) < 2 or len(toks) > max_tokens:
        return None
    phrase = Span(toks[0][0], toks[-1][1])
    if _norm(toks[-1][2]) in DOCUMENT_NOUNS:
        author = classify(text, toks[0][0], toks[-2][1], max_tokens=max_tokens)
        if author is not None and author.kind == ORGANIZATION:
            return attrs.evolve(author, phrase=phrase)
        return None
    joints = [k for k, t in enumerate(toks) if t[2] == "and"]
    if len(joints) != 1 or joints[0] in (0, len(toks) - 1):
        return None
    k = joints[0]
    left = classify(text, toks[0][0], toks[k - 1][1], max_tokens=max_tokens)
    right = classify(text, toks[k + 1][0], toks[-1][1], max_tokens=max_tokens)
    if left is None or right is None or left.kind != PERSON or right.kind != PERSON:
        return None
    span = Span(left.span.start, right.span.end)
    return SpeakerPhrase(UNNAMED, f"{left.name} and {right.name}", span, phrase)


def _org_name(text: str, toks: list[tuple[int, int, str]]) -> str:
    name = text[toks[0][0] : toks[-1][1]]
    if toks[0][2] in {"The", "A", "An"}:
        name = toks[0][2].lower() + name[len(toks[0][2]) :]
    return name
