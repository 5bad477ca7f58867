"""Rules as data: constructions written on the core's rule layer (:mod:`newsextract.rules`).

Each rule has invented example sentences the meta-tests run. :func:`own_statuses` runs them
once per text and says where they matched:

* ``weapons.participle`` and ``weapons.existential`` give a list its status when no verb
  governs it (the resolver, :mod:`newsextract_weapons.resolver`, asks them last);
* ``weapons.in_service`` gives a list standing in service status ``other`` ("two frigates
  remain in active service");
* ``weapons.off_radar`` gives a list that "disappeared from radar" status ``lost``;
* ``weapons.time_tally`` reads a span of time or an attack that "saw" a count of munitions
  ("June saw 5,000 drones", "the barrage saw 400 drones"; also headless: "July has seen 2,000 so far");
* ``weapons.both`` reads "both" closing a list as a count of two ("28 drones and both missiles");
* ``weapons.launched_object`` and ``weapons.object_relative`` find a count with no head that a
  launch verb takes as its object (:mod:`newsextract_weapons.ellipsis` gives it the munition
  named just before).

Facts that got their status this way carry the rule's name (``newsextract explain`` shows it).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from newsextract.rules import PUNCT, QTY, Evidence, Lexicon, Match, Rule, RuleSet, Token, alt, lex, phrase, seq, tok, tokenize

from . import lexicon as lx

__all__ = ["CONSTRUCTIONS", "STATES", "TALLIES", "OwnStatuses", "own_statuses", "state_after"]

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

#: Launch verbs that take a headless count as their object.
OBJECT_VERBS: Final = Lexicon("weapon launch verbs", words="aimed, fired, launched, hurled, sent, used")
_AIMED_AT: Final = tok(lower={"at", "on", "toward", "towards", "against", "into"})


def _object(m: Match) -> dict[str, object]:
    return {"relative": m.rule == "weapons.object_relative", "at": m["count"].span.start}


LAUNCHED_OBJECT: Final = Rule(
    "weapons.launched_object",
    seq(lex(OBJECT_VERBS).capture("verb"), QTY.capture("count"), _AIMED_AT),
    _object,
    examples=[
        ("The enemy aimed more than 200 at the port overnight.", {"relative": False}),
        ("They fired 40 toward the coast.", {"relative": False}),
        ("The team scored 200 at home.", None),
    ],
)
"""A headless count a launch verb aims at a target: "aimed more than 300 at the capital"."""

OBJECT_RELATIVE: Final = Rule(
    "weapons.object_relative",
    seq(
        tok(lower="the"),
        QTY.capture("count"),
        alt(seq(tok(text="the"), tok(kind="word")), tok(text={"it", "they", "we"}), tok(title=True).rep(1, 2)),
        tok(lower={"had", "has"}).opt(),
        lex(OBJECT_VERBS).capture("verb"),
    ),
    _object,
    examples=[
        ("That is more than the 410 it fired in all of May.", {"relative": True}),
        ("It is twice the 300 Russia launched last month.", {"relative": True}),
        ("The 300 soldiers marched home.", None),
    ],
)
"""A count as the object of a relative clause: "the 426 Russia fired last July"."""

#: Verbs that say a weapon stands somewhere as a state ("are listed in service", "remain in service").
_STATE_VERBS: Final = Lexicon("weapon state verbs", verbs="remain, stay", words="are, were, is, was, be, been")


def _in_service(m: Match) -> dict[str, object]:
    return {"status": "other", "at": m["verb"].span.start}


IN_SERVICE: Final = Rule(
    "weapons.in_service",
    seq(
        lex(_STATE_VERBS).capture("verb"),
        tok(lower={"listed", "kept", "still", "currently", "now"}).opt(),
        tok(lower="in"),
        tok(lower={"active", "frontline", "operational", "military", "naval"}).opt(),
        tok(lower="service"),
    ),
    _in_service,
    examples=[
        ("At least three landing ships are listed in active service with the fleet.", {"status": "other"}),
        ("Only two of the frigates remain in service.", {"status": "other"}),
        ("He was in the service of the king.", None),
        ("Six ships entered service last year.", None),
    ],
)
"""A state after the list: "two landing ships are listed in active service" (status other)."""


#: Verbs of a munition that left the radar picture.
_VANISH: Final = Lexicon("vanishing verbs", verbs="disappear, vanish, drop")


def _off_radar(m: Match) -> dict[str, object]:
    return {"status": "lost", "at": m.span.start}


OFF_RADAR: Final = Rule(
    "weapons.off_radar",
    seq(
        tok(lower={"were", "was", "had", "have", "has"}).opt(),
        alt(lex(_VANISH), phrase("went missing")).capture("verb"),
        tok(lower={"from", "off"}),
        tok(lower="the").opt(),
        tok(lower={"radar", "radars", "screens", "screen"}),
    ),
    _off_radar,
    examples=[
        ("Another 12 drones disappeared from radar.", {"status": "lost"}),
        ("Three missiles had vanished off the radar screens.", {"status": "lost"}),
        ("The ship disappeared from view.", None),
    ],
)
"""A munition lost from radar: "12 drones disappeared from radar" (status lost)."""

#: The verbs of a tally ("June saw 5,000 drones").
_SEEING: Final = frozenset({"saw", "seen", "sees", "see"})
#: Subjects that "saw" a tally of munitions: a span of time or an attack.
_TIME_SUBJECTS: Final = Lexicon(
    "time and attack subjects",
    nouns="night, week, weekend, month, day, year, attack, barrage, assault, raid, wave, bombardment, onslaught",
    words="January, February, March, April, June, July, August, September, October, November, December, "
    "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, overnight",
)
#: Words after a headless tallied count that end it ("July has seen 2,000 in nine days").
_TALLY_END: Final = alt(
    tok(lower={"in", "over", "during", "so", "alone", "since", "this", "last", "already"}), tok(kind=PUNCT, text={".", ",", ";"})
)


def _time_tally(m: Match) -> dict[str, object]:
    return {"at": m["count"].span.start, "headless": "end" in m}


TIME_TALLY: Final = Rule(
    "weapons.time_tally",
    seq(
        lex(_TIME_SUBJECTS),
        tok(lower={"has", "had", "have"}).opt(),
        tok(lower=_SEEING),
        tok(kind="word", where=lambda t: t.lower not in {"people", "killed"}).rep(0, 5),
        QTY.capture("count"),
        _TALLY_END.capture("end").opt(),
    ),
    _time_tally,
    examples=[
        ("June saw a new monthly high of 4,100 drones.", {"headless": False}),
        ("The barrage saw 400 drones hit the region.", {"headless": False}),
        ("August has seen more than 1,500 so far.", {"headless": True}),
        ("The week saw rain on 40 occasions.", {"headless": False}),
        ("Officials saw 40 drones.", None),
    ],
)
"""A tally an attack or a span of time "saw": "the night saw 500 drones" (launched, munitions only)."""

#: Plural weapon nouns of a known class ("missiles", "drones", "tanks").
PLURAL_HEADS: Final = Lexicon("plural weapon nouns", words=[h for h, c in lx.HEADS.items() if c is not None and h.endswith("s")])


def _both(m: Match) -> dict[str, object]:
    return {"at": m["count"].span.start, "end": m["count"].span.end}


BOTH: Final = Rule(
    "weapons.both",
    seq(
        alt(tok(text=","), tok(lower="and")),
        tok(lower="both").capture("count"),
        tok(lower="the").opt(),
        tok(kind="word").opt(),
        lex(PLURAL_HEADS),
    ),
    _both,
    examples=[
        ("Gunners repelled the raid, destroying 17 drones and both missiles.", {}),
        ("It lost four tanks and both the cruise missiles.", {}),
        ("Both Russia and Ukraine used drones.", None),
    ],
)
"""A list closed by "both": "destroying 28 drones and both missiles" (a count of two)."""

CONSTRUCTIONS: Final = RuleSet(
    "weapons-constructions",
    [PARTICIPLE, EXISTENTIAL, LAUNCHED_OBJECT, OBJECT_RELATIVE, BOTH],
    overlap="all",
)
#: Rules with a rare word of their own run only on texts that hold it (a cheap pre-filter: each
#: rule added to :data:`CONSTRUCTIONS` costs every text a few per cent).
STATES: Final = RuleSet(
    "weapons-states", [IN_SERVICE, OFF_RADAR], requires=Lexicon("state words", words="service, radar, radars"), overlap="all"
)
TALLIES: Final = RuleSet(
    "weapons-tallies", [TIME_TALLY], requires=Lexicon("seeing verbs", words="saw, seen, sees, see"), overlap="all"
)


def _cued(low: str, words: frozenset[str]) -> bool:
    """Whether one of ``words`` occurs in ``low`` (the lower-cased text) at all: every token whose
    lower-cased form is one of them is such a substring, so a rule starting with (or needing) one
    of them cannot match a text that fails this."""
    return any(word in low for word in words)


#: The words a text must hold for each rule to be run at all (each rule needs one of them).
_PARTICIPLE_CUE: Final = PARTICIPLES.first_words
_OBJECT_CUE: Final = OBJECT_VERBS.first_words
#: The last words of the forms a headless object's count follows ("fired 40", "the 40").
_OBJECT_BEFORE: Final = frozenset(form.split()[-1] for form in OBJECT_VERBS.forms) | {"the"}
_EXISTENTIAL_CUE: Final = frozenset({"there"})
_BOTH_CUE: Final = frozenset({"both"})


class OwnStatuses:
    """Where the rules matched in one text: participles by the participle's offset, existential
    tallies by their count's offset, each with the status it gives; headless launched objects by
    their count's offset (True for an object relative, which gives the status itself); a closing
    "both" by its start, with its end; states ("are in service") by their verb's offset, with
    the status and the rule's name; tallies a time or an attack "saw" by their count's offset.

    Each is worked out on first use, from only the rules it needs, and only when the text holds
    a word those rules need: most texts ask for a few of them, and lack "both" or "there".
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._low: str | None = None
        self._cues: dict[frozenset[str], bool] = {}  # each cue is looked for once (a scan of the text)

    def _has(self, words: frozenset[str]) -> bool:
        found = self._cues.get(words)
        if found is None:
            if self._low is None:
                self._low = self.text.lower()
            found = self._cues[words] = _cued(self._low, words)
        return found

    def _run(self, rule: Rule, cue: frozenset[str]) -> list[Evidence]:
        """What ``rule`` finds in the text; nothing, without a look at the tokens, when it lacks ``cue``."""
        return list(rule.run(self.text)) if self._has(cue) else []

    @functools.cached_property
    def participles(self) -> dict[int, str]:
        """Participles ("49 drones intercepted over ...") by the participle's offset -> status."""
        return {int(f.value["at"]): str(f.value["status"]) for f in self._run(PARTICIPLE, _PARTICIPLE_CUE)}

    @functools.cached_property
    def existentials(self) -> dict[int, str]:
        """Existential tallies ("there have been 500 drones") by their count's offset -> status."""
        return {int(f.value["at"]): str(f.value["status"]) for f in self._run(EXISTENTIAL, _EXISTENTIAL_CUE)}

    @functools.cached_property
    def objects(self) -> dict[int, bool]:
        """Headless launched objects by their count's offset (True: an object relative)."""
        objects: dict[int, bool] = {}
        for rule in (LAUNCHED_OBJECT, OBJECT_RELATIVE):
            for found in self._run(rule, _OBJECT_CUE):
                objects[int(found.value["at"])] = bool(found.value["relative"])
        for found in self._tallied:
            if found.value["headless"]:
                objects[int(found.value["at"])] = False  # "July has seen 2,000 so far": the munition named before
        return objects

    def _token_at(self, at: int) -> tuple[Sequence[Token], int] | None:
        """The shared stream's tokens and the index of the one starting at offset ``at`` (None: none does)."""
        stream = tokenize(self.text)
        i = stream.index_at(at)
        if i >= len(stream.tokens) or stream.tokens[i].start != at:
            return None
        return stream.tokens, i

    def _seen_before(self, at: int) -> bool:
        """Whether a seeing verb stands among the six tokens before the one at ``at`` (as in every
        :data:`TIME_TALLY` match, whose count follows it after at most five words)."""
        found = self._token_at(at) if self._has(_SEEING) else None
        if found is None:
            return False
        tokens, i = found
        return any(t.lower in _SEEING for t in tokens[max(0, i - 6) : i])

    def object_at(self, at: int) -> bool | None:
        """``objects.get(at)``, without running the rules over the text when the word before a
        count at ``at`` is neither a launch verb nor "the" and no seeing verb stands before it
        (as every match of theirs has it)."""
        found = self._token_at(at)
        cued = found is not None and found[1] > 0 and found[0][found[1] - 1].lower in _OBJECT_BEFORE
        if not cued and not self._seen_before(at):
            return None
        return self.objects.get(at)

    def participle_at(self, at: int) -> str | None:
        """``participles.get(at)``, read only when a participle's first word starts at ``at``."""
        found = self._token_at(at)
        if found is None or found[0][found[1]].lower not in _PARTICIPLE_CUE:
            return None
        return self.participles.get(at)

    def tally_at(self, at: int) -> bool:
        """``at in tallies``, read only when a seeing verb stands right before ``at``."""
        return self._seen_before(at) and at in self.tallies

    @functools.cached_property
    def both(self) -> dict[int, int]:
        """A closing "both" by its start -> its end."""
        return {int(f.value["at"]): int(f.value["end"]) for f in self._run(BOTH, _BOTH_CUE)}

    @functools.cached_property
    def states(self) -> dict[int, tuple[str, str]]:
        """States ("are listed in service") by their verb's offset -> (status, rule name)."""
        return {int(f.value["at"]): (str(f.value["status"]), f.rule.name) for f in STATES.evidence(self.text)}

    @functools.cached_property
    def _tallied(self) -> list[Evidence]:
        return TALLIES.evidence(self.text)

    @functools.cached_property
    def tallies(self) -> frozenset[int]:
        """Counts a time or an attack "saw" ("June saw 5,000 drones"), by their offset."""
        return frozenset(int(found.value["at"]) for found in self._tallied)


@functools.lru_cache(maxsize=16)
def own_statuses(text: str) -> OwnStatuses:
    """What :data:`CONSTRUCTIONS`, :data:`STATES` and :data:`TALLIES` find in ``text`` (cached per
    text; each rule runs at most once, when its result is first asked for)."""
    return OwnStatuses(text)


def state_after(text: str, end: int) -> tuple[str, str] | None:
    """(status, rule name) of a state rule (:data:`STATES`) one to three spaces after offset ``end``:
    "two landing ships are listed in active service", "12 drones disappeared from radar"."""
    gap = text[end : end + 4]
    after = end + len(gap) - len(gap.lstrip(" \t"))
    return own_statuses(text).states.get(after) if 0 < after - end <= 3 else None
