"""Grammar tags over the core's token stream.

The officials grammar reads title phrases as token patterns over words carrying
one-letter tags (see :mod:`newsextract_officials.frames`)::

    N name-like capitalised word   A acronym (US, NATO)     Q capitalised possessive (Ukraine's)
    q lower-case possessive        I initial (J.)           P name particle (van, da)
    H office head (mayor, Gov.)    R rank (Lt., Gen.)       M title modifier (Defense, police)
    S status (former, acting)      D determiner (the, its)  L place noun (region, Oblast)
    O of   F for   T to   & and    Y party-state (D-Mass.)  , comma   . end   x anything else
    h honorific (Sir, Dr.)         n lower-case "in"        V linking verb   W who
    G verb of heading (heads, led) B adverb of a linking phrase (later, again)
    w plain lower-case word        Z "at the time"          | other punctuation

Words come from :func:`newsextract.rules.tokenize` (one stream per text, shared with
every plugin); a word is the core token with its abbreviation period ("Gov."), its
possessive ("Ukraine's") or its party-state tail ("D-Mass.") attached, since the
grammar reads those as one word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from newsextract.rules import PUNCT, WORD, Token
from newsextract.text import LazyPattern

from . import lexicon as lx

__all__ = ["TaggedWord", "Word", "make_words", "strip_possessive", "tag_of", "tag_words", "words_in"]

_PARTICIPLE_COMPOUND: Final = LazyPattern(r"-(?:\p{Ll}+ed|run|born|led|speaking|held)$", cue="-")
_AL_PREFIX: Final = LazyPattern(r"^(?:al|el|ad|as|ash|an|abu|ibn|bin|ben|bint)-\p{Lu}")
PARTY_STATE: Final = LazyPattern(r"^([DRI])-([A-Z][A-Za-z.]{1,6})$", cue="[DRI]-")
_PARTY_START: Final = LazyPattern(r"^[DRI]-[A-Z]")
_ORDINAL_DIGITS: Final = LazyPattern(r"^\d{1,3}(?:st|nd|rd|th)$")
_UPPER_WORD: Final = LazyPattern(r"^[\p{Lu}\p{N}.&'’\-]+$")
BODY_WORDS: Final = lx.ORG_WORDS | lx.CAPITALISED_BODIES
_LINK_ONLY: Final = frozenset(k for k in lx.LINK_VERBS if k not in lx.STATUS)
_FORMER_AFTER: Final = [list(words) for words in lx.FORMER_AFTER]
_NAME_MONTHS: Final = frozenset(lx.NAME_MONTHS)
_OD_N_N: Final = LazyPattern(r"(?<=[OD])N(?=N)")  # a body word between "of the" and a name
_MULTI: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _words, _tag_of in sorted([(m, "H") for m in lx.MULTI_HEADS] + [(m, "R") for m in lx.MULTI_RANKS], key=lambda x: -len(x[0])):
    _MULTI.setdefault(_words[0], []).append((_words, _tag_of))
_KEYWORD_TAGS: Final = {"of": "O", "for": "F", "to": "T", "and": "&"}


class TaggedWord:
    """A word while its tag is still being fixed up (plain and mutable: many per window).

    :func:`tag_words` gives them, :func:`make_words` turns them into :class:`Word` s.
    """

    __slots__ = ("end", "key", "start", "status", "tag", "text")

    def __init__(self, start: int, end: int, text: str, tag: str, key: str, status: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tag = tag
        self.key = key
        self.status = status


@attrs.frozen(slots=True)
class Word(Token):
    """One grammar word: a core :class:`~newsextract.rules.Token` with its grammar tag.

    ``key`` is the casefolded text without possessive or trailing period ("Gov." -> "gov"),
    ``affix`` the status an "ex-"/"-designate" affix gives. Being a token, a run of words is
    matched by the rule layer's patterns (see :mod:`.frames`).
    """

    tag: str = ""
    key: str = ""
    affix: str | None = None

    @classmethod
    def make(cls, index: int, start: int, end: int, text: str, tag: str, key: str, affix: str | None = None) -> Word:
        """A word of a window (``index``: its position there).

        Equal to ``Word(index, start, end, text, text.lower(), shape_of(text), 0, kind, tag=...)``
        but about twice as fast: a window makes a word per token, and the frozen class's
        ``__init__`` (one guarded attribute write per field) was a large share of the
        plugin's time. The core's :meth:`~newsextract.rules.Token.of` writes the token's
        slots directly; the word's own three follow, before anyone sees the word.
        """
        word = cls.of(index, start, end, text, 0, WORD if text[:1].isalnum() else PUNCT)
        _SET_TAG(word, tag)
        _SET_KEY(word, key)
        _SET_AFFIX(word, affix)
        return word

    @property
    def display(self) -> str:
        """The word as a title word: abbreviations spelled out, status affixes dropped."""
        if self.key in lx.HEAD_SPELLING and self.tag == "H":
            return lx.HEAD_SPELLING[self.key]
        if self.affix == "plural":  # "Sens." -> "Senator", "ministers" -> "minister": one person's office
            return self.key.capitalize() if self.text[:1].isupper() else self.key
        if self.affix and "-" in self.text:
            pre, _, rest = self.text.partition("-")
            return rest if pre.casefold() in ("ex", "then", "former") else self.text.rpartition("-")[0]
        return self.text


def _setter(field: str) -> Callable[[Word, Any], None]:
    setter: Callable[[Word, Any], None] = getattr(Word, field).__set__  # the slot's own descriptor
    return setter


# The slot setters :meth:`Word.make` writes a new word's own fields with (see there why).
_SET_TAG, _SET_KEY, _SET_AFFIX = map(_setter, ("tag", "key", "affix"))


def strip_possessive(low: str) -> tuple[str, bool]:
    """(word without its possessive ending, whether it had one)."""
    if low.endswith(("'s", "’s")):
        return low[:-2], True
    if low.endswith(("'", "’")) and len(low) > 1:
        return low[:-1], True
    return low, False


def _affix_status(key: str) -> tuple[str, str | None]:
    """ "ex-minister" -> ("minister", "former"); "minister-designate" -> ("minister", "designate")."""
    if "-" in key:
        pre, _, rest = key.partition("-")
        stem, _, suffix = key.rpartition("-")
        if pre in ("ex", "then", "former") and rest in lx.HEADS:
            return rest, "former"
        if suffix in ("designate", "elect") and stem in lx.HEADS:
            return stem, "designate"
    return key, None


def _capitalised_tag(text: str, key: str) -> str | None:
    """The tag a capitalised word takes before the vocabulary look-ups, if any."""
    if key in lx.HONORIFICS:
        return "h"  # "Gen Sir Andrew X", "the director, Dr. Y": neither name nor title
    if len(text) == 2 and text[1] == ".":
        return "I"
    if PARTY_STATE.match(text):
        return "Y"
    if _UPPER_WORD.match(text) and len(text) > 1 and key not in lx.HEADS and key not in lx.RANKS:
        return "A"
    if key in lx.STOPWORDS:
        return "x"
    if key in lx.CAPITALISED_PLACE_NOUNS:
        return "L"
    if key in lx.CAPITALISED_BODIES:
        return "N"
    return None


def _lower_tag(text: str, key: str) -> str:
    """The tag of a lower-case word outside the title vocabulary."""
    if key == "in":
        return "n"  # "the ministry's director in Khartoum, X"
    if key in _LINK_ONLY:
        return "V"
    if key in lx.LINK_ADVERBS:
        return "B"  # "X was later named ...": may stand inside a linking-verb phrase
    if key in lx.HEAD_VERBS:
        return "G"  # "X, who heads the port authority"
    if key == "who":
        return "W"
    if key in lx.PARTICLES:
        return "P"
    if "-" in text and _AL_PREFIX.match(text):
        return "N"
    if key in lx.PLACE_NOUNS:
        return "L"
    if key.isalpha() and key not in lx.STOPWORDS and key not in lx.PLACE_PREPOSITIONS:
        return "w"  # a plain lower-case word ("physical planning", "search and rescue")
    return "x"


@functools.lru_cache(maxsize=65536)
def tag_of(text: str) -> tuple[str, str, str | None]:
    """(tag, key, status) of one word; see the module docstring for the tags."""
    if text == ",":
        return ",", ",", None
    first = text[0]
    if not first.isalpha():
        if first.isdigit():
            return ("S" if _ORDINAL_DIGITS.match(text) else "x"), text, None
        return ("." if text in ".;:!?" else "|"), text, None
    base, possessive = strip_possessive(text.casefold())
    key = base.rstrip(".")
    upper = first.isupper()
    if possessive:
        return ("Q" if upper else "q"), key, None
    key, status = _affix_status(key)
    if key in lx.STATUS and (not upper or key in ("former", "acting", "interim", "caretaker")):
        return "S", key, None
    if key in lx.ORDINALS:
        return "S", key, None  # "the second president of X": before a title like a status word
    if upper:
        early = _capitalised_tag(text, key)
        if early is not None:
            return early, key, None
    if key in lx.HEADS:
        return "H", key, status
    if key in lx.PLURAL_HEADS:
        return "H", lx.PLURAL_HEADS[key], "plural"
    if key in lx.RANKS:
        return "R", key, None
    if key in lx.MODIFIERS:
        return "M", key, None
    if key in lx.DETERMINERS:
        return "D", key, None
    if key in _KEYWORD_TAGS:
        return _KEYWORD_TAGS[key], key, None
    if not upper:
        return _lower_tag(text, key), key, None
    if _PARTICIPLE_COMPOUND.search(text):
        return "M", key, None  # Moscow-installed, Iran-backed, Kremlin-appointed
    return "N", key, None


# -- words from core tokens -------------------------------------------------------------


def _spaced(text: str, at: int) -> bool:
    return at >= len(text) or text[at].isspace()


def _attached(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many tokens after ``tokens[i]`` belong to its grammar word (0 for none)."""
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.start != t.end or t.kind != WORD:
        return 0
    if t.text[1:2] == "-" and _PARTY_START.match(t.text):  # "D-Mass.", "R-N.Y.": the party-state tag is one word
        j = i + 1
        while j < len(tokens) and tokens[j].start == tokens[j - 1].end and PARTY_STATE.match(text[t.start : tokens[j].end]):
            j += 1
        return j - i - 1
    if nxt.text == ".":
        dotted = t.lower in lx.DOTTED_ABBREVIATIONS or (len(t.text) == 1 and t.text.isupper())
        return 1 if dotted and _spaced(text, nxt.end) else 0  # "Gov.", "J." -- not a sentence's last word
    if nxt.lower in ("'s", "’s"):
        return 1
    if nxt.text in ("'", "’") and _spaced(text, nxt.end) and t.text[:1].isalpha():
        return 1  # "the Armed Forces' spokesman"
    return 0


