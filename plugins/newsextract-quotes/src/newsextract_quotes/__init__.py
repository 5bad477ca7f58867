"""newsextract plugin: Direct quotes and their resolved speakers (facts of kind ``quote``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

__all__ = ["register_extractors", "register_kinds"]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``quote`` kind."""
    register(newsextract.Kind("quote", description="Direct quotes and their resolved speakers"))


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``quote`` extractor."""
