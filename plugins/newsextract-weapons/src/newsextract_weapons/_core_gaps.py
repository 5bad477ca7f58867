"""Minimal work-arounds for gaps in the core's text machinery (to be fixed centrally).

Gap: :func:`newsextract.text.find_quantities` reads the particle of the phrasal verb
"hand over" as the qualifier "over" (more than): "handed over six tanks" gives
``Quantity("over six", 6, "more_than")``. The count there is exact and starts at "six".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsextract import Span
from newsextract.text import Quantity

__all__ = ["split_particle_over"]

_OVER = regex.compile(r"over\s+", regex.IGNORECASE)
#: Verbs whose particle is "over" ("handed over", "turned over", "signed over").
_PARTICLE_VERB = regex.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)\s+\Z", regex.IGNORECASE
)


def split_particle_over(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """``quantities`` with "over" after a particle verb moved out of the count (qualifier exact)."""
    out: list[Quantity] = []
    for q in quantities:
        if q.qualifier == "more_than" and q.text[:4].lower() == "over":
            m = _OVER.match(q.text)
            if m is not None and _PARTICLE_VERB.search(text, max(0, q.span.start - 12), q.span.start) is not None:
                start = q.span.start + m.end()
                q = attrs.evolve(q, span=Span(start, q.span.end), text=text[start : q.span.end], qualifier="exact")
        out.append(q)
    return out
