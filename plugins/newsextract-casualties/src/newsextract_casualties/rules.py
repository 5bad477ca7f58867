"""Casualty constructions without a counted subject, as named rules on :mod:`newsextract.rules`.

Each rule reads one shape of sentence on the core's shared token stream and produces a
:class:`Scan` (one person and what happened to them); the reader (:mod:`.scans`) keeps a
scan unless the sentence already counts that person. ``newsextract explain`` names the rule.

1. ``shot-in-body``: "officers shot the attacker, a 29-year-old man, in the leg" (one wounded);
2. ``body-found``: "a farmer's body was found" (one killed, derived);
3. ``self-killed``: "... before killing himself", "shot himself dead" (the actor killed);
4. ``killed-pronoun``: "opened fire on a civilian, killing him" (one person killed);
5. ``in-addition-to``: "In addition to the gunman, three people were injured" (the gunman one more);
6. ``hurt-body-part``: "the parcel ignited and burned the clerk's fingers" (one wounded).
"""

from __future__ import annotations

from typing import Final

import attrs

from newsextract.rules import QTY, WORD, Lexicon, Match, Rule, RuleSet, alt, lex, opt, phrase, seq, tok

from .lexicon import ACTOR_NOUNS, PERSON_NOUNS

__all__ = ["SCANS", "Scan"]


@attrs.frozen
class Scan:
    """One person a rule found: ``status``, ``who`` (lower case), the character span, whether the
    status is read indirectly, and where the reflexive pronoun stands ("killing himself");
    ``count`` is more than one for a group named again ("both gunmen were killed")."""

    status: str
    who: str
    start: int
    end: int
    derived: bool = False
    pronoun_at: int | None = None
    count: int = 1


BODY_PARTS: Final = Lexicon(
    "body parts",
    nouns="leg, arm, head, forehead, chest, back, shoulder, stomach, abdomen, neck, foot, hand, face, thigh, knee, hip, groin, "
    "eye, torso, finger, toe, ear, wrist, ankle, elbow, jaw, skin",
)
REFLEXIVE: Final = Lexicon("reflexive", words="himself, herself")
#: After "her", words that show it was an object pronoun ("killing her.", "killing her in ...").
_AFTER_OBJECT_HER: Final = frozenset("and as at in on near with before after while when during outside inside".split())

_DET: Final = tok(lower={"a", "an", "the"})
#: Tokens of a short appositive: anything but a comma or a full stop.
_APPOSITIVE: Final = seq(tok(","), tok(where=lambda t: t.text not in {",", ".", ";"}).rep(1, 12), tok(","))


def _scan(m: Match, status: str, who: str, derived: bool = False, pronoun: str | None = None) -> Scan:
    at = m.get(pronoun) if pronoun is not None else None
    return Scan(status, who, m.span.start, m.span.end, derived, at.span.start if at is not None else None)


def shot_in_body(m: Match) -> Scan | None:
    """One wounded, when the object is a person ("shot the attacker in the leg")."""
    head = m.lower("head") or ""
    return _scan(m, "wounded", head) if head in PERSON_NOUNS else None


#: Verbs that hurt the body part they take ("burned the clerk's fingers").
_HURT: Final = Lexicon("hurt", verbs="burn, scald, injure, wound, sever, fracture", words="burnt")


def hurt_body_part(m: Match) -> Scan | None:
    """One wounded, when the owner of the body part is a person ("burned the clerk's fingers")."""
    head = m.lower("head") or ""
    return _scan(m, "wounded", head) if head in PERSON_NOUNS else None


def body_found(m: Match) -> Scan | None:
    """One killed (derived), when the owner of the body is a person."""
    head = m.lower("head") or ""
    return _scan(m, "killed", head, derived=True) if head in PERSON_NOUNS else None


def unnamed_body(m: Match) -> Scan:
    """ "a female body was found": one person killed (derived)."""
    return _scan(m, "killed", "person", derived=True)


def self_killed(m: Match) -> Scan:
    """The actor killed, named by the last attacker noun before it in the sentence ("the gunman")."""
    actors = [t.lower for t in m.before(60) if t.lower in ACTOR_NOUNS]
    return _scan(m, "killed", actors[-1] if actors else m.lower("self") or "himself", pronoun="self")


