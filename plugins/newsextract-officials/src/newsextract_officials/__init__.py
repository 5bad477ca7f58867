"""newsextract plugin: Officials and their titles (facts of kind ``official``).

Reads named office-holders -- "Kyiv Mayor Vitali Klitschko", "Gov. Dmitry Kuzmin",
"Rustem Umerov, the newly appointed head of Ukraine's National Security and Defense
Council" -- into :class:`Official` values, one fact per person per article with every
mention of the person, and feeds the core's entity index so other plugins see
"Zelenskyy" as "President Volodymyr Zelenskyy".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

from .facts import extract_officials
from .find import find_officials
from .kind import KIND, gold_match, persons
from .value import STATUSES, Official

__all__ = [
    "STATUSES",
    "Official",
    "extract_officials",
    "find_officials",
    "gold_match",
    "persons",
    "register_extractors",
    "register_kinds",
]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``official`` kind."""
    register(KIND)


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``official`` extractor."""
    register(extract_officials, name="officials", kinds=("official",))
