"""The cyclic garbage collector held off while newsextract loads (a private start-up aid)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic collector for the block, then restore it as it was.

    Loading the core and the plugins allocates tens of thousands of long-lived objects
    (compiled patterns, lexicons, classes); each allocation threshold crossed starts a
    collection that traverses them all and frees nothing, about a tenth of start-up.
    Reference counting still frees everything acyclic meanwhile, and a caller that
    disabled the collector itself finds it still disabled afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
