"""Rules as data: constructions that give a list of weapons its status with no verb governing it.

Written on the core's rule layer (:mod:`newsextract.rules`), each with invented example
sentences the meta-tests run. The resolver (:mod:`newsextract_weapons.resolver`) asks
:func:`own_statuses` where in a text they matched and uses them when neither a verb after
a list nor one before it gives a status; facts that got their status this way carry the
rule's name (``newsextract explain`` shows it).
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

from newsextract.rules import PUNCT, QTY, Lexicon, Match, Rule, RuleSet, alt, lex, seq, tok

__all__ = ["OWN_STATUS", "OwnStatuses", "own_statuses"]

#: Participles that end a weapon phrase and say what happened to it -> status.
PARTICIPLE_STATUS: Final = {
    **dict.fromkeys(["launched", "fired", "dropped", "test-fired", "test-launched"], "launched"),
    **dict.fromkeys(["intercepted", "downed", "shot down", "knocked down", "destroyed"], "neutralized"),
}
PARTICIPLES: Final = Lexicon("weapon participles", words=list(PARTICIPLE_STATUS))
#: What may follow such a participle: a preposition of place, path or agent, or a pause.
_AFTER_PARTICIPLE: Final = alt(
    tok(lower={"from", "by", "at", "over", "above", "in", "toward", "towards", "on", "near", "into", "during", "overnight"}),
    tok(lower={"across", "against"}),
    tok(kind=PUNCT, text={",", ";", ".", ":", "\u2013", "\u2014", "-"}),
)


def _participle(m: Match) -> dict[str, object]:
    return {"status": PARTICIPLE_STATUS[m.lower("verb") or ""], "at": m["verb"].span.start}


def _existential(m: Match) -> dict[str, object]:
    return {"status": "launched", "at": m["count"].span.start}


PARTICIPLE: Final = Rule(
    "weapons.participle",
    seq(lex(PARTICIPLES).capture("verb"), _AFTER_PARTICIPLE),
    _participle,
    examples=[
        ("Officials counted 25 drones intercepted over the coast.", {"status": "neutralized"}),
        ("The report lists 30 drones launched from the border.", {"status": "launched"}),
        ("There have been 16 missiles fired — 15 were knocked down.", {"status": "launched"}),
        ("Jets intercepted the drones.", None),
    ],
)
"""A reduced relative: "49 drones intercepted over the region", "14 missiles fired —"."""

EXISTENTIAL: Final = Rule(
    "weapons.existential",
    seq(
        tok(lower="there"),
        alt(seq(tok(lower={"have", "has", "had"}), tok(lower="been")), tok(lower={"were", "was", "are"})),
        QTY.capture("count"),
    ),
    _existential,
    examples=[
        ("Since dawn there have been almost 200 drones.", {"status": "launched"}),
        ("There were 40 missiles in the first wave.", {"status": "launched"}),
        ("There is no sign of 40 missiles.", None),
    ],
)
"""An existential tally of an attack: "there have been almost 500 drones"."""

OWN_STATUS: Final = RuleSet("weapons-own-status", [PARTICIPLE, EXISTENTIAL], overlap="all")


@attrs.frozen
class OwnStatuses:
    """Where the own-status rules matched in one text: participles by the participle's offset,
    existential tallies by their count's offset, each with the status it gives."""

    participles: dict[int, str]
    existentials: dict[int, str]


@functools.lru_cache(maxsize=16)
def own_statuses(text: str) -> OwnStatuses:
    """Run :data:`OWN_STATUS` over ``text`` once (cached per text)."""
    participles: dict[int, str] = {}
    existentials: dict[int, str] = {}
    for found in OWN_STATUS.evidence(text):
        value = found.value
        target = participles if found.rule is PARTICIPLE else existentials
        target[int(value["at"])] = str(value["status"])
    return OwnStatuses(participles, existentials)
