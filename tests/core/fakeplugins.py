"""In-process plugins used by the core's tests: well-behaved and misbehaving ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs
import regex

import newsextract
from newsextract import Document, Fact, Kind, PersonClaim, Span


@attrs.frozen
class Count:
    noun: str
    count: int


@attrs.frozen
class Name:
    name: str
    title: str | None = None


@attrs.frozen
class Said:
    speaker: str
    speaker_title: str | None = None


_COUNT = regex.compile(r"(\d+) (\w+)")


def count_nouns(document: Document) -> Iterable[Fact]:
    for m in _COUNT.finditer(document.text):
        yield Fact("count", Span(m.start(), m.end()), m.group(0), Count(m.group(2), int(m.group(1))), 0.9)


class Counter:
    """Emits kind 'count' for every "<digits> <word>"; folds by (noun, count)."""

    __newsextract_name__ = "counter"

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(Kind("count", value_type=Count, key=lambda f: (f.value.noun, f.value.count)))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(count_nouns, name="nouns", kinds=("count",))


class RivalCounter:
    """Also emits 'count' facts on the same spans, with a different reading and confidence."""

    def __init__(self, confidence: float = 0.5, name: str = "rival") -> None:
        self.confidence = confidence
        self.__newsextract_name__ = name

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def rival(document: Document) -> Iterable[Fact]:
            for m in _COUNT.finditer(document.text):
                value = Count(m.group(2).upper(), int(m.group(1)) + 1)
                yield Fact("count", Span(m.start(), m.end()), m.group(0), value, self.confidence)

        register(rival, name="rival", kinds=("count",))


class Raiser:
    __newsextract_name__ = "raiser"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def boom(document: Document) -> list[Fact]:
            raise RuntimeError("boom")

        register(boom, kinds=("count",))


class WrongType:
    __newsextract_name__ = "wrongtype"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(lambda document: ["not a fact"], name="strings", kinds=("count",))


class BadSpan:
    __newsextract_name__ = "badspan"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def outside(document: Document) -> list[Fact]:
            n = len(document.text)
            return [Fact("count", Span(n, n + 5), "xxxxx", Count("x", 1))]

        register(outside, kinds=("count",))


class WrongText:
    __newsextract_name__ = "wrongtext"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(lambda d: [Fact("count", Span(0, 3), "???", Count("x", 1))], name="liar", kinds=("count",))


class Undeclared:
    __newsextract_name__ = "undeclared"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(lambda d: [Fact("other", Span(0, 1), d.text[:1], Count("x", 1))], name="sneaky", kinds=("count",))


class Forger:
    """Claims someone else's name and provenance on its facts."""

    __newsextract_name__ = "forger"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def forge(document: Document) -> list[Fact]:
            fake = newsextract.Provenance("counter", "nouns", "newsextract-counter", "9.9")
            return [Fact("forged", Span(0, 1), document.text[:1], Count("x", 1), extractor="counter", provenance=fake)]

        register(forge, kinds=("forged",))


class BrokenRegistration:
    __newsextract_name__ = "brokenreg"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        raise ImportError("missing optional dependency")


class Sleeper:
    __newsextract_name__ = "sleeper"

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def spin(document: Document) -> list[Fact]:
            while True:
                pass

        register(spin, kinds=("count",))


_TITLED = regex.compile(r"(President|Mayor) ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)")
_SAID = regex.compile(r"([A-Z][a-z]+|[Hh]e|[Ss]he) said")


class Titles:
    """Knows people with titles and feeds them to the entity index."""

    __newsextract_name__ = "titles"

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        def persons(fact: Fact) -> list[PersonClaim]:
            start = fact.span.end - len(fact.value.name)
            return [PersonClaim(fact.value.name, Span(start, fact.span.end), title=fact.value.title)]

        register(Kind("person", value_type=Name, persons=persons, key=lambda f: f.value.name))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def titled(document: Document) -> list[Fact]:
            return [
                Fact("person", Span(m.start(), m.end()), m.group(0), Name(m.group(2), m.group(1)))
                for m in _TITLED.finditer(document.text)
            ]

        register(titled, kinds=("person",))


class Speakers:
    """Finds "X said" and lets the core resolve X to a canonical person."""

    __newsextract_name__ = "speakers"

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        def link(fact: Fact, entities: newsextract.EntityIndex) -> Fact:
            person = entities.resolve(fact.value.speaker, at=fact.span.start)
            if person is None:
                return fact
            return attrs.evolve(fact, value=Said(person.name, person.title))

        register(Kind("said", value_type=Said, link=link))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        def said(document: Document) -> list[Fact]:
            return [
                Fact("said", Span(m.start(), m.end()), m.group(0), Said(m.group(1)))
                for m in _SAID.finditer(document.text)
            ]

        register(said, kinds=("said",))


class UndatedTitles(Titles):
    """Titles whose kind is a standing fact (no ``when``)."""

    __newsextract_name__ = "undatedtitles"

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(Kind("person", value_type=Name, dated=False))
