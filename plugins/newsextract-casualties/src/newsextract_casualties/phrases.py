"""Noun phrases: the people a count is about ("four children", "seven of the wounded", "a 7-year-old boy")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from newsextract.text import LazyPattern, word_to_int

from .engine import word_start_at
from .lexicon import (
    NOMINAL_STATUS,
    NOT_PLACES,
    NP_STOP_WORDS,
    PERSON_NOUNS,
    STATUS_NOUNS,
)
from .words import word_tokens

#: Nouns that show the preceding "person" word was a modifier ("police compound", "personnel carriers").
_OBJECT_NOUNS: Final = frozenset(
    "carriers carrier vehicles vehicle cars car station stations compound compounds headquarters uniform uniforms"
    " post posts officials chief chiefs department departments force forces unit units academy base bases".split()
)


#: Singular person nouns: not plurals in -s, nor in -men ("the gunmen were killed" is no one person).
_SINGULAR_SET: Final = frozenset(
    {w for w in PERSON_NOUNS if (not w.endswith("s") or w in {"boss"}) and not w.endswith("men")}
    - {"men", "women", "children", "people", "police", "elderly", "staff", "personnel", "crew", "family", "couple", "other"}
)

_DETERMINERS: Final = frozenset({"a", "an", "the", "another", "his", "her", "their"})

_ORDINALS: Final = frozenset({"second", "third", "fourth", "fifth", "sixth"})

_CLAUSE_AFTER: Final = frozenset({"was", "were", "is", "had", "has", "who", "died", ",", ";", "("})


#: Where a person-suffixed noun after "a"/"an" may end its phrase: a clause word, or a place or time
#: preposition ("killed a tax collector at the market", "an operator in the town was shot").
_WEAK_AFTER: Final = _CLAUSE_AFTER | frozenset({"in", "at", "near", "inside", "outside", "during"})


#: Where a singular phrase can end (run on the lower-cased text), besides a word of
#: :data:`_SINGULAR_WORDS`: "another" or "the other" before a verb, or a person-suffixed noun
#: after "a"/"an" before a verb or comma.
_SINGULAR_OTHER: Final = (
    r"\banother(?:\s+one)?(?=\s+(?:was|is|had|has|got|died|in|at|near)\b|\s*[.;,])"
    r"|\bthe\s+other(?=\s+(?:was|is|had|has|got|died)\b)"
    r"|\ban?\s+(?:(?!(?:and|or|but|of|to|another)\s)[\w'’-]+\s+){0,3}?(?!another\b)[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|ee)(?=\s*[,;(]|\s+(?:was|were|is|had|has|who|died|in|at|near|inside|outside|during)\b)"
)

#: The singular heads and ordinals (lower case, word characters only) a phrase may end with.
_SINGULAR_WORDS: Final = _SINGULAR_SET | _ORDINALS

_OTHER_END: Final = LazyPattern(_SINGULAR_OTHER)

#: The words a match of :data:`_OTHER_END` starts with.
_OTHER_FIRST: Final = frozenset({"another", "the", "a", "an"})
_WORD_RUN: Final = LazyPattern(r"\w++")


def singular_ends(source: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """Where singular phrases can end in ``source[lo:hi]``, in text order (``start()``, ``end()``): the
    matches of ``finditer`` of the pattern ``\\b(?:WORDS)\\b|_SINGULAR_OTHER`` (WORDS: those of
    :data:`_SINGULAR_WORDS`, all word characters), found without compiling that long alternation:
    a match starts a word, and matches the first alternative exactly when the word is one of WORDS."""
    last = lo
    for run in _WORD_RUN.finditer(source, lo, hi):
        start = run.start()
        if start < last:
            continue
        word = run.group()
        if word in _SINGULAR_WORDS:
            # a run starts a word, except one cut at ``lo`` (the pattern's \b sees the text before)
            if start > lo or word_start_at(source, start):
                yield run
                last = run.end()
            continue
        if word not in _OTHER_FIRST:
            continue
        match = _OTHER_END.match(source, start, hi)
        if match is not None:
            yield match
            last = match.end()


#: What may follow "another" (or "the other") standing alone as a person.
_ANOTHER_BEFORE: Final = frozenset({"was", "is", "had", "has", "got", "died", "one", ".", ";", ",", "in", "at", "near"})


def singulars(tokens: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """Singular person phrases: (start, end, who, determiner) for "a 7-year-old boy", "the suspect",
    "a second soldier", "another" (before was/is) and, after a/an, a person-suffixed noun that ends
    its phrase ("a drug trafficker was killed": marked weak)."""
    n = len(tokens)
    for i, (word, start, _) in enumerate(tokens):
        det = word.casefold()
        if det not in _DETERMINERS:
            continue
        follow = tokens[i + 1][0].casefold() if i + 1 < n else ""
        if det == "another" and follow in _ANOTHER_BEFORE:
            # "... and wounded another.", "another was hurt": one more of the previous group.
            yield start, tokens[i + 1][2] if follow == "one" else tokens[i][2], "another", det
            continue
        if det == "the" and follow == "other" and i + 2 < n and tokens[i + 2][0].casefold() in _ANOTHER_BEFORE:
            yield start, tokens[i + 1][2], "another", det  # "one was injured and the other died"
            continue
        indefinite = det in ("a", "an")
        for k in range(i + 1, min(n, i + 5)):
            token = tokens[k][0]
            low = _last_part(token.casefold())
            if not token[0].isalnum():
                break
            after = tokens[k + 1][0].casefold() if k + 1 < n else ""
            mods = [t[0] for t in tokens[i + 1 : k] if not t[0][0].isdigit()]
            if (
                low in _SINGULAR_SET
                and k + 2 < n
                and _is_weak_head(tokens[k + 1][0])
                and tokens[k + 2][0].casefold() in _CLAUSE_AFTER
            ):
                continue  # "a civilian porter,": the person noun modifies a noun of its own
            if low in _SINGULAR_SET and after in _SINGULAR_SET:
                continue  # "a baby girl", "a woman journalist": the last person noun is the head
            if low in _SINGULAR_SET and _name_part(token, tokens[k + 1][0] if k + 1 < n else ""):
                continue  # "the Lakeview National Forest office": a word of a name, not a person
            if low in _SINGULAR_SET:
                yield start, tokens[k][2], " ".join([*mods, low]).casefold(), det
                break
            if indefinite and k == i + 1 and low in _ORDINALS and after in _CLAUSE_AFTER:
                yield start, tokens[k][2], low, det
                break
            if indefinite and after in _WEAK_AFTER and _is_weak_head(token):
                yield start, tokens[k][2], WEAK + " ".join([*mods, low]).casefold(), det
                break
            if low == "and" and k > i + 1 and _modifier_and(tokens, k):
                continue  # "a drug and weapons smuggler": two modifiers of one head
            if low in NP_STOP_WORDS and low not in NOMINAL_STATUS:
                break


def _name_part(token: str, after: str) -> bool:
    """True when a capitalised person noun runs on into a capitalised word that is no person noun:
    it names a place or body ("the Lakeview National Forest", "the Border Guard Service")."""
    return token[:1].isupper() and after[:1].isupper() and after.isalpha() and after.casefold() not in _SINGULAR_SET


def _last_part(low: str) -> str:
    """A hyphenated noun's head ("sub-inspector" -> "inspector", "co-pilot" -> "pilot"); the word itself else."""
    return low.rsplit("-", 1)[-1] if "-" in low else low


