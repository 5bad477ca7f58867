"""Reading casualty counts out of news sentences.

The extractor works sentence by sentence. A sentence is read only when it holds a
casualty word (a cheap keyword test). In it, every count (from the core's number
reader) and every singular person noun phrase ("a 7-year-old boy", "the suspect")
is a *subject*. Each subject gets

1. its noun phrase: "four children", "seven of the wounded", "the crew of 23", or
   none ("17 were wounded": the noun is carried over from the sentence's previous
   casualty, else "people");
2. its status, from the first rule that applies:
   "including"/"among them" (a part of the previous casualty), a predicate after it
   ("were killed", "remain missing", "were taken to hospital", "required medical
   assistance"), a verb before it ("killing", "rescued", "claimed the lives of",
   "the dead included"), a toll ("the death toll rose to 27"), a status noun
   ("27 deaths", "1 fatality", "took 251 hostages"), a participle in the noun phrase
   ("received 43 wounded people"), or coordination with the previous casualty
   ("killing four civilians and wounding 11", "12 classmates and a teacher");
3. a location from the clause ("in the northeastern city of Kharkiv", a leading
   "In Kharkiv,", or carried over in coordination).

Document-level passes then mark superseded tolls and harmonise restatements
(the lead and the body saying the same thing) so the core folds them into one fact.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from newsextract import Document, Fact, Span
from newsextract.text import Quantity, find_quantities, is_year_like, split_sentences, word_to_int

from .lexicon import (
    COLLECTIVE_NOUNS,
    EARLIER_MARKERS,
    KIN,
    LEFT_VERBS,
    NEEDS_VERB,
    NOMINAL_STATUS,
    NOT_PLACES,
    NP_STOP_WORDS,
    PERSON_NOUNS,
    PLACE_TYPES,
    STATUS_NOUNS,
    TAKING_VERBS,
    TO_DEATH_VERBS,
)
from .named import NamedGroup, find_named, place_named
from .value import Casualty, Victim, normalize_who

__all__ = ["extract_casualties"]

_I: Final = regex.IGNORECASE | regex.VERSION0
#: For patterns anchored at the end of a short left window: searched right to left, one attempt.
_IR: Final = _I | regex.REVERSE

#: Word stems of casualty language: a sentence with none of them is never read.
TRIGGER_STEMS: Final = (
    "kill dead death died dies slain wound injur hurt hospital missing captur abduct kidnap hostage captiv prisoner"
    " treatment evacua"
    " rescu toll lives fatal casualt medical bodies body perish drown shot stabb trapped airlift clinic unaccounted"
    " seized murder assassinat behead lynch execut succumb remains corpse gunned burns inhalation freed fled shelter hit struck"
    " refuge saved saving referred suffer sustain"
).split()


def _trie(words: list[str]) -> str:
    """A regex source matching any of ``words``, factored as a trie (several times faster than a flat alternation)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(root)


#: Cheap pre-filter, run once over the lower-cased document.
_TRIGGER: Final = regex.compile(r"\b" + _trie(TRIGGER_STEMS))
_TRIGGER_I: Final = regex.compile(r"\b" + _trie(TRIGGER_STEMS), _I)
#: The same stems without the leading ``\b``, for the stdlib engine (over twice as fast on this
#: literal trie); the word boundary is checked on each match (see :func:`_trigger_hits`).
_TRIGGER_STEM_RE: Final = re.compile(_trie(TRIGGER_STEMS))
_WORD_CHAR: Final = regex.compile(r"\w")


def _trigger_hits(lowered: str) -> list[int]:
    r"""Start offsets of ``_TRIGGER`` matches in ``lowered``, computed faster.

    Every stem is letters only, so no stem start preceded by a word character can be a ``\b`` hit,
    and a match never hides a ``\b`` hit inside it: keeping the matches whose previous character is
    no word character (by the ``regex`` module's definition) gives exactly ``_TRIGGER``'s starts.
    """
    hits = []
    for m in _TRIGGER_STEM_RE.finditer(lowered):
        p = m.start()
        if p:
            c = lowered[p - 1]
            if (c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c) is not None:
                continue
        hits.append(p)
    return hits


