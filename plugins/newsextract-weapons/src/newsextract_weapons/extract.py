"""The ``weapon_count`` extractor: counted weapon phrases and what happened to them.

Reading order, per sentence that names a weapon noun:

1. every count the core finds (:func:`newsextract.text.find_quantities`) is tried as the
   start of a weapon phrase: count, optional partitive ("88 of the", "all but one of the"),
   up to seven modifier words ("Shahed-type", "Kinzhal hypersonic", "U.S.-made Bradley
   fighting"), a head noun from :data:`~newsextract_weapons.lexicon.HEADS`;
   a count with no head of its own ("22 of them", "another 20", "at least five had hit")
   takes the head of the weapon phrase before it;
2. phrases joined only by commas and conjunctions form a list that shares one status;
3. the status comes from a verb right after the list whose subject it is ("were shot
   down", "had struck targets", "missed", "arrived"), else from the nearest status verb
   before it in its clause ("fired", "shot down", "will send", "attacked ... with");
4. a phrase with no status verb is not a fact (a swarm on show, a price list, a film prop).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

import attrs
import regex

import newsextract
from newsextract.text import Quantity, Sentence, find_quantities, is_year_like, split_sentences

from . import lexicon as lx
from .value import WeaponCount
from .value import head_word as _uncached_head_word

__all__ = ["extract_weapon_counts"]

_FLAGS = regex.IGNORECASE | regex.VERSION0


#: :func:`~newsextract_weapons.value.head_word` is pure and asked for the same few heads.
head_word = functools.lru_cache(maxsize=4096)(_uncached_head_word)


def _alternation(phrases: Iterable[str]) -> str:
    parts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in parts)


#: Cheap pre-filter: words are scanned once and looked up in the head-noun set; only
#: counts followed closely by a head noun are read further.
_WORD_SCAN = regex.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*+")
_NEAR_WORDS = (
    frozenset(lx.HEADS)
    | frozenset(m for m in lx.MODELS if " " not in m)
    | frozenset(m + "s" for m in lx.MODELS if " " not in m)  # "16 Super Hornets"
)
# An ASCII character-class run (linear): the standard library's engine has a far lower
# per-call cost than ``regex`` for this one, and it runs once per count.
_LOWER_WORDS = re.compile(r"[a-z0-9][a-z0-9\-]*+")


def _head_near(text: str, pos: int, lowered: str | None = None) -> bool:
    """True when a word that can head a weapon phrase starts within reach after ``pos``.

    ``lowered`` is ``text.lower()`` when lower-casing kept every offset (one pass per document).
    """
    if lowered is None:
        words = _LOWER_WORDS.findall(text[pos : pos + _HINT_REACH].lower())
    else:
        # Only ASCII letters, digits and "-" make words here; a one-to-one lower-casing maps
        # them the same in the window as in the whole text (context only moves final sigma).
        words = _LOWER_WORDS.findall(lowered, pos, pos + _HINT_REACH)
    if not _NEAR_WORDS.isdisjoint(words):
        return True
    # a model's plural ("K2s", "T-72s") may head a phrase too
    return any(w[-1] == "s" and any(ch.isdigit() for ch in w) for w in words[:4])


#: How far after a count its head noun may start (eight tokens of modifiers).
_HINT_REACH = 120
# "." inside abbreviations ("U.S.-made"); "/" between model alternatives ("Iskander-M/KN-23", "F/A-18")
_TOKEN = regex.compile(r"[\w][\w'’\-]*+(?:[./]-?[\w][\w'’\-]*+){0,4}")
_TOKEN_RUNS: dict[int, regex.Pattern[str]] = {}
_PARTITIVE = regex.compile(
    r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our|these|those|such)\s{1,3}(?:original\s{1,3}|total\s{1,3})?", _FLAGS
)
_PARTITIVE_BARE = regex.compile(r"\s{1,3}of\s{1,3}", _FLAGS)
_DETERMINER = regex.compile(r"\s{1,3}(?:the|its|their|his|her|our|these|those)\s{1,3}", _FLAGS)
_PRONOUN_OF = regex.compile(r"\s{1,3}of\s{1,3}(?:them|these|those|which)\b", _FLAGS)
_PRONOUN = regex.compile(r"\s{1,3}(?:them|these|those|which)\b", _FLAGS)
#: "24 others were lost", "12 more were shot down": a headless count with its own noun-like word.
_OTHERS = regex.compile(r"\s{1,3}(?:others|more)\b", _FLAGS)
#: Words after "these"/"those" that keep them pronouns ("one of these was"); a noun makes them
#: determiners ("one of these attacks").
_PRONOUN_FOLLOWERS = frozenset(
    "were was had have has is are would will could did do does also all both later then reportedly".split()
)
#: Participles before a head that give the phrase its status: "12 destroyed planes".
_STATUS_PREMODIFIERS = {
    "destroyed": "neutralized",
    "downed": "neutralized",
    "shot-down": "neutralized",
    "wrecked": "neutralized",
    "burned-out": "neutralized",
    "burnt-out": "neutralized",
}
_MODEL_BEFORE = regex.compile(r"\b(?:" + _alternation(m for m in lx.MODELS if " " not in m) + r")[ \t]\Z", _FLAGS | regex.REVERSE)
_SUBSET_BEFORE = regex.compile(
    r"(?:\b(?:most|many|some|several|few|part|majority|rest|none|dozens|hundreds|one|any|half|third|quarter"
    r"|percent|cent)|%)\s{1,3}of"
    r"\s{1,3}(?:the|its|their|these|those)\s{1,3}\Z",
    _FLAGS | regex.REVERSE,
)
_PRONOUN_LEAD = regex.compile(
    r"\b(?:of|among)\s{1,3}(?:them|these|those|which|that\s{1,3}number)\s{0,3},?\s{0,3}\Z", _FLAGS | regex.REVERSE
)
_ELLIPSIS_PREFIX = regex.compile(
    r"\b(?:another|a\s+further|an\s+additional|the\s+remaining|the\s+other|the\s+rest\s+of"
    r"|the\s+(?:first|next|last|initial)(?:\s+batch\s+of)?)\s{1,3}\Z",
    _FLAGS | regex.REVERSE,
)
_BREAKDOWN_BEFORE = regex.compile(r"(?:,|\band|\bincluding|\bwith)\s{1,3}\Z", _FLAGS | regex.REVERSE)
_ROUNDS_OF = regex.compile(r"\s{1,3}of\s{1,3}((?:[\w.\-]{1,30}\s{1,3}){0,3}(?:ammunition|shells|munitions|ammo))\b", _FLAGS)
_POSTMOD = regex.compile(
    r"\s{1,3}(?:(?:fired|launched|made|supplied|built|produced|flying|heading|aimed|sent|headed|bound)"
    r"\s{1,3}(?:from|by|toward|towards|at|in|over|for|to)"
    # any participle with its agent: "five vehicles seized by the group had been destroyed"
    r"|[a-z]{3,}(?:ed|en)\s{1,3}by"
    # a kind after the head: "29 missiles of various types were used"
    r"|of\s{1,3}(?:various|different|several|many|all|other)\s{1,3}(?:types|kinds|sorts|models))\b",
    _FLAGS,
)
_POSTMOD_STOP = frozenset(
    "were was had have has is are would will and or but while which that who when after before as since "
    "killing wounding on overnight early late last during".split()
)
_LIST_GAP = regex.compile(r"\s*+(?:,\s*+)?(?:(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with)\s++)?", _FLAGS)
_FILLER = frozenset("more additional further extra other another new remaining last final first such".split())

# "(?<![\w-])": a verb inside a hyphenated compound ("water-dropping aircraft") is a modifier.
_LEFT_VERB = regex.compile(
    r"(?<![\w-])(?:"
    + _alternation([*lx.LEFT_VERBS, *lx.INCLUDE_VERBS, *lx.USE_VERBS, "carried out by", "conducted by"])
    + r")(?![\w-])",
    _FLAGS,
)
#: First words of the :data:`_LEFT_VERB` phrases (all lower-case letters): a match starts
#: only where a whole run of word characters and hyphens is one of them.
_LEFT_VERB_FIRST = frozenset(
    p.split()[0] for p in [*lx.LEFT_VERBS, *lx.INCLUDE_VERBS, *lx.USE_VERBS, "carried out by", "conducted by"] if p.strip()
)
_WORD_RUN = regex.compile(r"[\w-]++")


def _left_verbs(region: str) -> list[regex.Match[str]]:
    """``list(_LEFT_VERB.finditer(region))``, trying the pattern only where a verb can start.

    A phrase starts after no word character or hyphen and its first word (letters only)
    ends before a space or a non-word character, so it is a whole run of ``[\\w-]``; runs
    that cannot be a first word are skipped (non-ASCII runs are always tried: "K" and "ſ"
    match case-insensitively).
    """
    found: list[regex.Match[str]] = []
    cursor = 0
    for run in _WORD_RUN.finditer(region):
        at = run.start()
        if at < cursor:
            continue
        word = run.group()
        if word.isascii() and word.lower() not in _LEFT_VERB_FIRST:
            continue
        m = _LEFT_VERB.match(region, at)
        if m is not None:
            found.append(m)
            cursor = m.end()
    return found


_CLAUSE_BOUNDARY = regex.compile(
    r"[;:()\"“”]|\b(?:while|whereas|but|although|though|which|where|who|when|after|before|because|if)\b", _FLAGS
)
_CLAUSE_BOUNDARY_LAST = regex.compile(_CLAUSE_BOUNDARY.pattern, _FLAGS | regex.REVERSE)
# Patterns anchored at "\Z" that are only asked whether they match at all are compiled in
# reverse mode: the scan starts at the anchor (the same matches exist either way).
_TARGET_BEFORE = regex.compile(
    r"\b(?:at|on|onto|toward|towards|against|into|upon)\s{1,3}(?:the\s{1,3}|a\s{1,3})?\Z", _FLAGS | regex.REVERSE
)
_WITH_END = regex.compile(
    r"\bwith\s{1,3}(?:a\s+barrage\s+of\s+|a\s+total\s+of\s+|a\s+salvo\s+of\s+|up\s+to\s+)?\Z", _FLAGS | regex.REVERSE
)
_BY_END = regex.compile(r"\b(hit|struck|attacked|targeted|damaged|destroyed|sunk|sank)\s{1,3}by\s{1,3}\Z", _FLAGS | regex.REVERSE)
_AUX = (
    r"(?:had|have|has|were|was|are|is|been|being|be|would|will|could|also|all|both|later|then|reportedly"
    r"|successfully|eventually|allegedly|subsequently|locally|each|likely|apparently|still|already|finally"
    # any other manner adverb: 19 drones were "electronically lost"
    r"|[a-z]{2,}ly)"
)
_RIGHT_VERB = regex.compile(
    # scare quotes around the verb or its adverb: 95 were "locally lost"; an abbreviation in
    # brackets between the phrase and its verb: "28 uncrewed aerial vehicles (UAVs) were downed"
    r"\s{0,3}(?:\(\s{0,2}[\w./-]{1,20}\s{0,2}\)\s{0,3})?((?:[\"“‘']?" + _AUX + r"\s{1,3}){0,4})"
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
    _FLAGS,
)
#: A participle right after a phrase, ending it: "40 drones launched from the border", "14 missiles fired".
_PARTICIPLE = regex.compile(
    r"\s{1,3}(?:(?P<launched>launched|fired|dropped|test-fired|test-launched)"
    r"|(?P<neut>intercepted|downed|shot\s+down|knocked\s+down|destroyed))"
    r"(?=\s{1,3}(?:from|by|at|over|above|in|toward|towards|on|near|into|during|overnight|across|against)\b"
    r"|\s{0,3}[,;.:\u2013\u2014-]|\s*\Z)",
    _FLAGS,
)
#: "there have been 500 drones": an existential tally of an attack.
_EXISTENTIAL_END = regex.compile(
    r"\bthere\s{1,3}(?:have\s{1,3}been|has\s{1,3}been|had\s{1,3}been|were|was|are)\s{1,3}\Z", _FLAGS | regex.REVERSE
)
_COORDINATED_HEAD = regex.compile(r"\s{1,3}(?:and|or)\s{1,3}([\w-]+)\b(?!\s{0,3}[\w-]+\s{1,3}(?:were|was|had|have)\b)", _FLAGS)
_THE_END = regex.compile(r"\bthe\s{1,3}\Z", _FLAGS | regex.REVERSE)
_LAUNCH_VERB_END = regex.compile(r"\b(?:aimed|fired|launched|hurled|sent)\s{1,3}\Z", _FLAGS | regex.REVERSE)
_AIM_AFTER = regex.compile(r"\s{1,3}(?:at|on|toward|towards|against|into)\s", _FLAGS)
#: "the 420 the army fired", "the 426 Russia launched": a count as the object of a relative clause.
_OBJECT_RELATIVE = regex.compile(
    r"\s{1,3}(?:the\s{1,3}[a-z]+|it|they|we|[A-Z][\w-]+(?:\s{1,3}[A-Z][\w-]+)?)\s{1,3}(?:had\s{1,3}|has\s{1,3})?"
    r"(?:fired|launched|aimed|used|sent)\b"
)
_BOTH = regex.compile(r"(?:,|\band)\s{1,3}(both)\s{1,3}(?:the\s{1,3})?(?:[\w-]+\s{1,3})?([\w-]+)", _FLAGS)
_COLON_GAP = regex.compile(r"\s*:\s*")
_CLAUSE_AND = regex.compile(r"\s*,\s*(?:and|but)\s+", _FLAGS)
_FINITE_AUX = regex.compile(r"\b(?:were|was|had|have|has|are|is)\b", _FLAGS)
_OPEN_QUOTE_END = regex.compile(r"[\"“‘']\s{0,3}\Z", _FLAGS | regex.REVERSE)
_DETERMINER_END = regex.compile(r"\b(?:the|a|an|its|their|his|her|these|those)\s{1,3}\Z", _FLAGS | regex.REVERSE)
#: Bounds on the article scans that find a model code's class ("K2s" -> "K2 tanks").
_MAX_MODEL_LOOKUPS = 32
_MAX_MODEL_MENTIONS = 64
_ALONG_WITH_BEFORE = regex.compile(
    r"[,\u2013\u2014’”\"']\s{0,3}(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to)\s{1,3}\Z",
    _FLAGS | regex.REVERSE,
)
#: A path or place after a sent phrase: "sent 20 warships into the Red Sea" moves them, no delivery.
_DEPLOYMENT_AFTER = regex.compile(
    r"\s{1,3}(?:around|near|into|through|across|over|off|along|past|toward|towards|close\s+to"
    # a purpose of its own: "sent two helicopters to help with the search" (no recipient)
    r"|to\s{1,3}(?:help\s{1,3}(?:with|in|search|find|look|rescue|evacuate|fight|put)|assist\s{1,3}(?:with|in)"
    r"|search|rescue|evacuate|patrol|escort|monitor|look\s{1,3}for|hunt\s{1,3}for|join\s{1,3}the\s{1,3}search))\b",
    _FLAGS,
)
#: A supply verb's participle after the phrase: "shells bought from suppliers abroad".
_SUPPLY_PARTICIPLE = frozenset("bought purchased supplied delivered donated sent shipped provided ordered".split())
_PARTICIPLE_AGENT = regex.compile(r"\s{1,3}(?:from|by)\b", _FLAGS)
#: Words right after an active launch verb that make it a reduced passive ("fired at by").
_NOT_OBJECT = frozenset("from by at in on over toward towards into against during overnight".split())
_NEXT_WORD = regex.compile(r"\s{1,3}([\w-]+)", _FLAGS)
_TROOPS_ABOARD = regex.compile(r"\b([\w-]+)\s{1,3}(?:aboard|on\s+board|onboard|in)\s{1,3}\Z", _FLAGS)
_PLATFORM_CLASSES = frozenset("aircraft helicopter ship tank armored_vehicle artillery".split())
_PASSIVE_AUX = regex.compile(r"\b(?:were|was|are|is|been|being|be)\b", _FLAGS)
_SUBJECT_AUX = frozenset("has have had also would will could reportedly then later again allegedly apparently already".split())
_OPENERS = frozenset("since in on after before during when as over last this the a an".split())
_PREPOSITIONS = frozenset("in on at of from over near by with across into for to toward towards".split())
_GROUP_NOUNS = frozenset(
    "forces troops rebels military army navy militants fighters units destroyers warplanes jets ships aircraft".split()
)
_TARGET = regex.compile(
    r"\s{1,3}(?:at|on|against|toward|towards|into)\s{1,3}((?:the\s{1,3})?[^,.;:]{1,60}?)"
    r"(?=\s+(?:on|in|overnight|early|late|last|from|and|killing|with|while|over|during|since|before|after|"
    r"according|setting|causing|the|it|officials|police)\b|[,.;:]|\Z)",
    _FLAGS,
)
_LOCATION = regex.compile(
    r"\s{1,3}(?:over|in|near|above|off|across)\s{1,3}(the\s{1,3}[^,.;:]{1,50}?"
    r"(?:region|regions|oblast|city|area|sea|district|province|coast|bay|strait|gulf|front))\b",
    _FLAGS,
)
_PREPOSITION_END = regex.compile(r"\b(?:over|in|across|from|at|on|into|near|of|for)\s{1,3}\Z", _FLAGS | regex.REVERSE)
_PLACE_AFTER = regex.compile(
    r"\s{1,3}(?:[\w-]+\s{1,3})?(?:regions?|locations?|areas?|cities|towns?|villages?|districts?|provinces?|sites?"
    r"|directions?|oblasts?|settlements?|communities|hours?|days?|minutes?|kilometers?|kilometres?|miles?)\b",
    _FLAGS,
)
_CLAUSE_START_BEFORE = regex.compile(r"(?:[,;]|\bbut|\band|\bwhile|\bwhereas|\byet)\s{1,3}\Z", _FLAGS | regex.REVERSE)
_DEFINITE_HEAD = regex.compile(r"\b(?:the|these|those)\s{1,3}([\w-]{2,30}+)\b", _FLAGS)
_PRONOUN_SUBJECT = frozenset("it they he she we i this that there".split())
_SENTENCE_WORD = regex.compile(r"[\w][\w'’\-]*")
#: :data:`_SENTENCE_WORD` for text of ASCII and typographic punctuation (no character whose
#: word-ness the two engines judge differently), with the standard library's cheaper calls.
_PLAIN_WORD = re.compile(r"[\w][\w'’\-]*")
_PLAIN_TEXT = re.compile("[\x00-\x7f‘’“”–—…«»\u00a0]*+")
_MODEL_CODE = regex.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z0-9]{0,3}")
_WORD = regex.compile(r"\b\w+\b")
_TYPE_SUFFIX = regex.compile(r"-(?:type|class|style|made|based|era|guided|launched|range|built)\Z", _FLAGS)


@attrs.define
class _Phrase:
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
    antecedent: _Phrase | None = None
    premod_status: str | None = None
    own_verb: bool = False  # "11 others were lost": the subject of its own verb, never a list member


def _tokens(text: str, pos: int, limit: int, stop: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` word tokens from ``pos``, separated by spaces only (one regex match)."""
    pattern = _TOKEN_RUNS.get(limit)
    if pattern is None:
        pattern = _TOKEN_RUNS[limit] = regex.compile(rf"(?:[ \t]{{0,3}}+({_TOKEN.pattern})){{1,{limit}}}+")
    m = pattern.match(text, pos, stop)
    if m is None:
        return []
    return list(zip(m.starts(1), m.ends(1), m.captures(1), strict=True))


