"""Entry points of installed distributions, read without importing :mod:`importlib.metadata`.

Plugin discovery needs the ``newsextract`` group's entry points once per process.
:mod:`importlib.metadata` answers that, but importing it (it brings the ``email``
package to parse metadata headers) and scanning with it costs about 20 ms, a tenth of
start-up to the first fact. Installed distributions are nearly always folders named
``*.dist-info`` (or ``*.egg-info``) in directories on ``sys.path``: for those,
:func:`entry_points` reads ``entry_points.txt`` and the ``Name``/``Version`` headers
itself, in the order and with the de-duplication :mod:`importlib.metadata` uses (the first
distribution of a name along the path wins). Anything else on the path (a zip file, an
``.egg``) makes it answer ``None``, and the caller asks :mod:`importlib.metadata`, so the
answer never differs.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

__all__ = ["EntryPoint", "entry_points"]

# importlib.metadata's own reading of an entry point's value: "module.path:attr.path [extras]".
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


@attrs.frozen
class EntryPoint:
    """One entry point: its name, ``module:attr`` value and the distribution that declares it."""

    name: str
    value: str
    group: str
    distribution: str | None = None
    version: str | None = None

    def load(self) -> Any:
        """Import the module and return the object the value names (as ``importlib.metadata`` does)."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"entry point {self.name!r}: cannot read value {self.value!r}")
        obj: Any = importlib.import_module(match.group("module"))
        for part in (match.group("attr") or "").split(".") if match.group("attr") else ():
            obj = getattr(obj, part)
        return obj


def _normalized(name: str) -> str:
    # PEP 503 normalisation, as importlib.metadata de-duplicates distributions by it.
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _headers(path: str) -> dict[str, str]:
    """The ``Name`` and ``Version`` headers of a METADATA / PKG-INFO file (empty if unreadable)."""
    found: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    break  # the headers end at the first blank line
                key, sep, value = line.partition(":")
                if sep and key in ("Name", "Version") and key not in found:
                    found[key] = value.strip()
    except OSError:
        pass
    return found


def _sections(text: str) -> Iterator[tuple[str, str, str]]:
    """(section, name, value) of each ``name = value`` line of an INI-style entry_points.txt."""
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):  # as importlib.metadata reads it
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        name, sep, value = line.partition("=")
        if sep:
            yield section, name.strip(), value.strip()


def _distributions(folder: str) -> Iterator[tuple[str, str]] | None:
    """(normalised name, metadata folder) of each distribution in ``folder``; None: defer."""
    try:
        children = os.listdir(folder)
    except OSError:
        return iter(())
    found = []
    for child in children:
        low = child.lower()
        if low.endswith(".egg"):
            return None  # eggs are searched like path entries of their own: let importlib.metadata do it
        if low.endswith((".dist-info", ".egg-info")):
            stem = child.rsplit(".", 1)[0]
            found.append((_normalized(stem.partition("-")[0]), os.path.join(folder, child)))
    return iter(found)


def entry_points(group: str, path: Sequence[str]) -> tuple[EntryPoint, ...] | None:
    """The entry points of ``group`` declared by the distributions on ``path``, or None to defer.

    None means a path entry is something this reader does not handle (a zip file, an
    ``.egg``), or an import hook of ``sys.meta_path`` may report distributions: ask
    :func:`importlib.metadata.entry_points` instead.
    """
    if any(_finds_distributions(finder) for finder in sys.meta_path):
        return None
    seen: set[str] = set()
    found: list[EntryPoint] = []
    for entry in path:
        folder = entry or "."
        if folder.lower().endswith(".egg") or not os.path.isdir(folder):
            if os.path.exists(folder):
                return None
            continue
        distributions = _distributions(folder)
        if distributions is None:
            return None
        for name, meta in distributions:
            if name in seen:
                continue
            seen.add(name)
            if not os.path.isdir(meta):
                continue  # a single-file .egg-info declares no entry points
            found.extend(_declared(group, meta))
    return tuple(found)


def _finds_distributions(finder: object) -> bool:
    """Whether an import finder other than the path-based ones can report distributions.

    The ``importlib_metadata`` backport (which Dask, for one, imports) adds its own finder
    over the same ``sys.path``: it reports the distributions this module reads, and
    ``importlib.metadata`` keeps the first of each name, so the answer is unchanged.
    """
    if not hasattr(finder, "find_distributions") or finder is importlib.machinery.PathFinder:
        return False
    kind = type(finder)
    return (kind.__module__, kind.__name__) != ("importlib_metadata", "MetadataPathFinder")


def _declared(group: str, meta: str) -> list[EntryPoint]:
    try:
        with open(os.path.join(meta, "entry_points.txt"), encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return []
    declared = [(name, value) for section, name, value in _sections(text) if section == group]
    if not declared:
        return []
    headers = _headers(os.path.join(meta, "METADATA" if meta.lower().endswith(".dist-info") else "PKG-INFO"))
    return [EntryPoint(name, value, group, headers.get("Name"), headers.get("Version")) for name, value in declared]
