"""newsextract plugin (tutorial example): counts of displaced people, kind ``displacement``.

"more than 3,000 people were evacuated", "forced 12,000 residents to flee",
"displaced 40,000". See the tutorial in the newsextract docs for how it was built.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

import newsextract
from newsextract import Fact, Kind

from .extract import KIND, Displacement, extract_displacement

__all__ = ["KIND", "Displacement", "extract_displacement", "gold_match", "merge_key", "register_extractors", "register_kinds"]


# --8<-- [start:kind]
def merge_key(fact: Fact) -> Hashable:
    """Two facts with the same action and exact count are one group of people told twice.

    The lead's "more than 3,000 people were evacuated" and the body's "3,000
    residents were evacuated from the area" fold into one fact with two
    mentions. Vague amounts ("thousands of people") never fold: they are keyed
    on their own span.
    """
    value: Displacement = fact.value
    if value.count is None:
        return ("span", fact.span.start, fact.span.end)
    return ("count", value.action, value.count)


def gold_match(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """How ``newsextract eval`` scores this kind: same count; same action when gold gives one."""
    if gold.get("count") != predicted.get("count"):
        return False
    action = gold.get("action")
    return action is None or action == predicted.get("action")


@newsextract.hookimpl
def register_kinds(register: Callable[..., Any]) -> None:
    """Declare the ``displacement`` kind: its value class, merge key and scoring rule."""
    register(
        Kind(
            KIND,
            value_type=Displacement,
            description="People evacuated, displaced or forced to flee, with a count.",
            key=merge_key,
            gold_match=gold_match,
        )
    )


# --8<-- [end:kind]


# --8<-- [start:extractors]
@newsextract.hookimpl
def register_extractors(register: Callable[..., Any]) -> None:
    """Register the one extractor, declaring the only kind it emits."""
    register(extract_displacement, name="displacement", kinds=(KIND,))


# --8<-- [end:extractors]
