"""Helpers for testing plugins: assert facts on a text in one line.

>>> from newsextract.testing import assert_fact, run
>>> result = run("Russia launched 40 drones.", plugins=["weapons"])          # doctest: +SKIP
>>> assert_fact("Russia launched 40 drones.", "weapon_count", count=40)     # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .model import Document, Fact, Result, value_to_dict
from .pipeline import Pipeline

__all__ = ["KB", "assert_fact", "assert_linear", "assert_no_fact", "cpu_ms_per_kb", "facts", "plugin_dir", "repeated", "run"]

# Pipelines by (allowlist, ids of in-process plugins). Each entry keeps its plugin
# objects alive, so an id in a key can never be reused by a different object.
_pipelines: dict[tuple[tuple[str, ...] | None, tuple[int, ...]], tuple[tuple[Any, ...], Pipeline]] = {}


def _pipeline(plugins: Sequence[str] | None, register: Iterable[Any]) -> Pipeline:
    extra = tuple(register)
    cache_key = (tuple(plugins) if plugins is not None else None, tuple(id(x) for x in extra))
    if cache_key not in _pipelines:
        _pipelines[cache_key] = (extra, Pipeline(plugins=plugins, register=extra, strict=True))
    return _pipelines[cache_key][1]


def run(
    text: str | Document,
    plugins: Sequence[str] | None = None,
    register: Iterable[Any] = (),
    **fields: Any,
) -> Result:
    """Extract from ``text`` in strict mode (plugin errors raise) with the given plugins."""
    return _pipeline(plugins, register).extract(text, **fields)


def _matches(fact: Fact, expected: dict[str, Any]) -> bool:
    value = value_to_dict(fact.value)
    for name, wanted in expected.items():
        have = fact.text if name == "fact_text" else value.get(name)
        if isinstance(wanted, str) and isinstance(have, str):
            if wanted.casefold() != have.casefold():
                return False
        elif have != wanted:
            return False
    return True


def facts(
    text: str | Document,
    kind: str,
    plugins: Sequence[str] | None = None,
    register: Iterable[Any] = (),
    **fields: Any,
) -> list[Fact]:
    """The facts of ``kind`` found in ``text`` (keyword arguments set Document fields)."""
    return list(run(text, plugins, register, **fields).of(kind))


def assert_fact(
    text: str | Document,
    kind: str,
    /,
    plugins: Sequence[str] | None = None,
    register: Iterable[Any] = (),
    **expected: Any,
) -> Fact:
    """Assert that ``text`` yields a ``kind`` fact whose value has the ``expected`` fields.

    ``text`` and ``kind`` are positional-only, so a value field may be called
    ``text`` (the quote kind's is). ``fact_text=...`` checks the fact's span text
    instead of a value field. Returns
    the fact; on failure the message lists every fact of the kind that was found.
    """
    found = list(run(text, plugins, register).of(kind))
    for fact in found:
        if _matches(fact, expected):
            return fact
    listing = "\n".join(f"  {value_to_dict(f.value)}  <- {f.text!r}" for f in found) or "  (none)"
    raise AssertionError(f"no {kind} fact with {expected} in {str(text)[:80]!r}; found:\n{listing}")


def assert_no_fact(
    text: str | Document,
    kind: str,
    /,
    plugins: Sequence[str] | None = None,
    register: Iterable[Any] = (),
    **expected: Any,
) -> None:
    """Assert that ``text`` yields no ``kind`` fact matching ``expected`` (any, when empty)."""
    found = [f for f in run(text, plugins, register).of(kind) if _matches(f, expected)]
    if found:
        listing = "\n".join(f"  {value_to_dict(f.value)}  <- {f.text!r}" for f in found)
        raise AssertionError(f"unexpected {kind} facts in {str(text)[:80]!r}:\n{listing}")


# -- cost that grows with the text ------------------------------------------------------------------

KB = 1024
#: The sizes :func:`assert_linear` compares: 10 KB, 100 KB and 1 MB.
LINEAR_SIZES = (10 * KB, 100 * KB, 1024 * KB)

_fresh = itertools.count(1)


def repeated(head: str, unit: str, tail: str = "") -> Callable[[int], str]:
    """A maker of texts of a given size: ``head``, then ``unit`` repeated, then ``tail``.

    One long run between a head and a tail is the shape that defeats a backtracking pattern
    ("President Zelenskyy Zelenskyy ... said", a 100,000-digit number, 10,000 open quote marks).
    """

    def make(size: int) -> str:
        return head + unit * max(1, (size - len(head) - len(tail)) // len(unit) + 1) + tail

    return make


def cpu_ms_per_kb(function: Callable[[Document], Iterable[Any]], text: str, repeats: int = 1) -> float:
    """Best-of-``repeats`` CPU milliseconds per KB that ``function`` takes on ``text``.

    CPU time (not wall time) of this process, so other jobs on the machine barely move it. The
    core caches per-text work (quantities, sentences) by the text's value: every run gets a
    different amount of leading whitespace, so each pays the whole cost.
    """
    best = float("inf")
    for _ in range(repeats):
        fresh = " " * next(_fresh) + text.lstrip(" ")
        document = Document(fresh)
        started = time.process_time()
        found = list(function(document))
        best = min(best, time.process_time() - started)
        for fact in found:
            if isinstance(fact, Fact) and fresh[fact.start : fact.end] != fact.text:
                raise AssertionError(f"span {fact.start}-{fact.end} does not hold {fact.text!r}")
    return best * 1000 / (len(text) / KB)


def _reference_ms_per_kb(text: str) -> float:
    """Per-KB cost of a trivial linear pass (lower-case and split): this machine's speed, measured now."""
    started = time.process_time()
    for _ in range(3):
        len(text.lower().split())
    return (time.process_time() - started) / 3 * 1000 / (len(text) / KB)


def assert_linear(
    function: Callable[[Document], Iterable[Any]],
    make_text: Callable[[int], str],
    sizes: Sequence[int] = LINEAR_SIZES,
    allowed_growth: float = 4.0,
) -> list[float]:
    """Assert that ``function``'s cost per KB stays flat as ``make_text(size)`` grows.

    The per-KB cost at the largest size may be at most ``allowed_growth`` times the cost at the
    smaller sizes, measured in the same run: a super-linear rule (backtracking, a rescan per
    match) grows about tenfold per tenfold size and fails, while load and timer noise stay well
    under the allowance. A cost below three trivial lower-case-and-split passes over the text is
    too small to judge and passes. No absolute time is asserted. Returns the per-KB costs.
    """
    texts = [make_text(size) for size in sizes]
    last = len(texts) - 1
    costs = [cpu_ms_per_kb(function, text, repeats=1 if i == last else 3 if i == 0 else 2) for i, text in enumerate(texts)]
    floor = 3 * _reference_ms_per_kb(texts[-1])
    baseline = max([*costs[:-1], floor])
    if costs[-1] > allowed_growth * baseline:
        sizes_kb = " / ".join(f"{size // KB} KB" for size in sizes)
        measured = " / ".join(f"{cost:.4f}" for cost in costs)
        raise AssertionError(f"cost per KB grows with size: {measured} ms per KB at {sizes_kb}")
    return costs


def plugin_dir(root: Path, name: str, source: str) -> Path:
    """A directory holding plugin module ``name`` (``source``) registered in the ``newsextract`` entry-point group.

    Put it on ``PYTHONPATH`` of a subprocess (the CLI, the server) to install the plugin for that
    process only, as a pip install would, without touching the test's own environment.
    """
    where = root / name
    where.mkdir()
    (where / f"{name}.py").write_text(source, encoding="utf-8")
    info = where / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[newsextract]\n{name} = {name}\n", encoding="utf-8")
    return where
