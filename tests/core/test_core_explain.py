"""``newsextract explain``: each fact with its plugin, rule, matched tokens and derivation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import cli


def test_explain_shows_the_rule_and_matched_tokens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "floods.txt"
    article.write_text("Officials said the floods forced 12,000 residents to flee on Sunday.", encoding="utf-8")
    status = cli.main(["explain", str(article), "--plugins", "displacement"])
    out = capsys.readouterr().out
    assert status == cli.EXIT_OK
    assert "displacement [26:57] 'forced 12,000 residents to flee'" in out
    assert "plugin: displacement   rule: transitive" in out
    assert "matched: forced | 12,000 | residents | to | flee" in out


def test_explain_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("More than 3,000 people were evacuated.", encoding="utf-8")
    assert cli.main(["explain", str(article), "--plugins", "displacement", "--json"]) == cli.EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    (fact,) = json.loads(line)["facts"]
    assert (fact["plugin"], fact["rule"], fact["derivation"]) == ("displacement", "passive", None)
    assert fact["tokens"] == ["More than 3,000", "people", "were", "evacuated"]


def test_explain_facts_without_a_rule() -> None:
    """A plugin that names no rule (hand-written regex, as fakeplugins.Counter) shows "rule: -"."""
    import io

    from newsextract import Pipeline
    from newsextract.explain import _write_text, explain_result

    from .fakeplugins import Counter

    result = Pipeline(entry_points=False, register=[Counter()]).extract("Russia launched 40 drones overnight.")
    (item,) = explain_result(result)
    assert (item["plugin"], item["rule"], item["tokens"]) == ("counter", None, ["40", "drones"])
    out = io.StringIO()
    _write_text(out, "a.txt", result)
    assert "plugin: counter   rule: -" in out.getvalue()


def test_explain_reports_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["explain", str(tmp_path / "missing.txt"), "--plugins", "displacement"]) == cli.EXIT_FAILURES
    assert "missing.txt" in capsys.readouterr().err
