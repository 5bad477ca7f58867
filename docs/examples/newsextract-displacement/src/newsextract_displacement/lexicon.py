"""The general vocabulary the displacement rules read, as :class:`~newsextract.rules.Lexicon` data.

Everything here is curated general English, never names of places, people or events:
the rules must work on articles nobody has seen yet. Each action table maps a phrase
to the action it reports; the lexicon built from it generates nothing (the phrases
are already inflected as they appear). In ``TRANSITIVE_ACTIONS`` ``True`` means a
people noun must follow the count ("evacuated 3 hospitals" is not about people).
"""

from __future__ import annotations

from newsextract.rules import Lexicon

# --8<-- [start:lexicon]
PEOPLE = Lexicon("people", nouns="person, resident, civilian, inhabitant, villager, local, citizen, family, household, child, "
                 "adult, pupil, student, patient, tourist, visitor, worker, employee, passenger, refugee, migrant, evacuee")
ADJECTIVES = Lexicon("people-adjectives", "local, more, other, elderly, young, displaced, frightened, terrified, nearby, "
                     "ukrainian, israeli, palestinian, lebanese, syrian, sudanese")
AUXILIARIES = Lexicon("auxiliaries", "were, was, are, have, has, had, have been, has been, had been, were being, are being, "
                      "will be, would be, had to be, have had to be")
PASSIVE_ACTIONS = {"evacuated": "evacuated", "relocated": "evacuated", "moved to safety": "evacuated", "displaced": "displaced",
                   "made homeless": "displaced", "left homeless": "displaced", "forced to flee": "fled", "forced to leave":"fled",
                   "forced from their homes": "fled", "forced out of their homes": "fled", "driven from their homes": "fled"}
ACTIVE_ACTIONS = {"fled": "fled", "have fled": "fled", "had fled": "fled", "have been fleeing": "fled", "evacuated": "evacuated"}
TRANSITIVE_ACTIONS = {"displaced": ("displaced", False), "displacing": ("displaced", False), "uprooted": ("displaced", False),
                      "evacuated": ("evacuated", True), "evacuating": ("evacuated", True), "relocated": ("evacuated", True),
                      "forced": ("fled", True), "forcing": ("fled", True), "drove": ("fled", True)}
FORCED_TAILS = Lexicon("forced-tails", "to flee, to leave, to evacuate, to abandon, from their homes, out of their homes, "
                       "from the area, from their villages")
# --8<-- [end:lexicon]