def words_in(text: str, tokens: Sequence[Token]) -> list[Word]:
    """The tagged grammar words made of ``tokens`` (a stretch of the core stream)."""
    return make_words(tag_words(text, tokens))


def tag_words(text: str, tokens: Sequence[Token]) -> list[TaggedWord]:
    """The grammar words made of ``tokens`` with their tags, before they become :class:`Word` s.

    Their tags alone tell whether a stretch is worth reading (see :mod:`.find`).
    """
    out: list[TaggedWord] = []
    i = 0
    last = len(tokens) - 1
    while i <= last:
        token = tokens[i]
        # most tokens are followed by a space: nothing can attach to them
        extra = _attached(text, tokens, i) if i < last and tokens[i + 1].start == token.end else 0
        start, end = token.start, tokens[i + extra].end
        word = token.text if extra == 0 else text[start:end]
        tag, key, status = tag_of(word)
        out.append(TaggedWord(start, end, word, tag, key, status))
        i += extra + 1
    _fix_tags(out)
    return out


def make_words(tagged: Sequence[TaggedWord]) -> list[Word]:
    """The :class:`Word` s of tagged words (``index``: the position in ``tagged``)."""
    return [Word.make(i, w.start, w.end, w.text, w.tag, w.key, w.status) for i, w in enumerate(tagged)]


