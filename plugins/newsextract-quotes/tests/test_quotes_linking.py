"""Speaker linking through the core's entity index, with an in-process fake officials plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs
import regex
from quotes_helpers import new_pipeline

import newsextract


@attrs.frozen
class FakeOfficial:
    name: str
    title: str


class FakeOfficials:
    """Stands in for an officials plugin: claims "Title Firstname Lastname" with its title."""

    PATTERN = regex.compile(r"(Defense Minister|Mayor) ([A-Z][a-z]+ [A-Z][a-z]+)")

    @staticmethod
    def extract(document: newsextract.Document) -> Iterator[newsextract.Fact]:
        for m in FakeOfficials.PATTERN.finditer(document.text):
            span = newsextract.Span(m.start(), m.end())
            yield newsextract.Fact("fake_official", span, m.group(), FakeOfficial(m.group(2), m.group(1)))

    @staticmethod
    def persons(fact: newsextract.Fact) -> Iterator[newsextract.PersonClaim]:
        start = fact.span.end - len(fact.value.name)
        yield newsextract.PersonClaim(fact.value.name, newsextract.Span(start, fact.span.end), title=fact.value.title)

    @newsextract.hookimpl
    def register_kinds(self, register: Callable[..., Any]) -> None:
        register(newsextract.Kind("fake_official", value_type=FakeOfficial, persons=FakeOfficials.persons))

    @newsextract.hookimpl
    def register_extractors(self, register: Callable[..., Any]) -> None:
        register(FakeOfficials.extract, name="fake", kinds=("fake_official",))


def pipeline_with_officials() -> newsextract.Pipeline:
    return newsextract.Pipeline(
        plugins=["quotes", "fakeofficials"],
        register=[("fakeofficials", FakeOfficials())],
        strict=True,
        resolve_dates=False,
    )


def test_title_comes_from_another_plugin_through_the_core() -> None:
    text = 'Defense Minister Katrin Wolter visited Kyiv. "Air defense remains our top priority," Wolter said.'
    [quote] = pipeline_with_officials().extract(text).of("quote")
    assert quote.value.speaker == "Katrin Wolter"
    assert quote.value.speaker_title == "Defense Minister"


def test_pronoun_gets_title_of_resolved_person() -> None:
    text = 'Mayor Ruslan Martsinkiv visited the site. "It was the largest attack on our city," he said.'
    [quote] = pipeline_with_officials().extract(text).of("quote")
    assert quote.value.speaker == "Ruslan Martsinkiv"
    assert quote.value.speaker_title == "Mayor"


def test_without_officials_no_title_but_full_name() -> None:
    text = 'Mayor Ruslan Martsinkiv visited the site. "It was the largest attack on our city," Martsinkiv said.'
    p = new_pipeline()
    [quote] = p.extract(text).of("quote")
    assert quote.value.speaker == "Ruslan Martsinkiv"
    assert quote.value.speaker_title is None


def test_named_speakers_feed_person_claims() -> None:
    from newsextract_quotes import quote_persons

    text = '"We will respond," Yoav Shalev said. "It was a warning," he added.'
    facts = new_pipeline().extract(text).of("quote")
    claims = [c for f in facts for c in quote_persons(f)]
    assert [c.name for c in claims] == ["Yoav Shalev", "Yoav Shalev"]
    assert claims[0].span.of(text) == "Yoav Shalev"


def test_same_quote_twice_folds_into_one_fact() -> None:
    text = '"We will respond," Yoav Shalev said.\nLater: "We will respond," Shalev said.'
    facts = new_pipeline().extract(text).of("quote")
    assert len(facts) == 1
    assert len(facts[0].mentions) == 2
