"""``newsextract plugins --timings``: what each plugin costs at start-up, for plugin authors.

Figures are wall-clock seconds measured while this process loaded its plugins, so
they vary with machine load; they describe set-up only, never any result.
"""

from __future__ import annotations

from typing import Any

from .plugins import PluginRegistry

__all__ = ["timings_lines", "timings_to_dict"]


def timings_to_dict(registry: PluginRegistry) -> dict[str, Any]:
    """JSON form: discovery seconds and, per loaded plugin, import and register seconds."""
    return {
        "discovery_seconds": registry.discovery_seconds,
        "plugins": [
            {"name": t.plugin, "import_seconds": t.import_seconds, "register_seconds": t.register_seconds}
            for t in registry.timings
        ],
    }


def timings_lines(registry: PluginRegistry) -> list[str]:
    """A small table in milliseconds: one row per plugin, then discovery and the total."""
    lines = [f"{'plugin':<16} {'import ms':>10} {'register ms':>12} {'total ms':>10}"]
    total = registry.discovery_seconds
    for timing in registry.timings:
        both = timing.import_seconds + timing.register_seconds
        total += both
        lines.append(
            f"{timing.plugin:<16} {timing.import_seconds * 1000:>10.1f} {timing.register_seconds * 1000:>12.1f} "
            f"{both * 1000:>10.1f}"
        )
    lines.append(f"{'(discovery)':<16} {'':>10} {'':>12} {registry.discovery_seconds * 1000:>10.1f}")
    lines.append(f"{'total':<16} {'':>10} {'':>12} {total * 1000:>10.1f}")
    lines.append("import ms includes modules a plugin is the first to import (the core's text machinery, for the first).")
    return lines
