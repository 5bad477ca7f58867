"""newsextract plugin: weapon counts (launched, shot down, hit, lost, supplied), facts of kind ``weapon_count``.

>>> import newsextract
>>> result = newsextract.Pipeline(plugins=["weapons"]).extract("Russia fired 19 cruise missiles.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

from .context import extract_weapon_counts_in_context
from .extract import extract_weapon_counts
from .value import WeaponCount, gold_match, kind_key, same_weapons

__all__ = ["WeaponCount", "extract_weapon_counts", "gold_match", "kind_key", "register_extractors", "register_kinds"]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``weapon_count`` kind."""
    register(
        newsextract.Kind(
            "weapon_count",
            value_type=WeaponCount,
            description="Weapon counts (launched, shot down, hit, lost, supplied)",
            key=kind_key,
            gold_match=gold_match,
            totals=newsextract.TotalRule(group_by=("class", "status"), subset_of="subset_of", compatible=same_weapons),
        )
    )


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``weapon_count`` extractor."""
    register(extract_weapon_counts_in_context, name="weapon_counts", kinds=("weapon_count",))