def _fix_tags(out: list[TaggedWord]) -> None:
    """Context fix-ups: multi-word heads, body words before names, months as names, ranks as nouns."""
    keys = [t.key for t in out]
    tags = "".join([t.tag for t in out])
    if "NN" in tags:  # (every match is a name word before another)
        for m in _OD_N_N.finditer(tags):
            t = out[m.start()]
            if t.key in BODY_WORDS:
                t.tag = "M"  # "Secretary of the Navy Gideon Welles"
    if not _MULTI.keys().isdisjoint(keys):
        _mark_multi_words(out, keys)
    last = len(out) - 1
    for i in [j for j, t in enumerate(out) if t.tag == "R" or t.key == "at"]:
        if i >= last:
            break
        t = out[i]
        if t.tag == "R":
            if t.text[:1].islower() and out[i + 1].tag == "H":
                t.tag = "M"  # "general manager", "field commander": a spelled-out rank word as an adjective
        elif t.key == "at" and keys[i : i + 3] in _FORMER_AFTER:
            for j in range(i, i + 3):
                out[j].tag = "Z"  # "at the time": the office was held then, not now
    if not _NAME_MONTHS.isdisjoint(keys):
        _mark_month_names(out, keys)
    _mark_name_words(out)
    _check_plurals(out)
    for i in reversed([j for j, t in enumerate(out) if t.tag == "R"]):
        t = out[i]
        if t.text[:1].islower() and (i == last or out[i + 1].tag not in "RNIh"):
            t.tag = "w"  # "chief of the general staff,": a rank word as a plain noun, not before a name