def _stdlib_source(pattern: str) -> str:
    r"""``pattern`` for the stdlib ``re`` engine: ``\s`` spelt out as the ASCII whitespace the
    ``regex`` module's ``\s`` matches (``re`` would add ``\x1c``-``\x1f``). The two engines then
    match alike on text of ASCII and :func:`_same_in_both_engines` characters."""
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            pair = pattern[i : i + 2]
            if pair == "\\s":
                out.append(" \\t\\n\\r\\f\\v" if in_class else "[ \\t\\n\\r\\f\\v]")
            elif pair == "\\S":
                raise ValueError("\\S is not translated")
            else:
                out.append(pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_WORD_RE: Final = re.compile(r"\w")
_SPACE_R: Final = regex.compile(r"\s")
_LETTER_RE: Final = re.compile(r"[a-z]", re.IGNORECASE)
_LETTER_R: Final = regex.compile(r"[a-z]", _I)


@functools.lru_cache(maxsize=4096)
def _same_in_both_engines(char: str) -> bool:
    """True when a non-ASCII character is read alike by ``regex`` and ``re`` in the translated
    patterns: the same ``\\w`` (so the same ``\\b``), no ``\\s``, and no case match with an ASCII letter
    ("ſ", the Kelvin sign). Punctuation such as curly quotes and dashes and ordinary accented
    letters qualify; combining marks, "²" or no-break spaces do not."""
    return (
        (_WORD_CHAR.match(char) is None) == (_WORD_RE.match(char) is None)
        and _SPACE_R.match(char) is None
        and _LETTER_RE.match(char) is None
        and _LETTER_R.match(char) is None
    )


def _stdlib_safe(text: str) -> bool:
    """True when the stdlib twins of the patterns match ``text`` exactly as the originals."""
    return text.isascii() or all(_same_in_both_engines(c) for c in set(_NON_ASCII.findall(text)))


#: Nouns that show the preceding "person" word was a modifier ("police compound", "personnel carriers").
_OBJECT_NOUNS: Final = frozenset(
    "carriers carrier vehicles vehicle cars car station stations compound compounds headquarters uniform uniforms"
    " post posts officials chief chiefs department departments force forces unit units academy base bases".split()
)
_TOKEN: Final = regex.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
#: ``_TOKEN`` in the faster stdlib engine, for text where :func:`_stdlib_safe` holds (same tokens).
_TOKEN_STD: Final = re.compile(_stdlib_source(_TOKEN.pattern))
#: Hoisted from the reading code (a per-call ``regex.search(source, ...)`` pays a cache lookup).
_REL_WORDS: Final = regex.compile(r"(?i)\b(?:who|that|which)\b")
_BETWEEN_BEFORE: Final = regex.compile(r"(?i)\bbetween\s+\Z")
_SHORT_GAP: Final = regex.compile(r"[^.;]{0,40}")

# ----------------------------------------------------------------------------- predicates

_ROOM: Final = r"(?:[\w'’.-]+\s+){0,3}?"
_HOSPITAL: Final = (
    r"(?:hospitals?|clinics?|(?:medical|health|first[-\s]aid)\s+(?:cent(?:er|re)s?|posts?|stations?|facilit(?:y|ies))"
    r"|infirmary|(?:burns?|trauma)\s+(?:cent(?:er|re)s?|units?|wards?))"
)
#: Where the displaced are housed: "moved to government shelters", "spent the night in shelters".
_SHELTER: Final = r"(?:shelters?|evacuation\s+cent(?:er|re)s?|relief\s+camps?|emergency\s+housing)"
#: Body parts after "hit in the", "struck in the": a person wounded.
_BODY_PART: Final = (
    r"(?:legs?|arms?|head|forehead|chest|back|shoulders?|stomach|abdomen|neck|foot|feet|hands?|face|thighs?|knees?|hips?"
    r"|groin|eyes?|torso)"
)
#: "in a serious but stable condition", "in critical condition": a medical condition phrase.
_CONDITION: Final = (
    r"in\s+(?:a\s+)?(?:critical|serious|stable|grave|fair|satisfactory|life-threatening)"
    r"(?:\s+(?:but|and)\s+(?:critical|serious|stable|grave))?\s+condition"
)
_PRED_SOURCE: Final = (
    r"(?P<hospitalized>hospitali[sz]ed"
    rf"|{_CONDITION}\s+(?:at|in)\s+(?:a\s+|the\s+)?{_ROOM}{_HOSPITAL}"
    rf"|(?:taken|rushed|transported|brought|admitted|sent|transferred|moved|referred)\s+to\s+(?:a\s+|the\s+)?{_ROOM}{_HOSPITAL}"
    rf"|treated\s+(?:in|at)\s+(?:a\s+|the\s+)?{_ROOM}{_HOSPITAL}"
    rf"|(?:needed|needing|required|requiring|received|receiving)\s+treatment\s+(?:in|at)\s+(?:a\s+|the\s+)?{_ROOM}{_HOSPITAL}"
    rf"|in\s+(?:a\s+|the\s+)?{_HOSPITAL})"
    r"|(?P<killed>shot\s+(?:dead|and\s+killed)"
    r"|(?:(?:stoned|beaten|shot|stabbed|tortured|attacked|assaulted|robbed|hacked|kicked|burned)\s+and\s+)?"
    r"(?:shot|stabbed|burned|burnt|crushed|beaten|hacked|hanged|tortured|stoned|clubbed|kicked)\s+to\s+death"
    r"|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|assaulted|attacked|beaten|hit|struck)|shot\s+and\s+died"
    rf"|(?:shot|hit|struck|stabbed)\s+in\s+the\s+{_BODY_PART}\s+and\s+(?:later\s+)?died"
    r"|succumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:injuries|wounds)|assassinated|murdered|executed|beheaded|lynched"
    r"|(?:kidnapped|abducted|captured|shot|stabbed|tortured|attacked|beaten|raped|robbed)\s+and\s+(?:then\s+|later\s+)?killed"
    r"|gunned\s+down|killed|dead|died|slain|perished|drowned|lost\s+(?:their|his|her)\s+lives?"
    r"|among\s+(?:the|those)\s+(?:dead|killed|fatalities))"
    r"|(?P<wounded>shot\s+and\s+wounded|wounded|injured|hurt|stabbed"
    rf"|(?:hit|struck|shot)\s+in\s+the\s+{_BODY_PART}"
    r"|(?:hit|struck|wounded)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|gunfire|shrapnel|shell\s+fragments)"
    r"|treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?|burns|shrapnel|gunshot|fractures|cuts|smoke\s+inhalation"
    r"|breathing\s+(?:problems|difficulties))"
    r"|(?:suffered|sustained|suffering|sustaining)\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|burns|fractures|cuts|bruises|lacerations)"
    r"|(?:required|requiring|needed|received|sought)\s+medical\s+(?:assistance|attention|treatment|care|aid|help)"
    r"|among\s+the\s+(?:injured|wounded)"
    rf"|{_CONDITION})"
    r"|(?P<missing>missing|unaccounted\s+for|trapped)"
    r"|(?P<captured>captured|abducted|kidnapped"
    r"|(?:taken|seized|snatched)\s+from\s+their\s+(?:homes?|beds?|dormitor(?:y|ies)|schools?|classrooms?|villages?|farms?)"
    r"|taken\s+(?:as\s+(?:a\s+)?)?(?:hostages?|captives?|prisoners?)|held\s+(?:hostage|captive)|in\s+captivity)"
    r"|(?P<evacuated>evacuated|airlifted(?:\s+(?:by\s+helicopter\s+)?to\b)?|flown\s+(?:by\s+helicopter\s+)?to|fled\s+(?:to|into|from|their)"
    rf"|(?:moved|relocated|taken|sent|bused|bussed|transferred)\s+to\s+(?:a\s+|the\s+)?{_ROOM}{_SHELTER}"
    rf"|(?:spent\s+the\s+night|sheltered|sheltering|took\s+refuge|sought\s+refuge|staying|stayed|housed)"
    rf"\s+(?:in|at)\s+(?:a\s+|the\s+)?{_ROOM}{_SHELTER})"
    r"|(?P<rescued>rescued|pulled\s+(?:alive\s+)?from)"
)
#: A second predicate of the same subject: "were wounded and airlifted to ...", "injured and taken to hospital".
_SECOND_PRED: Final = regex.compile(
    rf"\s+and\s+(?:(?:later|then|subsequently|were|was|had\s+to\s+be)\s+)?(?:{_PRED_SOURCE})\b", _I
)
#: Statuses that a second predicate may add to a first one (the same people, a further step).
_SECOND_STATUSES: Final = {
    "wounded": frozenset({"hospitalized", "evacuated"}),
    "rescued": frozenset({"hospitalized", "evacuated"}),
    "evacuated": frozenset({"hospitalized"}),
    "hospitalized": frozenset({"evacuated"}),
}
#: An absolute "with" clause inside an "including" parenthesis: "put the toll at 34, including nine
#: children, with 112 people wounded" (the predicate belongs to the other count).
_ABSOLUTE_WITH: Final = regex.compile(r",\s+with\b", _I)
_DERIVED_PRED: Final = regex.compile(r"treated|medical|condition|trapped|among|flown|pulled|shelter|fled|hit|struck", _I)

_PAREN: Final = (
    r"(?:\s*,?\s*(?P<incl>including|among\s+them)\s+[^.;:\"“”]{1,120}?,?"
    r"|\s*,\s*(?:[^,.;:\"“”]|(?<=\s[A-Z])\.){1,80}?,|\s*[—–]\s*[^—–.;]{1,80}?[—–]|\s*\([^()]{1,80}\))?"
)
#: A post-modifier between subject and predicate: "of the crew", "living near the plant".
_POSTMOD: Final = (
    r"(?:\s+(?:of|from|in|aboard|on\s+board|(?:living|working|staying|travel(?:l)?ing|riding|sleeping|waiting|gathered)"
    r"\s+(?:in|at|on|near|inside|outside|along|beside|close\s+to))\s+[^,.;:\"“”]{1,40}?)??"
)
_AUX_WORDS: Final = (
    r"who|that|were|was|are|is|have|has|had|been|being|be|got|get|remain|remained|remains|still|also|all|both"
    r"|reportedly|later|now|then|eventually|initially|subsequently|officially|critically|seriously|severely"
    r"|gravely|lightly|slightly|moderately|badly|each|believed\s+to\s+be|feared|presumed|found|reported"
    r"|confirmed|said\s+to\s+be|not|never|likely|apparently|allegedly|thought\s+to\s+be|understood\s+to\s+be"
)
_RIGHT: Final = regex.compile(
    rf"{_PAREN}{_POSTMOD}(?P<rel>\s*,(?=\s+who\b))?(?P<aux>(?:\s+(?:{_AUX_WORDS})\b){{0,5}})\s+(?:{_PRED_SOURCE})\b",
    _I,
)
#: ``_RIGHT`` in the faster stdlib engine, for text where :func:`_stdlib_safe` holds (same matches).
_RIGHT_STD: Final = re.compile(_stdlib_source(_RIGHT.pattern), re.IGNORECASE)
#: "killed, injured or captured", "killed and wounded": a combined figure, not one status.
_COMBINED_AFTER: Final = regex.compile(
    r"(?:\s*,\s*(?:killed|wounded|injured|captured|missing|arrested))*\s*(?:,\s*)?(?:and|or|/)\s*"
    r"(?:killed|wounded|injured|captured|missing|arrested|hurt)\b",
    _I,
)
_COMBINED_BEFORE: Final = regex.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s*(?:and|or|/)\s*\Z", _IR)
#: Deaths from illness are not casualties of violence or disaster.
_ILLNESS_AFTER: Final = regex.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:coronavirus|covid(?:-19)?|disease|illness|an\s+illness|cancer|natural\s+causes|old\s+age"
    r"|complications|a\s+heart\s+attack|heart\s+failure)\b",
    _I,
)
_NEGATION: Final = regex.compile(r"\b(?:not|never)\b", _I)
#: After a bare participle ("two students killed 12 classmates") an object means an active verb.
_OBJECT_AFTER: Final = regex.compile(
    r"\s+(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|more|at\s+least|off|up|some|several|many|all|him|them|it)\b)",
    _I,
)

#: Auxiliaries that make a participle passive ("who were killed"); without one, "who allegedly
#: shot dead a man" is an active verb whose subject is no casualty.
_PASSIVE_AUX: Final = regex.compile(
    r"\b(?:were|was|are|is|been|being|be|got|get|gets|remain|remained|remains|found|feared|presumed|reported"
    r"|confirmed|believed|said|thought|understood)\b",
    _I,
)
_NAME_OBJECT: Final = regex.compile(r"\s+(?P<name>\p{Lu}[\p{L}'’.-]*)")
_REFLEXIVE: Final = regex.compile(r"\s+(?:him|her|them)sel(?:f|ves)\b", _I)


def _active(aux: str, bare: bool) -> bool:
    """True when the predicate can be an active verb: no passive auxiliary before it."""
    return bare or _PASSIVE_AUX.search(aux) is None


def _has_object(text: str, pos: int, stop: int) -> bool:
    """True when an object follows a verb at ``pos``: a determiner, a number, a pronoun or a
    capitalised name ("shot and killed Officer Smith"; weekdays and months are no objects)."""
    if _OBJECT_AFTER.match(text, pos, stop):
        return True
    name = _NAME_OBJECT.match(text, pos, stop)
    return name is not None and name.group("name") not in NOT_PLACES


# ----------------------------------------------------------------------------- left context

