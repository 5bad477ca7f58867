"""The JSON Schema of newsextract's output (``newsextract schema``).

Value schemas come from the installed plugins: a kind's ``value_schema`` when it
gives one, else one derived from the fields of its attrs ``value_type``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from .model import Span

__all__ = ["attrs_schema", "result_schema"]

_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    Span: _SPAN,
}


def _type_schema(tp: Any) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg) for arg in typing.get_args(tp)]}
    if origin in (tuple, list, set, frozenset) or tp in (tuple, list):
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        return {"type": "array", "items": _type_schema(args[0]) if args else {}}
    if isinstance(tp, type) and attrs.has(tp):
        return attrs_schema(tp)
    return {}


def attrs_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema for an attrs class as ``value_to_dict`` writes it."""
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # unresolvable annotations: describe the fields without types
        hints = {}
    fields = attrs.fields(cls)
    properties = {f.name.rstrip("_"): _type_schema(hints.get(f.name, Any)) for f in fields}
    return {
        "type": "object",
        "title": cls.__name__,
        "properties": properties,
        "required": [f.name.rstrip("_") for f in fields if f.default is attrs.NOTHING],
    }


def _fact_schema(kinds: Mapping[str, Any]) -> dict[str, Any]:
    variants = []
    for name, kind in sorted(kinds.items()):
        value = kind.value_schema or (attrs_schema(kind.value_type) if kind.value_type is not None else {"type": "object"})
        variants.append({"if": {"properties": {"kind": {"const": name}}}, "then": {"properties": {"value": value}}})
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["kind", "start", "end", "text", "extractor", "confidence", "value", "mentions", "when"],
        "properties": {
            "kind": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "text": {"type": "string"},
            "extractor": {"type": "string", "description": "the plugin that produced the fact"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "value": {"type": "object"},
            "mentions": {"type": "array", "items": _SPAN},
            "when": {
                "anyOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "required": ["date", "granularity"],
                        "properties": {
                            "date": {"type": "string", "format": "date"},
                            "granularity": {"enum": ["day", "month", "year"]},
                            "text": {"type": "string"},
                            "start": {"type": "integer"},
                            "end": {"type": "integer"},
                        },
                    },
                ]
            },
            "provenance": {
                "type": "object",
                "properties": {
                    "plugin": {"type": "string"},
                    "distribution": {"type": ["string", "null"]},
                    "version": {"type": ["string", "null"]},
                    "rule": {"type": "string"},
                    "derivation": {"type": ["string", "null"]},
                    "matched": {"type": ["array", "null"], "items": {"type": "integer"}},
                },
            },
        },
    }
    if variants:
        schema["allOf"] = variants
    return schema


_FIGURE: dict[str, Any] = {
    "type": "object",
    "required": ["count", "qualifier", "spans"],
    "properties": {
        "count": {"type": ["integer", "null"], "description": "null when only vague amounts were stated"},
        "qualifier": {"type": ["string", "null"]},
        "lower_bound": {"type": ["integer", "null"]},
        "spans": {"type": "array", "items": _SPAN, "description": "the facts summed"},
        "folded": {"type": "array", "items": _SPAN, "description": "facts read as parts or restatements"},
    },
}
_TOTAL_DEFS: dict[str, Any] = {
    "figure": _FIGURE,
    "total": {
        "description": "the sum of event-scope facts, with the largest period and cumulative figures beside it",
        "allOf": [{"$ref": "#/$defs/figure"}],
        "required": ["count", "spans", "period", "cumulative"],
        "properties": {
            "period": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/figure"}]},
            "cumulative": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/figure"}]},
        },
    },
    "total_group": {
        "type": "object",
        "additionalProperties": {"anyOf": [{"$ref": "#/$defs/total"}, {"$ref": "#/$defs/total_group"}]},
    },
}


def result_schema(kinds: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The schema of one output line (``Result.to_dict()``), with installed kinds' values."""
    if kinds is None:
        from .pipeline import Pipeline

        kinds = Pipeline(resolve_dates=False).kinds
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsextract result",
        "type": "object",
        "required": ["id", "facts", "errors"],
        "$defs": _TOTAL_DEFS,
        "properties": {
            "id": {"type": ["string", "null"]},
            "document": {"type": "object"},
            "facts": {"type": "array", "items": _fact_schema(kinds)},
            "totals": {
                "type": "object",
                "description": "per-article totals: {kind: {group value: ... {group value: total}}}, nested in "
                "the kind's TotalRule.group_by order (casualty: status; weapon_count: class, then status)",
                "additionalProperties": {"anyOf": [{"$ref": "#/$defs/total"}, {"$ref": "#/$defs/total_group"}]},
            },
            "errors": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["error_type", "message"],
                    "properties": {
                        "plugin": {"type": "string"},
                        "stage": {"type": "string"},
                        "error_type": {"type": "string"},
                        "message": {"type": "string"},
                        "extractor": {"type": ["string", "null"]},
                    },
                },
            },
        },
    }