def _mark_multi_words(out: list[TaggedWord], keys: list[str]) -> None:
    """Tag multi-word heads and ranks ("prime minister", "Petty Officer") as one head or rank."""
    i = -1
    for k in [j for j, key in enumerate(keys) if key in _MULTI]:
        if k <= i:
            continue
        i = k
        for words, tag in _MULTI[keys[k]]:
            n = len(words)
            if tuple(keys[k : k + n]) == words and not any(t.tag in "Qq" for t in out[k : k + n - 1]):
                for j in range(k, k + n):
                    out[j].tag = tag
                i = k + n - 1
                break


def _mark_month_names(out: list[TaggedWord], keys: list[str]) -> None:
    """ "Jan Novotny", "Theresa May said": a month word inside a name is a name, not a date."""
    last = len(out) - 1
    for i in [j for j, key in enumerate(keys) if key in _NAME_MONTHS]:
        t = out[i]
        if t.tag == "x" and t.text[:1].isupper() and not t.text.endswith("."):
            after = out[i + 1] if i < last else None
            dated = after is not None and after.text[:1].isdigit()  # "May 5", "Jan 2020"
            if not dated and (
                (after is not None and after.tag == "N") or (i > 0 and out[i - 1].tag == "N" and out[i - 1].text[:1].isupper())
            ):
                t.tag = "N"


def _mark_name_words(out: list[TaggedWord]) -> None:
    """Words that belong to a name after all: regnal numerals, unpunctuated abbreviations.

    "King Arvid II of Norland": a Roman numeral right after a titled given name is part of
    the name. "Premier Tan Gov said": an abbreviated head written without its period after a
    name word and before no name is the person's surname, not a title ("Gov." would be); so is
    a rank word after a titled given name ("Premier Tom Major said").
    """
    for i, t in enumerate(out):
        if i == 0 or out[i - 1].tag != "N":
            continue
        regnal = t.key in lx.REGNAL_NUMERALS and t.text.isupper() and i >= 2 and out[i - 2].tag in "HN"
        titled = i >= 2 and out[i - 2].tag == "H"
        unpunctuated = (
            ((t.tag == "H" and t.key in lx.HEAD_SPELLING) or (t.tag == "R" and titled))
            and t.key != "mp"
            and t.text[:1].isupper()
            and not t.text.endswith(".")
            and (i + 1 == len(out) or out[i + 1].tag not in "NIQ")
        )
        if regnal or unpunctuated:
            t.tag = "N"


def _check_plurals(out: list[TaggedWord]) -> None:
    """A plural head is a title only before two coordinated names ("Sens. X and Y").

    Elsewhere it is a plain word: "Mayors Against Illegal Guns" names a group, "the
    ministers met" names no one.
    """
    for i, t in enumerate(out):
        if t.status != "plural":
            continue
        j = i + 1
        while j < len(out) and out[j].tag in "NIP":
            j += 1
        if j > i + 1 and j + 1 < len(out) and out[j].tag == "&" and out[j + 1].tag in "NI":
            continue
        t.tag = "N" if t.text[:1].isupper() else "w"
        t.key, t.status = t.text.casefold().rstrip("."), None