def _is_model_like(tok: str) -> bool:
    low = tok.casefold()
    if low in lx.MODELS or any(ch.isdigit() for ch in tok):
        return True
    return tok[:1].isupper() and low not in {"the", "a", "an", "and", "or", "of", "in", "on", "at"}


@functools.lru_cache(maxsize=4096)
def _modifier_like(tok: str) -> bool:
    """A "-type"/"-made" compound or a model-like word (pure, cached per token)."""
    return _TYPE_SUFFIX.search(tok.casefold()) is not None or _is_model_like(tok)


@functools.lru_cache(maxsize=4096)
def _model_of(tokens: tuple[str, ...]) -> str | None:
    for i, tok in enumerate(tokens):
        low = tok.casefold()
        base = _TYPE_SUFFIX.sub("", low)
        if i + 1 < len(tokens):
            pair = f"{base} {tokens[i + 1].casefold()}"
            if pair in lx.MODELS:
                return f"{_TYPE_SUFFIX.sub('', tok)} {tokens[i + 1]}"
        if base in lx.MODELS:
            return _TYPE_SUFFIX.sub("", tok)
        if base.endswith("s") and base[:-1] in lx.MODELS:
            return _TYPE_SUFFIX.sub("", tok)[:-1]
        if _MODEL_CODE.fullmatch(_TYPE_SUFFIX.sub("", tok)):
            return _TYPE_SUFFIX.sub("", tok)
    return None


