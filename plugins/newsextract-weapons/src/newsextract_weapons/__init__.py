"""newsextract plugin: Weapon counts (launched, shot down, hit, supplied) (facts of kind ``weapon_count``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

__all__ = ["register_extractors", "register_kinds"]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``weapon_count`` kind."""
    register(newsextract.Kind("weapon_count", description="Weapon counts (launched, shot down, hit, supplied)"))


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``weapon_count`` extractor."""
