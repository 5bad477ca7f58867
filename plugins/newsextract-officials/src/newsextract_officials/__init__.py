"""newsextract plugin: Officials and their titles (facts of kind ``official``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

__all__ = ["register_extractors", "register_kinds"]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``official`` kind."""
    register(newsextract.Kind("official", description="Officials and their titles"))


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``official`` extractor."""
