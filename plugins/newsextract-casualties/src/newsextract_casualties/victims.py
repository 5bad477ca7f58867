"""Single victims the resolver's noun lists do not name, as a named rule on :mod:`newsextract.rules`
(run with :data:`.rules.SCANS`; kept by :mod:`.scans` unless the sentence already reads the person).

``single-victim``: a singular subject whose predicate only a person takes — "a local sarpanch
was beaten to death", "the leader of the farmers' union (FU) was shot dead", "a prominent
official and activist was gunned down", "one herdsman was killed", "a rioter succumbed to his
wounds" — is one person killed, whatever its head noun (animals aside). "killed" and "executed" also take things ("the bill
was killed", "the plan was executed"): after "a"/"the" they need a person head. The same
holds for the object of such a verb: "raiders beheaded a dahalo", "militants shot and killed a
security forces personnel".
"""

from __future__ import annotations

from typing import Final

from newsextract.rules import WORD, Anchored, Lexicon, Match, Rule, RuleSet, alt, opt, phrase, seq, tok

from .lexicon import COLLECTIVE_NOUNS, KIN, NP_STOP_WORDS, PERSON_NOUNS
from .phrases import _is_weak_head
from .rules import Scan

__all__ = ["VICTIM_RULES"]


#: Animals die in the same words; a count of them is no casualty ("one cow was killed").
ANIMALS: Final = Lexicon(
    "animals",
    nouns="cow, goat, sheep, camel, horse, dog, donkey, pig, chicken, animal, cattle, livestock, bull, ox, mule, elephant, "
    "rhino, lion, leopard, tiger, bear, deer, buffalo, hippo, gorilla, wolf, boar, monkey, cat, bird",
)

#: Words that cannot stand inside the subject: a verb, a clause word, a status word.
_NOT_IN_SUBJECT: Final = NP_STOP_WORDS - {"of", "the", "a", "an", "and"}


def _modifier(token_lower: str) -> bool:
    return token_lower not in _NOT_IN_SUBJECT and token_lower not in ("of", "and", "a", "an", "the")


_MOD: Final = tok(kind=WORD, where=lambda t: _modifier(t.lower))
#: The head: a lower-case word ("sarpanch", "official"), not a name.
_HEAD: Final = tok(kind=WORD, where=lambda t: t.text.islower() and t.text.isalpha() and _modifier(t.lower))
#: "of" and a name or group after the head: "the leader of local group Kilusan".
_OF: Final = seq(tok(lower="of"), tok(kind=WORD, where=lambda t: t.lower not in _NOT_IN_SUBJECT).rep(1, 10))
_BRACKET: Final = seq(tok("("), tok(where=lambda t: t.text not in {"(", ")", "."}).rep(1, 6), tok(")"))
_ADVERB: Final = tok(lower={"later", "then", "subsequently", "eventually", "reportedly", "allegedly", "brutally"})
#: Violence before the death in the same passive: "was attacked and beaten to death".
_BEFORE_DEATH: Final = seq(
    tok(lower={"attacked", "abducted", "kidnapped", "tortured", "ambushed", "assaulted", "dragged", "taken"}),
    tok(lower="and"),
)
#: Predicates only a person takes.
_PERSON_DEATH: Final = alt(
    phrase("shot dead"),
    phrase("shot and killed"),
    phrase("found dead"),
    phrase("gunned down"),
    phrase("hacked dead"),
    seq(
        tok(lower={"shot", "stabbed", "beaten", "hacked", "burned", "burnt", "stoned", "clubbed", "bludgeoned"}),
        phrase("to death"),
    ),
    tok(lower={"murdered", "assassinated", "beheaded", "lynched", "slain", "decapitated"}),
)
#: A relative clause of an earlier capture before the main predicate: "a man who was kidnapped
#: by gunmen last week was found dead", "a trader who went missing on Friday was found dead".
_TAKEN_BEFORE: Final = seq(
    tok(lower="who"),
    alt(
        seq(
            alt(tok(lower={"was", "were"}), phrase("had been"), phrase("has been")),
            tok(lower={"kidnapped", "abducted", "captured", "detained", "arrested", "taken", "seized"}),
        ),
        phrase("went missing"),
    ),
    tok(where=lambda t: t.lower not in {".", ";", "who", "was", "were"}).rep(0, 15),
    opt(tok(",")),
)("taken")
#: Dying of one's wounds: "a rioter succumbed to his wounds", "a guard later died of her injuries".
_DIED_OF_WOUNDS: Final = seq(
    opt(_ADVERB),
    alt(seq(tok(lower="succumbed"), tok(lower="to")), seq(tok(lower="died"), tok(lower={"of", "from"}))),
    opt(tok(lower={"his", "her", "their", "the"})),
    tok(lower={"injuries", "wounds"}),
)
#: Predicates things take too ("the deal was killed").
_AMBIGUOUS_DEATH: Final = tok(lower={"killed", "executed"})("ambiguous")


