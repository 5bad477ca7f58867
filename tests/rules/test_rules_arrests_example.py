"""The "arrests" example in docs/rules.md runs: rules in 15 lines, through a real pipeline."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import newsextract

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "arrests" / "arrests.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsextract_docs_arrests", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rules_fit_in_fifteen_lines() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    block = text.split("# --8<-- [start:rules]\n")[1].split("# --8<-- [end:rules]")[0]
    assert len([line for line in block.splitlines() if line.strip()]) <= 15


def test_the_examples_pass() -> None:
    assert _load().RULES.check_examples() == []


def test_it_runs_as_a_plugin() -> None:
    arrests = _load()
    pipeline = newsextract.Pipeline(plugins=[], register=[("arrests", arrests)], strict=True, entry_points=False)
    result = pipeline.extract("Police arrested 12 people on Monday. Later, more than 23 protesters were detained.")
    facts = result.of("arrest")
    assert [(f.value.count, f.value.qualifier) for f in facts] == [(12, "exact"), (23, "more_than")]
    assert [f.provenance.rule for f in facts if f.provenance] == ["active", "passive"]
    assert pipeline.extract("The protesters were detained.").of("arrest") == ()
