"""Shared fixtures for the quotes plugin's tests; helpers live in ``quotes_helpers``.

pytest runs with ``--import-mode=importlib``, so this folder is put on ``sys.path`` here for the test
modules' ``from quotes_helpers import ...`` (the module name is plugin-specific so it cannot clash with
another plugin's helpers).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quotes_helpers import new_pipeline

import newsextract


@pytest.fixture(scope="module")
def pipeline() -> newsextract.Pipeline:
    """One strict quotes-only pipeline per test module."""
    return new_pipeline()
