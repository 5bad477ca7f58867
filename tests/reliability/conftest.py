"""Shared helpers for the reliability tests: fixture text and the invariants every result must keep."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import Pipeline, Result, value_to_dict

SEED_TEXT = (Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")

#: The installed plugins' modules, by entry-point name (imported only inside tests).
PLUGIN_MODULES = {
    "casualties": "newsextract_casualties",
    "officials": "newsextract_officials",
    "quotes": "newsextract_quotes",
    "weapons": "newsextract_weapons",
}


def check_result(result: Result, text: str) -> None:
    """Every invariant of a result: exact spans, text order, sane counts, JSON-serialisable."""
    assert result.document.text == text
    previous = (-1, -1)
    for fact in result.facts:
        assert 0 <= fact.start <= fact.end <= len(text), fact
        assert text[fact.start : fact.end] == fact.text, fact
        for mention in fact.mentions:
            assert 0 <= mention.start <= mention.end <= len(text), (fact, mention)
        here = (fact.start, fact.end)
        assert here >= previous, f"facts out of text order at {here} after {previous}"
        previous = here
        value = value_to_dict(fact.value)
        if "count" in value:
            count = value["count"]
            assert count is None or (type(count) is int and count >= 0), (fact.kind, count, fact.text[:80])
    json.dumps(result.to_dict(), ensure_ascii=False)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (a copy of seeds/kyiv-overnight-attack.txt)."""
    return SEED_TEXT


@pytest.fixture(scope="session")
def check() -> object:
    """:func:`check_result`, as a fixture (test modules cannot import conftest under importlib mode)."""
    return check_result


@pytest.fixture(scope="session")
def installed_modules() -> dict[str, object]:
    """The installed plugin modules by entry-point name; skips when none is installed."""
    import importlib

    found = {}
    for name, module in PLUGIN_MODULES.items():
        try:
            found[name] = importlib.import_module(module)
        except ImportError:
            continue
    if not found:
        pytest.skip("no newsextract plugin is installed")
    return found


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """All installed plugins, strict: any plugin exception fails the test."""
    pipe = Pipeline(strict=True)
    if not any(p.status == "active" for p in pipe.plugins):
        pytest.skip("no newsextract plugin is installed")
    return pipe