def _is_person_head(token: str) -> bool:
    low = token.casefold()
    if low in PERSON_NOUNS or low in STATUS_NOUNS or _last_part(low) in PERSON_NOUNS:
        return True
    # Nationality plurals: "Palestinians", "Israelis", "Filipinos", "Kurds".
    return (
        len(token) > 4
        and token[0].isupper()
        and token[1:].islower()
        and token not in NOT_PLACES
        and token.endswith(("ans", "is", "nos", "ons", "ds", "ks", "ese"))
    )


#: Prefix marking a noun phrase whose head is only suffix-guessed.
WEAK: Final = "\x00"


#: Marks "<end>" of a noun phrase coordinated with a singular one ("two officers and a bystander").
EXTENDED: Final = "\x01"


_WEAK_SUFFIXES: Final = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ian",
    "ians",
    "ant",
    "ants",
    "ent",
    "ents",
    "man",
    "men",
    "ee",
    "ees",
)


_NOT_WEAK: Final = frozenset(
    "other others former latter number numbers order orders water power center centre matter quarter "
    "percent moment government governments incident incidents event events accident accidents layer layers "
    "equipment element apartment apartments department departments agent agents earlier later".split()
)


def _is_weak_head(token: str) -> bool:
    low = token.casefold()
    return token.isalpha() and token.islower() and len(low) > 4 and low.endswith(_WEAK_SUFFIXES) and low not in _NOT_WEAK


