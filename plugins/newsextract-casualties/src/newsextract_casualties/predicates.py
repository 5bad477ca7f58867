"""Predicates after a subject: "were killed", "remain missing", "were taken to hospital"."""

from __future__ import annotations

from typing import Final

from newsextract.text import LazyPattern, TwinMatch, TwinPattern

from .engine import CASE
from .lexicon import (
    NOT_PLACES,
)

#: Hoisted from the reading code (a per-call ``regex.search(source, ...)`` pays a cache lookup).
REL_WORDS: Final = LazyPattern(r"(?i)\b(?:who|that|which)\b")


BETWEEN_BEFORE: Final = LazyPattern(r"(?i)\bbetween\s+\Z")


SHORT_GAP: Final = LazyPattern(r"[^.;]{0,40}")


_ROOM: Final = r"(?:[\w'’.-]+\s+){0,3}?"


HOSPITAL: Final = (
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
    rf"|{_CONDITION}\s+(?:at|in)\s+(?:a\s+|the\s+)?{_ROOM}{HOSPITAL}"
    rf"|(?:taken|rushed|transported|brought|admitted|sent|transferred|moved|referred)\s+to\s+(?:a\s+|the\s+)?{_ROOM}{HOSPITAL}"
    rf"|treated\s+(?:in|at)\s+(?:a\s+|the\s+)?{_ROOM}{HOSPITAL}"
    rf"|(?:needed|needing|required|requiring|received|receiving)\s+treatment\s+(?:in|at)\s+(?:a\s+|the\s+)?{_ROOM}{HOSPITAL}"
    rf"|in\s+(?:a\s+|the\s+)?{HOSPITAL})"
    r"|(?P<killed>shot\s+(?:dead|and\s+killed)"
    r"|(?:(?:stoned|beaten|shot|stabbed|tortured|attacked|assaulted|robbed|hacked|kicked|burned)\s+and\s+)?"
    r"(?:shot|stabbed|burned|burnt|crushed|beaten|hacked|hanged|tortured|stoned|clubbed|kicked)\s+to\s+death"
    r"|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|assaulted|attacked|beaten|hit|struck)|shot\s+and\s+died"
    rf"|(?:shot|hit|struck|stabbed)\s+in\s+the\s+{_BODY_PART}\s+and\s+(?:later\s+)?died"
    r"|succumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:injuries|wounds)|assassinated|murdered|executed|beheaded|lynched"
    r"|(?:kidnapped|abducted|captured|detained|arrested|shot|stabbed|tortured|attacked|beaten|raped|robbed|handcuffed"
    r"|tied|bound)(?:\s+by\s+[^,.;:\"“”]{1,40}?)?\s+and\s+(?:then\s+|later\s+)?(?:killed|found\s+(?:dead|killed)"
    r"|(?:shot|stabbed|beaten|hacked|burned|burnt|tortured|stoned)\s+to\s+death)"
    r"|gunned\s+down|killed|dead|died|slain|perished|drowned|lost\s+(?:their|his|her)\s+lives?|(?:pronounced|declared)\s+dead"
    r"|among\s+(?:the|those)\s+(?:dead|killed|fatalities))"
    r"|(?P<wounded>shot\s+and\s+wounded|wounded|injured|hurt|stabbed"
    r"|(?:beaten|stabbed|shot)\s+(?:to\s+)?(?:near|nearly|almost)\s+(?:to\s+)?death"
    rf"|(?:hit|struck|shot)\s+in\s+the\s+{_BODY_PART}"
    r"|(?:hit|struck|wounded)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|gunfire|shrapnel|shell\s+fragments)"
    r"|treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds?|burns|shrapnel|gunshot|fractures|cuts|smoke\s+inhalation"
    r"|breathing\s+(?:problems|difficulties))"
    r"|(?:suffered|sustained|suffering|sustaining)\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns|fractures|cuts|bruises|lacerations)"
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
SECOND_PRED: Final = LazyPattern(
    rf"\s+and\s+(?:(?:later|then|subsequently|were|was|had\s+to\s+be)\s+)?(?:{_PRED_SOURCE})\b", CASE, cue=r"\s+and\s+"
)


#: Statuses that a second predicate may add to a first one (the same people, a further step).
SECOND_STATUSES: Final = {
    "wounded": frozenset({"hospitalized", "evacuated"}),
    "rescued": frozenset({"hospitalized", "evacuated"}),
    "evacuated": frozenset({"hospitalized"}),
    "hospitalized": frozenset({"evacuated"}),
}


#: An absolute "with" clause inside an "including" parenthesis: "put the toll at 34, including nine
#: children, with 112 people wounded" (the predicate belongs to the other count).
ABSOLUTE_WITH: Final = LazyPattern(r",\s+with\b", CASE)


DERIVED_PRED: Final = LazyPattern(r"treated|medical|condition|trapped|among|flown|pulled|shelter|fled|hit|struck", CASE)


_PAREN: Final = (
    r"(?:\s*,?\s*(?P<incl>including|among\s+them)\s+[^.;:\"“”]{1,120}?,?"
    r"|\s*,\s*(?:[^,.;:\"“”]|(?<=\s[A-Z])\.){1,80}?,|\s*[—–]\s*[^—–.;]{1,80}?[—–]|\s*\([^()]{1,80}\))?"
)


#: A capitalised word of a place name, or an initialism with dots ("U.S.A.").
_PLACE_WORD: Final = r"(?:[A-Z][A-Za-z'-]*|[A-Z](?:\.[A-Z])+\.?)"
#: The rest of a place named by its parts after a post-modifier: ", Utah, U.S.A.", ", Kano State"
#: (case-sensitive even inside the case-blind predicates: ", said two" is no place).
_PLACE_TAIL: Final = rf"(?-i:(?:(?:,\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}){{1,3}},?)?)"

#: A post-modifier between subject and predicate: "of the crew", "at a tax office in Provo,
#: Utah,", "living near the plant", "from the 5th Brigade of the army (military police)",
#: "suspected of robberies in the area" (a bracketed gloss may close it).
_POSTMOD: Final = (
    r"(?:(?:\s+(?:of|from|in|aboard|on\s+board|(?:suspected|accused|wanted|convicted)\s+(?:of|for|in))"
    rf"\s+[^,.;:\"“”]{{1,60}}?{_PLACE_TAIL}"
    # "at"/"near" phrases name where the people were, never a second clause ("injured a guard at
    # the site and that 40 residents had been evacuated"): no conjunction inside.
    r"|\s+(?:at|near|inside|outside)\s+(?:(?!\b(?:and|that|but|while|whom?|which)\b)[^,.;:\"“”]){1,60}?"
    rf"{_PLACE_TAIL}"
    r"|\s+(?:(?:driving|riding|carrying)(?=\s+(?:a|an|the|his|her|their)\b)"
    r"|(?:living|working|staying|travel(?:l)?ing|riding|sleeping|waiting|gathered)"
    r"\s+(?:in|at|on|near|inside|outside|along|beside|close\s+to))\s+[^,.;:\"“”]{1,40}?)"
    r"(?:\s*\([^().;]{1,60}\))?)??"
)


#: A relative clause of its own before a passive: "a passenger who tried to put the fire out was
#: also injured" (only when "was"/"were" follows it, so the clause cannot be the predicate).
_RELATIVE: Final = r"(?:\s+who\s+(?!(?:was|were|is|are|had|have|has)\b)[^,.;:\"“”]{1,60}?(?=\s+(?:was|were)\b))??"
_AUX_WORDS: Final = (
    r"who|that|were|was|are|is|have|has|had|been|being|be|got|get|remain|remained|remains|still|also|all|both"
    r"|reportedly|later|now|then|eventually|initially|subsequently|officially|critically|seriously|severely"
    r"|gravely|lightly|slightly|moderately|badly|each|believed\s+to\s+be|feared|presumed|found|reported"
    r"|confirmed|said\s+to\s+be|not|never|likely|apparently|allegedly|thought\s+to\s+be|understood\s+to\s+be"
    r"|(?:said|reported|believed|thought|known|understood)\s+to\s+have\s+been"
)


#: A ``TwinPattern``: on a plain text (most news) the standard library's engine compiles this
#: long pattern in half the time and matches it faster, with the same matches.
RIGHT: Final = TwinPattern(
    rf"{_PAREN}{_POSTMOD}{_RELATIVE}(?P<rel>\s*,(?=\s+who\b))?(?P<aux>(?:\s+(?:{_AUX_WORDS})\b){{0,5}})\s+(?:{_PRED_SOURCE})\b",
    CASE,
)


#: "killed, injured or captured", "killed and wounded": a combined figure, not one status.
COMBINED_AFTER: Final = LazyPattern(
    r"(?:\s*,\s*(?:killed|wounded|injured|captured|missing|arrested))*\s*(?:,\s*)?(?:and|or|/)\s*"
    r"(?:killed|wounded|injured|captured|missing|arrested|hurt)\b",
    CASE,
)


#: Deaths from illness are not casualties of violence or disaster.
ILLNESS_AFTER: Final = LazyPattern(
    r"\s+(?:of|from|due\s+to)\s+(?:the\s+)?(?:coronavirus|covid(?:-19)?|disease|illness|an\s+illness|cancer|natural\s+causes"
    r"|old\s+age|complications|a\s+heart\s+attack|heart\s+failure)\b",
    CASE,
)


NEGATION: Final = LazyPattern(r"\b(?:not|never)\b", CASE)


#: After a bare participle ("two students killed 12 classmates") an object means an active verb.
_OBJECT_AFTER: Final = LazyPattern(
    r"\s+(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|more|at\s+least|off|up|some|several|many|all|him|them|it)\b)",
    CASE,
)


#: "1 killed 3 injured": a count with a status participle of its own after a bare participle is no
#: object of it (terse reports list counts and participles without verbs).
COUNT_WITH_STATUS: Final = LazyPattern(
    r"\s*,?\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:injured|wounded|hurt|missing|dead|killed)\b",
    CASE,
)


#: Auxiliaries that make a participle passive ("who were killed"); without one, "who allegedly
#: shot dead a man" is an active verb whose subject is no casualty.
PASSIVE_AUX: Final = LazyPattern(
    r"\b(?:were|was|are|is|been|being|be|got|get|gets|remain|remained|remains|found|feared|presumed|reported"
    r"|confirmed|believed|said|thought|understood)\b",
    CASE,
)


_NAME_OBJECT: Final = LazyPattern(r"\s+(?P<name>\p{Lu}[\p{L}'’.-]*)")


_REFLEXIVE: Final = LazyPattern(r"\s+(?:him|her|them)sel(?:f|ves)\b", CASE)


def can_be_active(aux: str, bare: bool) -> bool:
    """True when the predicate can be an active verb: no passive auxiliary before it."""
    return bare or PASSIVE_AUX.search(aux) is None


def has_object(text: str, pos: int, stop: int) -> bool:
    """True when an object follows a verb at ``pos``: a determiner, a number, a pronoun or a
    capitalised name ("shot and killed Officer Smith"; weekdays and months are no objects)."""
    if _OBJECT_AFTER.match(text, pos, stop):
        return True
    name = _NAME_OBJECT.match(text, pos, stop)
    return name is not None and name.group("name") not in NOT_PLACES


#: After a hostage noun: still held ("remain in", "are still being held", "remained captive").
STILL_HELD: Final = LazyPattern(
    r"\s+(?:(?:are|were|is|was)\s+)?(?:still\s+)?(?:remain|remains|remained|(?:being\s+)?held|in\s+captivity)"
    r"(?:\s+(?:in\s+captivity|captive|held|in|inside))?\b",
    CASE,
)


#: After a hospital predicate, in the same clause: "... with serious burns", "... with gunshot wounds".
TAKEN_WITH_INJURY: Final = LazyPattern(
    r"(?:\s+[^,.;:\"“”]{0,60}?)?\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|gunshot\s+wounds)\b", CASE
)


#: After "flown to", "airlifted to": a hospital as the destination.
TO_HOSPITAL: Final = LazyPattern(rf"(?<=\bto)\s+(?:a\s+|the\s+)?{_ROOM}{HOSPITAL}\b", CASE)


MOVED_TO: Final = LazyPattern(r"\b(?:taken|rushed|transported|brought|sent|transferred|moved|flown|airlifted)\b", CASE)


def pred_status(match: TwinMatch) -> str | None:
    name = match.lastgroup
    return name if name in {"killed", "wounded", "hospitalized", "missing", "captured", "evacuated", "rescued"} else None


#: A partitive subject: "one of the men", "two of the victims", "three of them".
_PARTITIVE_SUBJECT: Final = LazyPattern(r"[\w-]+\s+of\s+(?:the|them|those|these|its|their)\b", CASE)
#: The main verb of a clause whose subject held a relative clause: "... who died *was* a leader".
_MAIN_VERB_AFTER: Final = LazyPattern(r"\s*,?\s*(?:was|were|is|are|had|has|have|included|includes)\b", CASE)


def status_in_relative(text: str, start: int, subject_end: int, right: TwinMatch, s1: int) -> bool:
    """ "One of the men who died was the leader", "two of the victims, who were beheaded, were
    children": the status is said of the group in a relative clause inside a partitive subject,
    whose own predicate follows; the part is no casualty of its own (the group is counted already)."""
    relative = right.group("rel") or REL_WORDS.search(right.group("aux") or "") is not None
    return (
        relative
        and _PARTITIVE_SUBJECT.search(text, start, subject_end) is not None
        and _MAIN_VERB_AFTER.match(text, right.end(), s1) is not None
    )
