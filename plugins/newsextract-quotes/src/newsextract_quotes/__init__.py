"""newsextract plugin: direct quotes and their resolved speakers (facts of kind ``quote``).

The extractor finds quotations (straight, curly and single marks; split, multi-sentence
and multi-paragraph quotes) with an attribution before, after or inside them, and
records the speaker as written. The kind's ``link`` then rewrites the speaker to the
canonical person the core's entity index knows (full name, title), so titles found by
other plugins reach quotes without this plugin importing them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any

import attrs

import newsextract
from newsextract.text import same_last_name, token_f1
from newsextract.text import words as scorer_words

from .extract import KIND, extract_quotes
from .speakers import ORGANIZATION, PERSON, PRONOUN, UNNAMED
from .value import Quote

__all__ = [
    "KIND",
    "Quote",
    "extract_quotes",
    "gold_match",
    "link_quote",
    "quote_key",
    "quote_persons",
    "register_extractors",
    "register_kinds",
]


def quote_key(fact: newsextract.Fact) -> Hashable:
    """Merge key: the speaker (case-folded) and the quote's words (as the scorer reads them)."""
    value: Quote = fact.value
    return (value.speaker.casefold(), " ".join(scorer_words(value.text)))


#: Pronouns a gold file may annotate as the speaker "as written" ("he said" -> speaker "he").
GOLD_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _same_speaker(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    if same_last_name(gold.get("speaker"), predicted.get("speaker")):
        return True
    # A gold speaker that is a pronoun is the speaker as written: the prediction written
    # with that same pronoun is the same attribution, whoever the pronoun was resolved to.
    pronoun = str(gold.get("speaker") or "").strip().casefold()
    written = str(predicted.get("speaker_as_written") or "").strip().casefold()
    return pronoun in GOLD_PRONOUNS and written == pronoun


def gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """FORMAT.md: the speakers' last names (or organisation names) agree and the texts' token F1 >= 0.8.

    A gold speaker that is a pronoun ("he") also matches a prediction whose
    ``speaker_as_written`` is that same pronoun.
    """
    if not _same_speaker(gold, predicted):
        return False
    return token_f1(str(gold.get("text") or ""), str(predicted.get("text") or "")) >= 0.8


def quote_persons(fact: newsextract.Fact) -> Iterator[newsextract.PersonClaim]:
    """A person claim for a named speaker (or the person a pronoun was resolved to)."""
    value: Quote = fact.value
    if value.speaker_type == PERSON and value.speaker_span is not None:
        yield newsextract.PersonClaim(value.speaker, value.speaker_span)
    elif value.speaker_type == PRONOUN and value.antecedent_span is not None and value.speaker_as_written in {"he", "she"}:
        yield newsextract.PersonClaim(value.speaker, value.antecedent_span)


def link_quote(fact: newsextract.Fact, entities: newsextract.EntityIndex) -> newsextract.Fact:
    """Rewrite the speaker to the canonical person the entity index knows, with their title."""
    value: Quote = fact.value
    person: newsextract.Person | None = None
    if value.speaker_type == PERSON and value.speaker_span is not None:
        person = entities.resolve(value.speaker, value.speaker_span.start)
    elif value.speaker_type == PRONOUN and value.speaker_as_written in {"he", "she"}:
        if value.antecedent_span is not None:
            person = entities.resolve(value.speaker, value.antecedent_span.start)
        elif value.speaker_span is not None:
            person = entities.resolve_pronoun(value.speaker_span.start)
    if person is None:
        return fact
    name = value.speaker
    if len(person.name.split()) >= len(name.split()) or value.speaker_type == PRONOUN:
        name = person.name
    new = attrs.evolve(value, speaker=name, speaker_title=person.title or value.speaker_title)
    return attrs.evolve(fact, value=new)


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``quote`` kind."""
    register(
        newsextract.Kind(
            KIND,
            value_type=Quote,
            description="Direct quotes and their resolved speakers",
            key=quote_key,
            gold_match=gold_match,
            persons=quote_persons,
            link=link_quote,
        )
    )


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``quote`` extractor."""
    register(extract_quotes, name="quotes", kinds=(KIND,))


_ = (ORGANIZATION, UNNAMED)
