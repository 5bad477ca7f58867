"""What is not a quote."""

from __future__ import annotations

import pytest

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    return newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)


@pytest.mark.parametrize(
    "text",
    [
        'The aerial war thriller "Iron Horizon" topped the box office this weekend.',
        'Analysts said "Iron Horizon" could earn more than $500 million worldwide.',
        'The horror sequel "Night Shift 2," fell to second place.',
        "Troops took part in “Operation Desert Storm” in 1991.",
        'Residents call the district "the red zone" these days.',
        "Russia's strikes don't stop, and the soldiers' boots are worn.",
        '"Frontline Command: Iron Front," the latest entry in the series, sold 5 million copies, the publisher said.',
    ],
)
def test_not_quotes(pipeline: newsextract.Pipeline, text: str) -> None:
    assert pipeline.extract(text).of("quote") == ()


def test_unattributed_quote_is_not_emitted(pipeline: newsextract.Pipeline) -> None:
    text = 'The sign read "No entry for unauthorised persons beyond this point" in three languages.'
    assert pipeline.extract(text).of("quote") == ()


def test_short_fragment_with_speech_verb_is_a_quote(pipeline: newsextract.Pipeline) -> None:
    text = 'Memphis Mayor Derek Hollis called the shooting "senseless" and urged witnesses to come forward.'
    [fact] = pipeline.extract(text).of("quote")
    assert fact.value.speaker == "Derek Hollis"
    assert fact.value.text == "senseless"
    assert fact.confidence < 0.8
