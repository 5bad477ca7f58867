"""Property-based tests: generated and mutated articles through the installed plugins.

Articles are built from the seed article's sentences (a copy lives in data/), then
mutated with insertions of hostile characters, deletions, duplications, quote-mark
swaps and oversized numbers. Properties: no exception escapes, spans are exact,
facts come in text order, counts are sane, and the output does not depend on the
run or on the order plugins were registered in.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsextract import Pipeline, Result

from .conftest import SEED_TEXT

Check = Callable[[Result, str], None]

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_SPLIT = regex.compile(r"(?<=[.!?\"”])\s+|\n+")
SENTENCES = [s for s in _SPLIT.split(SEED_TEXT) if s.strip()] + [
    "Kyiv Mayor Vitali Klitschko said 12 people were wounded and three were killed in Darnytskiy district.",
    '"We shot down 40 drones," said Yuriy Ihnat, spokesman for the Ukrainian Air Force.',
    "At least 5 civilians died and dozens were injured after 3 Iskander missiles hit Kharkiv, the governor said.",
    "Two soldiers were killed, the Defense Ministry said, adding that 18 Shahed drones were destroyed.",
]
HOSTILE_CHARS = [
    *'"“”‘’\'«»\x00\u200b\u200d\u202e\u200f\ufeff\n\r\t-—–.,;:!?()[]0123456789',
    *["Д", "ش", "中", "🚀", "\u2028", "١٢", "９"],
]
SEPARATORS = [" ", "\n", "\n\n", "\r\n", " -- "]


@st.composite
def articles(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=14))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(chosen), max_size=len(chosen)))
    return "".join(s + sep for s, sep in zip(chosen, seps, strict=True))


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    text = draw(articles())
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "quote", "number", "upper", "text"]))
        at = draw(st.integers(0, len(text)))
        to = min(len(text), at + draw(st.integers(0, 60)))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(HOSTILE_CHARS)) * draw(st.integers(1, 30)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[to:]
        elif op == "duplicate":
            text = text[:to] + text[at:to] + text[to:]
        elif op == "quote":
            text = text[:at] + text[at:to].translate(str.maketrans({'"': "“", "“": '"', "”": "'", "’": "”"})) + text[to:]
        elif op == "number":
            digits = draw(st.sampled_from(["0", "00007", "9" * 40, "1" * 5000, "1,000,000,000,000", "-3", "2.5"]))
            text = text[:at] + " " + digits + " drones killed " + text[at:]
        elif op == "upper":
            text = text[:at] + text[at:to].upper() + text[to:]
        else:
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
    return text


def _facts(result: Result, provenance: bool = True) -> list[dict[str, Any]]:
    out = []
    for fact in result.facts:
        data = fact.to_dict()
        if not provenance:
            data.pop("provenance", None)
        out.append(data)
    return out


@pytest.fixture(scope="module")
def lenient() -> Pipeline:
    return Pipeline(strict=False)


@pytest.fixture(scope="module")
def permuted(installed_modules: dict[str, object]) -> list[Pipeline]:
    """In-process pipelines of the installed plugin modules, registered in every order (at most 6)."""
    names = sorted(installed_modules)
    orders = list(itertools.permutations(names))
    picked = [orders[0], orders[-1], *orders[1 : len(orders) - 1 : max(1, len(orders) // 4)]][:6]
    return [
        Pipeline(register=[(name, installed_modules[name]) for name in order], entry_points=False, strict=True)
        for order in picked
    ]


@SETTINGS
@given(text=articles())
def test_generated_articles_keep_every_invariant(pipeline: Pipeline, check: Check, text: str) -> None:
    result = pipeline.extract(text, published="2025-07-21")
    check(result, text)
    assert result.errors == ()


@SETTINGS
@given(text=mutated_articles())
def test_mutated_articles_keep_every_invariant(pipeline: Pipeline, check: Check, text: str) -> None:
    result = pipeline.extract(text)
    check(result, text)
    assert result.errors == ()


@SETTINGS
@given(text=mutated_articles())
def test_no_exception_escapes_a_lenient_pipeline(lenient: Pipeline, check: Check, text: str) -> None:
    result = lenient.extract(text)
    check(result, text)


@SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_unicode_keeps_every_invariant(pipeline: Pipeline, check: Check, text: str) -> None:
    result = pipeline.extract(text)
    check(result, text)
    assert result.errors == ()


@settings(SETTINGS, max_examples=30)
@given(text=mutated_articles())
def test_two_runs_give_identical_output(pipeline: Pipeline, text: str) -> None:
    first = pipeline.extract(text, id="x", published="2025-07-21")
    second = pipeline.extract(text, id="x", published="2025-07-21")
    assert first.to_dict() == second.to_dict()
    fresh = Pipeline(strict=True).extract(text, id="x", published="2025-07-21")
    assert fresh.to_dict() == first.to_dict()


@settings(SETTINGS, max_examples=30)
@given(text=mutated_articles())
def test_output_does_not_depend_on_plugin_registration_order(
    permuted: list[Pipeline], pipeline: Pipeline, text: str
) -> None:
    results = [p.extract(text, id="x", published="2025-07-21") for p in permuted]
    reference = _facts(results[0])
    for result in results[1:]:
        assert _facts(result) == reference
    # Entry-point loading differs only in provenance (distribution and version).
    from_entry_points = pipeline.extract(text, id="x", published="2025-07-21")
    assert _facts(from_entry_points, provenance=False) == _facts(results[0], provenance=False)


def test_registration_orders_really_differ(installed_modules: dict[str, object], permuted: list[Pipeline]) -> None:
    assert len(permuted) == min(6, len(list(itertools.permutations(installed_modules))))
    for pipe in permuted:
        assert {p.name for p in pipe.plugins if p.status == "active"} == set(installed_modules)


def test_seed_sentences_were_split(seed_text: str) -> None:
    assert len(SENTENCES) > 15
    assert all(s.strip() in seed_text for s in SENTENCES[:-4])
