"""Plugin set-up timings (``newsextract plugins --timings``) and entry-point discovery once per process."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

import newsextract
from newsextract import cli, plugins
from newsextract.plugin_timings import timings_lines, timings_to_dict

from . import fakeplugins as fp


class SlowRegistration:
    """Registers like Counter, but its register hook takes a measurable while."""

    __newsextract_name__ = "slowreg"

    @newsextract.hookimpl
    def register_extractors(self, register: Any) -> None:
        time.sleep(0.02)
        register(fp.count_nouns, name="count", kinds=("count",))


def test_registry_times_each_plugins_register_hooks() -> None:
    pipeline = newsextract.Pipeline(register=[fp.Counter(), SlowRegistration()], entry_points=False)
    timings = {t.plugin: t for t in pipeline.registry.timings}
    assert set(timings) == {"counter", "slowreg"}
    assert timings["slowreg"].register_seconds > timings["counter"].register_seconds
    assert timings["slowreg"].import_seconds == 0.0  # in-process: nothing to import
    data = timings_to_dict(pipeline.registry)
    assert [row["name"] for row in data["plugins"]] == ["counter", "slowreg"]
    lines = timings_lines(pipeline.registry)
    assert lines[1].split()[0] == "counter" and lines[2].split()[0] == "slowreg"
    assert lines[-2].startswith("total")


def test_a_plugin_failing_at_registration_is_timed_and_the_others_load() -> None:
    pipeline = newsextract.Pipeline(register=[fp.BrokenRegistration(), fp.Counter()], entry_points=False, strict=False)
    assert [t.plugin for t in pipeline.registry.timings] == ["brokenreg", "counter"]
    assert {p.name: p.status for p in pipeline.plugins} == {"brokenreg": "failed", "counter": "active"}


def test_cli_plugins_timings(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = cli.Pipeline

    class FakePipeline(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["entry_points"] = False
            kwargs["register"] = [fp.Counter(), SlowRegistration()]
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", FakePipeline)
    assert cli.main(["plugins", "--timings"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()[1:3]] == ["counter", "slowreg"]
    assert cli.main(["plugins", "--timings", "--json"]) == cli.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert [row["name"] for row in data["plugins"]] == ["counter", "slowreg"]
    assert data["plugins"][1]["register_seconds"] >= 0.02


def test_entry_points_are_discovered_once_per_import_path(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = plugins.entry_points

    def counting(group: str, path: Any) -> Any:
        calls.append(group)
        return real(group, path)

    monkeypatch.setattr(plugins, "entry_points", counting)
    plugins._discover.cache_clear()
    first = plugins._entry_points()
    again = plugins._entry_points()
    assert [ep.name for ep in first] == [ep.name for ep in again]
    assert calls == [plugins.ENTRY_POINT_GROUP]
    monkeypatch.syspath_prepend("/nonexistent-newsextract-test-path")
    plugins._entry_points()
    assert len(calls) == 2  # a changed sys.path is scanned again
    plugins._discover.cache_clear()
