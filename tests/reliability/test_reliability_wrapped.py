"""Plain text as it really arrives: hard-wrapped, CRLF, soft hyphens and NBSPs change no fact.

For every gold article in tests/gold/ the facts of the article as given are the reference;
the same article with its paragraphs wrapped at 50-100 columns (a blank line between
them), CRLF line ends, and soft hyphens, zero-width spaces and non-breaking spaces
sprinkled in must give the same fact values, with spans exact in the text as given.
"""

from __future__ import annotations

import collections
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsextract import Pipeline, Result, Span

Check = Callable[[Result, str], None]
GOLD = sorted((Path(__file__).resolve().parents[1] / "gold").glob("*.jsonl"))
SETTINGS = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _spanless(value: Any) -> Any:
    """A fact value with every span left out (spans differ between copies; values must not)."""
    if isinstance(value, Span):
        return None
    if attrs.has(type(value)):
        return tuple((f.name, _spanless(getattr(value, f.name))) for f in attrs.fields(type(value)))
    if isinstance(value, (list, tuple)):
        return tuple(_spanless(v) for v in value)
    return value


def _values(result: Result) -> collections.Counter[tuple[str, Any]]:
    return collections.Counter((f.kind, _spanless(f.value)) for f in result.facts)


@st.composite
def plain_text_copies(draw: st.DrawFn, text: str) -> str:
    """``text`` as a plain-text feed would deliver it."""
    width = draw(st.integers(50, 100))
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    chars = list("\n\n".join(paragraphs))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(1, max(1, len(chars) - 1)))
        if chars[at - 1].isalpha() and chars[at].isalpha():
            chars.insert(at, draw(st.sampled_from(["\u00ad", "\u200b"])))
        elif chars[at] == " ":
            chars[at] = "\u00a0"
    sprinkled = "".join(chars).split("\n\n")
    out = "\n\n".join(textwrap.fill(p, width) for p in sprinkled)
    return out.replace("\n", "\r\n") if draw(st.booleans()) else out


@pytest.fixture(scope="module")
def reference() -> dict[str, collections.Counter[tuple[str, Any]]]:
    return {}


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_wrapped_crlf_and_invisible_characters_leave_every_gold_articles_facts_unchanged(
    pipeline: Pipeline, check: Check, reference: dict[str, collections.Counter[tuple[str, Any]]], gold: Path
) -> None:
    texts = _texts(gold)

    @SETTINGS
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        text = data.draw(st.sampled_from(texts))
        if text not in reference:
            reference[text] = _values(pipeline.extract(text))
        copy = data.draw(plain_text_copies(text))
        result = pipeline.extract(copy)
        check(result, copy)
        assert _values(result) == reference[text]

    run()


def test_the_copies_really_are_wrapped_and_sprinkled() -> None:
    text = _texts(GOLD[0])[0]

    @settings(max_examples=20, deadline=None, database=None)
    @given(copy=plain_text_copies(text))
    def run(copy: str) -> None:
        lines = [line for line in copy.replace("\r\n", "\n").split("\n") if line]
        assert max(len(line) for line in lines) <= 100
        assert len(lines) > len(text.splitlines())

    run()
