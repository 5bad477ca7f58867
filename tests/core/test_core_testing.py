"""The plugin authors' one-line assertions."""

from __future__ import annotations

import re

import pytest

from newsextract.testing import assert_fact, assert_no_fact, run

from . import fakeplugins as fp

COUNTER = fp.Counter()


def test_assert_fact_finds_by_value_fields_and_span_text() -> None:
    fact = assert_fact("We saw 12 drones.", "count", plugins=[], register=[COUNTER], noun="drones", count=12)
    assert fact.text == "12 drones"
    assert_fact("We saw 12 drones.", "count", plugins=[], register=[COUNTER], fact_text="12 drones")


def test_assert_fact_failure_lists_what_was_found() -> None:
    with pytest.raises(AssertionError, match=re.escape("found:\n  {'noun': 'drones', 'count': 12}")):
        assert_fact("We saw 12 drones.", "count", plugins=[], register=[COUNTER], count=13)


def test_assert_no_fact() -> None:
    assert_no_fact("No numbers here.", "count", plugins=[], register=[COUNTER])
    with pytest.raises(AssertionError, match="unexpected count facts"):
        assert_no_fact("We saw 12 drones.", "count", plugins=[], register=[COUNTER], count=12)


def test_run_is_strict() -> None:
    with pytest.raises(Exception, match="boom"):
        run("3 drones", plugins=[], register=[fp.Raiser()])
