"""newsextract: structured, verifiable facts from English news articles.

The core defines the value types (:class:`Document`, :class:`Fact`, :class:`Result`),
the plugin hooks (:mod:`newsextract.hookspecs`), the pipeline that runs plugins and
merges their facts, and the text machinery every plugin shares
(:mod:`newsextract.text`). The facts themselves come from plugins.

>>> import newsextract
>>> result = newsextract.extract("Russia launched 40 drones overnight.")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._collector import collector_paused

# The collector is held off while the core loads: see ``_collector``.
with collector_paused():
    from .entities import EntityIndex, Person, PersonClaim
    from .hookspecs import hookimpl
    from .kinds import Kind
    from .model import Document, Fact, PluginError, Provenance, Result, Span, When, value_to_dict
    from .pipeline import Pipeline, PluginFailure, extract
    from .plugins import Extractor, PluginInfo, UnknownNameError
    from .totals import Figure, Total, TotalRule

__all__ = [
    "Document",
    "EntityIndex",
    "Extractor",
    "Fact",
    "Figure",
    "Kind",
    "Person",
    "PersonClaim",
    "Pipeline",
    "PluginError",
    "PluginFailure",
    "PluginInfo",
    "Provenance",
    "Result",
    "Span",
    "Total",
    "TotalRule",
    "UnknownNameError",
    "When",
    "extract",
    "hookimpl",
    "to_arrow",
    "to_pandas",
    "to_records",
    "value_to_dict",
]

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .tables import to_arrow, to_pandas, to_records

# Names whose modules load on first use (PEP 562): the table helpers pull in the input
# readers (html, pathlib ...), which extracting from a text never needs.
_LOADED_ON_USE = {"to_arrow": "tables", "to_pandas": "tables", "to_records": "tables"}


def __getattr__(name: str) -> Any:
    module = _LOADED_ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
