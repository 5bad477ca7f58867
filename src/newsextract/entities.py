"""Entity linking: one canonical person behind "President Volodymyr Zelenskyy",
"Zelenskyy" and a "he" that follows them.

Plugins contribute :class:`PersonClaim` s (a name at a span, maybe with a title)
through their kind's ``persons`` function; the core clusters them into
:class:`Person` s and hands the resulting :class:`EntityIndex` to every kind's
``link`` function. No plugin needs to know which other plugin knew the title.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from .model import Span, span_key
from .text.lazy import LazyPattern

__all__ = ["PRONOUNS", "EntityIndex", "Person", "PersonClaim", "surname"]

#: Personal pronouns that can stand for a speaker.
PRONOUNS = frozenset({"he", "she", "they", "him", "her"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Capitalised words that start sentences or name things but never begin a person's name.
_NOT_GIVEN_NAMES = frozenset(
    """the a an in on at of for and but or as by to from with after before during
    when while if this that these those his her their its our mr mrs ms dr sir
    said says told according monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    president mayor minister governor gov gen general sen senator rep representative
    secretary spokesman spokeswoman spokesperson chief commander colonel col lt captain
    sergeant officer judge prosecutor king queen prince pope chancellor premier""".split()
)
_NAME_TOKEN = r"[\p{Lu}][\p{L}'’\-]{1,30}"


_FIND_LIMIT = 32


def _continues_word(text: str, i: int) -> bool:
    """Whether the character at ``i`` belongs to a word (a letter, or ' ’ - between letters)."""
    c = text[i]
    return c.isalpha() or (c in "'’-" and i + 1 < len(text) and text[i + 1].isalpha())


def _standalone(text: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` is a whole word, as ``_WORD`` tokens see it ("Zelenskyy's" counts)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        before_ok = at == 0 or not (text[at - 1].isalpha() or (at >= 2 and text[at - 1] in "'’-" and text[at - 2].isalpha()))
        after_ok = end == len(text) or not _continues_word(text, end)
        if not after_ok and text.startswith(_POSSESSIVE, end):
            after_ok = end + 2 == len(text) or not _continues_word(text, end + 2)
        if before_ok and after_ok:
            yield at
        at = text.find(word, at + 1)


_WORD = LazyPattern(r"\p{L}+(?:['’\-]\p{L}+)*")
_POSSESSIVE = ("'s", "’s")


def _surname_occurrences(text: str, surnames: set[str]) -> dict[str, list[Span]]:
    """Where each surname stands as a word of its own ("Zelenskyy's" counts), in one pass."""
    wanted = {s for s in surnames if len(s) >= 2}
    found: dict[str, list[Span]] = {}
    if not wanted:
        return found
    if len(wanted) <= _FIND_LIMIT:
        # A few names (the usual case): str.find runs in C, far faster than a word scan.
        for name in sorted(wanted):
            spans = [Span(at, at + len(name)) for at in _standalone(text, name)]
            if spans:
                found[name] = spans
        return found
    for match in _WORD.finditer(text):
        word = match.group()
        if word not in wanted and word.endswith(_POSSESSIVE):
            word = word[:-2]
        if word in wanted:
            found.setdefault(word, []).append(Span(match.start(), match.start() + len(word)))
    return found


@functools.lru_cache(maxsize=1024)
def _given_name_pattern(name: str) -> regex.Pattern[str]:
    """A pattern for one or two capitalised words right before ``name`` on the same line."""
    return regex.compile(
        rf"(?<![\p{{L}}])((?:{_NAME_TOKEN}[ \t]+){{1,2}}){regex.escape(name)}(?![\p{{L}}\-])"
    )


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(name.split())


@functools.lru_cache(maxsize=4096)
def _token_set(name: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in _tokens(name))


@functools.lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """The last name of ``name``: its last token that is not a suffix (Jr., III)."""
    tokens = [t for t in _tokens(name) if t.casefold().rstrip(",") not in _SUFFIXES]
    return tokens[-1].rstrip(",") if tokens else name.strip()


@attrs.frozen
class PersonClaim:
    """A plugin's statement that ``name`` at ``span`` is a person, perhaps with a title."""

    name: str
    span: Span
    title: str | None = None
    place: str | None = None
    organization: str | None = None


@attrs.frozen
class Person:
    """One person of a document, under the fullest name the document gives."""

    name: str
    title: str | None = None
    place: str | None = None
    organization: str | None = None
    mentions: tuple[Span, ...] = ()

    @property
    def surname(self) -> str:
        """The person's last name."""
        return surname(self.name)


def _same_person(a: str, b: str) -> bool:
    """Names agree when their surnames match and one's tokens are within the other's."""
    if surname(a).casefold() != surname(b).casefold():
        return False
    ta, tb = _token_set(a), _token_set(b)
    return ta <= tb or tb <= ta


def _cluster(claims: Iterable[PersonClaim]) -> list[list[PersonClaim]]:
    # Longest names first, so that "Zelenskyy" joins "Volodymyr Zelenskyy" rather
    # than founding a cluster of its own; ties broken by position for determinism.
    # Only claims sharing a surname can be one person, so compare within those buckets.
    ordered = sorted(claims, key=lambda c: (-len(_tokens(c.name)), c.span.start, c.name))
    clusters: list[list[PersonClaim]] = []
    by_surname: dict[str, list[list[PersonClaim]]] = {}
    for claim in ordered:
        bucket = by_surname.setdefault(surname(claim.name).casefold(), [])
        for cluster in bucket:
            if _same_person(cluster[0].name, claim.name):
                cluster.append(claim)
                break
        else:
            bucket.append([claim])
            clusters.append(bucket[-1])
    return clusters


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


class EntityIndex:
    """The people of one document, found by plugins, and how to resolve a mention to one."""

    def __init__(self, text: str, claims: Iterable[PersonClaim] = ()) -> None:
        self.text = text
        persons: list[Person] = []
        clusters = _cluster(claims)
        occurrences = _surname_occurrences(text, {surname(c[0].name) for c in clusters})
        for cluster in clusters:
            by_position = sorted(cluster, key=lambda c: c.span.start)
            titled = sorted(cluster, key=lambda c: (c.title is None, c.span.start))
            name = cluster[0].name
            persons.append(
                Person(
                    name=name,
                    title=_first(c.title for c in titled),
                    place=_first(c.place for c in titled if c.title == titled[0].title),
                    organization=_first(c.organization for c in titled),
                    mentions=tuple(sorted({c.span for c in by_position} | set(occurrences.get(surname(name), ())), key=span_key)),
                )
            )
        self.persons: tuple[Person, ...] = tuple(sorted(persons, key=lambda p: span_key(p.mentions[0]) if p.mentions else (0, 0)))
        self._by_surname: dict[str, list[Person]] = {}
        for person in self.persons:
            self._by_surname.setdefault(person.surname.casefold(), []).append(person)
        mention_list = sorted((span.start, span.end, i) for i, p in enumerate(self.persons) for span in p.mentions)
        self._mention_ends = [end for _, end, _ in sorted(mention_list, key=lambda m: m[1])]
        self._mention_owner = [i for _, _, i in sorted(mention_list, key=lambda m: m[1])]


    def resolve(self, name: str, at: int | None = None) -> Person | None:
        """The person ``name`` refers to ("Zelenskyy" -> President Volodymyr Zelenskyy).

        A pronoun resolves to the nearest person mentioned before ``at``. When
        two known people share a surname, the one mentioned last before ``at`` wins.
        """
        cleaned = name.strip()
        if cleaned.casefold() in PRONOUNS:
            return self.resolve_pronoun(at if at is not None else len(self.text))
        candidates = [p for p in self._by_surname.get(surname(cleaned).casefold(), []) if _same_person(p.name, cleaned)]
        if not candidates:
            return None
        if len(candidates) == 1 or at is None:
            return candidates[0]
        before = [p for p in candidates if p.mentions and p.mentions[0].start <= at]
        return max(before, key=lambda p: max(s.start for s in p.mentions if s.start <= at)) if before else candidates[0]

    def resolve_pronoun(self, at: int) -> Person | None:
        """The person whose mention ends nearest before offset ``at``."""
        i = bisect.bisect_right(self._mention_ends, at)
        return self.persons[self._mention_owner[i - 1]] if i else None

    def canonical_name(self, name: str, at: int | None = None) -> str:
        """The fullest name for ``name``: a known person's, a fuller form in the text, or ``name``."""
        person = self.resolve(name, at)
        if person is not None:
            return person.name
        return fullest_name_in_text(self.text, name)


def fullest_name_in_text(text: str, name: str) -> str:
    """Extend a bare surname with the given name the text puts before it ("Dovhan" -> "Mykola Dovhan")."""
    tokens = _tokens(name)
    if len(tokens) != 1 or len(name) < 2:
        return name
    if name not in text:
        return name
    best = name
    for match in _given_name_pattern(name).finditer(text, overlapped=True):
        given = match.group(1).split()
        # Drop leading words that cannot start a name ("Mayor", "The", "Said").
        while given and (given[0].casefold() in _NOT_GIVEN_NAMES or given[0].isupper()):
            given.pop(0)
        if any(g.casefold() in _NOT_GIVEN_NAMES or g.isupper() for g in given):
            continue
        candidate = " ".join([*given, name])
        if len(candidate) > len(best):
            best = candidate
    return best
