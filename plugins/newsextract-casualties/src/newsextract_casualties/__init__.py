"""newsextract plugin: Casualty counts (killed, wounded, hospitalized, missing ...) (facts of kind ``casualty``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsextract

__all__ = ["register_extractors", "register_kinds"]


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Register the ``casualty`` kind."""
    register(newsextract.Kind("casualty", description="Casualty counts (killed, wounded, hospitalized, missing ...)"))


@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the ``casualty`` extractor."""
