"""``newsextract extract``: totals in every JSON record, and after the facts with ``--totals``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ["extract", "seeds/kyiv-overnight-attack.txt", "--published", "2025-07-21"]


def _run(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    assert cli.main(args) == cli.EXIT_OK
    return capsys.readouterr().out


def test_jsonl_records_carry_the_seed_totals(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    record = json.loads(_run([*SEED, "--format", "jsonl", "--plugins", "casualties,weapons"], capsys, monkeypatch))
    killed = record["totals"]["casualty"]["killed"]
    # "killing at least two people ... one in Kyiv": the one is a part of the two
    assert (killed["count"], killed["qualifier"], len(killed["spans"]), len(killed["folded"])) == (2, "at_least", 1, 1)
    # "more than two dozen missiles" in the lead, "five Kinzhal ... and 19 cruise missiles" in the body
    assert record["totals"]["weapon_count"]["missile"]["launched"]["count"] == 24
    # "hundreds of drones" is the vague form of the 426 counted later
    assert record["totals"]["weapon_count"]["drone"]["launched"]["count"] == 426


def test_table_prints_totals_only_when_asked(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _run([*SEED, "--format", "table", "--plugins", "casualties"], capsys, monkeypatch)
    with_totals = _run([*SEED, "--format", "table", "--plugins", "casualties", "--totals"], capsys, monkeypatch)
    assert "= total" not in plain
    assert "  = total casualty killed: 2 (at_least)  from 118-145" in with_totals.splitlines()
    assert with_totals.startswith(plain.rstrip("\n").rsplit("\n", 1)[0])
