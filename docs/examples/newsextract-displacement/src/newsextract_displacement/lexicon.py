"""The general vocabulary the displacement extractor reads.

Everything here is curated general English, never names of places, people or
events: the rules must work on articles nobody has seen yet.
"""

from __future__ import annotations

from typing import Final

# --8<-- [start:lexicon]
#: Head nouns for groups of people, as they follow a count ("3,000 *residents*").
#: Plurals only: a count of one is written "a man", which is a casualty story.
PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    """people persons residents civilians inhabitants villagers townspeople locals citizens
    families households children adults pupils students patients tourists visitors workers
    employees passengers refugees migrants evacuees""".split()
)

#: A few adjectives that may stand between the count and the noun ("12,000 *local* residents").
PEOPLE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """local more other elderly young displaced frightened terrified nearby ukrainian
    israeli palestinian lebanese syrian sudanese""".split()
)

#: Auxiliaries between the group and a passive participle ("were", "have been", "had to be").
AUXILIARIES: Final[tuple[str, ...]] = (
    "were",
    "was",
    "are",
    "have",
    "has",
    "had",
    "have been",
    "has been",
    "had been",
    "were being",
    "are being",
    "will be",
    "would be",
    "had to be",
    "have had to be",
)

#: Passive participles after "were"/"have been" ..., and the action each one reports.
PASSIVE_ACTIONS: Final[dict[str, str]] = {
    "evacuated": "evacuated",
    "relocated": "evacuated",
    "moved to safety": "evacuated",
    "displaced": "displaced",
    "made homeless": "displaced",
    "left homeless": "displaced",
    "forced to flee": "fled",
    "forced to leave": "fled",
    "forced from their homes": "fled",
    "forced out of their homes": "fled",
    "driven from their homes": "fled",
}

#: Intransitive verbs that follow the group directly ("12,000 residents *fled*").
ACTIVE_ACTIONS: Final[dict[str, str]] = {
    "fled": "fled",
    "have fled": "fled",
    "had fled": "fled",
    "have been fleeing": "fled",
    "evacuated": "evacuated",
}

#: Transitive verbs that put the count after them ("*displaced* 40,000", "*forced* 12,000 residents to flee").
#: ``True`` means the verb needs a people noun after the count ("evacuated 3 hospitals" is not about people).
TRANSITIVE_ACTIONS: Final[dict[str, tuple[str, bool]]] = {
    "displaced": ("displaced", False),
    "displacing": ("displaced", False),
    "uprooted": ("displaced", False),
    "evacuated": ("evacuated", True),
    "evacuating": ("evacuated", True),
    "relocated": ("evacuated", True),
    "forced": ("fled", True),
    "forcing": ("fled", True),
    "drove": ("fled", True),
}

#: What must follow "forced N people ..." for it to be a flight ("to flee", "from their homes").
FORCED_TAILS: Final[tuple[str, ...]] = (
    "to flee",
    "to leave",
    "to evacuate",
    "to abandon",
    "from their homes",
    "out of their homes",
    "from the area",
    "from their villages",
)

#: Cheap pre-filter: a sentence without one of these stems cannot hold a displacement.
TRIGGER_STEMS: Final[tuple[str, ...]] = (
    "evacuat",
    "displac",
    "flee",
    "fled",
    "relocat",
    "homeless",
    "uproot",
    "forced",
    "forcing",
    "drove",
    "driven",
    "safety",
)
# --8<-- [end:lexicon]