def _plain_modifiers(toks: list[tuple[str, int, int]]) -> bool:
    """Three modifiers before a fourth-word head ("3 Malay Muslim separatist suspects", "one rapid
    intervention battalion soldier"): only with a person noun as that head and no verb form among them."""
    *mods, head = (t[0].casefold() for t in toks)
    verbal = [m for m in mods if m.endswith(("ed", "ing")) and m not in _ADJECTIVE_PARTICIPLES]
    return head in PERSON_NOUNS and not verbal and not any(m in STATUS_NOUNS for m in mods)


#: Participles used as plain adjectives of a group ("3 suspected Abu Sayyaf militants").
_ADJECTIVE_PARTICIPLES: Final = frozenset({"suspected", "alleged", "armed", "unidentified", "unarmed", "retired"})


def _acronym(token: str) -> bool:
    """ "IS", "AS" written in capitals name a group ("3 IS militants"), not the verb "is"."""
    return len(token) > 1 and token.isupper()


def _is_name_head(token: str) -> bool:
    """A capitalised group name used as a noun ("3 Balanda were killed", "2 FARDC")."""
    return token[:1].isupper() and token.isalpha() and token not in NOT_PLACES and len(token) > 2


#: Participles after "of those" that name a group by its status ("three of those hurt").
_THOSE_STATUS: Final = {**NOMINAL_STATUS, "hurt": "wounded", "hospitalised": "hospitalized", "freed": "rescued"}


#: What :func:`noun_phrase` returns: (who, end, partitive status, found).
Phrase = tuple[str | None, int, str | None, bool]
Tokens = list[tuple[str, int, int]]
#: Words dropped from the front of a who ("more people" -> "people").
_LEADING = ("more", "other", "additional", "further", "the", "of")


def _trimmed(words: list[str]) -> str:
    while words and words[0].casefold() in _LEADING:
        words.pop(0)
    return " ".join(words).casefold()


def noun_phrase(text: str, pos: int, stop: int) -> Phrase:
    """Read the noun phrase after a count at ``pos``.

    Returns ``(who, end, partitive_status, found)``: ``who`` is None when the phrase
    is elided or pronominal ("of whom"); ``found`` is False when words follow that
    are not a person noun phrase (then the count is about something else).
    """
    toks = word_tokens(text, pos, min(stop, pos + 90), limit=10)
    if not toks:
        return None, pos, None, True
    first = toks[0][0].casefold()
    if first == "of" and len(toks) > 1:
        return _of_phrase(toks, pos)
    head_index, i, finished = _scan_head(toks, pos)
    if finished is not None:
        return finished
    if head_index < 0:
        return _headless(toks, i, first, pos)
    return _trimmed([t[0] for t in toks[: head_index + 1]]) or None, toks[head_index][2], None, True


