"""The hooks a newsextract plugin can implement.

Every hook takes a ``register`` callable, in the manner of llm's ``register_models``:
a plugin hands the core what it provides, and the core — not pluggy — decides when
and how to call it. That is what lets one broken plugin fail alone: the core calls
each registered extractor inside its own error handler, stamps the plugin's name on
what it returns, and orders everything by plugin name rather than load order.

A plugin is any module or object with functions marked ``@newsextract.hookimpl``,
registered through the ``newsextract`` entry-point group::

    [project.entry-points.newsextract]
    weapons = "newsextract_weapons"

or in-process with ``Pipeline(register=[obj])`` / ``pipeline.register(obj)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

__all__ = ["hookimpl", "hookspec", "register_extractors", "register_kinds"]

hookspec = pluggy.HookspecMarker("newsextract")
"""Marker for hook specifications (used only by this module)."""

hookimpl = pluggy.HookimplMarker("newsextract")
"""Marker plugins put on their hook implementations: ``@newsextract.hookimpl``."""


@hookspec
def register_extractors(register: Callable[..., Any]) -> None:
    """Provide extractors: functions that read a document and return facts.

    Call ``register(function, name=..., kinds=(...))`` once per extractor.

    - ``function(document: Document) -> Iterable[Fact]`` must be pure: it may
      read the document and the core's text helpers, never shared mutable state.
    - ``name`` identifies the extractor within the plugin (defaults to the
      function's name); ``kinds`` lists every kind it may emit. A fact of an
      undeclared kind, a span outside the text, a ``text`` that is not
      ``document.text[start:end]`` or anything that is not a ``Fact`` drops that
      extractor's output for the document, with an entry in ``Result.errors``.
    - ``extractor``, ``provenance`` and ``mentions`` on returned facts are
      overwritten by the core.
    """


@hookspec
def register_kinds(register: Callable[..., Any]) -> None:
    """Describe the fact kinds a plugin owns, so the core can merge and score them.

    Call ``register(Kind(...))`` once per kind (see :class:`newsextract.Kind`).
    A kind may give:

    - ``key(fact) -> Hashable``: facts of the kind with equal keys state the same
      thing and are folded into one fact carrying every mention (default: the
      value's fields).
    - ``persons(fact) -> Iterable[PersonClaim]``: people the fact names, with
      titles, which feed the core's entity index (the officials plugin uses this).
    - ``link(fact, entities) -> Fact``: rewrite a fact once every plugin's people
      are known, e.g. to turn the speaker "he" or "Zelenskyy" into
      "Volodymyr Zelenskyy" (the quotes plugin uses this). It must keep the
      fact's kind, span and text.
    - ``gold_match(gold, predicted) -> bool``: how ``newsextract eval`` decides
      that a predicted value (a dict) states a gold fact (a dict) (default:
      every gold field equal, strings compared case-insensitively).

    - ``dated``: False for standing facts (who holds an office) that should not
      get ``Fact.when`` from their sentence.

    Two plugins may not own the same kind: the first in name order wins and the
    other gets a load error.
    """
