"""The built-in plugins keep the shape of small real projects (issue 14): short files, short functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*ROOT.glob("plugins/*/src/*/*.py"), *ROOT.glob("docs/examples/*/src/*/*.py")])
MAX_FILE_LINES = 450
MAX_FUNCTION_LINES = 60


def test_the_plugins_are_there() -> None:
    assert {p.parent.name for p in SOURCES} >= {
        "newsextract_weapons", "newsextract_casualties", "newsextract_quotes", "newsextract_officials"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_long_file_or_function(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MAX_FILE_LINES, f"{path.name}: over {MAX_FILE_LINES} lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{path.name}: {node.name} is {length} lines"


@pytest.mark.parametrize("package", sorted(ROOT.glob("plugins/*/src/*/")), ids=lambda p: p.name)
def test_one_file_per_idea(package: Path) -> None:
    # The built-in plugins; the tutorial keeps its value class beside its rules to teach them together.
    names = {p.name for p in package.glob("*.py")}
    assert {"__init__.py", "value.py", "lexicon.py"} <= names, f"{package.name} lacks hooks, value type or lexicon"
