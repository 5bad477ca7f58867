"""The tutorial shows its code inline (readable as a plain file), and that code is the example plugin's.

Each code block in docs/tutorial.md preceded by ``<!-- inline: PATH:SECTION -->`` must equal the
lines between ``--8<-- [start:SECTION]`` and ``--8<-- [end:SECTION]`` in PATH. When the plugin
changes, regenerate the blocks (copy the section in) rather than editing either side alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
INLINE = re.compile(r"^<!-- inline: ([^:]+):(\S+) -->\n```[^\n]*\n(.*?)\n```$", re.M | re.S)


def _section(path: Path, name: str) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.rstrip().endswith(f"--8<-- [start:{name}]"))
    end = next(i for i, line in enumerate(lines) if line.rstrip().endswith(f"--8<-- [end:{name}]"))
    return "\n".join(lines[start + 1 : end])


BLOCKS = INLINE.findall(TUTORIAL.read_text(encoding="utf-8"))


def test_the_tutorial_has_no_include_lines_left() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    assert '--8<-- "' not in text
    assert len(BLOCKS) == text.count("<!-- inline:") >= 10


@pytest.mark.parametrize(("path", "section", "shown"), BLOCKS, ids=[f"{p}:{s}" for p, s, _ in BLOCKS])
def test_inline_code_equals_the_example_plugin(path: str, section: str, shown: str) -> None:
    assert shown == _section(ROOT / path, section), f"docs/tutorial.md's copy of {path}:{section} is stale"
