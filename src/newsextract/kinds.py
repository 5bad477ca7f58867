"""How a plugin describes a fact kind it owns (see the ``register_kinds`` hook)."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .model import Fact, value_to_dict
from .totals import TotalRule

if TYPE_CHECKING:
    from .entities import EntityIndex, PersonClaim

__all__ = ["Kind", "default_gold_match", "default_key"]

KeyFunction = Callable[[Fact], Hashable]
GoldMatch = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]
PersonsFunction = Callable[[Fact], "Iterable[PersonClaim]"]
LinkFunction = Callable[[Fact, "EntityIndex"], Fact]

#: Gold fields that describe the annotation, not the fact.
ANNOTATION_FIELDS = frozenset({"optional", "note"})


def default_key(fact: Fact) -> Hashable:
    """Facts of one kind are the same when their values serialise identically."""
    return json.dumps(value_to_dict(fact.value), sort_keys=True, default=str)


def _same(gold: Any, predicted: Any) -> bool:
    if isinstance(gold, str) and isinstance(predicted, str):
        return gold.strip().casefold() == predicted.strip().casefold()
    return bool(gold == predicted)


def default_gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Every annotated gold field equals the predicted one (strings case-insensitively)."""
    return all(
        _same(value, predicted.get(name))
        for name, value in gold.items()
        if name not in ANNOTATION_FIELDS
    )


@attrs.frozen
class Kind:
    """A fact kind: its name, its value class and how the core merges and scores it.

    Every callable is optional and is called inside the core's error handler; a
    failure is charged to the plugin that registered the kind.
    """

    name: str
    value_type: type | None = None
    description: str = ""
    key: KeyFunction | None = None
    persons: PersonsFunction | None = None
    link: LinkFunction | None = None
    gold_match: GoldMatch | None = None
    value_schema: Mapping[str, Any] | None = None
    #: Whether facts of the kind are events that happen at a time (``Fact.when`` is
    #: filled from their sentence). False for standing facts such as who holds an office.
    dated: bool = True
    #: How facts of the kind add up into per-article totals (``Result.totals()``);
    #: None: the kind has no totals.
    totals: TotalRule | None = None

    def key_of(self, fact: Fact) -> Hashable:
        """The merge key of ``fact`` (the kind's own, or :func:`default_key`)."""
        return (self.key or default_key)(fact)

    def matches_gold(self, gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
        """Whether a predicted value states a gold fact (kind's rule or the default)."""
        return (self.gold_match or default_gold_match)(gold, predicted)