#: The subject, read backwards from "was": "a local sarpanch", "the leader of the union (U)",
#: "one herdsman". Matching the predicate first keeps the rule off the many sentences without one.
_SUBJECT: Final = Anchored(
    "passive-death-subject",
    seq(
        alt(tok(lower={"a", "an", "the"}), tok(quantity=lambda q: q.count == 1 and q.qualifier == "exact")("one")),
        _MOD.rep(0, 4),
        _HEAD("head"),
        opt(seq(tok(lower="and"), _HEAD("second"))),
        opt(_OF("of")),
        opt(_BRACKET),
    ),
)


def passive_death(m: Match) -> Scan | None:
    """One person killed, unless the head is an animal, or a "killed"/"executed" subject after
    "a"/"the" has no person head ("the bill was killed")."""
    tokens = m.stream.tokens
    subject = _SUBJECT.ending_at(tokens, m.start, max(0, m.start - 30))  # at "who" when a capture came first
    if subject is None:
        return None
    words = {name: tokens[at[0]].lower for name in ("head", "second") if (at := subject.get(name)) is not None}
    head = words.get("head", "")
    if head in ANIMALS:
        return None
    if m.get("ambiguous") is not None and not subject.has("one"):
        person = any(_person(word) for word in words.values())
        if not person and not (head == "head" and subject.has("of")):  # "the head of intelligence"
            return None
    return Scan("killed", head, tokens[subject.start].start, m.span.end)


#: Heads that count or gather people rather than name one ("killed a total of 12").
_NOT_ONE: Final = frozenset(COLLECTIVE_NOUNS | {"number", "dozen", "couple", "series", "handful", "score", "host"})


def active_object(m: Match) -> Scan | None:
    """One person killed as the object of a killing verb ("beheaded a dahalo", "shot and killed a
    security forces personnel"), unless an animal, a count word, or, after "killed"/"executed",
    no person head."""
    head = m.lower("ohead") or ""
    if head in ANIMALS or head in _NOT_ONE:
        return None
    if m.get("ambiguous") is not None and not _person(head):
        return None
    return Scan("killed", head, m.span.start, m.span.end)


def single_victim(m: Match) -> Scan | None:
    """The passive or "died of wounds" reading, or the active one when the object was matched."""
    return active_object(m) if m.get("ohead") is not None else passive_death(m)


#: A plural person noun: "gunmen", "assailants", "militants".
_PLURAL_PERSON: Final = tok(kind=WORD, where=lambda t: t.lower in PERSON_NOUNS and t.lower.endswith(("s", "men")))
_GROUP_STATUS: Final = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded"}


#: "They later killed them", "kidnapped five workers and killed them": the captives named again.
_KILLED_THEM: Final = alt(
    seq(tok(lower={"killed", "killing", "executed", "executing", "murdered", "murdering", "beheaded"}), tok(lower="them")),
    seq(tok(lower={"shot", "shooting"}), tok(lower="them"), tok(lower="dead")),
)("them")


