"""Entry-point discovery without importlib.metadata answers exactly what importlib.metadata answers."""

from __future__ import annotations

import importlib.metadata
import json
import os.path
import sys
import zipfile
from pathlib import Path

import pytest

from newsextract.entrypoints import EntryPoint, entry_points


def _reference(group: str, path: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    """importlib.metadata's answer for ``path``: the first distribution of each normalised name wins."""
    seen: set[str] = set()
    found: list[tuple[str, str, str | None, str | None]] = []
    for dist in importlib.metadata.distributions(path=path):
        key = dist.metadata["Name"].lower().replace("-", "_").replace(".", "_")
        if key in seen:
            continue
        seen.add(key)
        found += [(ep.name, ep.value, dist.metadata["Name"], dist.version) for ep in dist.entry_points if ep.group == group]
    return found


def _mine(group: str, path: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    found = entry_points(group, path)
    assert found is not None
    return [(ep.name, ep.value, ep.distribution, ep.version) for ep in found]


def _dist(folder: Path, name: str, version: str, entry_points_txt: str | None, suffix: str = ".dist-info") -> None:
    meta = folder / f"{name.replace('-', '_')}-{version}{suffix}"
    meta.mkdir(parents=True)
    header = "METADATA" if suffix == ".dist-info" else "PKG-INFO"
    (meta / header).write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nName: not a header\n")
    if entry_points_txt is not None:
        (meta / "entry_points.txt").write_text(entry_points_txt)


@pytest.mark.parametrize("group", ["newsextract", "console_scripts", "pytest11"])
def test_the_installed_environment_gives_importlib_metadatas_answer(group: str) -> None:
    expected = [(ep.name, ep.value, ep.dist.name if ep.dist else None, ep.dist.version if ep.dist else None)
                for ep in importlib.metadata.entry_points(group=group)]
    assert _mine(group, sys.path) == expected
    if group == "newsextract":
        assert {"casualties", "officials", "quotes", "weapons"} <= {name for name, *_ in expected}


def test_folders_on_the_path_first_distribution_of_a_name_wins(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _dist(first, "acme-arrests", "1.0", "# a comment\n[newsextract]\narrests = acme_arrests\n\n[other]\nx = y:z\n")
    _dist(first, "acme-floods", "0.3", "[newsextract]\n  # another comment\nfloods = acme_floods.hooks:plugin [extra]\n",
          suffix=".egg-info")
    _dist(second, "acme_arrests", "2.0", "[newsextract]\narrests = acme_arrests_new\n")  # shadowed by first's 1.0
    _dist(second, "acme-riots", "0.1", "[newsextract]\nriots=acme_riots\n")
    _dist(second, "no-entry-points", "1.0", None)
    (second / "single_file-1.0.egg-info").write_text("Metadata-Version: 1.0\nName: single-file\n")
    path = [str(first), str(tmp_path / "missing"), str(second)]
    mine = _mine("newsextract", path)
    assert sorted(mine) == sorted(_reference("newsextract", path))
    assert ("arrests", "acme_arrests", "acme-arrests", "1.0") in mine
    assert ("floods", "acme_floods.hooks:plugin [extra]", "acme-floods", "0.3") in mine
    assert ("riots", "acme_riots", "acme-riots", "0.1") in mine
    assert len(mine) == 3
    assert _mine("other", path) == [("x", "y:z", "acme-arrests", "1.0")]


def test_a_zip_or_egg_on_the_path_defers_to_importlib_metadata(tmp_path: Path) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("acme-1.0.dist-info/METADATA", "Name: acme\nVersion: 1.0\n")
    assert entry_points("newsextract", [str(archive)]) is None
    (tmp_path / "eggs").mkdir()
    (tmp_path / "eggs" / "acme-1.0-py3.11.egg").mkdir()
    assert entry_points("newsextract", [str(tmp_path / "eggs")]) is None
    assert entry_points("newsextract", [str(tmp_path / "eggs" / "acme-1.0-py3.11.egg")]) is None
    assert entry_points("newsextract", [str(tmp_path / "missing")]) == ()


def test_load_imports_the_module_and_walks_the_attributes() -> None:
    assert EntryPoint("dumps", "json:dumps", "g").load() is json.dumps
    assert EntryPoint("join", "os.path : join [extra]", "g").load() is os.path.join
    assert EntryPoint("module", "os.path", "g").load() is os.path
    with pytest.raises(ValueError, match="cannot read value"):
        EntryPoint("bad", "not a value!", "g").load()
    with pytest.raises(ModuleNotFoundError):
        EntryPoint("gone", "no_such_module_here:x", "g").load()


def test_an_import_hook_that_reports_distributions_defers_but_the_backports_path_finder_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Hook:
        def find_distributions(self, context: object = None) -> list[object]:
            return []

    MetadataPathFinder = type("MetadataPathFinder", (Hook,), {"__module__": "importlib_metadata"})
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, MetadataPathFinder()])
    assert entry_points("newsextract", sys.path) is not None
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Hook()])
    assert entry_points("newsextract", sys.path) is None


def test_discovery_falls_back_to_importlib_metadata_with_the_same_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsextract import plugins

    plugins._discover.cache_clear()
    fast = plugins._entry_points()
    monkeypatch.setattr(plugins, "entry_points", lambda group, path: None)
    plugins._discover.cache_clear()
    try:
        slow = plugins._entry_points()
    finally:
        plugins._discover.cache_clear()
    assert slow == fast
    assert {"casualties", "officials", "quotes", "weapons"} <= {ep.name for ep in slow}