def killed_pronoun(m: Match) -> Scan | None:
    """One person killed, unless "her" is a possessive ("killing her husband") or the death was
    of an illness ("she died of cancer")."""
    if m.get("died") is not None:
        after = [t.lower for t in m.after(2)]
        if after[:1] in (["of"], ["from"]) and after[1:2] not in (["his"], ["her"], ["their"], ["injuries"], ["wounds"]):
            return None
        return _scan(m, "killed", "person")
    following = m.after(1)
    possessive = m.lower("pro") == "her" and following and following[0].kind == WORD
    if possessive and following[0].lower not in _AFTER_OBJECT_HER and following[0].lower not in ("dead", "killed"):
        return None
    return _scan(m, "killed", "person")


#: The participles an "in addition to" clause may end with, and their status.
_ALSO_STATUS: Final = {"killed": "killed", "dead": "killed", "injured": "wounded", "wounded": "wounded", "hurt": "wounded"}


def in_addition_to(m: Match) -> Scan | None:
    """ "In addition to the gunman, three people were injured": the person named first is one more
    of that status (the count after it does not hold them)."""
    head = m.lower("head") or ""
    if head not in PERSON_NOUNS and head not in ACTOR_NOUNS:
        return None
    status = _ALSO_STATUS[m.lower("status") or ""]
    named = m.get("head")
    return Scan(status, head, m.span.start, named.span.end if named is not None else m.span.end)


#: Adverbs allowed in "he was later killed".
_ADVERBS: Final = frozenset({"later", "then", "subsequently", "eventually", "reportedly", "fatally"})
#: Passive participles of a killing: "he was shot and killed", "she was stabbed to death".
_KILLED_PASSIVE: Final = alt(
    tok(lower={"killed", "murdered", "assassinated", "executed", "beheaded", "lynched", "slain"}),
    phrase("shot dead"),
    phrase("shot and killed"),
    phrase("found dead"),
    seq(tok(lower={"shot", "stabbed", "beaten", "hacked", "burned"}), phrase("to death")),
)
_KILLING: Final = alt(
    tok(lower={"killing", "killed", "murdering", "murdered"}),
    seq(tok(lower={"shot", "shooting"}), opt(tok(lower="and")), tok(lower={"dead", "killed", "killing"})),
)