def _classify(words: Sequence[str], head: str) -> str | None:
    """Weapon class of a phrase from its head and modifier words (lower case)."""
    bag = set(words)
    base = lx.HEADS.get(head)
    if base in {"ship", "armored_vehicle"} and bag & {"uncrewed", "unmanned", "robotic", "drone", "drones", "aerial"}:
        return "drone"
    if head in {"munition", "munitions"}:
        if "loitering" in bag:
            return "drone"
        return "shell" if bag & {"artillery", "cluster"} else None
    if head in {"device", "devices"}:
        return "bomb" if bag & lx.EXPLOSIVE_WORDS else None
    if base == "bomb" and "mortar" in bag:
        return "shell"  # mortar bombs are mortar rounds
    if head in {"round", "rounds", "ammunition"}:
        if bag & {"small-arms", "small", "rifle", "bullets", "machine-gun"}:
            return "other"
        return "shell"
    if base in {"tank", "armored_vehicle"} and (bag & lx.AIR_DEFENSE_CUES or any(lx.MODELS.get(w) == "air_defense" for w in bag)):
        return "air_defense"  # "Gepard anti-aircraft tanks"
    if base is not None:
        return base
    if head in {"carrier", "carriers"}:
        if "aircraft" in bag:
            return "ship"
        return "armored_vehicle" if bag & {"personnel", "armored", "armoured"} else None
    if head in {"station", "stations"}:
        return "other" if "radar" in bag else None
    models = {w for w in bag if w in lx.MODELS}
    # two-word model names: "Iron Dome batteries"
    models.update(pair for pair in map(" ".join, itertools.pairwise(words)) if pair in lx.MODELS)
    if bag & lx.AIR_DEFENSE_CUES or any(lx.MODELS[m] == "air_defense" for m in models):
        return "air_defense"
    if bag & lx.ARTILLERY_CUES or any(lx.MODELS[m] == "artillery" for m in models):
        return "artillery"
    if "radar" in bag:
        return "other"
    if head in {"gun", "guns", "pieces"} and "artillery" in bag:
        return "artillery"
    if head not in lx.HEADS:  # a model's plural ("Leopard 2A6s", "Super Hornets")
        return next((lx.MODELS[w] for w in words if w in lx.MODELS), None) or lx.MODELS.get(head[:-1])
    return None


