"""Regular expressions and word sets the weapon reader scans a sentence with."""

from __future__ import annotations

import functools

import regex

from newsextract.text import LazyPattern

from .value import head_word as uncached_head_word

FLAGS = regex.IGNORECASE | regex.VERSION0
#: :func:`~newsextract_weapons.value.head_word` is pure and asked for the same few heads.
head_word = functools.lru_cache(maxsize=4096)(uncached_head_word)


PARTITIVE = LazyPattern(
    r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our|these|those|such)\s{1,3}(?:original\s{1,3}|total\s{1,3})?", FLAGS
)
PARTITIVE_BARE = LazyPattern(r"\s{1,3}of\s{1,3}", FLAGS)
DETERMINER = LazyPattern(r"\s{1,3}(?:the|its|their|his|her|our|these|those)\s{1,3}", FLAGS)
PRONOUN_OF = LazyPattern(r"\s{1,3}of\s{1,3}(?:them|these|those|which)\b", FLAGS)
PRONOUN = LazyPattern(r"\s{1,3}(?:them|these|those|which)\b", FLAGS)
#: "24 others were lost", "12 more were shot down": a headless count with its own noun-like word.
OTHERS = LazyPattern(r"\s{1,3}(?:others|more)\b", FLAGS)
#: Words after "these"/"those" that keep them pronouns ("one of these was"); a noun makes them
#: determiners ("one of these attacks").
PRONOUN_FOLLOWERS = frozenset(
    "were was had have has is are would will could did do does also all both later then reportedly".split()
)
#: Participles before a head that give the phrase its status: "12 destroyed planes".
STATUS_PREMODIFIERS = {
    "destroyed": "neutralized",
    "downed": "neutralized",
    "shot-down": "neutralized",
    "wrecked": "neutralized",
    "burned-out": "neutralized",
    "burnt-out": "neutralized",
}
ROUNDS_OF = LazyPattern(r"\s{1,3}of\s{1,3}((?:[\w.\-]{1,30}\s{1,3}){0,3}(?:ammunition|shells|munitions|ammo))\b", FLAGS)
POSTMOD = LazyPattern(
    r"\s{1,3}(?:(?:fired|launched|made|supplied|built|produced|flying|heading|aimed|sent|headed|bound)"
    r"\s{1,3}(?:from|by|toward|towards|at|in|over|for|to)"
    # any participle with its agent: "five vehicles seized by the group had been destroyed"
    r"|[a-z]{3,}(?:ed|en)\s{1,3}by"
    # a kind after the head: "29 missiles of various types were used"
    r"|of\s{1,3}(?:various|different|several|many|all|other)\s{1,3}(?:types|kinds|sorts|models))\b",
    FLAGS,
)
POSTMOD_STOP = frozenset(
    "were was had have has is are would will and or but while which that who when after before as since "
    "killing wounding on overnight early late last during".split()
)
LIST_GAP = LazyPattern(r"\s*+(?:,\s*+)?(?:(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with)\s++)?", FLAGS)
FILLER = frozenset("more additional further extra other another new remaining last final first such".split())
AUX = (
    r"(?:had|have|has|were|was|are|is|been|being|be|would|will|could|also|all|both|later|then|reportedly"
    r"|successfully|eventually|allegedly|subsequently|locally|each|likely|apparently|still|already|finally"
    # any other manner adverb: 19 drones were "electronically lost"
    r"|[a-z]{2,}ly)"
)
RIGHT_VERB = LazyPattern(
    # scare quotes around the verb or its adverb: 95 were "locally lost"; an abbreviation in
    # brackets between the phrase and its verb: "28 uncrewed aerial vehicles (UAVs) were downed"
    r"\s{0,3}(?:\(\s{0,2}[\w./-]{1,20}\s{0,2}\)\s{0,3})?((?:[\"“‘']?" + AUX + r"\s{1,3}){0,4})"
    r"[\"“‘']?"
    r"(?:(?P<lost2>did\s+not\s+reach|didn't\s+reach|did\s+not\s+hit|failed\s+to\s+reach|never\s+reached|went\s+astray|fell\s+short)"
    r"|(?P<neut>shot\s+down|downed|destroyed|intercepted|jammed|suppressed|neutrali[sz]ed|eliminated|disabled"
    r"|knocked\s+out|knocked\s+down|brought\s+down|taken\s+out|sunk|repelled|wrecked)"
    r"|(?P<hit>hit|struck|slammed|crashed\s+into|landed|reached|exploded|impacted|damaged)"
    r"|(?P<lost>lost|missed)"
    r"|(?P<launched>launched|fired|used|dropped|test-fired|test-launched)"
    # munitions on their way: "30 rockets had crossed from the north"
    r"|(?P<crossed>crossed|flew)\s{1,3}(?:from|into|over|across)"
    # deployments and displays: "ten batteries deployed around the country", "one tank went on display"
    r"|(?P<other>deployed|stationed|massed|positioned|went\s+on\s+display|on\s+display|on\s+show)"
    r"|(?P<part>took\s+part|take\s+part|taking\s+part|participated|participating|involved|engaged"
    r"|carried\s+out|conducted|held|staged)\s{1,3}(?:in\s{1,3})?"
    r"(?:(?:the|an?|this|that|their|its|overnight|night|latest|first|second|major|massive|joint|combined"
    r"|coordinated|large-scale|naval|military|air|live-fire|annual|routine|joint|[\"“‘']?a)\s{1,3}){0,4}(?P<op>[\w-]+)"
    r"|(?P<reach>reach)"
    r"|(?P<due>due|expected)\s{1,3}(?:by|before|within|next|later|this|to\s+arrive|to\s+be\s+delivered"
    r"|in\s{1,3}(?:\d{4}|the\s+(?:coming|next)|early|late|mid-|spring|summer|autumn|fall|winter|january|february"
    r"|march|april|may|june|july|august|september|october|november|december))"
    r"|(?P<aimed>targeted|attacked|rained\s+down|were\s+aimed)"
    r"|(?P<supplied>arrived|arrive|delivered|sent|supplied|handed\s+over|transferred|donated|shipped|pledged"
    r"|promised|purchased|bought|received|ordered))\b",
    FLAGS,
)
COORDINATED_HEAD = LazyPattern(r"\s{1,3}(?:and|or)\s{1,3}([\w-]+)\b(?!\s{0,3}[\w-]+\s{1,3}(?:were|was|had|have)\b)", FLAGS)
COLON_GAP = LazyPattern(r"\s*:\s*")
CLAUSE_AND = LazyPattern(r"\s*,\s*(?:and|but)\s+", FLAGS)
FINITE_AUX = LazyPattern(r"\b(?:were|was|had|have|has|are|is)\b", FLAGS)
#: Bounds on the article scans that find a model code's class ("K2s" -> "K2 tanks").
MAX_MODEL_LOOKUPS = 32
MAX_MODEL_MENTIONS = 64
#: A path or place after a sent phrase: "sent 20 warships into the Red Sea" moves them, no delivery.
DEPLOYMENT_AFTER = LazyPattern(
    r"\s{1,3}(?:around|near|into|through|across|over|off|along|past|toward|towards|close\s+to"
    # a purpose of its own: "sent two helicopters to help with the search" (no recipient)
    r"|to\s{1,3}(?:help\s{1,3}(?:with|in|search|find|look|rescue|evacuate|fight|put)|assist\s{1,3}(?:with|in)"
    r"|search|rescue|evacuate|patrol|escort|monitor|look\s{1,3}for|hunt\s{1,3}for|join\s{1,3}the\s{1,3}search))\b",
    FLAGS,
    cue=r"\s{1,3}(?:around|near|into|through|across|over|off|along|past|close|to)",
)
#: A supply verb's participle after the phrase: "shells bought from suppliers abroad".
SUPPLY_PARTICIPLE = frozenset("bought purchased supplied delivered donated sent shipped provided ordered".split())
PARTICIPLE_AGENT = LazyPattern(r"\s{1,3}(?:from|by)\b", FLAGS)
#: Words right after an active launch verb that make it a reduced passive ("fired at by").
NOT_OBJECT = frozenset("from by at in on over toward towards into against during overnight".split())
NEXT_WORD = LazyPattern(r"\s{1,3}([\w-]+)", FLAGS)
PLATFORM_CLASSES = frozenset("aircraft helicopter ship tank armored_vehicle artillery".split())
PASSIVE_AUX = LazyPattern(r"\b(?:were|was|are|is|been|being|be)\b", FLAGS)
SUBJECT_AUX = frozenset("has have had also would will could reportedly then later again allegedly apparently already".split())
OPENERS = frozenset("since in on after before during when as over last this the a an".split())
PREPOSITIONS = frozenset("in on at of from over near by with across into for to toward towards".split())
GROUP_NOUNS = frozenset(
    "forces troops rebels military army navy militants fighters units destroyers warplanes jets ships aircraft".split()
)
TARGET = LazyPattern(
    r"\s{1,3}(?:at|on|against|toward|towards|into)\s{1,3}((?:the\s{1,3})?[^,.;:]{1,60}?)"
    r"(?=\s+(?:on|in|overnight|early|late|last|from|and|killing|with|while|over|during|since|before|after|"
    r"according|setting|causing|the|it|officials|police)\b|[,.;:]|\Z)",
    FLAGS,
    cue=r"\s{1,3}(?:at|on|against|towards?|into)\s",
)
LOCATION = LazyPattern(
    r"\s{1,3}(?:over|in|near|above|off|across)\s{1,3}(the\s{1,3}[^,.;:]{1,50}?"
    r"(?:region|regions|oblast|city|area|sea|district|province|coast|bay|strait|gulf|front))\b",
    FLAGS,
    cue=r"\s{1,3}(?:over|in|near|above|off|across)\s{1,3}the\s",
)
PLACE_AFTER = LazyPattern(
    r"\s{1,3}(?:[\w-]+\s{1,3})?(?:regions?|locations?|areas?|cities|towns?|villages?|districts?|provinces?|sites?"
    r"|directions?|oblasts?|settlements?|communities|hours?|days?|minutes?|kilometers?|kilometres?|miles?)\b",
    FLAGS,
)
DEFINITE_HEAD = LazyPattern(r"\b(?:the|these|those)\s{1,3}([\w-]{2,30}+)\b", FLAGS)
PRONOUN_SUBJECT = frozenset("it they he she we i this that there".split())
MODEL_CODE = LazyPattern(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z0-9]{0,3}")
TYPE_SUFFIX = LazyPattern(r"-(?:type|class|style|made|based|era|guided|launched|range|built)\Z", FLAGS)