SCANS: Final = RuleSet(
    "casualty",
    [
        Rule(
            "shot-in-body",
            [
                tok(lower="shot"),
                _DET,
                tok(kind=WORD)("head"),
                opt(_APPOSITIVE),
                tok(lower="in"),
                tok(lower="the"),
                lex(BODY_PARTS),
            ],
            shot_in_body,
            examples=[
                ("Officers shot the attacker, a 29-year-old man, in the leg.", {"status": "wounded", "who": "attacker"}),
                ("The hunter shot the deer in the neck.", None),
            ],
        ),
        Rule(
            "hurt-body-part",
            [
                lex(_HURT),
                _DET,
                tok(kind=WORD).rep(0, 2),
                tok(kind=WORD)("head"),
                tok(lower={"'s", "’s"}),
                lex(BODY_PARTS),
            ],
            hurt_body_part,
            examples=[
                ("The parcel ignited and burned the clerk's fingers.", {"status": "wounded", "who": "clerk"}),
                ("The blast fractured a young guard's arm.", {"status": "wounded", "who": "guard"}),
                ("The fire burned the statue's arm.", None),
            ],
        ),
        Rule(
            "body-found",
            [
                _DET,
                tok(kind=WORD).rep(0, 2),
                tok(kind=WORD)("head"),
                tok(lower={"'s", "’s"}),
                opt(tok(lower={"dead", "lifeless", "charred"})),
                tok(lower={"body", "corpse", "remains"}),
                alt(tok(lower={"was", "were"}), phrase("has been"), phrase("had been")),
                opt(tok(lower="later")),
                tok(lower={"found", "discovered", "recovered", "retrieved", "dumped", "pulled", "identified"}),
            ],
            body_found,
            examples=[
                ("A farmer's body was found near the river.", {"status": "killed", "who": "farmer", "derived": True}),
                ("The company's body of work was found wanting.", None),
            ],
        ),
        Rule(
            "unnamed-body",
            [
                tok(lower={"a", "an"}),
                opt(tok(lower={"male", "female", "dead", "lifeless", "charred", "burned", "burnt", "decapitated", "mutilated"})),
                tok(lower={"body", "corpse"}),
                alt(tok(lower={"was", "were"}), phrase("has been"), phrase("had been")),
                opt(tok(lower={"later", "reportedly"})),
                tok(lower={"found", "discovered", "recovered", "retrieved", "dumped"}),
            ],
            unnamed_body,
            examples=[
                ("A female body was found on the road.", {"status": "killed", "who": "person", "derived": True}),
                ("A governing body was found to be at fault.", None),
            ],
        ),
        Rule(
            "self-killed",
            [
                alt(
                    seq(
                        alt(
                            tok(lower={"killing", "killed", "kills"}),
                            seq(tok(lower="fatally"), tok(lower={"shot", "shooting"})),
                            seq(tok(lower={"shot", "shooting"}), tok(lower="and"), tok(lower={"killed", "killing"})),
                        ),
                        lex(REFLEXIVE)("self"),
                    ),
                    seq(tok(lower={"shot", "shooting"}), lex(REFLEXIVE)("self"), alt(tok(lower="dead"), phrase("to death"))),
                    seq(tok(lower={"blew", "blowing"}), lex(REFLEXIVE)("self"), tok(lower="up")),
                )
            ],
            self_killed,
            examples=[
                ("The gunman shot dead two guards before killing himself.", {"status": "killed", "who": "gunman"}),
                ("The suicide bomber blew herself up at the gate.", {"status": "killed", "who": "bomber"}),
                ("A man shot himself dead in the yard.", {"status": "killed", "who": "himself"}),
                ("The man shot himself in the foot.", None),
            ],
        ),
        Rule(
            "in-addition-to",
            [
                alt(phrase("in addition to"), tok(lower="besides")),
                _DET,
                tok(kind=WORD)("head"),
                tok(","),
                QTY,
                tok(kind=WORD).rep(0, 3),
                tok(lower={"were", "was"}),
                opt(tok(lower={"also", "reportedly"})),
                tok(lower=set(_ALSO_STATUS))("status"),
            ],
            in_addition_to,
            examples=[
                ("In addition to the gunman, three people were injured.", {"status": "wounded", "who": "gunman"}),
                ("Besides the driver, two passengers were killed.", {"status": "killed", "who": "driver"}),
                ("In addition to the bridge, three houses were damaged.", None),
            ],
        ),
        Rule(
            "killed-pronoun",
            [
                alt(
                    seq(_KILLING, tok(lower={"him", "her"})("pro"), opt(tok(lower={"dead", "killed"}))),
                    seq(tok(lower={"leaving", "left"}), tok(lower={"him", "her"})("pro"), tok(lower={"dead", "killed"})),
                    seq(
                        tok(lower={"resulting", "resulted"}),
                        tok(lower="in"),
                        tok(lower={"his", "her"})("pro"),
                        tok(lower="death"),
                    ),
                    seq(
                        tok(lower={"he", "she"})("pro"),
                        opt(tok(lower={"later", "subsequently", "then", "eventually"})),
                        tok(lower="died")("died"),
                    ),
                    seq(tok(lower={"he", "she"})("pro"), tok(lower="was"), opt(tok(lower=_ADVERBS)), _KILLED_PASSIVE),
                )
            ],
            killed_pronoun,
            examples=[
                ("Snipers opened fire on a farmer, killing him.", {"status": "killed", "who": "person"}),
                ("Gunmen raided the house of a judge, leaving her dead.", {"status": "killed"}),
                ("The man was arrested for killing her husband.", None),
                ("Militants shot a driver, resulting in his death.", {"status": "killed", "who": "person"}),
                ("Police beat the man in custody, and he died of his injuries.", {"status": "killed"}),
                ("The former mayor said she died of cancer.", None),
                ("Officers chased the gunman to a parking lot, where he was shot and killed.", {"status": "killed"}),
                ("He was nearly killed in the crash.", None),
            ],
        ),
    ],
)
