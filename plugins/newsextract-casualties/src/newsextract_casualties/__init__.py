"""newsextract plugin: casualty counts (killed, wounded, hospitalized, missing ...), facts of kind ``casualty``.

>>> import newsextract
>>> result = newsextract.Pipeline(plugins=["casualties"]).extract("Three people were killed.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

from .extract import extract_casualties
from .scope import extract_scoped_casualties
from .value import Casualty, casualty_key, gold_match, normalize_who, same_people, says_additional

__all__ = [
    "Casualty",
    "casualty_key",
    "extract_casualties",
    "gold_match",
    "normalize_who",
    "register_extractors",
    "register_kinds",
]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``casualty`` kind."""
    register(
        newsextract.Kind(
            "casualty",
            value_type=Casualty,
            description="Casualty counts (killed, wounded, hospitalized, missing, captured, evacuated, rescued)",
            key=casualty_key,
            gold_match=gold_match,
            totals=newsextract.TotalRule(
                group_by=("status",),
                subset_of="subset_of",
                superseded="superseded",
                compatible=same_people,
                additional=says_additional,
            ),
        )
    )


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``casualty`` extractor."""
    register(extract_scoped_casualties, name="casualties", kinds=("casualty",))