_LEFT: Final = regex.compile(
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
    _IR,
)
#: "shot two men to death": the object of a violent verb, then "to death".
_TO_DEATH: Final = regex.compile(r"\s+to\s+death\b", _I)
_INCLUDING: Final = regex.compile(r"(?:including|among\s+them|among\s+whom|among\s+those)\s+\Z", _IR)
#: Between two items of an "including" list: "including two officers, a bystander, and two assailants".
_LIST_GAP: Final = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)
_COORDINATION: Final = regex.compile(r"\A\s*,?\s*(?:and|as\s+well\s+as|plus|while)\s+\Z", _I)
_COLLECTIVE: Final = regex.compile(r"\b(?P<noun>[a-z]+)\s+of\s+\Z", _IR)
#: "... four with severe injuries" after an including: the part is wounded.
_WITH_INJURY: Final = regex.compile(r"\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|gunshot\s+wounds)\b", _I)
#: "three of them", "two of whom" as a whole noun phrase.
#: People held by a state: freeing them is a release, not a rescue.
_CUSTODY: Final = frozenset({"prisoners", "prisoner", "detainees", "detainee", "inmates", "inmate", "convicts", "convict"})
_OF_THEM: Final = regex.compile(r"\bof\s+(?:them|whom)\Z", _I)
#: Between a casualty and an appositive part of it: a short stretch with a single comma at its end.
_APPOSITIVE_GAP: Final = regex.compile(r"[^,.;:!?\"“”()]{0,40},\s*")
#: Before a base-form "kill": a modal, "to" or a negation makes it no statement of deaths.
_MODAL_BEFORE: Final = regex.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|not|never|did|does|do|n['’]t|['’]ll)\s+\Z", _IR
)
#: "taken 12 soldiers prisoner", "took two aid workers hostage": the object then the captive role.
_TAKE_VERBS: Final = frozenset({"took", "taken", "taking", "take", "takes"})
_CAPTIVE_ROLES: Final = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive", "captives"})
_AS_CAPTIVE: Final = regex.compile(r"\s+(?:as\s+)?(?:prisoners?|hostages?|captives?)\b", _I)
#: "hospitals in the city admitted 260 people": a hospital as the subject of a taking-in verb.
_HOSPITAL_TOOK_IN: Final = regex.compile(
    rf"\b{_HOSPITAL}(?:\s+[^,.;:\"“”]{{1,40}}?)?\s+(?:admitted|treated|received|were\s+treating|are\s+treating)\s+\Z", _IR
)
#: Right before a relative in "a farmer and his son".
_AND_BEFORE: Final = regex.compile(r"(?<![,;])\s+and\s+\Z", _IR)
#: "resulting in one death", "leading to 3 deaths": a status noun as the outcome.
_RESULTING: Final = regex.compile(r"\b(?:result(?:ing|ed|s)?\s+in|lead(?:ing|s)?\s+to|led\s+to)\s+\Z", _IR)
#: "opened fire on a civilian, killing him": one person killed, named by a pronoun.
_KILLED_PRONOUN: Final = regex.compile(
    r"\b(?:killing|killed|murdering|murdered|(?:shot|shooting)\s+(?:and\s+)?(?:dead|killed|killing)"
    r"|(?:leaving|left)(?=\s+(?:him|her)\s+(?:dead|killed)\b))\s+(?P<pro>him|her)\b(?:\s+(?:dead|killed)\b)?",
    _I,
)
#: "recovered two more bodies" beside a toll: the increment that raised it, not a count of its own.
_MORE_BODIES: Final = regex.compile(r"\b(?:more|additional|further|other)\s+(?:bodies|corpses)\b", _I)
#: Nouns for the dead themselves: a hospital that "received 61 bodies" took in no patients.
_BODY_NOUNS: Final = frozenset({"bodies", "body", "corpses", "corpse"})
#: Before "murder of", "killing of": an attempt, no death ("attempted murder of a police officer").
_ATTEMPTED: Final = regex.compile(r"\b(?:attempted|attempt\s+at|failed|foiled|alleged\s+plot\s+to)\s+\Z", _IR)
#: "<count> of the" before a count: that count is the whole of a part ("seven of the 20 miners").
_PART_OF: Final = regex.compile(r"\b(?P<n>[\w,]+)\s+of\s+(?:the|its|their|these)\s+\Z", _IR)
_MONTH_BEFORE: Final = regex.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\Z"
)
_TO_THE: Final = regex.compile(r"\bto\s+the\s+\Z", _IR)
#: Armed people whose flight is an escape, not a displacement ("the gunmen fled into the forest").
_NOT_EVACUEES: Final = frozenset(
    "gunmen gunman attackers attacker assailants assailant suspects suspect militants militant fighters fighter"
    " rebels rebel insurgents insurgent terrorists terrorist shooters shooter bombers bomber perpetrators perpetrator"
    " soldiers soldier troops robbers robber thieves thief jihadists".split()
)
#: Between two coordinated counted subjects of one predicate: an optional short post-modifier, then "and".
#: Between two items of a comma list of counted subjects ("3 policemen, 2 guards and ...").
_LIST_COMMA: Final = regex.compile(r"\s*,\s*")
_COORDINATED_SUBJECT: Final = regex.compile(r"(?:\s+(?:from|of|in|at|aboard)\s+[^,.;:\"“”]{1,40}?)?\s*,?\s+and\s+", _I)
#: Where a subject can start: the sentence start, a punctuation mark or a clause word ("officials said 12 ...").
_SUBJECT_START: Final = regex.compile(
    r"(?:\A\s*[\"“'‘]?|[,:;—–(]\s*|\b(?:said|says|say|that|while|and|but|when|where|after|before)\s+)\Z", _IR
)
#: After a hostage noun: still held ("remain in", "are still being held", "remained captive").
_STILL_HELD: Final = regex.compile(
    r"\s+(?:(?:are|were|is|was)\s+)?(?:still\s+)?(?:remain|remains|remained|(?:being\s+)?held|in\s+captivity)"
    r"(?:\s+(?:in\s+captivity|captive|held|in|inside))?\b",
    _I,
)
#: After a hospital predicate, in the same clause: "... with serious burns", "... with gunshot wounds".
_TAKEN_WITH_INJURY: Final = regex.compile(
    r"(?:\s+[^,.;:\"“”]{0,60}?)?\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|gunshot\s+wounds)\b", _I
)
#: After "flown to", "airlifted to": a hospital as the destination.
_TO_HOSPITAL: Final = regex.compile(rf"(?<=\bto)\s+(?:a\s+|the\s+)?{_ROOM}{_HOSPITAL}\b", _I)
_MOVED_TO: Final = regex.compile(r"\b(?:taken|rushed|transported|brought|sent|transferred|moved|flown|airlifted)\b", _I)
_NO_BEFORE: Final = regex.compile(r"\b(?:no|not|none\s+of\s+the|without)\s+\Z", _IR)

# ----------------------------------------------------------------------------- tolls