class _Reader:
    """Reads one document."""

    def __init__(self, document: newsextract.Document) -> None:
        self.doc = document
        self.text = document.text
        self.sentences: tuple[Sentence, ...] = split_sentences(self.text)
        self.phrases: list[_Phrase] = []
        self.accepted_heads: set[str] = set()
        # One pass over the whole text; sentences take their slice by bisection (a
        # windowed find_quantities call costs O(all quantities) each time).
        self._quantities: list[Quantity] = find_quantities(self.text)
        self._q_starts: list[int] = [q.span.start for q in self._quantities]
        self._q_by_start: dict[int, Quantity] = {q.span.start: q for q in self._quantities}
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._first_status: dict[str, str] = {}
        self._model_classes: dict[str, str | None] = {}
        self._lowered_text: tuple[str | None] | None = None

    @property
    def _lowered(self) -> str | None:
        """``text.lower()`` when it keeps every offset, else None (made on first use)."""
        if self._lowered_text is None:
            lowered = self.text.lower()
            # Every character lower-cases to at least one: equal lengths mean equal offsets.
            self._lowered_text = (lowered if len(lowered) == len(self.text) else None,)
        return self._lowered_text[0]

    # -- phrases -----------------------------------------------------------------------
    def _phrase_at(self, q: Quantity, sentence: Sentence, index: int, quantities: Sequence[Quantity]) -> list[_Phrase]:
        """The weapon phrase counted by ``q`` (plus a nested one: "two of its 30 promised jets")."""
        text = self.text
        stop = sentence.end
        pos = q.span.end
        partitive = False
        word_start = pos
        m = _PARTITIVE.match(text, pos, stop)
        bare = _PARTITIVE_BARE.match(text, pos, stop)
        if m is not None:
            partitive, word_start = True, m.end()
        elif bare is not None and bare.end() in self._q_by_start:
            partitive, word_start = True, bare.end()  # "35 of 40 missiles"
        elif q.text.lower().endswith(" of"):
            partitive = True
            d = _DETERMINER.match(text, pos, stop)
            if d is not None:
                word_start = d.end()
        nested: Quantity | None = None
        if partitive:
            other = self._q_by_start.get(word_start)
            if other is not None:
                nested = other
                word_start = other.span.end
        tokens = _tokens(text, word_start, 8, stop)
        head_index = -1
        plural_class: str | None = None
        premod_status: str | None = None
        for i, (_s, _e, tok) in enumerate(tokens):
            low = tok.casefold()
            if low in lx.BLOCKERS:
                return []
            if head_index < 0 and low in _STATUS_PREMODIFIERS:
                premod_status = _STATUS_PREMODIFIERS[low]  # "at least 12 destroyed planes"
                continue
            if (
                low in lx.HEADS
                or (
                    # "Leopard 2A6s", "Challenger 2s": a model's plural variant heads the phrase
                    low.endswith("s") and any(ch.isdigit() for ch in low) and i > 0 and tokens[i - 1][2].casefold() in lx.MODELS
                )
                or (
                    # "16 Super Hornets", "four Apaches": a capitalised plural of a named model
                    head_index < 0 and tok[:1].isupper() and low.endswith("s") and low[:-1] in lx.MODELS
                )
            ):
                head_index = i
                continue
            if head_index < 0 and len(low) > 2 and low.endswith("s") and any(ch.isdigit() for ch in low):
                # "170 K2s": a model's plural heads the phrase when the model is named
                # with a weapon noun elsewhere in the article ("K2 main battle tanks").
                plural_class = self._model_class(tok[:-1])
                if plural_class is not None:
                    head_index = i
                    break
            if low in lx.MODIFIERS or _modifier_like(tok):
                continue
            if (
                low in {"and", "or"}
                and 0 < i < len(tokens) - 1
                and head_index < 0
                and tokens[i - 1][2].casefold() in lx.MODIFIERS
                and tokens[i + 1][2].casefold() in lx.MODIFIERS
            ):
                continue  # coordinated modifiers: "armoured recovery and engineering vehicles"
            break
        if head_index < 0:
            return self._shared_head(q, tokens, sentence, index, quantities)
        if head_index + 1 < len(tokens) and tokens[head_index + 1][2].casefold() in lx.COMPOUND_NOUNS:
            return []  # "49 missile tests": the weapon word modifies another noun
        used = tokens[: head_index + 1]
        written = [t for _s, _e, t in used]
        words = [t.casefold() for t in written]
        head = words[-1]
        first = 0
        while first < len(used) - 1 and words[first] in _FILLER:
            first += 1
        weapon_start = used[first][0]
        end = used[-1][1]
        weapon = text[weapon_start:end]
        ctx_end = end
        class_words = list(words)
        if head in {"round", "rounds", "shells", "munitions"}:
            rm = _ROUNDS_OF.match(text, end, stop)
            if rm is not None:
                weapon = text[weapon_start : rm.end()]
                ctx_end = rm.end()
                class_words += [w.casefold() for w in _SENTENCE_WORD.findall(rm.group(1))]
        cls = _classify(class_words, head) or plural_class
        if cls is None:
            return []
        model = _model_of(tuple(written))
        military = bool(set(class_words) & lx.MILITARY_WORDS) or model is not None
        if head in lx.PHRASE_MILITARY_HEADS and not military:
            return []  # "burned four vehicles": civilian unless the phrase says otherwise
        if (
            head in lx.AMBIGUOUS_HEADS
            and not military
            and head_word(head) not in self.accepted_heads
            and not self._military_sentence(sentence)
            and not self._list_member(q, index)
        ):
            return []
        if not military and self._civil(sentence):
            return []
        if cls in lx.FIREFIGHTING_CLASSES and not military and self._firefighting(sentence):
            return []  # "backed by nine helicopters" fighting a wildfire: water bombers
        also = _COORDINATED_HEAD.match(text, ctx_end, stop)
        if also is not None and also.group(1).casefold() in lx.HEADS:
            ctx_end = also.end()  # "28 ships and boats": one phrase with two heads
        ctx_end = self._postmod_end(ctx_end, stop)
        count = None if (q.fraction is not None or q.all_but is not None) else q.count
        phrase = _Phrase(
            q=q,
            start=q.span.start,
            end=end,
            ctx_start=q.span.start,
            ctx_end=ctx_end,
            weapon=weapon,
            head=head,
            words=tuple(words),
            class_=cls,
            model=model,
            count=count,
            qualifier=q.qualifier,
            lower_bound=q.lower_bound if q.vague else None,
            sentence=index,
            premod_status=premod_status,
        )
        if nested is None:
            return [phrase]
        inner = attrs.evolve(
            phrase,
            q=nested,
            start=nested.span.start,
            count=None if (nested.fraction is not None or nested.all_but is not None) else nested.count,
            qualifier=nested.qualifier,
            lower_bound=nested.lower_bound if nested.vague else None,
            nested=True,
        )
        return [phrase, inner]

    def _shared_head(
        self, q: Quantity, tokens: Sequence[tuple[int, int, str]], sentence: Sentence, index: int, quantities: Sequence[Quantity]
    ) -> list[_Phrase]:
        """ "18 ballistic and 7 cruise missiles": a count with modifiers only shares the next count's head."""
        i = next((k for k, (_s, _e, t) in enumerate(tokens) if t.casefold() in {"and", "or"}), -1)
        if i <= 0 or i + 1 >= len(tokens) or any(t.casefold() not in lx.MODIFIERS for _s, _e, t in tokens[:i]):
            return []
        after = self._q_by_start.get(tokens[i + 1][0])
        if after is None:
            return []
        later = self._phrase_at(after, sentence, index, quantities)
        if not later:
            return []
        head = later[0].head
        words = (*(t.casefold() for _s, _e, t in tokens[:i]), head)
        cls = _classify(words, head)
        if cls is None:
            return []
        end = tokens[i - 1][1]
        return [
            _Phrase(
                q=q,
                start=q.span.start,
                end=end,
                ctx_start=q.span.start,
                ctx_end=end,
                weapon=f"{self.text[tokens[0][0] : end]} {head}",
                head=head,
                words=words,
                class_=cls,
                model=None,
                count=None if (q.fraction is not None or q.all_but is not None) else q.count,
                qualifier=q.qualifier,
                lower_bound=q.lower_bound if q.vague else None,
                sentence=index,
            )
        ]

    def _list_member(self, q: Quantity, index: int) -> bool:
        """True when ``q`` continues a list of weapon phrases: "lost 40 tanks, 12 ships"."""
        if not self.phrases or self.phrases[-1].sentence != index or self.phrases[-1].ellipsis:
            return False
        gap = _LIST_GAP.match(self.text, self.phrases[-1].ctx_end, q.span.start)
        return gap is not None and gap.end() == q.span.start

    def _model_class(self, model: str) -> str | None:
        """Class of a model code from a phrase naming it with a weapon noun ("K2 main battle tanks")."""
        if model in self._model_classes:
            return self._model_classes[model]
        found = lx.MODELS.get(model.casefold())
        if not any(ch.isalpha() for ch in model) or len(self._model_classes) >= _MAX_MODEL_LOOKUPS:
            return found  # "1990s" is a decade; hostile input gets a bounded number of scans
        pos = self.text.find(model)
        tries = 0
        while found is None and pos >= 0 and tries < _MAX_MODEL_MENTIONS:
            tries += 1
            end = pos + len(model)
            if (pos == 0 or not self.text[pos - 1].isalnum()) and end < len(self.text) and self.text[end] == " ":
                words: list[str] = []
                for _s, _e, tok in _tokens(self.text, end, 4, min(len(self.text), end + 80)):
                    low = tok.casefold()
                    words.append(low)
                    if low in lx.HEADS:
                        found = _classify(words, low)
                        break
                    if low not in lx.MODIFIERS:
                        break
            pos = self.text.find(model, end)
        self._model_classes[model] = found
        return found

    def _postmod_end(self, end: int, stop: int) -> int:
        m = _POSTMOD.match(self.text, end, stop)
        if m is None:
            return end
        toks = _tokens(self.text, m.end(), 5, stop)
        last = m.end()
        for s, e, tok in toks:
            if tok.casefold() in _POSTMOD_STOP:
                break
            last = e
            del s
        return last

    def _words_of(self, sentence: Sentence) -> frozenset[str]:
        """Lower-case words of a sentence (cached: asked once per phrase)."""
        cached = self._sentence_words.get(sentence.start)
        if cached is None:
            folded = sentence.text.casefold()
            if len(folded) == len(sentence.text):
                # casefold() works character by character and a one-to-one fold never turns a
                # word character into a non-word one: the words of the folded text are the
                # folded words. With only ASCII and typographic punctuation left, both regular
                # expression engines read the words alike (the standard one is cheaper to call).
                plain = _PLAIN_TEXT.fullmatch(folded) is not None
                cached = frozenset((_PLAIN_WORD if plain else _SENTENCE_WORD).findall(folded))
            else:
                cached = frozenset(w.casefold() for w in _SENTENCE_WORD.findall(sentence.text))
            self._sentence_words[sentence.start] = cached
        return cached

    def _military_sentence(self, sentence: Sentence) -> bool:
        return bool(self._words_of(sentence) & lx.MILITARY_CONTEXT)

    def _civil(self, sentence: Sentence) -> bool:
        """A business, sports or film sentence with no military word in it."""
        found = self._words_of(sentence)
        return bool(found & lx.CIVIL_CONTEXT) and not found & lx.MILITARY_CONTEXT

    def _firefighting(self, sentence: Sentence) -> bool:
        """A firefighting sentence with no military word in it."""
        found = self._words_of(sentence)
        return bool(found & lx.FIREFIGHTING_CONTEXT) and not found & lx.MILITARY_CONTEXT

    def _ellipsis_at(self, q: Quantity, sentence: Sentence, index: int, quantities: Sequence[Quantity]) -> _Phrase | None:
        """A count with no head: "22 of them", "another 20", "at least five had hit"."""
        text = self.text
        stop = sentence.end
        pos = q.span.end
        kind = ""
        end = pos
        m = _PRONOUN_OF.match(text, pos, stop)
        if m is None and q.text.lower().endswith(" of"):
            m = _PRONOUN.match(text, pos, stop)
        before = text[max(sentence.start, q.span.start - 40) : q.span.start]
        if m is not None and m.group().split()[-1].casefold() in {"these", "those"}:
            nxt_pron = _tokens(text, m.end(), 1, stop)
            if (
                nxt_pron
                and nxt_pron[0][0] - m.end() <= 1
                and nxt_pron[0][2].isalpha()
                and (nxt_pron[0][2].casefold() not in _PRONOUN_FOLLOWERS and _RIGHT_VERB.match(text, m.end(), stop) is None)
            ):
                m = None  # "one of these attacks": a determiner of another noun
        others = _OTHERS.match(text, pos, stop) if m is None else None
        if others is not None and _RIGHT_VERB.match(text, others.end(), stop) is not None:
            kind, end = "others", others.end()  # "while 24 others were lost"
        elif m is not None:
            kind, end = "pronoun", m.end()
        elif _PRONOUN_LEAD.search(before) is not None and _RIGHT_VERB.match(text, pos, stop) is not None:
            kind = "pronoun"
        else:
            right = _RIGHT_VERB.match(text, pos, stop)
            nxt = _tokens(text, pos, 1, stop)
            nxt_word = nxt[0][2].casefold() if nxt else ""
            if _ELLIPSIS_PREFIX.search(before) is not None and (
                not nxt_word
                or nxt_word in _POSTMOD_STOP
                or nxt_word in {"by", "to", "in", "on", "of", "with", "at"}
                or right is not None
            ):
                kind = "another"
            elif (
                right is not None
                and right.group(1)
                and right.group(1).split()[0].strip("\"“‘'").casefold() in {"had", "have", "has", "were", "was", "would", "will"}
            ):
                kind = "verb"
            elif right is not None and not right.group(1) and (right.group("hit") or right.group("lost") or right.group("lost2")):
                kind = "verb_active"  # "40 were downed, while six hit targets"
            elif nxt_word in lx.BREAKDOWN_PREPOSITIONS and _BREAKDOWN_BEFORE.search(before) is not None:
                kind = "breakdown"
        if not kind:
            return None
        if q.count is None and q.fraction is None and q.all_but is None and not q.vague:
            return None
        # "Russia launched 40 drones. Thirty were shot down.": a sentence-initial count may
        # refer to the sentence before; elsewhere a verb-led count stays in its sentence.
        local = kind in {"breakdown", "verb_active"} or (kind in {"verb", "others"} and q.span.start != sentence.start)
        antecedent = self._antecedent(q.span.start, index, same_sentence_only=local)
        rivals_from = antecedent.start if antecedent is not None else -1
        if antecedent is None and kind == "verb_active":
            # "... downed most of the rockets, but one struck a house": a clause-initial count
            # takes the set the sentence names with a definite article before it.
            found_def = self._definite_antecedent(q, sentence, index)
            if found_def is not None:
                antecedent, rivals_from = found_def
        if antecedent is None:
            return None
        # The count right before this one must be the antecedent's ("killing two people,
        # including one in the capital" breaks down people, not the missiles before it).
        # A count after a preposition ("over eight regions") is a place, not a rival.
        lo = bisect.bisect_right(self._q_starts, rivals_from)
        hi = bisect.bisect_left(self._q_starts, q.span.start)
        rivals = [
            o
            for o in self._quantities[lo:hi]
            if rivals_from < o.span.start
            and o.span.end <= q.span.start
            and _PREPOSITION_END.search(text, max(0, o.span.start - 20), o.span.start) is None
            and not _PLACE_AFTER.match(text, o.span.end, min(len(text), o.span.end + 30))
        ]
        if rivals:
            return None
        count = None if (q.fraction is not None or q.all_but is not None) else q.count
        return _Phrase(
            q=q,
            start=q.span.start,
            end=end,
            ctx_start=q.span.start,
            ctx_end=end,
            weapon=antecedent.weapon if antecedent.ellipsis else text[antecedent.end - len(antecedent.head) : antecedent.end],
            head=antecedent.head,
            words=(antecedent.head,),
            class_=antecedent.class_,
            model=None,
            count=count,
            qualifier=q.qualifier,
            lower_bound=q.lower_bound if q.vague else None,
            sentence=index,
            ellipsis=True,
            pronoun_ref=kind in {"pronoun", "breakdown"},
            antecedent=antecedent,
            own_verb=kind == "others",
        )

    def _launched_object(self, q: Quantity, sentence: Sentence, index: int) -> _Phrase | None:
        """A headless count a launch verb takes as its object, its head from the sentences before.

        "Russia aimed more than 300 at the capital" (after "incoming drones"); "more than the
        420 the army fired last month" (object relative). The head is the last munition noun
        named in this sentence or the one before.
        """
        text, at, end = self.text, q.span.start, q.span.end
        before = text[max(sentence.start, at - 30) : at]
        relative = _THE_END.search(before) is not None and _OBJECT_RELATIVE.match(text, end, sentence.end)
        governed = _LAUNCH_VERB_END.search(before) is not None and _AIM_AFTER.match(text, end, sentence.end)
        if not (relative or governed) or q.count is None:
            return None
        head = self._munition_mentioned(index, at)
        if head is None:
            return None
        return _Phrase(
            q=q,
            start=at,
            end=end,
            ctx_start=at,
            ctx_end=end,
            weapon=head,
            head=head,
            words=(head,),
            class_=lx.HEADS[head] or "other",
            model=None,
            count=q.count,
            qualifier=q.qualifier,
            lower_bound=None,
            sentence=index,
            ellipsis=True,
            premod_status="launched" if relative else None,
        )

    def _munition_mentioned(self, index: int, before: int) -> str | None:
        """The last plural munition noun ("drones", "missiles") in sentence ``index`` or the one before."""
        first = self.sentences[max(0, index - 1)].start
        found = None
        for m in _PLAIN_WORD.finditer(self.text, first, before):
            low = m.group().casefold()
            if low.endswith("s") and lx.HEADS.get(low) in lx.MUNITION_CLASSES and low not in lx.AMBIGUOUS_HEADS:
                found = low
        return found

    def _definite_antecedent(self, q: Quantity, sentence: Sentence, index: int) -> tuple[_Phrase, int] | None:
        """The counted set a clause-initial count refers to through "the <head>" earlier in its sentence.

        Returns the phrase (from this or the previous sentence) and where the definite mention ends.
        """
        if _CLAUSE_START_BEFORE.search(self.text, max(sentence.start, q.span.start - 12), q.span.start) is None:
            return None
        mention: tuple[str, int] | None = None
        for m in _DEFINITE_HEAD.finditer(self.text, sentence.start, q.span.start):
            low = m.group(1).casefold()
            if low in lx.HEADS and low.endswith("s"):
                mention = (head_word(low), m.end())
        if mention is None:
            return None
        for phrase in reversed(self.phrases):
            if phrase.start >= q.span.start or phrase.sentence < index - 1:
                continue
            if not phrase.ellipsis and head_word(phrase.head) == mention[0]:
                return phrase, mention[1]
        return None

    def _antecedent(self, at: int, index: int, same_sentence_only: bool) -> _Phrase | None:
        for phrase in reversed(self.phrases):
            if phrase.start >= at:
                continue
            if phrase.sentence == index or (not same_sentence_only and phrase.sentence == index - 1):
                return phrase
            return None
        return None

    # -- statuses ----------------------------------------------------------------------
    def _read_sentence(self, index: int, sentence: Sentence) -> list[_Phrase]:
        text = self.text
        lo = bisect.bisect_left(self._q_starts, sentence.start)
        hi = bisect.bisect_left(self._q_starts, sentence.end)
        quantities = [q for q in self._quantities[lo:hi] if q.span.end <= sentence.end and not is_year_like(q)]
        if quantities:
            quantities = sorted([*quantities, *self._both(sentence)], key=lambda q: q.span.start)
        found: list[_Phrase] = []
        skip_until = -1
        for q in quantities:
            if q.span.start < skip_until or q.count == 0:
                continue
            near = _head_near(text, q.span.end, self._lowered)
            phrases = self._phrase_at(q, sentence, index, quantities) if near else []
            if not phrases:
                ellipsis = self._launched_object(q, sentence, index)
                if ellipsis is not None:
                    phrases = [ellipsis]
            if not phrases:
                if not self.phrases or self.phrases[-1].sentence < index - 1:
                    continue  # nothing a headless count could refer to
                ellipsis = self._ellipsis_at(q, sentence, index, quantities)
                if ellipsis is None:
                    continue
                phrases = [ellipsis]
            if (
                q.span.start > sentence.start
                and text[q.span.start - 1] in " \t"  # the pattern ends in "[ \t]\Z"
                and _MODEL_BEFORE.search(text, max(sentence.start, q.span.start - 30), q.span.start) is not None
            ):
                continue  # "Leopard 2 tanks": the 2 belongs to the model name
            found.extend(phrases)
            self.phrases.extend(phrases)
            skip_until = max(phrases[0].end, phrases[-1].q.span.end)
        if not found:
            return []
        self._assign_statuses(index, sentence, found)
        return found

    def _assign_statuses(self, index: int, sentence: Sentence, found: list[_Phrase]) -> None:
        text = self.text
        base = sentence.start
        pieces: list[str] = []
        cursor = base
        for p in found:
            if p.ctx_start >= cursor:
                pieces.append(text[cursor : p.ctx_start])
                cursor = p.ctx_start
            if p.ctx_end > cursor:
                pieces.append(" " * (p.ctx_end - cursor))
                cursor = p.ctx_end
        pieces.append(text[cursor : sentence.end])
        mtext = "".join(pieces)  # the sentence with every weapon phrase blanked out
        words = self._words_of(sentence)
        aid = bool(words & lx.AID_CONTEXT)
        if not aid and index > 0:
            aid = bool(self._words_of(self.sentences[index - 1]) & lx.AID_CONTEXT)
        # Group list members: phrases separated only by commas and conjunctions.
        groups: list[list[_Phrase]] = []
        outer = [p for p in found if not p.nested]
        for p in outer:
            if groups and not p.own_verb:
                last = groups[-1][-1]
                gap = _LIST_GAP.match(text, last.ctx_end, p.ctx_start)
                if (
                    gap is not None
                    and gap.end() == p.ctx_start
                    and p.ctx_start >= last.ctx_end
                    and not self._new_clause(groups[-1], p, mtext, aid)
                ):
                    groups[-1].append(p)
                    continue
            groups.append([p])
        previous_status: str | None = None
        for group in groups:
            first, last = group[0], group[-1]
            status = self._right_status(last.ctx_end, sentence.end, first.class_ in lx.MUNITION_CLASSES, aid)
            verb_at: int | None = None
            if status is None:
                status, verb_at = self._left_status(mtext, first.ctx_start - base, aid, first)
            if status is None:
                status = self._own_status(group, mtext, base)
            if (
                status is None
                and previous_status is not None
                and groups.index(group) > 0
                and _COLON_GAP.fullmatch(text, groups[groups.index(group) - 1][-1].ctx_end, first.ctx_start) is not None
            ):
                status = previous_status  # "37 missiles: one Kinzhal, 24 Kh-101": the items share the status
            if (
                status is None
                and previous_status is not None
                and _ALONG_WITH_BEFORE.search(text, max(base, first.ctx_start - 30), first.ctx_start) is not None
            ):
                # "170 tanks are due by 2030, along with 81 armoured vehicles": the addition
                # shares the status of the phrase it is added to.
                status = previous_status
            if status is not None and verb_at is not None and _DEPLOYMENT_AFTER.match(text, last.ctx_end, sentence.end):
                # "sent 76 aircraft around the island": a deployment, not a delivery.
                word = mtext[verb_at : verb_at + 4].casefold()
                if status == "supplied" and word.startswith(("sen", "dis")):
                    status = "launched" if first.class_ in lx.MUNITION_CLASSES else None
            previous_status = status
            actor = None
            if verb_at is not None and status in {"launched", "supplied"}:
                actor = self._actor(mtext[:verb_at])
            target, location = self._where(last.ctx_end, sentence.end, status)
            for p in group:
                p.status = status
                if (
                    status in {"neutralized", "hit", "lost"}
                    and _SUBSET_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
                ):
                    p.status = "launched"  # "most of the 180 missiles were intercepted": 180 launched
                if p.status is None and p.antecedent is not None and p.pronoun_ref:
                    p.status = p.antecedent.status
                if p.status is None and p.premod_status is not None:
                    p.status = p.premod_status  # "showed 12 destroyed planes"
                p.actor = actor
                p.target, p.location = target, location
                if p.status is not None:
                    self._first_status.setdefault(p.class_, p.status)
        # Nested phrases share their outer phrase's context.
        for i, p in enumerate(found):
            if p.nested and i > 0:
                # "shot down 20 of the 25 drones": the 25 were launched; "send two of its
                # 30 promised jets": the 30 are supplied too.
                outer_status = found[i - 1].status
                p.status = "launched" if outer_status in {"neutralized", "hit", "lost"} else outer_status
                p.actor = found[i - 1].actor

    def _both(self, sentence: Sentence) -> list[Quantity]:
        """ "destroying 28 drones and both missiles": "both" closing a list counts two."""
        return [
            Quantity(newsextract.Span(m.start(1), m.end(1)), m.group(1), 2, "exact")
            for m in _BOTH.finditer(self.text, sentence.start, sentence.end)
            if lx.HEADS.get(m.group(2).casefold()) is not None and m.group(2).casefold().endswith("s")
        ]

    def _new_clause(self, group: Sequence[_Phrase], p: _Phrase, mtext: str, aid: bool) -> bool:
        """ "launched 40 drones and 12 missiles, and 30 drones were shot down": after ", and" a
        phrase with a finite verb of its own starts a clause, when a verb before governs the list."""
        gap = self.text[group[-1].ctx_end : p.ctx_start]
        if _CLAUSE_AND.fullmatch(gap) is None:
            return False
        right = _RIGHT_VERB.match(self.text, p.ctx_end, self.sentences[p.sentence].end)
        if right is None or _FINITE_AUX.search(right.group(1) or "") is None:
            return False
        base = self.sentences[p.sentence].start
        return self._left_status(mtext, group[0].ctx_start - base, aid, group[0])[0] is not None

    def _own_status(self, group: Sequence[_Phrase], mtext: str, base: int) -> str | None:
        """Status a list says of itself when no verb governs it.

        A reduced relative: "40 drones launched from the border", "49 drones intercepted over
        the region"; an existential tally of munitions: "there have been 500 drones".
        """
        first, last = group[0], group[-1]
        m = _PARTICIPLE.match(self.text, last.end, self.sentences[last.sentence].end)
        if m is not None and m.group("neut"):
            return "neutralized"
        if m is not None and first.class_ in lx.MUNITION_CLASSES:
            return "launched"  # a platform "fired at by the rebels" was the target
        tail = mtext[max(0, first.ctx_start - base - 40) : first.ctx_start - base]
        if first.class_ in lx.MUNITION_CLASSES and _EXISTENTIAL_END.search(tail) is not None:
            return "launched"
        return None

    def _right_status(self, pos: int, stop: int, munition: bool, aid: bool = False) -> str | None:
        """Status from a verb right after the phrase (its subject); ``munition``: drones, missiles ..."""
        m = _RIGHT_VERB.match(self.text, pos, stop)
        if m is None:
            return None
        if m.group("part"):
            # "ten sea drones took part in the attack": used; "in the exercise": other; "in the talks": nothing.
            op = m.group("op").casefold()
            if op in lx.OPERATION_NOUNS:
                return "launched"
            return "other" if op in lx.EXERCISE_NOUNS else None
        if m.group("due"):
            # "eight helicopters are due by 2030": a delivery; a munition only in aid talk.
            return "supplied" if (aid or not munition) else None
        if m.group("reach"):
            # "two air defense systems will reach Ukraine": a delivery; a munition only in aid talk.
            future = any(w in {"will", "would"} for w in (m.group(1) or "").casefold().split())
            return "supplied" if future and (aid or not munition) else None
        aux = m.group(1) or ""
        passive = _PASSIVE_AUX.search(aux) is not None
        if m.group("lost2"):
            return "lost"
        if m.group("neut"):
            if passive:
                return "neutralized"
            verb = m.group("neut").casefold()
            if verb not in {"destroyed", "damaged"} or aux.strip():
                return None
            # "two drones destroyed a depot" (hit); "five vehicles destroyed" (elliptic passive)
            return "hit" if munition else "neutralized"
        if m.group("hit"):
            if passive:
                return "neutralized"
            if munition:
                return "hit"
            # "four jets struck targets": the platforms were used; "three planes landed": nothing.
            return "launched" if m.group("hit").casefold() in {"hit", "struck"} else None
        if m.group("lost"):
            return "lost"
        if m.group("launched"):
            if passive:
                return "launched"
            # "two fighter jets dropped four bombs": a platform firing is used (launched);
            # "40 drones launched at Kyiv ..." is a reduced relative, read by what follows.
            if munition or aux.strip():
                return None
            nxt = _NEXT_WORD.match(self.text, m.end(), stop)
            return "launched" if nxt is not None and nxt.group(1).casefold() not in _NOT_OBJECT else None
        if m.group("crossed"):
            return "launched" if munition else None
        if m.group("other"):
            return "other"
        if m.group("aimed"):
            return None if passive else "launched"
        if m.group("supplied"):
            verb = m.group("supplied").casefold()
            if not aux.strip() and verb in _SUPPLY_PARTICIPLE and _PARTICIPLE_AGENT.match(self.text, m.end(), stop):
                return "supplied"  # "400 shells bought from abroad": a reduced passive
            return "supplied" if passive or verb.startswith("arriv") or "would" in aux or "will" in aux else None
        return None

    def _left_status(self, mtext: str, at: int, aid: bool, first: _Phrase) -> tuple[str | None, int | None]:
        region_start = max(0, at - 160)
        region = mtext[region_start:at]
        # An opening quote right before the list is no boundary: shot down "12 drones, 3 missiles"
        opening = _OPEN_QUOTE_END.search(region)
        if opening is not None:
            region = region[: opening.start()] + " " * (len(region) - opening.start())
        boundary = _CLAUSE_BOUNDARY_LAST.search(region)  # the last clause boundary
        if boundary is not None:
            region_start += boundary.end()
            region = region[boundary.end() :]
        tail = region[-40:]
        if _BY_END.search(tail) is not None:
            return "hit", None
        if _TARGET_BEFORE.search(tail) is not None:
            return None, None  # "hurled stones at two vehicles": a target, not a weapon
        if first.class_ in _PLATFORM_CLASSES:
            aboard = _TROOPS_ABOARD.search(tail)
            if aboard is not None and aboard.group(1).casefold() in lx.TROOP_NOUNS:
                return "launched", None  # "commandos aboard four helicopters": the platforms were used
        with_m = _WITH_END.search(tail)
        # "the destroyed ship could carry 20 tanks": a participle after a determiner is an adjective
        verbs = [
            v
            for v in _left_verbs(region)
            if not (v.group().endswith("ed") and _DETERMINER_END.search(region, 0, v.start()) is not None)
        ]
        if with_m is not None:
            attack_words = {w.casefold() for w in _SENTENCE_WORD.findall(region)}
            if attack_words & (lx.ATTACK_VERBS | {"launched", "fired", "hit"}):
                v = next((v for v in reversed(list(_WORD.finditer(region))) if v.group().casefold() in lx.ATTACK_VERBS), None)
                return "launched", (region_start + v.start()) if v is not None else None
        if not verbs:
            return None, None
        verb = verbs[-1]
        word = " ".join(verb.group().casefold().split())
        if word in {"carried out by", "conducted by"}:
            return "launched", None
        if word in lx.USE_VERBS:
            # "used 40 drones"; "using some 60 fighter jets" only in a military sentence.
            # A platform the phrase itself marks as military ("two B-2 bombers") is usable anywhere.
            usable = (
                first.class_ in lx.MUNITION_CLASSES
                or first.model is not None
                or bool(set(first.words) & lx.MILITARY_WORDS)
                or self._military_sentence(self.sentences[first.sentence])
            )
            return ("launched" if usable else None), region_start + verb.start()
        if word in lx.INCLUDE_VERBS:
            if word in lx.INVOLVE_VERBS and {w.casefold() for w in _SENTENCE_WORD.findall(region)} & lx.OPERATION_NOUNS:
                return "launched", None  # "the strikes involved 14 jets": the platforms were used
            if aid:
                return "supplied", region_start + verb.start()
            if first.antecedent is not None and first.antecedent.status:
                return first.antecedent.status, None
            earlier = self._first_status.get(first.class_)
            if earlier is not None:
                return earlier, None
            return ("launched" if first.class_ in lx.MUNITION_CLASSES else None), None
        status = lx.LEFT_VERBS.get(word)
        if not status:  # "seized", "recovered": not a status of the vocabulary
            return None, None
        if status == "lost" and first.class_ in _PLATFORM_CLASSES:
            status = "neutralized"  # "the army has lost 40 tanks": destroyed in combat, not astray
        # "sent 100 drones" in an attack report is launched.
        if (
            status == "supplied"
            and word.startswith("sen")
            and not aid
            and (
                bool({w.casefold() for w in _SENTENCE_WORD.findall(region)} & {"attack", "overnight", "wave", "barrage"})
                # "fired four missiles ... and also sent two drone boats": munitions sent in a
                # sentence that reports firing are launched too.
                or (
                    first.class_ in lx.MUNITION_CLASSES and bool(self._words_of(self.sentences[first.sentence]) & lx.FIRING_WORDS)
                )
            )
        ):
            status = "launched"
        return status, region_start + verb.start()

    def _actor(self, before: str) -> str | None:
        """The subject of the status verb when it is a named actor ("Russia", "Houthi rebels")."""
        window = before[-120:]
        tokens = list(_TOKEN.finditer(window))
        # Walk back over auxiliaries ("has", "will", "reportedly") to the subject's last word.
        i = len(tokens) - 1
        while i >= 0 and tokens[i].group().casefold() in _SUBJECT_AUX:
            i -= 1
        end = i
        while i >= 0:
            word = tokens[i].group()
            joined = i == end or not window[tokens[i].end() : tokens[i + 1].start()].strip()
            if joined and (word[:1].isupper() or word.casefold() in _GROUP_NOUNS):
                i -= 1
                continue
            break
        if (
            end >= 0
            and window[tokens[end].end() :].strip(" \t")
            and not all(t.group().casefold() in _SUBJECT_AUX for t in tokens[end + 1 :])
        ):
            return None
        run = tokens[i + 1 : end + 1]
        while run and (not run[0].group()[:1].isupper() or run[0].group().casefold() in _OPENERS):
            run = run[1:]
        if not run or run[0].group().casefold() in _PRONOUN_SUBJECT | _OPENERS:
            return None
        if i >= 0 and tokens[i].group().casefold() in _PREPOSITIONS:
            return None  # "destroyers in the eastern Mediterranean fired": a place, not the actor
        if any(t.group().casefold() in _PREPOSITIONS for t in tokens[max(0, i - 2) : i + 1]):
            return None
        return " ".join(window[run[0].start() : run[-1].end()].split())

    def _where(self, pos: int, stop: int, status: str | None) -> tuple[str | None, str | None]:
        window_end = min(stop, pos + 120)
        target = None
        location = None
        if status in {"launched", "hit"}:
            m = _TARGET.match(self.text, pos, window_end)
            if m is not None:
                target = m.group(1).strip() or None
        m2 = _LOCATION.match(self.text, pos, window_end)
        if m2 is not None:
            location = " ".join(m2.group(1).split())
        return target, location

    # -- derived counts ----------------------------------------------------------------
    def _derive(self, p: _Phrase) -> None:
        if p.q.all_but is None or p.status is None:
            return
        earlier = [
            o
            for o in self.phrases
            if o.start < p.start and o.class_ == p.class_ and o.status == "launched" and o.sentence <= p.sentence and o is not p
        ]
        if not earlier:
            return
        last_sentence = max(o.sentence for o in earlier)
        group = [o for o in earlier if o.sentence == last_sentence]
        if any(o.qualifier != "exact" or o.count is None or o.derived for o in group):
            return
        generic = [o for o in group if o.weapon.casefold() == o.head]
        total = generic[0].count if len(generic) == 1 and generic[0].count is not None else sum(o.count or 0 for o in group)
        if total is None or total <= p.q.all_but:
            return
        p.count = total - p.q.all_but
        p.qualifier = "exact"
        p.derived = True

    # -- facts -------------------------------------------------------------------------
    def facts(self) -> list[newsextract.Fact]:
        text = self.text
        out: list[newsextract.Fact] = []
        if not self._q_starts:
            return out  # no count anywhere
        for index, sentence in enumerate(self.sentences):
            h = bisect.bisect_left(self._q_starts, sentence.start)
            if h >= len(self._q_starts) or self._q_starts[h] >= sentence.end:
                continue  # no count in this sentence
            found = self._read_sentence(index, sentence)
            for p in found:
                self._derive(p)
                if p.status is None:
                    continue
                if p.q.vague and p.lower_bound is None:
                    continue  # "many drones": no amount at all
                if p.status == "launched" and p.head and _is_product_launch(p):
                    continue
                self.accepted_heads.add(head_word(p.head))
                value = WeaponCount(
                    weapon=" ".join(p.weapon.split()),
                    class_=p.class_,
                    count=p.count,
                    qualifier=p.qualifier,
                    status=p.status,
                    model=p.model,
                    actor=p.actor,
                    target=p.target,
                    location=p.location,
                    lower_bound=p.lower_bound,
                    derived=p.derived,
                )
                confidence = 0.6 if (p.ellipsis or p.derived) else 0.85
                out.append(
                    newsextract.Fact(
                        kind="weapon_count",
                        span=newsextract.Span(p.start, p.end),
                        text=text[p.start : p.end],
                        value=value,
                        confidence=confidence,
                    )
                )
        return out


def _is_product_launch(p: _Phrase) -> bool:
    """ "launched five new drones": a product launch, not a weapon launch."""
    return "new" in p.words


def extract_weapon_counts(document: newsextract.Document) -> list[newsextract.Fact]:
    """Find ``weapon_count`` facts in ``document`` (see the module docstring)."""
    text = document.text
    if not text:
        return []
    return _Reader(document).facts()
