"""Meta-tests in the manner of datasette's: every hook is documented and tested,
and the README's test command is the one CI runs."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from newsextract import hookspecs

ROOT = Path(__file__).resolve().parents[2]
HOOKS = [
    name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "newsextract_spec")
]


def test_there_are_hooks() -> None:
    assert {"register_extractors", "register_kinds"} <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring(hook: str) -> None:
    assert (inspect.getdoc(getattr(hookspecs, hook)) or "").strip()


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    docs = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    signature = f"{hook}({', '.join(inspect.signature(getattr(hookspecs, hook)).parameters)})"
    assert signature in docs, f"docs/hooks.md lacks {signature}"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_exercised_by_a_core_test(hook: str) -> None:
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "core").glob("*.py"))
    assert f"def {hook}(" in sources


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3 -m venv .+)$", readme, flags=re.M)
    assert len(commands) == 2, "README must have exactly two set-up commands"
    assert commands[1] in ci
    assert "seeds/" in commands[0] and "newsextract extract" in commands[0]