_TOLL: Final = regex.compile(
    r"\b(?:(?P<injury>injury|injuries)\s+)?toll\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)\b"
    r"|\bnumber\s+of\s+(?:(?:people|persons|those)\s+)?(?P<status>injured|wounded|hurt|missing"
    r"|hospitali[sz]ed|evacuated|rescued|evacuees)\b",
    _I,
)
_TOLL_LINK: Final = regex.compile(
    r"\b(?:to|at|reached|hit|of|is|was|passed|topped|exceeded|surpassed|now|climbed|rose)\s+\Z", _IR
)
#: "fatalities coded as 10", "deaths were put at 30": a figure given for a status noun.
_FIGURE: Final = regex.compile(
    r"\b(?:fatalit(?:y|ies)|deaths)\b[^.;\d]{0,40}?\b(?:coded|estimated|put|placed|set|reported|given|stands?|stood|rose|risen"
    r"|climbed|increased|numbered)\s+(?:as|at|to)\s+\Z",
    _IR,
)
_FROM: Final = regex.compile(r"\bfrom\s+(?:the\s+)?\Z", _IR)
#: The status a "number of people <word>" toll counts.
_TOLL_STATUS: Final = {
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
_REVISED: Final = regex.compile(r"\b(?:rose|risen|rises|climbed|jumped|increased|mounted|reached|grew|soared)\b", _I)
_EARLIER: Final = regex.compile(r"\b(?:" + "|".join(m.replace(" ", r"\s+") for m in EARLIER_MARKERS) + r")\b", _I)

# ----------------------------------------------------------------------------- singular subjects

_SINGULAR_HEADS: Final = sorted(
    {w for w in PERSON_NOUNS if not w.endswith("s") or w in {"boss"}}
    - {"men", "women", "children", "people", "police", "elderly", "staff", "personnel", "crew", "family", "couple", "other"},
    key=len,
    reverse=True,
)
_SINGULAR_SET: Final = frozenset(_SINGULAR_HEADS)
_DETERMINERS: Final = frozenset({"a", "an", "the", "another", "his", "her", "their"})
_ORDINALS: Final = frozenset({"second", "third", "fourth", "fifth", "sixth"})
_CLAUSE_AFTER: Final = frozenset({"was", "were", "is", "had", "has", "who", "died", ",", ";", "("})


#: Where a singular phrase can end (run on the lower-cased text): a singular head, an ordinal or
#: "another" before a verb, or a person-suffixed noun before a verb or comma.
_SINGULAR_END: Final = regex.compile(
    r"\b(?:" + _trie(sorted(_SINGULAR_SET | _ORDINALS)) + r")\b"
    r"|\banother(?:\s+one)?(?=\s+(?:was|is|had|has|got)\b)"
    r"|\ban?\s+(?:[\w'’-]+\s+){0,3}?[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|ee)(?=\s*[,;(]|\s+(?:was|were|is|had|has|who|died)\b)"
)
#: ``_SINGULAR_END`` in the faster stdlib engine, for text where :func:`_stdlib_safe` holds.
_SINGULAR_END_STD: Final = re.compile(_stdlib_source(_SINGULAR_END.pattern))


def _singulars(tokens: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, str, str]]:
    """Singular person phrases: (start, end, who, determiner) for "a 7-year-old boy", "the suspect",
    "a second soldier", "another" (before was/is) and, after a/an, a person-suffixed noun that ends
    its phrase ("a drug trafficker was killed": marked weak)."""
    n = len(tokens)
    for i, (word, start, _) in enumerate(tokens):
        det = word.casefold()
        if det not in _DETERMINERS:
            continue
        follow = tokens[i + 1][0].casefold() if i + 1 < n else ""
        if det == "another" and follow in ("was", "is", "had", "has", "got", "one"):
            yield start, tokens[i + 1][2] if follow == "one" else tokens[i][2], "another", det
            continue
        indefinite = det in ("a", "an")
        for k in range(i + 1, min(n, i + 5)):
            token = tokens[k][0]
            low = token.casefold()
            if not token[0].isalnum():
                break
            after = tokens[k + 1][0].casefold() if k + 1 < n else ""
            mods = [t[0] for t in tokens[i + 1 : k] if not t[0][0].isdigit()]
            if (
                low in _SINGULAR_SET
                and k + 2 < n
                and _is_weak_head(tokens[k + 1][0])
                and tokens[k + 2][0].casefold() in _CLAUSE_AFTER
            ):
                continue  # "a civilian porter,": the person noun modifies a noun of its own
            if low in _SINGULAR_SET:
                yield start, tokens[k][2], " ".join([*mods, low]).casefold(), det
                break
            if indefinite and k == i + 1 and low in _ORDINALS and after in _CLAUSE_AFTER:
                yield start, tokens[k][2], low, det
                break
            if indefinite and after in _CLAUSE_AFTER and _is_weak_head(token):
                yield start, tokens[k][2], WEAK + " ".join([*mods, low]).casefold(), det
                break
            if low in NP_STOP_WORDS and low not in NOMINAL_STATUS:
                break


_SHOT_IN: Final = regex.compile(
    r"\bshot\s+(?P<np>(?:the|a|an)\s+(?P<head>[\w'’-]+))(?:\s*,[^,.;]{1,60},)?\s+in\s+the\s+"
    r"(?:legs?|arms?|head|chest|back|shoulder|stomach|abdomen|neck|foot|feet|hand|face|thigh|knee)\b",
    _I,
)

#: "a farmer's body was found": one person dead (read as derived, like "bodies of").
_BODY_FOUND: Final = regex.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)['’]s\s+(?:dead\s+|lifeless\s+|charred\s+)?(?:body|corpse|remains)"
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:found|discovered|recovered|retrieved|dumped|pulled|identified)\b",
    _I,
)
#: "... before killing himself", "then shot himself dead": the actor dies by his own hand.
_SELF_KILLED: Final = regex.compile(
    r"\b(?:(?:killing|killed|kills)|(?:fatally\s+shot|fatally\s+shooting)"
    r"|(?:shot|shooting)\s+and\s+(?:killed|killing))\s+(?P<self>himself|herself)\b"
    r"|\b(?:shot|shooting)\s+(?P<self2>himself|herself)\s+(?:dead|to\s+death)\b"
    r"|\b(?:blew|blowing)\s+(?P<self3>himself|herself)\s+up\b",
    _I,
)
#: The actor a reflexive refers to: the last attacker noun before it in the sentence.
_ACTOR: Final = regex.compile(
    r"\b(?P<head>gunman|gunwoman|attacker|assailant|shooter|bomber|perpetrator|suspect|hijacker|terrorist|militant|driver)\b",
    _I,
)

# ----------------------------------------------------------------------------- places

_NAME: Final = r"\p{Lu}[\p{L}'’-]++(?:\s+(?:\p{Lu}[\p{L}'’-]++|do|de|da|del|al|el|of)\b){0,4}+"
_LOC: Final = regex.compile(
    r"\b(?:in|near|at|outside|across|off|on)\s+(?:the\s+)?"
    r"(?:(?P<desc>(?:[\p{L}-]+\s+){0,3}?(?:" + "|".join(sorted(PLACE_TYPES)) + r"))(?:\s+of|,)\s+)?"
    r"(?P<name>" + _NAME + r")(?P<suffix>\s+(?:region|province|state|district|county|oblast|area|governorate))?"
    r"(?!\s+(?:" + "|".join(sorted(PLACE_TYPES)) + r")\b)",
)
_LEAD_LOC: Final = regex.compile(
    r"(?:\[[^\]]{0,10}\]\s*)?[\"“'‘]?(?:In|At|Near|Outside)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|region|province|state|district)\s+of\s+)?"
    r"(?P<name>" + _NAME + r")(?P<suffix>\s+[a-z]+)?\s*,"
)
_CAPITAL_DESC: Final = regex.compile(r"\b(?:in|near|at)\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital\b(?!,?\s+\p{Lu})")
_CAPITAL_ALIAS: Final = regex.compile(r"\bcapital,?\s+(?P<name>\p{Lu}[\p{L}'’-]+)")
_POSSESSIVE: Final = regex.compile(r"['’]s?\Z")


@attrs.define
class _Candidate:
    """A casualty being built (mutable while the sentence is read)."""

    start: int
    end: int
    subject_end: int
    count: int | None
    qualifier: str
    lower_bound: int | None
    who: str | None
    status: str | None = None
    location: str | None = None
    derived: bool = False
    whole: _Candidate | None = None
    partitive: str | None = None  # base status of "seven of the wounded"
    toll: bool = False
    earlier: bool = False
    via: str = ""
    sentence: int = 0
    also: tuple[str, int] | None = None  # a second predicate's (status, end)
    victims: tuple[Victim, ...] = ()  # the people the text names as this casualty


def _tokens(
    text: str, start: int, end: int, limit: int = 0, pattern: regex.Pattern[str] | re.Pattern[str] = _TOKEN
) -> list[tuple[str, int, int]]:
    out = []
    for m in pattern.finditer(text, start, end):
        out.append((m.group(), m.start(), m.end()))
        if len(out) == limit:
            break
    return out


def _is_person_head(token: str) -> bool:
    low = token.casefold()
    if low in PERSON_NOUNS or low in STATUS_NOUNS:
        return True
    # Nationality plurals: "Palestinians", "Israelis", "Filipinos", "Kurds".
    return (
        len(token) > 4
        and token[0].isupper()
        and token[1:].islower()
        and token not in NOT_PLACES
        and token.endswith(("ans", "is", "nos", "ons", "ds", "ks", "ese"))
    )


#: Prefix marking a noun phrase whose head is only suffix-guessed.
WEAK: Final = "\x00"
#: Marks "<end>" of a noun phrase coordinated with a singular one ("two officers and a bystander").
EXTENDED: Final = "\x01"
_WEAK_SUFFIXES: Final = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ian",
    "ians",
    "ant",
    "ants",
    "ent",
    "ents",
    "man",
    "men",
    "ee",
    "ees",
)
_NOT_WEAK: Final = frozenset(
    "other others former latter number numbers order orders water power center centre matter quarter "
    "percent moment government governments incident incidents event events accident accidents layer layers "
    "equipment element apartment apartments department departments agent agents earlier later".split()
)


def _is_weak_head(token: str) -> bool:
    low = token.casefold()
    return token.isalpha() and token.islower() and len(low) > 4 and low.endswith(_WEAK_SUFFIXES) and low not in _NOT_WEAK


def _plain_modifiers(toks: list[tuple[str, int, int]]) -> bool:
    """Three modifiers before a fourth-word head ("3 Malay Muslim separatist suspects", "one rapid
    intervention battalion soldier"): only with a person noun as that head and no verb form among them."""
    *mods, head = (t[0].casefold() for t in toks)
    return head in PERSON_NOUNS and not any(m.endswith(("ed", "ing")) or m in STATUS_NOUNS for m in mods)


def _acronym(token: str) -> bool:
    """ "IS", "AS" written in capitals name a group ("3 IS militants"), not the verb "is"."""
    return len(token) > 1 and token.isupper()


def _is_name_head(token: str) -> bool:
    """A capitalised group name used as a noun ("3 Balanda were killed", "2 FARDC")."""
    return token[:1].isupper() and token.isalpha() and token not in NOT_PLACES and len(token) > 2