def _of_phrase(toks: Tokens, pos: int) -> Phrase:
    """ "seven of the wounded", "19 of the 25 crew members", "three of those hurt", "two of whom"."""
    det = toks[1][0].casefold()
    if det == "those" and len(toks) > 2 and toks[2][0].casefold() in _THOSE_STATUS:
        # "three of those hurt", "two of those rescued": a part of the group with that status.
        word = toks[2][0].casefold()
        return word, toks[2][2], _THOSE_STATUS[word], True
    if det in ("whom", "them", "those"):
        return None, toks[1][2], None, True
    if det not in ("the", "its", "their", "our", "his", "her", "these"):
        return None, pos, None, False
    head_index = -1
    first_word = 2
    if (
        det in ("the", "its", "their", "these")
        and len(toks) > 3
        and (toks[2][0][0].isdigit() or word_to_int(toks[2][0].casefold()) is not None)
    ):
        first_word = 3  # "19 of the 25 crew members": a part of a counted whole
    for i in range(first_word, min(len(toks), first_word + 4)):
        word = toks[i][0]
        low = word.casefold()
        if low in NOMINAL_STATUS or _is_person_head(word):
            head_index = i
            continue
        if not word[0].isalpha() or low in NP_STOP_WORDS:
            break
    if head_index < 0:
        return None, pos, None, False
    words = [t[0] for t in toks[first_word : head_index + 1]]
    partitive = next((NOMINAL_STATUS[w.casefold()] for w in words if w.casefold() in NOMINAL_STATUS), None)
    return " ".join(words).casefold(), toks[head_index][2], partitive, True


def _plain_word(word: str) -> bool:
    """A modifier word: letters, no function word, no number, no determiner."""
    low = word.casefold()
    return word.isalpha() and low not in NP_STOP_WORDS and low not in _DETERMINERS and word_to_int(low) is None


def _modifier_and(tokens: Tokens, k: int) -> bool:
    """ "a drug and kidnapping suspect": "and" at ``k`` joins two modifiers of the singular head right after."""
    return k + 2 < len(tokens) and _plain_word(tokens[k + 1][0]) and tokens[k + 2][0].casefold() in _SINGULAR_SET


def _second_head_with_adjective(toks: Tokens, i: int) -> int:
    """ "17 peacekeepers and foreign soldiers", "7 soldiers and alleged Syrian mercenaries": after
    "and", one or two modifiers then a person head; how far that head is from "and" (0: none)."""
    for last in (i + 2, i + 3):
        if last >= len(toks) or not all(_plain_word(t[0]) for t in toks[i + 1 : last]):
            return 0
        if toks[i + 1][0].islower() and _is_person_head(toks[last][0]) and toks[last][0].casefold() not in STATUS_NOUNS:
            return last - i
    return 0


def _and_between_modifiers(toks: Tokens, i: int) -> bool:
    """ "5 JTF and Kamuku militiamen": before any head, "and" joins two modifiers of the head after."""
    return (
        i > 0
        and i + 2 < len(toks)
        and _plain_word(toks[i + 1][0])
        and _is_person_head(toks[i + 2][0])
        and toks[i + 2][0].casefold() not in STATUS_NOUNS
    )


def _run_on(toks: Tokens, i: int, head_index: int) -> Phrase | None:
    """ "two officers and a bystander were wounded": the phrase runs on to the second head."""
    if not (i + 2 < len(toks) and toks[i + 1][0].casefold() in ("a", "an", "one", "the")):
        return None
    for k in range(i + 2, min(len(toks), i + 5)):
        if _is_person_head(toks[k][0]):
            words = _trimmed([t[0] for t in toks[: head_index + 1]])
            return EXTENDED + str(toks[k][2]) + EXTENDED + words, toks[head_index][2], None, True
    return None


def _scan_head(toks: Tokens, pos: int) -> tuple[int, int, Phrase | None]:
    """Find the head noun: ``(head_index, stop, None)``, or a finished reading of the phrase last."""
    head_index = -1
    i = 0
    while i < min(len(toks), 8):
        if head_index < 0 and (i >= 4 or (i == 3 and not _plain_modifiers(toks[:4]))):
            break
        word = toks[i][0]
        low = word.casefold()
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if _is_person_head(word) and not (low in NOMINAL_STATUS and head_index < 0 and not _is_person_head(nxt)):
            if low == "dead" and head_index >= 0:
                break
            head_index = i
            i += 1
            continue
        if head_index < 0 and (word[0].isdigit() or word_to_int(low) is not None):
            return head_index, i, (None, pos, None, False)  # another count: "In 2019 five people ..."
        if head_index < 0 and low in NOMINAL_STATUS and _is_person_head(nxt):
            i += 1  # participle modifier: "43 wounded people"
            continue
        if low == "and" and head_index >= 0 and _is_person_head(nxt) and nxt.casefold() not in STATUS_NOUNS:
            i += 1
            continue
        second = _second_head_with_adjective(toks, i) if low == "and" and head_index >= 0 else 0
        if second:
            i += second
            continue
        if low == "and" and head_index < 0 and _and_between_modifiers(toks, i):
            i += 1
            continue
        if (
            head_index >= 0
            and word.islower()
            and _plain_word(word)
            and _is_person_head(nxt)
            and nxt.casefold() not in STATUS_NOUNS
        ):
            i += 1  # "one civilian health worker": the person noun was a modifier of a compound head
            continue
        if head_index >= 0:
            if low in _OBJECT_NOUNS:
                return head_index, i, (None, pos, None, False)  # "personnel carriers": the "head" was a modifier
            return head_index, i, _run_on(toks, i, head_index) if low == "and" else None
        if not word[0].isalpha() or (low in NP_STOP_WORDS and not _acronym(word)) or i >= 4:
            break
        i += 1
    return head_index, i, None


