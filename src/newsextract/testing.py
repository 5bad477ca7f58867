"""Helpers for testing plugins: assert facts on a text in one line.

>>> from newsextract.testing import assert_fact, run
>>> result = run("Russia launched 40 drones.", plugins=["weapons"])          # doctest: +SKIP
>>> assert_fact("Russia launched 40 drones.", "weapon_count", count=40)     # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .model import Document, Fact, Result, value_to_dict
from .pipeline import Pipeline

__all__ = ["assert_fact", "assert_no_fact", "facts", "run"]

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