#: Participles after "of those" that name a group by its status ("three of those hurt").
_THOSE_STATUS: Final = {**NOMINAL_STATUS, "hurt": "wounded", "hospitalised": "hospitalized", "freed": "rescued"}


def _noun_phrase(
    text: str, pos: int, stop: int, token_pattern: regex.Pattern[str] | re.Pattern[str] = _TOKEN
) -> tuple[str | None, int, str | None, bool]:
    """Read the noun phrase after a count at ``pos``.

    Returns ``(who, end, partitive_status, found)``: ``who`` is None when the phrase
    is elided or pronominal ("of whom"); ``found`` is False when words follow that
    are not a person noun phrase (then the count is about something else).
    """
    toks = _tokens(text, pos, min(stop, pos + 90), limit=10, pattern=token_pattern)
    if not toks:
        return None, pos, None, True
    first = toks[0][0].casefold()
    if first == "of" and len(toks) > 1:
        det = toks[1][0].casefold()
        if det == "those" and len(toks) > 2 and toks[2][0].casefold() in _THOSE_STATUS:
            # "three of those hurt", "two of those rescued": a part of the group with that status.
            word = toks[2][0].casefold()
            return word, toks[2][2], _THOSE_STATUS[word], True
        if det in ("whom", "them", "those"):
            return None, toks[1][2], None, True
        if det in ("the", "its", "their", "our", "his", "her", "these"):
            head_index = -1
            first_word = 2
            if (
                det in ("the", "its", "their", "these")
                and len(toks) > 3
                and (toks[2][0][0].isdigit() or word_to_int(toks[2][0].casefold()) is not None)
            ):
                first_word = 3  # "19 of the 25 crew members": a part of a counted whole
            for i in range(first_word, min(len(toks), first_word + 4)):
                word = toks[i][0]
                low = word.casefold()
                if low in NOMINAL_STATUS or _is_person_head(word):
                    head_index = i
                    continue
                if not word[0].isalpha() or low in NP_STOP_WORDS:
                    break
            if head_index < 0:
                return None, pos, None, False
            words = [t[0] for t in toks[first_word : head_index + 1]]
            partitive = next((NOMINAL_STATUS[w.casefold()] for w in words if w.casefold() in NOMINAL_STATUS), None)
            return " ".join(words).casefold(), toks[head_index][2], partitive, True
        return None, pos, None, False
    head_index = -1
    i = 0
    while i < min(len(toks), 8):
        if head_index < 0 and (i >= 4 or (i == 3 and not _plain_modifiers(toks[:4]))):
            break
        word = toks[i][0]
        low = word.casefold()
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if _is_person_head(word) and not (low in NOMINAL_STATUS and head_index < 0 and not _is_person_head(nxt)):
            if low == "dead" and head_index >= 0:
                break
            head_index = i
            i += 1
            continue
        if head_index < 0 and (word[0].isdigit() or word_to_int(low) is not None):
            return None, pos, None, False  # another count: "In 2019 five people ..."
        if head_index < 0 and low in NOMINAL_STATUS and _is_person_head(nxt):
            i += 1  # participle modifier: "43 wounded people"
            continue
        if low == "and" and head_index >= 0 and i + 1 < len(toks) and _is_person_head(nxt) and nxt.casefold() not in STATUS_NOUNS:
            i += 1
            continue
        if (
            low == "and"
            and head_index >= 0
            and i + 2 < len(toks)
            and nxt.isalpha()
            and nxt.islower()
            and nxt not in NP_STOP_WORDS
            and word_to_int(nxt) is None
            and _is_person_head(toks[i + 2][0])
            and toks[i + 2][0].casefold() not in STATUS_NOUNS
        ):
            i += 2  # "17 peacekeepers and foreign soldiers": a second head with its own adjective
            continue
        if head_index >= 0:
            if low in _OBJECT_NOUNS:
                return None, pos, None, False  # "personnel carriers": the "head" was a modifier
            if low == "and" and i + 2 < len(toks) and toks[i + 1][0].casefold() in ("a", "an", "one", "the"):
                # "two officers and a bystander were wounded": the phrase runs on to the second head.
                for k in range(i + 2, min(len(toks), i + 5)):
                    if _is_person_head(toks[k][0]):
                        words = [t[0] for t in toks[: head_index + 1]]
                        while words and words[0].casefold() in ("more", "other", "additional", "further", "the", "of"):
                            words.pop(0)
                        marked = EXTENDED + str(toks[k][2]) + EXTENDED + " ".join(words).casefold()
                        return marked, toks[head_index][2], None, True
            break
        if not word[0].isalpha() or (low in NP_STOP_WORDS and not _acronym(word)) or i >= 4:
            break
        i += 1
    elided = len(toks) < 2 or not toks[1][0][0].isalpha() or toks[1][0].casefold() in NP_STOP_WORDS
    if head_index < 0 and first == "more" and elided:
        return None, toks[0][2], None, True  # "injured 13 more": the noun is elided (carried over)
    if head_index < 0:
        # A noun with a person suffix right before the phrase ends ("2 communal militiamen were",
        # "killing 1 pastoralist"): a weak head, trusted only for killed/wounded/hospitalized.
        last = i - 1
        if 0 <= last < len(toks) and (_is_weak_head(toks[last][0]) or _is_name_head(toks[last][0])):
            words = [t[0] for t in toks[: last + 1]]
            return WEAK + " ".join(words).casefold(), toks[last][2], None, True
        ends_phrase = len(toks) < 2 or not toks[1][0][0].isalpha()
        if toks[0][0][0].isalpha() and first not in NP_STOP_WORDS and not (first in NOMINAL_STATUS and ends_phrase):
            return None, pos, None, False  # but "19 abducted;" is an elided noun with its participle
        return None, pos, None, True
    words = [t[0] for t in toks[: head_index + 1]]
    while words and words[0].casefold() in ("more", "other", "additional", "further", "the", "of"):
        words.pop(0)
    return " ".join(words).casefold() or None, toks[head_index][2], None, True


def _pred_status(match: regex.Match[str] | re.Match[str]) -> str | None:
    name = match.lastgroup
    return name if name in {"killed", "wounded", "hospitalized", "missing", "captured", "evacuated", "rescued"} else None