def _headless(toks: Tokens, i: int, first: str, pos: int) -> Phrase:
    """No person head: an elided noun ("13 more", "19 abducted;"), a weak head, or no phrase."""
    elided = len(toks) < 2 or not toks[1][0][0].isalpha() or toks[1][0].casefold() in NP_STOP_WORDS
    if first == "more" and elided:
        return None, toks[0][2], None, True  # "injured 13 more": the noun is elided (carried over)
    # A noun with a person suffix right before the phrase ends ("2 communal militiamen were",
    # "killing 1 pastoralist"): a weak head, trusted only for killed/wounded/hospitalized.
    last = i - 1
    if 0 <= last < len(toks) and (_is_weak_head(toks[last][0]) or _is_name_head(toks[last][0])):
        words = [t[0] for t in toks[: last + 1]]
        return WEAK + " ".join(words).casefold(), toks[last][2], None, True
    ends_phrase = len(toks) < 2 or not toks[1][0][0].isalpha()
    if toks[0][0][0].isalpha() and first not in NP_STOP_WORDS and not (first in NOMINAL_STATUS and ends_phrase):
        return None, pos, None, False  # but "19 abducted;" is an elided noun with its participle
    return None, pos, None, True


#: The words between the two ends of a range: "between 10 and 15", "10 to 15".
_RANGE_GAP: Final = LazyPattern(r"\s*(?:and|to|or|-|–)\s*", regex.IGNORECASE)
_RANGE_OPEN: Final = LazyPattern(r"\b(?:between|from)\s+\Z", regex.IGNORECASE)
#: "11-12 militants": the upper end glued to the count by a dash (the number reader stops at it).
_DASHED_UPPER: Final = LazyPattern(r"[-–]\d+\b")

#: A count subject: (start, end, count, qualifier, lower bound, singular who, determiner).
CountSubject = tuple[int, int, int | None, str, int | None, str | None, str]


def ranged(text: str, earlier: list[CountSubject], subject: CountSubject) -> CountSubject:
    """A range read as its lower end: "between 43 and 52 people were killed", "10 to 15 people",
    "11-12 militants" are at least 43, 10, 11 (one figure, not two). The lower end, already in
    ``earlier``, is taken out of it; a subject that is no range comes back as it is."""
    start, end, count, _qualifier, _lower, who, det = subject
    dashed = _DASHED_UPPER.match(text, end)
    if dashed is not None and count is not None and who is None and det != "year":
        return start, dashed.end(), count, "at_least", count, None, det
    if not earlier or who is not None or det == "year":
        return subject
    first = earlier[-1]
    if first[2] is None or first[5] is not None or first[6] == "year" or _RANGE_GAP.fullmatch(text, first[1], start) is None:
        return subject
    gap = text[first[1] : start].strip().casefold()
    opened = _RANGE_OPEN.search(text, max(0, first[0] - 12), first[0])
    if gap in ("and", "or") and opened is None:
        return subject  # "three soldiers and 12 civilians": two groups, not a range
    if count is not None and first[2] >= count:
        return subject
    earlier.pop()
    begin = opened.start() if opened is not None else first[0]
    return begin, end, first[2], "at_least", first[2], None, det