def group_again(m: Match) -> Scan | None:
    """ "Both gunmen were killed" (two), "the assailants were killed" after "two assailants opened
    fire": the group's count, read from "both" or from the last count of that noun before.
    "killed them" gives a scan of count 0: :mod:`.scans` takes its count from the captives before."""
    if m.get("them") is not None:
        return Scan("killed", "them", m.span.start, m.span.end, count=0)
    head = m.lower("head") or ""
    status = _GROUP_STATUS.get(m.lower("status") or "")
    if status is None:
        return None
    count = 2 if m.get("both") is not None else _earlier_count(m, head)
    if count is None:
        return None
    return Scan(status, head, m.span.start, m.span.end, count=count)


def _earlier_count(m: Match, head: str) -> int | None:
    """The count right before the last earlier mention of ``head`` ("two armed assailants"), if any."""
    tokens = m.stream.tokens
    for at in range(m.start - 1, max(-1, m.start - 400), -1):
        if tokens[at].lower != head:
            continue
        for before in (at - 1, at - 2):
            q = tokens[before].quantity if before >= 0 else None
            if q is not None and q.count is not None and q.count > 1 and q.qualifier == "exact":
                return q.count
        return None  # the nearest mention has no count of its own
    return None


def _person(word: str) -> bool:
    return word in PERSON_NOUNS or word in KIN or _is_weak_head(word)


VICTIM_RULES: Final = RuleSet(
    "casualty-victims",
    [
        Rule(
            "single-victim",
            [
                alt(
                    seq(
                        opt(_TAKEN_BEFORE),
                        tok(lower="was"),
                        opt(_ADVERB),
                        opt(_BEFORE_DEATH),
                        alt(_PERSON_DEATH, _AMBIGUOUS_DEATH),
                    ),
                    _DIED_OF_WOUNDS,
                    seq(
                        alt(_PERSON_DEATH, seq(opt(phrase("shot and")), _AMBIGUOUS_DEATH)),
                        tok(lower={"a", "an"}),
                        _MOD.rep(0, 4),
                        _HEAD("ohead"),
                    ),
                )
            ],
            single_victim,
            examples=[
                ("A local sarpanch was attacked and beaten to death by a mob.", {"status": "killed", "who": "sarpanch"}),
                ("The leader of the farmers union (FU) was shot dead on Monday.", {"status": "killed", "who": "leader"}),
                ("A prominent union official and activist was shot dead.", {"status": "killed"}),
                ("The rebel district head of finance was killed in a raid.", {"status": "killed", "who": "head"}),
                ("One dahalo was killed and four were arrested.", {"status": "killed", "who": "dahalo"}),
                ("The bill was killed in committee.", None),
                ("One cow was killed by lightning.", None),
                ("On Tuesday, a rioter succumbed to his wounds.", {"status": "killed", "who": "rioter"}),
                ("A man who was kidnapped by gunmen last week was found dead.", {"status": "killed", "who": "man"}),
                ("Militants shot and killed a security forces personnel at the gate.", {"status": "killed", "who": "personnel"}),
                ("Raiders beheaded a dahalo near the river.", {"status": "killed", "who": "dahalo"}),
                ("The floods killed a total of twelve people.", None),
                ("Poachers shot dead an elephant.", None),
            ],
        ),
        Rule(
            "group-again",
            [
                alt(
                    seq(
                        alt(tok(lower="both")("both"), tok(lower="the")),
                        _PLURAL_PERSON("head"),
                        tok(lower="were"),
                        opt(_ADVERB),
                        tok(lower=set(_GROUP_STATUS))("status"),
                    ),
                    _KILLED_THEM,
                )
            ],
            group_again,
            examples=[
                ("Both gunmen were killed by police.", {"status": "killed", "who": "gunmen", "count": 2}),
                ("Two assailants opened fire. The assailants were killed.", {"status": "killed", "count": 2}),
                ("The assailants were killed.", None),
                ("A few militants fled. The militants were wounded.", None),
                ("Gunmen abducted nine soldiers. They later killed them.", {"status": "killed", "who": "them"}),
            ],
        ),
    ],
)
