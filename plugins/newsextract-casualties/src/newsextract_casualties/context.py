"""Left context and tolls: "killing four", "the dead included", "the death toll rose to 27"."""

from __future__ import annotations

from typing import Final

from newsextract.rules import alternation
from newsextract.text import LazyPattern

from .engine import CASE, CASE_REVERSE
from .lexicon import (
    EARLIER_MARKERS,
)
from .predicates import HOSPITAL

LEFT: Final = LazyPattern(
    r"(?:(?P<lives>(?:claimed|claiming|claims|took|taking|cost|costing|costs)\s+the\s+lives\s+of)"
    r"|(?:the\s+)?(?P<nominal>dead|injured|wounded|victims|killed|missing|fatalities)\s+(?:included|include|includes)"
    r"|among\s+(?:the|those)\s+(?P<among>dead|injured|wounded|victims|killed|missing|fatalities)\s+(?:are|were|is|was)"
    r"|(?P<bodies>bod(?:y|ies)|corpses?|remains)\s+of"
    r"|(?P<deathof>deaths?|killings?|murders?)\s+of|(?P<woundof>wounding|injuring|injury|injuries)\s+of"
    r"|(?P<evacof>evacuations?)\s+of|(?P<rescueof>rescues?)\s+of|(?P<captureof>abductions?|kidnappings?|capture)\s+of"
    r"|(?P<fatal>(?:shot|shooting|gunned|gunning)\s+(?:dead|down)"
    r"|(?:fatally|mortally)\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|struck|striking))"
    r"|(?P<verb>[a-z]+))"
    r"\s+(?:(?:all|another|(?:at\s+least\s+)?an\s+additional|a\s+further|the\s+other|the\s+remaining|his|her|their|its"
    r"|between|(?:a|the|his|her|their)\s+(?:family|group|crew)\s+of)\s+)?\Z",
    CASE_REVERSE,
)


#: "shot two men to death": the object of a violent verb, then "to death".
TO_DEATH: Final = LazyPattern(r"\s+to\s+death\b", CASE)


#: A dash or colon right after a casualty opens its breakdown: "Three sailors were killed - two
#: Filipinos and one Vietnamese -", "Five people died: three women and two children".
BREAKDOWN_OPENS: Final = LazyPattern(r"\s*(?:[-–—:]|--)\s*")


#: Between two items of an "including" list: "including two officers, a bystander, and two assailants".
#: An item may carry a short post-modifier ("two citizens from the United States, five tourists").
LIST_GAP: Final = LazyPattern(r"(?:\s+(?:from|of)\s+[^,.;:()]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)", CASE)


COORDINATION: Final = LazyPattern(r"\A\s*,?\s*(?:and|as\s+well\s+as|plus|while)\s+\Z", CASE)


#: "... four with severe injuries" after an including: the part is wounded.
WITH_INJURY: Final = LazyPattern(r"\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|gunshot\s+wounds)\b", CASE)


#: "three of them", "two of whom" as a whole noun phrase.
#: People held by a state: freeing them is a release, not a rescue.
CUSTODY: Final = frozenset({"prisoners", "prisoner", "detainees", "detainee", "inmates", "inmate", "convicts", "convict"})


OF_THEM: Final = LazyPattern(r"\bof\s+(?:them|whom)\Z", CASE)


#: Between a casualty and an appositive part of it: a short stretch with a single comma at its end.
APPOSITIVE_GAP: Final = LazyPattern(r"[^,.;:!?\"“”()]{0,40},\s*")


#: "taken 12 soldiers prisoner", "took two aid workers hostage": the object then the captive role.
TAKE_VERBS: Final = frozenset({"took", "taken", "taking", "take", "takes"})


CAPTIVE_ROLES: Final = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive", "captives"})


AS_CAPTIVE: Final = LazyPattern(r"\s+(?:as\s+)?(?:prisoners?|hostages?|captives?)\b", CASE)


#: "hospitals in the city admitted 260 people": a hospital as the subject of a taking-in verb.
HOSPITAL_TOOK_IN: Final = LazyPattern(
    rf"\b{HOSPITAL}(?:\s+[^,.;:\"“”]{{1,40}}?)?\s+(?:admitted|treated|received|were\s+treating|are\s+treating)\s+\Z", CASE_REVERSE
)


#: "recovered two more bodies" beside a toll: the increment that raised it, not a count of its own.
MORE_BODIES: Final = LazyPattern(r"\b(?:more|additional|further|other)\s+(?:bodies|corpses)\b", CASE)


#: Nouns for the dead themselves: a hospital that "received 61 bodies" took in no patients.
BODY_NOUNS: Final = frozenset({"bodies", "body", "corpses", "corpse"})


MONTH_BEFORE: Final = LazyPattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\Z"
)


#: Armed people whose flight is an escape, not a displacement ("the gunmen fled into the forest").
NOT_EVACUEES: Final = frozenset(
    "gunmen gunman attackers attacker assailants assailant suspects suspect militants militant fighters fighter"
    " rebels rebel insurgents insurgent terrorists terrorist shooters shooter bombers bomber perpetrators perpetrator"
    " soldiers soldier troops robbers robber thieves thief jihadists".split()
)


#: Between two coordinated counted subjects of one predicate: an optional short post-modifier, then "and".
#: Between two items of a comma list of counted subjects ("3 policemen, 2 guards and ...").
LIST_COMMA: Final = LazyPattern(r"\s*,\s*")


COORDINATED_SUBJECT: Final = LazyPattern(r"(?:\s+(?:from|of|in|at|aboard)\s+[^,.;:\"“”]{1,40}?)?\s*,?\s+and\s+", CASE)


TOLL: Final = LazyPattern(
    r"\b(?:(?P<injury>injury|injuries)\s+)?toll\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)\b"
    r"|\bnumber\s+of\s+(?:(?:people|persons|those)\s+)?(?P<status>injured|wounded|hurt|missing"
    r"|hospitali[sz]ed|evacuated|rescued|evacuees)\b",
    CASE,
)


#: "fatalities coded as 10", "deaths were put at 30", "reports of fatalities range from 2 to 4": a
#: figure given for a status noun (a range is read as its lower end).
FIGURE: Final = LazyPattern(
    r"\b(?:fatalit(?:y|ies)|deaths)\b[^.;\d]{0,40}?\b(?:(?:coded|estimated|put|placed|set|reported|given|stands?|stood|rose"
    r"|risen|climbed|increased|numbered)\s+(?:as|at|to)|range[sd]?|ranging)\s+\Z",
    CASE_REVERSE,
)


#: The status a "number of people <word>" toll counts.
TOLL_STATUS: Final = {
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
    "missing": "missing",
    "hospitalized": "hospitalized",
    "hospitalised": "hospitalized",
    "evacuated": "evacuated",
    "evacuees": "evacuated",
    "rescued": "rescued",
}


REVISED: Final = LazyPattern(r"\b(?:rose|risen|rises|climbed|jumped|increased|mounted|reached|grew|soared)\b", CASE)


EARLIER: Final = LazyPattern(r"\b" + alternation(EARLIER_MARKERS) + r"\b", CASE)
