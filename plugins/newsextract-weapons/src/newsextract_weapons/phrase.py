"""A counted weapon phrase while its sentence is read."""

from __future__ import annotations

from typing import Any

import attrs

from newsextract.text import Quantity


@attrs.define
class Phrase:
    """A counted weapon phrase inside one sentence (mutable while the sentence is read)."""

    q: Quantity
    start: int  # fact span start (the count)
    end: int  # fact span end (the head, or the count for an ellipsis)
    ctx_start: int  # where the phrase begins for context (outer phrase for nested ones)
    ctx_end: int  # end including post-modifiers ("fired from ... launchers")
    weapon: str
    head: str
    words: tuple[str, ...]
    class_: str
    model: str | None
    count: int | None
    qualifier: str
    lower_bound: int | None
    sentence: int
    ellipsis: bool = False
    pronoun_ref: bool = False
    status: str | None = None
    derived: bool = False
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    nested: bool = False
    antecedent: Phrase | None = None
    premod_status: str | None = None
    premod_rule: str = ""  # the rule behind ``premod_status`` when it is not a premodifier ("weapons.object_relative")
    own_verb: bool = False  # "11 others were lost": the subject of its own verb, never a list member
    rule: str = ""  # the rule that gave the status, for provenance ("weapons.verb_before")
    derivation: str | None = None  # how a derived count was worked out

    @classmethod
    def counted(cls, q: Quantity, sentence: int, **fields: Any) -> Phrase:
        """A phrase counted by ``q`` starting at it; ``fields`` give the rest (``end``, ``weapon`` ...).

        ``count`` is None for fractions and "all but N" (worked out later); ``lower_bound``
        is kept only for vague amounts ("hundreds of drones").
        """
        fields.setdefault("ctx_end", fields["end"])
        return cls(
            q=q,
            start=q.span.start,
            ctx_start=q.span.start,
            count=None if (q.fraction is not None or q.all_but is not None) else q.count,
            qualifier=q.qualifier,
            lower_bound=q.lower_bound if q.vague else None,
            sentence=sentence,
            **fields,
        )