class _Reader:
    """Reads one document."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        #: Most text reads with the stdlib-engine twins of the hottest patterns (same matches).
        self.stdlib = _stdlib_safe(self.text)
        self.stdlib_lowered = False
        self.right: regex.Pattern[str] | re.Pattern[str] = _RIGHT_STD if self.stdlib else _RIGHT
        self.token: regex.Pattern[str] | re.Pattern[str] = _TOKEN_STD if self.stdlib else _TOKEN
        self.quantities = [q for q in find_quantities(self.text) if not (q.count is None and q.lower_bound is None)]
        self.q_starts = [q.span.start for q in self.quantities]
        self._capital: str | bool | None = False
        self.lowered: str | None = None
        self.hits: list[int] = []
        self.found: list[_Candidate] = []
        self.sentences_read: list[tuple[int, int, int]] = []

    # -- places ----------------------------------------------------------------
    def capital_name(self) -> str | None:
        if self._capital is False:
            m = _CAPITAL_ALIAS.search(self.text)
            self._capital = m.group("name") if m else None
        return self._capital if isinstance(self._capital, str) else None

    def _clean_place(self, name: str, suffix: str | None) -> str | None:
        name = _POSSESSIVE.sub("", name.strip())
        words = name.split()
        while words and words[-1] in ("of", "do", "de", "da", "del", "al", "el"):
            words.pop()
        if not words or words[0] in NOT_PLACES:
            return None
        return " ".join(words) + (suffix or "")

    def location(self, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
        for m in _LOC.finditer(self.text, start, end):
            place = self._clean_place(m.group("name"), m.group("suffix"))
            if place:
                return place
        cap = _CAPITAL_DESC.search(self.text, start, end)
        if cap is not None:
            return self.capital_name() or "capital"
        lead = _LEAD_LOC.match(self.text, sentence_start, min(sentence_end, start + 1))
        if lead is not None and lead.end() <= start:
            suffix = lead.group("suffix")
            if suffix and suffix.strip() not in PLACE_TYPES:
                suffix = None
            return self._clean_place(lead.group("name"), suffix)
        return None

    def near_trigger(self, start: int, end: int) -> bool:
        """True when a casualty word lies in ``[start - 160, end + 220)`` (a cheap skip for other counts)."""
        at = bisect.bisect_left(self.hits, start - 160)
        return at < len(self.hits) and self.hits[at] < end + 220

    # -- sentences -------------------------------------------------------------
    def read(self) -> list[_Candidate]:
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            self.lowered = lowered
            self.stdlib_lowered = self.stdlib and _stdlib_safe(lowered)
            hits = _trigger_hits(lowered)  # = starts of _TRIGGER.finditer(lowered)
        else:  # a few Unicode letters change length when lowered
            hits = [m.start() for m in _TRIGGER_I.finditer(self.text)]
        if not hits:
            return self.found
        self.hits = hits
        for index, sentence in enumerate(split_sentences(self.text)):
            at = bisect.bisect_left(hits, sentence.start)
            if at == len(hits) or hits[at] >= sentence.end or len(sentence.text) > 5000:
                continue
            self.read_sentence(sentence.start, sentence.end, index)
        self.add_named()
        return self.found

    def add_named(self) -> None:
        """Named victims: given to the counted casualty that covers them, else casualties of their own."""
        groups = [(index, g) for s0, s1, index in self.sentences_read for g in find_named(self.text, s0, s1)]
        read = {index for _, _, index in self.sentences_read}
        if read:  # "... were killed. The victims were identified as Ana Ruiz and Pedro Gil."
            sentences = split_sentences(self.text)
            for index in sorted(i + 1 for i in read if i + 1 < len(sentences) and i + 1 not in read):
                s = sentences[index]
                groups.extend((index, g) for g in find_named(self.text, s.start, s.end, listed_only=True))
        if not groups:
            return
        bounds = {index: (s0, s1) for s0, s1, index in self.sentences_read}

        def locate(group: NamedGroup) -> str | None:
            s0, s1 = next((b for b in bounds.values() if b[0] <= group.start < b[1]), (group.start, group.end))
            return self.location(group.start, min(s1, group.end + 120), s0, s1)

        def new(index: int, group: NamedGroup, location: str | None) -> _Candidate:
            count = len(group.victims)
            return _Candidate(
                group.start,
                group.end,
                group.end,
                count,
                "exact",
                count,
                group.who,
                group.status,
                location=location,
                sentence=index,
                via="named",
                victims=group.victims,
            )

        made = place_named(groups, self.found, locate, new)
        if made:
            self.found.extend(c for c in made if isinstance(c, _Candidate))
            self.found.sort(key=lambda c: c.start)

    def subjects(self, s0: int, s1: int) -> list[tuple[int, int, int | None, str, int | None, str | None, str]]:
        """(start, end, count, qualifier, lower_bound, singular-who, determiner) for counts and singular phrases."""
        out: list[tuple[int, int, int | None, str, int | None, str | None, str]] = []
        lo = bisect.bisect_left(self.q_starts, s0)
        hi = bisect.bisect_left(self.q_starts, s1)
        taken: list[tuple[int, int]] = []
        for q in self.quantities[lo:hi]:
            if q.span.end > s1 or not self.near_trigger(q.span.start, q.span.end):
                continue
            out.append((q.span.start, q.span.end, q.count, q.qualifier, q.lower_bound, None, "year" if is_year_like(q) else ""))
            taken.append((q.span.start, q.span.end))
        seen: set[int] = set()
        source = self.lowered if self.lowered is not None else self.text[s0:s1].lower()
        offset = 0 if self.lowered is not None else s0
        if len(source) != (len(self.text) if self.lowered is not None else s1 - s0):
            source, offset = self.text, 0  # lower-casing changed lengths: read the text as is
        singular_end = _SINGULAR_END_STD if self.stdlib_lowered else _SINGULAR_END
        for hit in singular_end.finditer(source, s0 - offset, s1 - offset):
            h0, h1 = hit.start() + offset, hit.end() + offset
            if any(a < h1 and h0 < b for a, b in taken) or not self.near_trigger(h0, h1):
                continue
            for start, end, who, det in _singulars(_tokens(self.text, max(s0, h0 - 48), min(s1, h1 + 12), pattern=self.token)):
                if end == h1 and start not in seen and not any(a < end and start < b for a, b in taken):
                    seen.add(start)
                    out.append((start, end, 1, "exact", None, who, det))
        out.sort()
        return out

    def read_sentence(self, s0: int, s1: int, index: int) -> None:
        text = self.text
        first = len(self.found)
        previous: _Candidate | None = None
        pending: list[_Candidate] = []
        for start, end, count, qualifier, lower, sg_who, det in self.subjects(s0, s1):
            before = text[max(s0, start - 48) : start]
            if _NO_BEFORE.search(before):
                continue
            part_of = _PART_OF.search(before)
            part_n = part_of.group("n") if part_of is not None else ""
            if part_n and (part_n[0].isdigit() or word_to_int(part_n.casefold()) is not None):
                continue  # the whole in "seven of the 20 miners": read with its part
            if sg_who is None:
                who, np_end, partitive, ok = _noun_phrase(text, end, s1, self.token)
                if not ok or (det == "year" and (who is None or partitive is not None)):
                    continue  # a year is a count only with a noun of its own ("2000 people")
                coll = _COLLECTIVE.search(before)
                if coll is not None and coll.group("noun").casefold() in COLLECTIVE_NOUNS and who is None:
                    who = coll.group("noun").casefold()
                    if who == "total":
                        who = None
            else:
                who, np_end, partitive = sg_who, end, None
                if who in ("second", "third", "fourth", "fifth", "sixth", "another"):
                    who = previous.who if previous is not None else None
                    if who and who.endswith("s") and not who.endswith("ss"):
                        who = who[:-1]
            right_from = np_end
            if who and who.startswith(EXTENDED):
                _, extended_end, who = who.split(EXTENDED, 2)
                right_from = int(extended_end)
            weak = bool(who and who.startswith(WEAK))
            if weak and who:
                who = who[len(WEAK) :]
            cand = _Candidate(start, np_end, right_from, count, qualifier, lower, who, partitive=partitive, sentence=index)
            self.assign_status(cand, before, previous, s0, s1, det)
            if cand.status is None:
                # "187 pupils from one school and 100 from another were missing": the first
                # item may take the predicate of the next (checked when that one is read).
                # "3 policemen, 2 guards and 1 soldier were killed": a comma list of such items.
                if cand.who and not weak and cand.count is not None and det != "year" and _SUBJECT_START.search(before):
                    listed = bool(pending) and _LIST_COMMA.fullmatch(text, pending[-1].end, cand.start) is not None
                    pending = [*pending, cand] if listed else [cand]
                else:
                    pending = []
                continue
            if weak and cand.status not in ("killed", "wounded", "hospitalized"):
                continue
            if (
                pending
                and cand.via == "right"
                and pending[-1].end <= cand.start
                and _COORDINATED_SUBJECT.fullmatch(text, pending[-1].end, cand.start) is not None
            ):
                for item in pending:
                    item.status, item.derived, item.via = cand.status, cand.derived, "coordination"
                    self.assign_location(item, previous, s0, s1)
                    if item.location is None:
                        item.location = self.location(cand.start, min(s1, cand.end + 120), s0, s1)
                    self.found.append(item)
            pending = []
            if cand.who is None:
                cand.who = self.carried_who(previous, cand.count)
            self.assign_location(cand, previous, s0, s1)
            self.found.append(cand)
            if cand.also is not None and cand.whole is None:
                # "three soldiers were wounded and airlifted to ...": the same people, a second status.
                also_status, also_end = cand.also
                self.found.append(attrs.evolve(cand, status=also_status, end=also_end, derived=True, via="right", also=None))
            hospital = cand
            if cand.status == "evacuated" and cand.via == "right" and cand.whole is None:
                to_hospital = _TO_HOSPITAL.match(text, cand.end, s1)
                if to_hospital is not None:
                    # "flown by helicopter to hospitals": a medical evacuation, and in hospital.
                    hospital = attrs.evolve(cand, status="hospitalized", end=to_hospital.end(), derived=True, via="airlift")
                    self.found.append(hospital)
            if (
                hospital.status == "hospitalized"
                and hospital.via in ("right", "airlift")
                and hospital.whole is None
                and _MOVED_TO.search(text, hospital.start, hospital.end) is not None
            ):
                injury = _TAKEN_WITH_INJURY.match(text, hospital.end, s1)
                if injury is not None:
                    # "was taken to hospital with serious burns": hurt as well as hospitalized
                    # (brought in with injuries; "hospitalized with burns" alone stays one fact).
                    self.found.append(attrs.evolve(hospital, status="wounded", end=injury.end(), derived=True, via="injury"))
            previous = cand
        self.shot_in(s0, s1, index)
        self.body_found(s0, s1, index)
        self.self_killed(s0, s1, index, first)
        self.killed_pronoun(s0, s1, index, first)
        self.sentences_read.append((s0, s1, index))

    def carried_who(self, previous: _Candidate | None, count: int | None) -> str:
        if previous is None or not previous.who:
            return "people" if count != 1 else "person"
        who = previous.who
        if who in ("person", "one") and count != 1:
            return "people"
        if who in ("wounded", "injured", "dead"):
            return "people"
        return who

    def assign_status(self, cand: _Candidate, before: str, previous: _Candidate | None, s0: int, s1: int, det: str) -> None:
        text = self.text
        # "a farmer and his son": a relative coordinated with a victim is one more victim.
        kin = det in ("his", "her", "their") and (cand.who or "").split()[-1:] != [] and (cand.who or "").split()[-1] in KIN
        kin = kin and _AND_BEFORE.search(before) is not None
        definite = det in ("the", "his", "her", "their") and not kin
        # 1. "including four children": a part of the previous casualty.
        in_list = (
            previous is not None
            and previous.via == "including"
            and _LIST_GAP.fullmatch(text, previous.end, cand.start) is not None
        )
        if in_list and previous is not None:
            # "... among them 1 officer and 3 civilians and 9 others injured": an item with a
            # predicate of another status leaves the list.
            own = self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 80))
            if (
                own is not None
                and _pred_status(own) not in (None, previous.status)
                and not _NEGATION.search(own.group("aux") or "")
            ):
                in_list = False
        appositive = previous is not None and self.of_them_appositive(cand, previous, s1)
        if previous is not None and (in_list or appositive or _INCLUDING.search(before)):
            cand.status = previous.status
            if in_list and previous.whole is not None and previous.whole.status:
                cand.status = previous.whole.status  # an earlier item's own "with injuries" does not carry
            cand.via = "including"
            cand.whole = previous.whole or previous
            cand.location = previous.location
            cand.derived = previous.derived
            if cand.who is None:
                cand.who = "people"
            injury = _WITH_INJURY.match(text, cand.subject_end, s1)
            if injury is not None and cand.status != "killed":
                # "twelve were hospitalized, including four with severe burns": those four are wounded.
                cand.status = "wounded"
                cand.end = injury.end()
            return
        # 2. A predicate after the noun phrase.
        right = self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 260))
        if right is not None and right.group("incl") and _ABSOLUTE_WITH.search(text, right.start("incl"), right.end()):
            right = None
        if right is not None and (det not in ("his", "her", "their") or kin):
            status = _pred_status(right)
            aux = right.group("aux") or ""
            bare = not _REL_WORDS.sub("", aux).strip()
            if (
                status
                and not _NEGATION.search(aux)
                and not (_active(aux, bare) and _has_object(text, right.end(), s1))
                and not (right.group("rel") and _PASSIVE_AUX.search(aux) is None)
                and not _COMBINED_AFTER.match(text, right.end(), s1)
                and not (status == "killed" and _ILLNESS_AFTER.match(text, right.end(), s1))
            ):
                pred_text = right.group(status)
                fled = status == "evacuated" and pred_text[:4].casefold() == "fled"
                if fled and (cand.who or "").split()[-1:] and (cand.who or "").split()[-1] in _NOT_EVACUEES:
                    pass  # "two gunmen fled to a waiting car": an escape, not a displacement
                elif not (bare and pred_text.casefold() in ("hurt", "shot", "trapped", "in hospital", "in captivity")):
                    cand.status = status
                    cand.via = "right"
                    cand.end = right.end()
                    cand.derived = _DERIVED_PRED.search(pred_text) is not None
                    if pred_text.casefold().startswith("among"):
                        cand.partitive = status
                    if status == "killed" and _EARLIER.search(text, s0, s1):
                        cand.earlier = True
                    second = _SECOND_PRED.match(text, right.end(), s1)
                    if second is not None:
                        second_status = _pred_status(second)
                        if second_status in _SECOND_STATUSES.get(status, ()):
                            cand.also = (second_status or status, second.end())
                    return
        # 2b. Hostages still held: "about 40 hostages remain in the tunnels", "12 captives are still held".
        if (cand.who or "").split()[-1:] in (["hostages"], ["hostage"], ["captives"], ["captive"]):
            held = _STILL_HELD.match(text, cand.subject_end, s1)
            if held is not None:
                cand.status = "captured"
                cand.end = held.end()
                return
        # 3. A verb or phrase before the subject.
        left = _LEFT.search(before)
        if left is not None:
            status = None
            head = (cand.who or "").split()[-1:] or [""]
            if left.group("lives"):
                status = "killed"
            elif left.group("nominal") or left.group("among"):
                status = NOMINAL_STATUS.get((left.group("nominal") or left.group("among")).casefold(), "killed")
                cand.partitive = status
            elif left.group("bodies"):
                status = "killed"
                cand.derived = True
            elif left.group("deathof"):
                # "attempted murder of an officer", "the attempted killing of two guards": no one died.
                status = None if _ATTEMPTED.search(before, 0, left.start()) else "killed"
            elif left.group("woundof"):
                status = "wounded"
            elif left.group("evacof"):
                status = "evacuated"
            elif left.group("rescueof"):
                # "came to the rescue of the victim" is help, not a rescue count.
                status = None if _TO_THE.search(before, 0, left.start()) else "rescued"
            elif left.group("captureof"):
                status = "captured"
            elif left.group("fatal"):
                status = "killed"
            else:
                verb = left.group("verb").casefold()
                status = LEFT_VERBS.get(verb)
                if verb == "kill" and _MODAL_BEFORE.search(before, 0, left.start()):
                    status = None  # "threatened to kill 20", "could kill 300": not a count of dead
                if verb in TO_DEATH_VERBS:
                    death = _TO_DEATH.match(text, cand.subject_end, s1)
                    if death is not None:
                        status = "killed"
                        cand.end = death.end()
                if verb in ("freed", "freeing") and head[0] in _CUSTODY:
                    status = None  # "freed 90 prisoners": a release, not a rescue
                captive = _AS_CAPTIVE.match(text, cand.subject_end, s1) if verb in _TAKE_VERBS and cand.who else None
                words = (cand.who or "").split()
                if captive is not None:
                    status = "captured"
                    cand.end = captive.end()
                elif verb in _TAKE_VERBS and len(words) > 1 and words[-1] in _CAPTIVE_ROLES:
                    status = "captured"  # the reader took "soldiers prisoner" as one phrase
                    cand.who = " ".join(words[:-1])
                if (
                    status is None
                    and cand.who
                    and head[0] not in _BODY_NOUNS  # "hospitals received 61 bodies": the dead, read as a status noun
                    and not any(w in NOMINAL_STATUS for w in cand.who.split()[:-1])  # "received 43 wounded people"
                    and _HOSPITAL_TOOK_IN.search(before)
                ):
                    status = "hospitalized"
                if verb in ("pulled", "pulling") and cand.who and not cand.who.endswith("bodies"):
                    status = "rescued"
                    cand.derived = True
            if head[0] in STATUS_NOUNS and left.group("verb"):
                noun_status = STATUS_NOUNS[head[0]]
                if left.group("verb").casefold() in TAKING_VERBS or _RESULTING.search(before):
                    status = noun_status
                    cand.derived = head[0] in ("bodies", "body", "corpses", "corpse")
                    if _MORE_BODIES.search(text, cand.start, cand.subject_end) and _TOLL.search(text, s0, s1):
                        return  # "the toll rose to eight after rescuers recovered two more bodies"
            if status is not None and left.group("verb") and _COMBINED_BEFORE.search(before, 0, left.start()):
                return
            if status is not None:
                cand.status = status
                cand.via = "left"
                if _BETWEEN_BEFORE.search(before) and cand.qualifier == "exact":
                    cand.qualifier = "at_least"
                cand.start = min(cand.start, cand.start - len(before) + left.start())
                return
        # 4. A toll: "the death toll rose to 27", "put the toll at 19", "rose to 47 from 31".
        if cand.count is not None or cand.lower_bound is not None:
            toll = None
            for m in _TOLL.finditer(text, s0, cand.start):
                toll = m
            if toll is not None:
                between = bisect.bisect_left(self.q_starts, toll.end()), bisect.bisect_left(self.q_starts, cand.start)
                if _TOLL_LINK.search(before) and all(
                    self.is_date_part(self.quantities[k]) for k in range(between[0], between[1])
                ):
                    cand.status = "wounded" if toll.group("injury") else "killed"
                    if toll.group("status"):
                        cand.status = _TOLL_STATUS.get(toll.group("status").casefold(), "wounded")
                    cand.toll = True
                    revised = _REVISED.search(text, toll.end(), cand.start) is not None
                    cand.earlier = _EARLIER.search(text, s0, s1) is not None and not revised
                    cand.start = toll.start()
                    if cand.who is None:
                        cand.who = "people"
                    return
                if previous is not None and previous.toll and _FROM.search(before):
                    cand.status = previous.status
                    cand.toll = True
                    cand.earlier = True
                    if cand.who is None:
                        cand.who = previous.who
                    return
        if _FIGURE.search(before):
            cand.status = "killed"
            cand.via = "toll"
            if cand.who is None:
                cand.who = "people"
            return
        # 5. A status noun: "27 deaths", "1 fatality", "68 bodies".
        head = (cand.who or "").split()[-1:] or [""]
        if head[0] in STATUS_NOUNS and head[0] not in NEEDS_VERB:
            cand.status = STATUS_NOUNS[head[0]]
            cand.derived = head[0] in ("bodies", "body", "corpses", "corpse")
            return
        # 6. A participle in the noun phrase: "received 43 wounded people".
        if cand.who and cand.partitive is None and not det:
            for word in cand.who.split()[:-1]:
                if word in NOMINAL_STATUS:
                    cand.status = NOMINAL_STATUS[word]
                    return
        # 7. Coordination with the previous casualty: "... and a teacher", "and 32 wounded".
        if (
            previous is not None
            and (
                previous.via in ("left", "including", "coordination")
                # "the toll rose to 54 soldiers and 12 militiamen": a second group with its own noun.
                or (previous.toll and not previous.earlier and cand.who is not None and cand.partitive is None)
            )
            and _COORDINATION.match(text[previous.end : cand.start])
            and not definite
        ):
            cand.via = "coordination"
            cand.status = previous.status
            cand.whole = previous.whole
            cand.location = previous.location
            cand.derived = previous.derived

    def is_date_part(self, q: Quantity) -> bool:
        """A year or a day of a month ("since October 7, 2023"): no count standing between a toll and its figure."""
        return is_year_like(q) or _MONTH_BEFORE.search(self.text, max(0, q.span.start - 12), q.span.start) is not None

    def of_them_appositive(self, cand: _Candidate, previous: _Candidate, s1: int) -> bool:
        """ "Ten people were hurt on Sunday, three of them seriously": a count of
        "of them" right after a casualty (one comma between, no clause of its own) is a part of it."""
        text = self.text
        if cand.count is None or not _OF_THEM.search(text, cand.start, cand.subject_end):
            return False  # "several of them": a vague part is left out
        if not _APPOSITIVE_GAP.fullmatch(text, previous.end, cand.start):
            return False
        # With a predicate of its own ("62 of whom remained in hospital", "two of them in serious
        # condition") the part is read by its predicate instead.
        return self.right.match(text, cand.subject_end, min(s1, cand.subject_end + 80)) is None

    def assign_location(self, cand: _Candidate, previous: _Candidate | None, s0: int, s1: int) -> None:
        if cand.location is not None:
            return
        nxt = bisect.bisect_left(self.q_starts, cand.end)
        stop = s1
        if nxt < len(self.q_starts):
            stop = min(stop, max(cand.end, self.q_starts[nxt]))
        window_end = min(stop, cand.end + 120)
        place = self.location(cand.start, window_end, s0, s1)
        if place is None and previous is not None and _COORDINATION.match(self.text[previous.end : cand.start] + " ") is None:
            # "one person was killed in the capital, and two were wounded": carried over.
            gap = self.text[previous.end : cand.start]
            if (_SHORT_GAP.fullmatch(gap) and "," in gap) or " and " in gap:
                place = previous.location
        elif place is None and previous is not None:
            place = previous.location
        cand.location = place

    def body_found(self, s0: int, s1: int, index: int) -> None:
        """ "A farmer's body was found on the road": one person killed (derived)."""
        for m in _BODY_FOUND.finditer(self.text, s0, s1):
            head = m.group("head").casefold()
            if head not in PERSON_NOUNS:
                continue
            cand = _Candidate(m.start(), m.end(), m.end(), 1, "exact", None, head, "killed", sentence=index, derived=True)
            cand.location = self.location(m.start(), min(s1, m.end() + 80), s0, s1)
            self.found.append(cand)

    def killed_pronoun(self, s0: int, s1: int, index: int, first: int) -> None:
        """ "Snipers opened fire on a civilian, killing him": one person killed.

        Left out when the sentence already counts one person killed (the pronoun may be them)."""
        if any(c.status == "killed" and c.count == 1 for c in self.found[first:]):
            return
        for m in _KILLED_PRONOUN.finditer(self.text, s0, s1):
            cand = _Candidate(m.start(), m.end(), m.end(), 1, "exact", None, "person", "killed", sentence=index)
            cand.location = self.location(s0, s1, s0, s1)
            self.found.append(cand)
            return

    def self_killed(self, s0: int, s1: int, index: int, first: int) -> None:
        """ "The gunman killed two students before killing himself": the actor is one more dead.

        ``first`` is the index in ``found`` of this sentence's first casualty; a casualty that
        already ends at the reflexive ("the gunman shot and killed himself") has counted him."""
        text = self.text
        for m in _SELF_KILLED.finditer(text, s0, s1):
            pronoun = m.start("self") if m.group("self") else m.start("self2") if m.group("self2") else m.start("self3")
            if any(c.status == "killed" and pronoun - 2 <= c.end <= pronoun for c in self.found[first:]):
                continue
            actor = None
            for a in _ACTOR.finditer(text, s0, m.start()):
                actor = a.group("head").casefold()
            who = actor or m.group("self") or m.group("self2") or m.group("self3") or "himself"
            cand = _Candidate(m.start(), m.end(), m.end(), 1, "exact", None, who.casefold(), "killed", sentence=index)
            cand.location = self.location(s0, s1, s0, s1)
            self.found.append(cand)

    def shot_in(self, s0: int, s1: int, index: int) -> None:
        """ "Officers shot the attacker, a 29-year-old man, in the leg": one wounded."""
        for m in _SHOT_IN.finditer(self.text, s0, s1):
            head = m.group("head").casefold()
            if head not in PERSON_NOUNS:
                continue
            cand = _Candidate(m.start(), m.end(), m.end(), 1, "exact", None, head, "wounded", sentence=index)
            cand.location = self.location(m.start(), min(s1, m.end() + 80), s0, s1)
            self.found.append(cand)


# ----------------------------------------------------------------------------- document passes


#: How far back (in facts) a part looks for its whole, and a restatement for what it restates.
_LOOKBACK: Final = 40


def _mark_superseded(found: list[_Candidate]) -> set[int]:
    """Indices of earlier tolls that a later, revised one replaces."""
    latest = [c for c in found if c.toll and not c.earlier and c.count is not None]
    if not latest:
        return set()
    latest_counts: dict[str | None, set[int]] = {}
    for t in latest:
        if t.count is not None:
            latest_counts.setdefault(t.status, set()).add(t.count)
    out = set()
    for i, c in enumerate(found):
        if not c.earlier or c.count is None or c.whole is not None or not (c.toll or c.status == "killed"):
            continue
        if latest_counts.get(c.status, set()) - {c.count}:
            out.add(i)
    return out


def _compatible(a: Casualty, b: Casualty) -> bool:
    if a.status != b.status or a.count != b.count or a.lower_bound != b.lower_bound:
        return False
    if a.location and b.location and a.location.casefold() != b.location.casefold():
        return False
    wa, wb = normalize_who(a.who), normalize_who(b.who)
    if wa != wb and "people" not in (wa, wb) and not (wa.endswith(" " + wb) or wb.endswith(" " + wa)):
        return False  # "two soldiers" and "two Israeli soldiers" agree: one only adds a modifier
    return a.qualifier == b.qualifier or "exact" in (a.qualifier, b.qualifier)


def extract_casualties(document: Document) -> Iterator[Fact]:
    """The ``casualty`` extractor: every casualty count the document states, as facts."""
    text = document.text
    if not text:
        return
    reader = _Reader(document)
    found = reader.read()
    superseded = _mark_superseded(found)
    spans = [Span(c.start, c.end) for c in found]
    index_of = {id(c): i for i, c in enumerate(found)}
    values: list[Casualty] = []
    for i, c in enumerate(found):
        whole = spans[index_of[id(c.whole)]] if c.whole is not None and id(c.whole) in index_of else None
        if whole is None and c.partitive is not None:
            # "seven of the wounded", "two children were among the dead": the latest such group before.
            for j in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
                if found[j].status == c.partitive and found[j].whole is None and found[j].partitive is None:
                    whole = spans[j]
                    break
        values.append(
            Casualty(
                status=c.status or "killed",
                count=c.count,
                qualifier=c.qualifier,
                who=c.who,
                location=c.location,
                lower_bound=c.lower_bound if c.count is None else c.count,
                subset_of=whole,
                superseded=i in superseded,
                derived=c.derived,
                victims=c.victims[: c.count] if c.count is not None else c.victims,
            )
        )
    # Restatements: a later fact that says the same as an earlier one (in another sentence)
    # takes the earlier one's value, so the core folds both into one fact with two mentions.
    earlier: dict[tuple[str, int | None, int | None], list[int]] = {}
    for i, value in enumerate(values):
        bucket = earlier.setdefault((value.status, value.count, value.lower_bound), [])
        for j in bucket[-_LOOKBACK:]:
            if found[j].sentence == found[i].sentence or values[j].superseded != value.superseded:
                continue
            if _compatible(values[j], value):
                victims = (*values[j].victims, *(v for v in value.victims if v.name not in {w.name for w in values[j].victims}))
                merged = attrs.evolve(values[j], location=values[j].location or value.location, victims=victims)
                values[i] = values[j] = merged
                break
        bucket.append(i)
    for span, value in zip(spans, values, strict=True):
        if value.count == 0 or span.end <= span.start:
            continue
        confidence = 0.7 if value.derived else 0.9
        yield Fact("casualty", span, text[span.start : span.end], value, confidence)
