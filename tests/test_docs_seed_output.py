"""The seed output shown in README and docs is what the installed plugins really print.

When a plugin's rules change the seed output, regenerate the file:

    newsextract extract seeds/kyiv-overnight-attack.txt --published 2025-07-21 --format table > docs/seed-output.txt

and paste it into README's "What it finds in the seed article".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import cli

ROOT = Path(__file__).resolve().parents[1]
SHOWN = ROOT / "docs" / "seed-output.txt"


def test_docs_and_readme_show_the_real_seed_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    status = cli.main(["extract", "seeds/kyiv-overnight-attack.txt", "--published", "2025-07-21", "--format", "table"])
    printed = capsys.readouterr().out
    assert status == cli.EXIT_OK
    shown = SHOWN.read_text(encoding="utf-8")
    assert printed == shown, f"seed output changed: regenerate {SHOWN.relative_to(ROOT)} (see this test's docstring)"
    assert shown.strip() in (ROOT / "README.md").read_text(encoding="utf-8")
