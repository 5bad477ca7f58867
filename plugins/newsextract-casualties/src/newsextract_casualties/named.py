"""Victims named instead of counted.

"Corporal Ana Ruiz was killed when the mine exploded", "gunmen shot dead Mayor Luis
Ortega and his driver, Pedro Gil", "the journalist Rosa Ibarra was murdered": each named
person is a casualty of count 1; several names in one clause with one status are one
casualty whose count is the number of names. ``who`` is the role the text gives
("corporal", "mayor", "journalist"), else "person" ("people" for several of mixed roles).

A name list after a counted casualty ("two people were killed: Ana Ruiz and Pedro Gil",
"... identified as ...") names that casualty's victims. :func:`place_named` attaches
named victims to a counted casualty that already covers them, so that no victim is
counted twice: same status, enough room left in its count, compatible role and place.

Every pattern here is bounded (at most six names of at most five words each), so the
cost per sentence is linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Final, Protocol

import attrs
import regex

from newsextract import Span
from newsextract.rules import alternation
from newsextract.text import LazyPattern, sentence_bounds, word_to_int

from .lexicon import GENERIC_WHO, NOT_PLACES, PERSON_NOUNS
from .value import Victim, normalize_who
from .words import has_cue, word_tokens

__all__ = ["NamedGroup", "find_named", "place_named"]

# Capitalised titles and ranks written before a name ("Corporal Ana Ruiz", "Mayor Luis Ortega").
_TITLES: Final = frozenset(
    """corporal cpl lance sergeant sgt staff private pvt lieutenant lt captain capt major maj colonel col
    general gen brigadier commander cmdr admiral officer detective deputy sheriff trooper constable
    inspector chief mayor governor gov senator sen representative rep judge justice prosecutor minister
    president councillor councilman councilwoman alderman mr mrs ms miss dr father rev reverend imam rabbi
    pastor sheikh professor prof journalist reporter photographer activist""".split()
)
# Role nouns written in lower case before or beside a name ("the journalist Rosa Ibarra", "his driver, Pedro Gil").
_ROLES: Final = frozenset(
    {w for w in PERSON_NOUNS if not w.endswith("s") or w.endswith("ss")} - GENERIC_WHO
    | {"mayor", "governor", "judge", "prosecutor", "bodyguard", "aide", "cameraman", "lawyer", "activist", "priest"}
)
# Words that make a capitalised run an organisation, a law or a place, not a person.
_NOT_PERSON: Final = frozenset(
    """act bill reform party army forces force police ministry department company council committee
    hospital university school church mosque street road bridge airport station city province region
    state republic front brigade battalion group movement union agency service news times post""".split()
)
_NOT_SURNAMES: Final = frozenset(
    """dozens hundreds thousands scores many several some most all both none nobody everyone everybody
    someone somebody another one each either neither other others this that who which what police""".split()
)
# Roles that name one kind of person: "a soldier was killed ... Corporal Ana Ruiz was killed" is one death.
_ROLE_FAMILIES: Final = (
    frozenset(
        """soldier serviceman servicemember troop marine trooper conscript recruit cadet corporal cpl lance
        sergeant sgt private pvt lieutenant lt captain capt major maj colonel col general gen brigadier
        commander cmdr admiral officer""".split()
    ),
    frozenset("officer policeman policewoman police trooper detective deputy sheriff constable inspector".split()),
    frozenset("journalist reporter photographer cameraman".split()),
)
_PARTICLES: Final = "de|del|della|da|das|do|dos|du|van|von|der|den|al|el|bin|ibn|la|le|ter"
# Names are matched case-sensitively; function words, roles and verbs in (?i:...) groups.
_DET: Final = r"(?:(?i:the|his|her|their|its|a|an)\s+)"
_TITLED: Final = alternation(t.capitalize() for t in _TITLES) + r"\.?"
#: A role before a name or a list of names, singular or plural ("killed spectators Ana Ruiz and Li Wen").
_ROLE_WORDS: Final = frozenset(_ROLES | {r + "s" for r in _ROLES if not r.endswith(("s", "man"))})
_ROLE: Final = alternation(_ROLE_WORDS)
_NAME_WORD: Final = r"(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]*+(?:-\p{Lu}?[\p{Ll}'’]++)?)"
_NAME2: Final = rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD}){{1,3}}"
#: One named person: "Ana Ruiz", "Corporal Ana Ruiz", "Mayor Ortega", "the journalist Rosa Ibarra", "his driver, Pedro Gil".
# The role and title word lists stand once each: a second use calls the group ("(?&role)"),
# which keeps every pattern below small enough to compile quickly (start-up time). A second
# role comes after the first, so a word that is no role fails once, not twice (scan time).
_ITEM: Final = (
    rf"(?:{_DET}?(?:(?P<role>{_ROLE})(?:\s+(?&role))?,?\s+)?(?:(?P<titled>{_TITLED})\s+){{0,2}}{_NAME2}"
    rf"|(?:(?&titled)\s+){{1,2}}{_NAME_WORD})(?![\p{{L}}'’-])"
)
# Later items call the first item's pattern ("(?&person)") instead of repeating its text, so
# each pattern below compiles at half the size (start-up time); the captures are the same.
_ITEMS: Final = rf"(?P<item>(?P<person>{_ITEM}))(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<item>(?&person))){{0,5}}"
# A surname alone, as the subject of a singular passive ("Doe was shot and killed").
_SURNAME_ALONE: Final = r"(?P<item>(?P<surname>\p{Lu}\p{Ll}[\p{Ll}'’-]*+))(?![\p{L}'’-])"
# Two surnames alone, as the subject of a plural passive ("Doe and Roe were killed").
_SURNAME_PAIR: Final = (
    r"(?P<item>(?P<pair>\p{Lu}\p{Ll}[\p{Ll}'’-]*+))\s+(?i:and)\s+(?P<item>(?P<pair>\p{Lu}\p{Ll}[\p{Ll}'’-]*+))(?![\p{L}'’-])"
)
_ADVERB: Final = (
    r"(?i:(?:also|later|reportedly|allegedly|fatally|mortally|critically|seriously|severely|slightly|lightly"
    r"|then|all|both|still)\s+)?"
)
_APPOSITIVE: Final = r"(?:\s*,\s*(?P<appositive>(?i:aged\s+)?\d{1,3}|(?i:an?|the)\s+[\p{L}\s'’-]{1,60}?)\s*,)?"
_AUX: Final = r"(?i:(?P<singular>was|is|has\s+been|had\s+been|remains|remained|went)|were|are|have\s+been|remain)"

_PASSIVE_VERBS: Final = {
    "killed": r"killed|murdered|assassinated|slain|executed|beheaded|lynched|shot\s+dead|shot\s+and\s+killed"
    r"|(?:shot|stabbed|beaten|burned|hacked|tortured)\s+to\s+death|found\s+dead",
    "wounded": r"injured|wounded|hurt|(?:shot|stabbed|attacked|beaten)\s+and\s+(?:wounded|injured)",
    "captured": r"kidnapped|abducted|taken\s+hostage|taken\s+captive|seized\s+by\s+gunmen",
    "missing": r"missing|reported\s+missing|listed\s+as\s+missing",
    "hospitalized": r"hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospital",
    "rescued": r"rescued|freed",
}
_ACTIVE_VERBS: Final = {
    "killed": r"shot\s+dead|(?:shot|stabbed|beat|beaten|attacked)\s+and\s+killed|(?:fatally|mortally)\s+(?:shot|stabbed)"
    r"|murdered|murdering|assassinated|assassinating|gunned\s+down"
    r"|stabbed\s+to\s+death|beat\s+to\s+death|beheaded|executed|executing|(?P<bare_killed>killed|killing)"
    r"|(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing))\s+the\s+deaths?\s+of",
    "wounded": r"(?:shot|stabbed)\s+and\s+(?:wounded|injured)|(?P<bare_wounded>wounded|wounding|injured|injuring)",
    "captured": r"kidnapped|kidnapping|abducted|abducting",
    "rescued": r"rescued|freed",
}


def _alternatives(verbs: dict[str, str]) -> str:
    return "|".join(f"(?P<{status}>{pattern})" for status, pattern in verbs.items())


_PASSIVE: Final = LazyPattern(
    rf"(?<![\p{{L}}'’.-])(?:{_ITEMS}|{_SURNAME_PAIR}|{_SURNAME_ALONE}){_APPOSITIVE}\s+{_AUX}\s+{_ADVERB}"
    rf"(?i:{_alternatives(_PASSIVE_VERBS)})\b"
)
_DIED: Final = LazyPattern(rf"(?<![\p{{L}}'’.-]){_ITEMS}{_APPOSITIVE}\s+(?i:later\s+)?(?P<killed>died)\b")
#: A named person who suffered injuries: "Ana Ruiz suffered burns to her hands", "the bomb
#: exploded, causing Ruiz to suffer the loss of a finger and chest injuries" (after "causing"
#: or "leaving", a surname alone is the person: nothing else can be made to suffer injuries).
_SUFFERED: Final = LazyPattern(
    r"(?:(?P<cause>(?i:\bcaus(?:ed|ing)|\bleaving|\bleft))\s+)?"
    rf"(?<![\p{{L}}'’.-])(?:{_ITEMS}|(?P<item>(?P<lone>\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’-]*+))(?![\p{{L}}'’-])){_APPOSITIVE}"
    r"\s+(?i:(?:also|later)\s+)?(?i:(?P<wounded>suffered|sustained|to\s+suffer|to\s+sustain))"
    r"\s+(?:(?!(?i:no|any)\s)[\p{L}-]+\s+){0,10}?(?i:injuries|wounds|burns)\b"
)
_ACTIVE: Final = LazyPattern(
    rf"(?i:\b(?:{_alternatives(_ACTIVE_VERBS)}))\s+{_ITEMS}"
    r"(?=\s*[,.;:()]|\s*\Z|\s+\d{1,3}\s*[,.;]|\s+(?i:and|in|at|on|near|outside|inside|while|as|during|after|before|who|with|by|when|from)\b)"
)
_LISTED: Final = LazyPattern(
    rf"(?::\s*|\b(?i:identified|named)\s+(?i:them\s+|the\s+(?:dead|victims)\s+)?(?i:as)\s+){_ITEMS}"
    r"(?=\s*[,.;()]|\s*\Z|\s+and\b)"
)
# "a relative of Ana Ruiz was killed": a name after a preposition is not the subject.
_PREPOSITION_BEFORE: Final = LazyPattern(r"\b(?i:of|by|for|to|with|from|against|about)\s+\Z")
# Word stems one of the verbs above must contain: a sentence with none of them cannot match
# _PASSIVE, _DIED, _ACTIVE or _SUFFERED, and one without a colon, "identified" or "named" cannot match
# _LISTED, so most sentences skip the four large patterns after one cheap scan.
_VERB_CUES: Final = (
    "kill|murder|assassinat|slain|execut|behead|lynch|shot|stab|beat|burn|hack|tortur|found|injur|wound"
    "|hurt|kidnap|abduct|taken|seized|missing|hospitali|rescued|freed|died|gunned|death|suffer|sustain"
).split("|")
_VERB_STEMS: Final = LazyPattern(rf"(?i:{'|'.join(_VERB_CUES)})")
_LIST_CUES: Final = (":", "identified", "named")
_LIST_STEMS: Final = LazyPattern(rf":|(?i:{'|'.join(_LIST_CUES[1:])})")
_SUFFER_CUES: Final = ("suffer", "sustain")  # _SUFFERED needs one: most sentences skip it
_SUFFER_STEMS: Final = LazyPattern(rf"(?i:{'|'.join(_SUFFER_CUES)})")
_STATUSES: Final = tuple(_PASSIVE_VERBS)

# The five patterns above are large (their role and title word lists), so they are compiled on
# first use, and each runs only where a small pattern for what it needs besides the names
# matches (a sentence with none of it cannot match; most sentences stop here, start-up time):
# every name ends in a capitalised word ("Ruiz", "J.", "Abu-Bakr": a capital, then lower-case
# letters, apostrophes, dots or hyphens), so _PASSIVE and _DIED need one right before their
# verb phrase ("Ruiz was killed", "Ruiz, 34, died").
_NAME_END: Final = r"\p{Lu}[\p{Ll}'’.-]*"
_PASSIVE_CUE: Final = LazyPattern(rf"{_NAME_END}{_APPOSITIVE}\s+{_AUX}\s+{_ADVERB}(?i:{_alternatives(_PASSIVE_VERBS)})\b")
_DIED_CUE: Final = LazyPattern(rf"{_NAME_END}{_APPOSITIVE}\s+(?i:later\s+)?died\b")
# _ACTIVE's verb is followed by its names, which open with a capital after at most a determiner
# and two role words in lower case ("killed Mayor Ortega", "killed his driver, Pedro Gil").
# Each lower-case word is read whole (letters up to a comma or space), so where the verb ends
# (no verb here is a longer verb's first words) the words up to the capital are fixed.
_ACTIVE_CUE: Final = LazyPattern(
    rf"(?i:\b(?:{_alternatives(_ACTIVE_VERBS)}))\s+(?P<words>(?:\p{{Ll}}\p{{L}}*+,?\s+){{0,3}})\p{{Lu}}"
)
_DETERMINERS: Final = frozenset({"the", "his", "her", "their", "its", "a", "an"})


@attrs.frozen
class NamedGroup:
    """Named victims of one clause: their names, one status (``None`` for a bare list) and their role."""

    start: int
    end: int
    status: str | None
    victims: tuple[Victim, ...]
    role: str | None

    @property
    def who(self) -> str:
        """The role as ``who``: "mayor", "journalists", "person", "people"."""
        if self.role is None:
            return "person" if len(self.victims) == 1 else "people"
        if len(self.victims) == 1:
            return self.role
        return self.role[:-3] + "men" if self.role.endswith("man") else self.role + "s"


def _item(text: str, start: int, end: int) -> tuple[Victim, str | None] | None:
    """The victim and role in one item ("his driver, Pedro Gil" -> Pedro Gil, driver)."""
    role: str | None = None
    name_start: int | None = None
    for word, at, _ in word_tokens(text, start, end):
        if word != "," and not any(c.isalpha() for c in word):
            continue  # a number or a mark names no one
        key = word.casefold().rstrip(".")
        if word == "," or (name_start is None and key in ("the", "his", "her", "their", "its", "a", "an")):
            continue
        if _is_role(word, key, first=at == start):
            role, name_start = key.removesuffix("s") if key not in _ROLES else key, None
            continue  # a title inside the run: "Colombian Mayor Luis Ortega"
        if name_start is None:
            name_start = at
    if name_start is None:
        return None
    name = " ".join(text[name_start:end].split())
    words = name.casefold().split()
    if name.split()[0] in NOT_PLACES or any(w in _NOT_PERSON for w in words):
        return None
    return Victim(name, Span(name_start, end)), role


def _is_role(word: str, key: str, first: bool) -> bool:
    """A title ("Mayor"), a role in lower case ("driver"), or a capitalised role opening the item ("Journalists")."""
    if word[0].isupper():
        return key in _TITLES or (first and (key in _ROLES or key.removesuffix("s") in _ROLES))
    return key in _ROLES or (first and key.removesuffix("s") in _ROLES)


def _role_of(appositive: str | None) -> str | None:
    if not appositive:
        return None
    words = appositive.casefold().split()
    return words[-1] if words and words[-1] in _ROLES | _TITLES else None


def _group(match: regex.Match[str], status: str | None, end: int) -> NamedGroup | None:
    text = match.string
    found = [_item(text, s, e) for s, e in zip(match.starts("item"), match.ends("item"), strict=True)]
    items = [f for f in found if f is not None]
    if not items or len(items) != len(found):
        return None
    roles = {role for _, role in items}
    role = roles.pop() if len(roles) == 1 else None
    if role is None and _plural_role_first(text, match.starts("item")[0], match.ends("item")[0]):
        role = items[0][1]  # "killed spectators Ana Ruiz and Li Wen": the role covers the list
    if len(items) == 1 and role is None:
        role = _role_of(match.groupdict().get("appositive"))
    return NamedGroup(match.start(), end, status, tuple(v for v, _ in items), role)


def _plural_role_first(text: str, start: int, end: int) -> bool:
    """Whether an item opens with a plural role noun ("spectators Ana Ruiz")."""
    words = [w.casefold() for w, _, _ in word_tokens(text, start, end) if w.isalpha()]
    words = [w for w in words if w not in ("the", "his", "her", "their", "its")]
    return bool(words) and words[0] not in _ROLES and words[0].endswith("s") and words[0][:-1] in _ROLES


def _status(match: regex.Match[str]) -> str | None:
    return next((s for s in _STATUSES if match.groupdict().get(s)), None)


def _surname_alone_ok(match: regex.Match[str]) -> bool:
    """A lone capitalised word is a surname only with a singular verb and when it is no quantity ("Dozens")."""
    word = match.group("surname")
    if (match.groupdict().get("wounded") or "").casefold() == "hurt":
        return False  # "Russia was hurt by the sanctions"
    return bool(match.group("singular")) and word_to_int(word.casefold()) is None and word.casefold() not in _NOT_SURNAMES


def _lone_ok(word: str) -> bool:
    """A lone capitalised word after "causing" is a surname when it is no quantity or pronoun-like word."""
    low = word.casefold()
    return word_to_int(low) is None and low not in _NOT_SURNAMES and low not in _NOT_PERSON


def _surname_pair_ok(match: regex.Match[str]) -> bool:
    """Two lone capitalised words are surnames only with a plural verb, a status other than "hurt",
    and when neither is a quantity or a pronoun-like word ("Both", "Others")."""
    if match.group("singular") or (match.groupdict().get("wounded") or "").casefold() == "hurt":
        return False
    words = [w.casefold() for w in match.captures("pair")]
    return all(word_to_int(w) is None and w not in _NOT_SURNAMES and w not in _NOT_PERSON for w in words)


def _bare_verb_without_role(match: regex.Match[str], group: NamedGroup) -> bool:
    """ "The Senate killed Health Care Reform": a bare killed/wounded takes a titled or role-given name."""
    bare = match.groupdict().get("bare_killed") or match.groupdict().get("bare_wounded")
    return bool(bare) and group.role is None


def _active_cue(text: str, s0: int, s1: int) -> bool:
    """Whether ``text[s0:s1]`` has what _ACTIVE needs besides the names: an active verb, then a
    capital after at most a determiner and two role words ("killed his driver, Pedro Gil")."""
    for m in _ACTIVE_CUE.finditer(text, s0, s1, overlapped=True):
        words = m.group("words").replace(",", " ").split()
        if words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        if len(words) <= 2 and all(w in _ROLE_WORDS for w in words):
            return True
    return False


def _patterns_for(text: str, s0: int, s1: int, listed_only: bool) -> tuple[LazyPattern, ...]:
    """The patterns that can match in ``text[s0:s1]`` (by the cue words each needs), in order."""
    verbs: tuple[LazyPattern, ...] = ()
    if not listed_only and has_cue(text, s0, s1, _VERB_CUES, _VERB_STEMS):
        verbs = tuple(
            pattern
            for pattern, cue in (
                (_PASSIVE, _PASSIVE_CUE.search(text, s0, s1) is not None),
                (_DIED, _DIED_CUE.search(text, s0, s1) is not None),
                (_ACTIVE, _active_cue(text, s0, s1)),
                (_SUFFERED, has_cue(text, s0, s1, _SUFFER_CUES, _SUFFER_STEMS)),
            )
            if cue
        )
    return (*verbs, _LISTED) if has_cue(text, s0, s1, _LIST_CUES, _LIST_STEMS) else verbs


def find_named(text: str, s0: int, s1: int, *, listed_only: bool = False) -> Iterator[NamedGroup]:
    """Named victims in the sentence ``text[s0:s1]``, in text order (only name lists when ``listed_only``)."""
    taken: list[tuple[int, int]] = []
    for pattern in _patterns_for(text, s0, s1, listed_only):
        for m in pattern.finditer(text, s0, s1):
            status = None if pattern is _LISTED else _status(m)
            group = _group(m, status, m.end())
            if group is None or (pattern is _ACTIVE and _bare_verb_without_role(m, group)):
                continue
            if m.groupdict().get("surname") and not _surname_alone_ok(m):
                continue
            if m.groupdict().get("pair") and not _surname_pair_ok(m):
                continue
            if m.groupdict().get("lone") and not (m.group("cause") and _lone_ok(m.group("lone"))):
                continue
            if pattern in (_PASSIVE, _DIED, _SUFFERED) and _PREPOSITION_BEFORE.search(text, max(s0, m.start() - 12), m.start()):
                continue
            first, last = group.victims[0].span.start, group.victims[-1].span.end
            if any(a < last and first < b for a, b in taken):
                continue
            taken.append((first, last))
            yield group


class Counted(Protocol):
    """What :func:`place_named` needs of a casualty being built (the extractor's candidate)."""

    start: int
    end: int
    count: int | None
    status: str | None
    who: str | None
    location: str | None
    sentence: int
    via: str
    victims: tuple[Victim, ...]
    partitive: str | None


def _compatible(group: NamedGroup, counted: Counted, location: str | None) -> bool:
    if counted.location and location and counted.location.casefold() != location.casefold():
        return False
    if group.role is None:
        return True
    head = normalize_who(counted.who)
    if head == "people":
        return True
    nouns = {head.split()[-1], normalize_who(group.role)}
    return len(nouns) == 1 or any(nouns <= family for family in _ROLE_FAMILIES)


def _room(counted: Counted, group: NamedGroup) -> bool:
    return counted.count is not None and counted.count >= len(counted.victims) + len(group.victims)


def _named_as_other(group: NamedGroup, counted: Counted, text: str) -> bool:
    """Whether a victim's surname already stands earlier in the sentence of ``counted``, before it:
    "Ana Ruiz opened fire, killing two people. Ruiz was killed by guards" - the one who
    killed is no victim of that count."""
    if not text:
        return False
    start = sentence_bounds(text, counted.start)[0]
    before = text[start : counted.start]
    return any(v.name.split()[-1] in before for v in group.victims)


def _cover(group: NamedGroup, sentence: int, counted: Sequence[Counted], location: str | None, text: str = "") -> Counted | None:
    """The counted casualty that already counts ``group``'s victims, if any (nearest first)."""
    fitting = [
        c for c in counted if c.via != "named" and c.status is not None and (group.status in (None, c.status)) and _room(c, group)
    ]
    same = [c for c in fitting if c.sentence == sentence and (group.status is not None or c.end <= group.start)]
    if same:
        return max(same, key=lambda c: c.end) if group.status is None else min(same, key=lambda c: abs(c.start - group.start))
    if group.status is None:  # "The victims were identified as ...": the casualty of the sentence before
        before = [c for c in fitting if c.sentence == sentence - 1 and c.count == len(group.victims)]
        return max(before, key=lambda c: c.end, default=None)
    elsewhere = [
        c
        for c in fitting
        # "one of the injured officers" in another sentence is a part of its own group, no cover
        if c.partitive is None and _compatible(group, c, location) and not _named_as_other(group, c, text)
    ]
    return min(elsewhere, key=lambda c: (c.start > group.start, abs(c.start - group.start)), default=None)


def _same_person(a: str, b: str) -> bool:
    """ "Ana Ruiz" and "Ana Ruiz", or a surname alone and the full name ("Ruiz", "Ana Ruiz")."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(long) > 1 and short[0] == long[-1]


def _already_named(group: NamedGroup, counted: Sequence[Counted]) -> bool:
    names = [v.name for c in counted if group.status in (None, c.status) for v in c.victims]
    return all(any(_same_person(v.name, name) for name in names) for v in group.victims)


def place_named(
    groups: Sequence[tuple[int, NamedGroup]],
    counted: Sequence[Counted],
    locate: Callable[[NamedGroup], str | None],
    new: Callable[[int, NamedGroup, str | None], Counted],
    text: str = "",
) -> list[Counted]:
    """Named victims given to the casualties that count them; the rest as new casualties (returned).

    ``groups`` are (sentence index, group); ``locate`` reads a group's place, ``new``
    builds a casualty from (sentence index, group, place); ``text`` (the document) lets a
    victim named earlier in a casualty's own sentence, as its agent, stay out of it. A
    covering casualty gains the victims (``victims`` is replaced on it), so each victim
    is counted once.
    """
    made: list[Counted] = []
    for sentence, group in sorted(groups, key=lambda item: item[1].start):
        if _already_named(group, [*counted, *made]):
            continue  # "identified as Ana Ruiz ... Ana Ruiz was killed when ...": one victim
        location = locate(group)
        cover = _cover(group, sentence, [*counted, *made], location, text)
        if cover is not None:
            cover.victims = (*cover.victims, *group.victims)
        elif group.status is not None:
            made.append(new(sentence, group, location))
    return made
