"""Sentences that look like casualty counts but are not."""

from __future__ import annotations

import pytest

import newsextract


@pytest.mark.parametrize(
    "text",
    [
        "The bill was killed in committee on Tuesday.",
        "The striker killed the penalty and City killed off Chelsea's comeback.",
        "Brightline Systems said it would cut 300 jobs.",
        "More than 150,000 tech workers have lost their jobs this year.",
        "The suspect, 34, had been wanted on charges of attempted murder.",
        "The 22-year-old striker scored twice in 2019.",
        "The Celtics beat the Heat 121-104 after a 14-0 run, and Miami has lost four of its last five games.",
        "The package, worth $2.3 billion, was announced on July 20.",
        "No one was hurt. None of the 186 passengers were injured.",
        "Air defenses shot down 88 of the drones and 41 drones were lost from radar.",
        "The Pentagon sent 12 Stryker armored personnel carriers.",
        "Two students killed 12 classmates.",  # the students are the killers
        "A Somali resident died from coronavirus the previous day.",
        "Seven Taliban militants were killed and wounded in the operation.",  # combined figure
        "The company employs more than 30,000 people and sent 100 engineers to Kyiv.",
    ],
)
def test_no_casualty(pipeline: newsextract.Pipeline, text: str) -> None:
    found = [(f.value.status, f.value.count, f.text) for f in pipeline.extract(text).facts]
    if text.startswith("Two students"):
        assert ("killed", 2, "Two students killed") not in found
        assert all(f[1] != 2 for f in found)
    else:
        assert found == []


def test_historical_statistic_stated_as_casualty_is_a_fact(pipeline: newsextract.Pipeline) -> None:
    text = "The UN said more than 12,000 civilians had been killed in the country since 2022."
    facts = pipeline.extract(text).facts
    assert [(f.value.status, f.value.count, f.value.qualifier) for f in facts] == [("killed", 12000, "more_than")]


def test_year_is_not_a_count(pipeline: newsextract.Pipeline) -> None:
    text = "In 1999, two students killed 12 classmates and a teacher at the school."
    got = {(f.value.status, f.value.count, f.value.who) for f in pipeline.extract(text).facts}
    assert got == {("killed", 12, "classmates"), ("killed", 1, "teacher")}
