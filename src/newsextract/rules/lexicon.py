"""Lexicons as data: word lists whose inflections are generated, compiled once.

>>> ARREST = Lexicon("arrest", verbs="arrest, detain, round up")
>>> sorted(ARREST.forms)[:4]
['arrest', 'arrested', 'arresting', 'arrests']
>>> ARREST.lemma("rounded up")
'round up'

``verbs`` get their -s, -ed and -ing forms (consonant doubling, e-drop, y -> ied,
and an irregular table: "flee" -> "fled", "shoot down" -> "shot down"); ``nouns``
get their plurals ("missile" -> "missiles", "person" -> "people"); ``words`` are
taken as written. A multi-word entry inflects its first word when it is a verb
("force to flee" -> "forced to flee") and its last word when it is a noun
("cruise missile" -> "cruise missiles"). Entries are split into tokens by the same
tokenizer as documents, so "Kh-101" is one token and "shot down" two.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import regex

from .tokens import QUOTE, Token, TokenStream, _raw_tokens

__all__ = ["IRREGULAR_NOUNS", "IRREGULAR_VERBS", "Lexicon", "noun_forms", "verb_forms"]

IRREGULAR_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    # base: (past, past participle) -- -s and -ing forms stay regular.
    "be": ("was", "were", "been", "is", "are", "am"),
    "have": ("had", "has"),
    "do": ("did", "done", "does"),
    "go": ("went", "gone", "goes"),
    "flee": ("fled",),
    "drive": ("drove", "driven"),
    "shoot": ("shot",),
    "hit": ("hit",),
    "put": ("put",),
    "set": ("set",),
    "cut": ("cut",),
    "let": ("let",),
    "quit": ("quit",),
    "spread": ("spread",),
    "strike": ("struck", "stricken"),
    "fight": ("fought",),
    "bring": ("brought",),
    "buy": ("bought",),
    "catch": ("caught",),
    "seek": ("sought",),
    "think": ("thought",),
    "teach": ("taught",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "throw": ("threw", "thrown"),
    "blow": ("blew", "blown"),
    "fly": ("flew", "flown"),
    "fall": ("fell", "fallen"),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "choose": ("chose", "chosen"),
    "speak": ("spoke", "spoken"),
    "steal": ("stole", "stolen"),
    "wake": ("woke", "woken"),
    "write": ("wrote", "written"),
    "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"),
    "see": ("saw", "seen"),
    "get": ("got", "gotten"),
    "know": ("knew", "known"),
    "grow": ("grew", "grown"),
    "draw": ("drew", "drawn"),
    "come": ("came",),
    "become": ("became",),
    "run": ("ran",),
    "say": ("said",),
    "tell": ("told",),
    "sell": ("sold",),
    "hold": ("held",),
    "leave": ("left",),
    "lose": ("lost",),
    "make": ("made",),
    "mean": ("meant",),
    "meet": ("met",),
    "keep": ("kept",),
    "sleep": ("slept",),
    "send": ("sent",),
    "spend": ("spent",),
    "build": ("built",),
    "lead": ("led",),
    "feed": ("fed",),
    "find": ("found",),
    "hear": ("heard",),
    "stand": ("stood",),
    "understand": ("understood",),
    "win": ("won",),
    "sink": ("sank", "sunk"),
    "shake": ("shook", "shaken"),
    "bear": ("bore", "borne"),
    "tear": ("tore", "torn"),
    "wear": ("wore", "worn"),
    "swear": ("swore", "sworn"),
    "lay": ("laid",),
    "pay": ("paid",),
    "slay": ("slew", "slain"),
    "bind": ("bound",),
    "hang": ("hung", "hanged"),
    "forbid": ("forbade", "forbidden"),
    "withdraw": ("withdrew", "withdrawn"),
    "overthrow": ("overthrew", "overthrown"),
}
"""Irregular past forms of common news verbs; extend per lexicon with ``irregular=``."""

IRREGULAR_NOUNS: Final[Mapping[str, tuple[str, ...]]] = {
    "person": ("people", "persons"),
    "man": ("men",),
    "woman": ("women",),
    "child": ("children",),
    "policeman": ("policemen",),
    "policewoman": ("policewomen",),
    "serviceman": ("servicemen",),
    "servicewoman": ("servicewomen",),
    "gunman": ("gunmen",),
    "fisherman": ("fishermen",),
    "spokesman": ("spokesmen",),
    "spokeswoman": ("spokeswomen",),
    "aircraft": ("aircraft",),
    "personnel": ("personnel",),
    "police": ("police",),
    "militia": ("militias", "militia"),
    "staff": ("staff", "staffs"),
    "crew": ("crew", "crews"),
    "life": ("lives",),
    "wife": ("wives",),
    "thief": ("thieves",),
}
"""Irregular plurals; extend per lexicon with ``irregular=``."""

# Verbs of more than one syllable that still double their last consonant.
_DOUBLING: Final = frozenset(
    """admit commit occur refer prefer control patrol compel expel propel repel rebel equip regret
    submit transmit permit omit acquit deter incur recur confer defer infer transfer abet forbid
    outstrip enrol enthral instil fulfil distil""".split()
)
_VOWELS: Final = "aeiou"


def _doubles(verb: str) -> bool:
    """True when the verb doubles its final consonant before -ed/-ing ("stop" -> "stopped")."""
    if verb in _DOUBLING:
        return True
    if len(verb) < 3 or verb[-1] in "wxy" + _VOWELS or verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    vowel_groups = len(regex.findall(r"[aeiouy]+", verb))
    return vowel_groups == 1


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_forms(verb: str, irregular: Mapping[str, Sequence[str]] = IRREGULAR_VERBS) -> tuple[str, ...]:
    """Base, -s, -ed and -ing forms (plus irregular past forms) of a one-word verb.

    >>> verb_forms("stop")
    ('stop', 'stops', 'stopped', 'stopping')
    >>> verb_forms("flee")
    ('flee', 'flees', 'fleeing', 'fled')
    """
    verb = verb.lower()
    special = tuple(irregular.get(verb, ()))
    forms = [verb, _third_person(verb)]
    if not special:
        forms.append(_past(verb))
    forms.append(_gerund(verb))
    forms.extend(special)
    return tuple(dict.fromkeys(forms))


def noun_forms(noun: str, irregular: Mapping[str, Sequence[str]] = IRREGULAR_NOUNS) -> tuple[str, ...]:
    """Singular and plural(s) of a one-word noun ("missile" -> "missiles", "city" -> "cities")."""
    noun = noun.lower()
    if noun in irregular:
        return tuple(dict.fromkeys((noun, *irregular[noun])))
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        plural = noun + "es"
    elif noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        plural = noun[:-1] + "ies"
    else:
        plural = noun + "s"
    return (noun, plural)


def _entries(value: str | Iterable[str]) -> list[str]:
    """Entries from a comma/newline separated string or an iterable of strings."""
    items = regex.split(r"[,\n]", value) if isinstance(value, str) else list(value)
    out = []
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"lexicon entries must be strings, got {type(item).__name__}")
        cleaned = " ".join(item.split())
        if cleaned:
            out.append(cleaned)
    return out


def _token_lowers(phrase: str) -> tuple[str, ...]:
    """The phrase split exactly as a document would be (lower-cased token texts)."""
    pieces: list[tuple[int, int, str, Any]] = []
    _raw_tokens(phrase, 0, len(phrase), pieces)
    return tuple(phrase[s:e].lower() for s, e, _, _ in pieces)


def alternation_body(forms: Iterable[str]) -> str:
    """``forms`` as ``a|b|c``: escaped, longest first, inner whitespace matching any run of it."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in ordered)


class Lexicon:
    """A named word list: entries and their generated inflections, each mapped to its lemma.

    ``words`` are taken as written, ``verbs`` are inflected (-s, -ed, -ing, irregular
    forms), ``nouns`` get their plurals; each argument is an iterable of strings or
    one string of entries separated by commas or new lines. ``irregular`` adds
    irregular forms (``{"base": ("form", ...)}``) to the built-in tables.
    Matching is case-insensitive and token by token: "shot  down" matches the entry
    "shoot down" across any whitespace. Lexicons are immutable once built.
    """

    __slots__ = ("_by_first", "_lemmas", "_max_len", "_search", "name")

    def __init__(
        self,
        name: str,
        words: str | Iterable[str] = (),
        *,
        verbs: str | Iterable[str] = (),
        nouns: str | Iterable[str] = (),
        irregular: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        if not name or not isinstance(name, str):
            raise ValueError("a Lexicon needs a name")
        self.name = name
        verb_table = {**IRREGULAR_VERBS, **(irregular or {})}
        noun_table = {**IRREGULAR_NOUNS, **(irregular or {})}
        lemmas: dict[tuple[str, ...], str] = {}

        def add(form: str, lemma: str) -> None:
            key = _token_lowers(form)
            if not key:
                raise ValueError(f"lexicon {name!r}: entry {form!r} has no tokens")
            lemmas.setdefault(key, lemma.lower())

        for word in _entries(words):
            add(word, word)
        for verb in _entries(verbs):
            head, _, rest = verb.partition(" ")
            for form in verb_forms(head, verb_table):
                add(f"{form} {rest}".strip(), verb)
        for noun in _entries(nouns):
            body, _, last = noun.rpartition(" ")
            for form in noun_forms(last, noun_table):
                add(f"{body} {form}".strip(), noun)
        if not lemmas:
            raise ValueError(f"lexicon {name!r} is empty")
        self._lemmas: dict[tuple[str, ...], str] = lemmas
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in lemmas:
            by_first.setdefault(key[0], []).append(key)
        # Longest entries first, so the longest one matching at a token wins.
        self._by_first = {k: tuple(sorted(v, key=lambda e: (-len(e), e))) for k, v in by_first.items()}
        self._max_len = max(len(k) for k in lemmas)
        self._search: regex.Pattern[str] | None = None

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self._lemmas)} forms)"

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and _token_lowers(phrase) in self._lemmas

    def __len__(self) -> int:
        return len(self._lemmas)

    @property
    def forms(self) -> frozenset[str]:
        """Every surface form, lower case, tokens joined by one space."""
        return frozenset(" ".join(k) for k in self._lemmas)

    @property
    def first_words(self) -> frozenset[str]:
        """The lower-cased first token of every form (what a match must start with)."""
        return frozenset(self._by_first)

    @property
    def longest(self) -> int:
        """Tokens in the longest entry (a bound on how far one match reaches)."""
        return self._max_len

    def alternation(self) -> str:
        """The forms as the body of a regular-expression alternation, for embedding in a larger pattern.

        Longest form first (so "shot down" wins over "shot"), each escaped, whitespace
        inside a form matching any run of whitespace; lower case, with no word edges and
        no flags: the caller adds its own edges and case handling around ``(?:...)``.

        >>> Lexicon("speech", verbs="say").alternation()
        'saying|said|says|say'
        """
        return alternation_body(self.forms)

    def lemma(self, phrase: str) -> str | None:
        """The entry a surface form came from ("fled" -> "flee"), or None."""
        return self._lemmas.get(_token_lowers(phrase))

    def match_at(self, tokens: Sequence[Token] | TokenStream, index: int, end: int | None = None) -> int:
        """How many tokens the longest entry matching at ``index`` covers (0: none).

        Quote-mark tokens never match, and an entry never runs past ``end``.
        """
        seq = tokens.tokens if isinstance(tokens, TokenStream) else tokens
        stop = len(seq) if end is None else min(end, len(seq))
        if index >= stop:
            return 0
        candidates = self._by_first.get(seq[index].lower)
        if not candidates:
            return 0
        for entry in candidates:
            size = len(entry)
            if index + size > stop:
                continue
            if all(seq[index + k].lower == entry[k] and seq[index + k].kind != QUOTE for k in range(1, size)):
                return size
        return 0

    def lengths_at(self, tokens: Sequence[Token], index: int, end: int) -> tuple[int, ...]:
        """Token counts of every entry matching at ``index`` (longest first)."""
        candidates = self._by_first.get(tokens[index].lower) if index < end else None
        if not candidates:
            return ()
        found = []
        for entry in candidates:
            size = len(entry)
            if index + size <= end and all(tokens[index + k].lower == entry[k] for k in range(1, size)):
                found.append(size)
        return tuple(dict.fromkeys(found))

    def lemma_at(self, tokens: Sequence[Token], index: int, size: int) -> str | None:
        """The lemma of the entry made of tokens ``[index, index + size)``."""
        return self._lemmas.get(tuple(t.lower for t in tokens[index : index + size]))

    def occurs_in(self, text: str) -> bool:
        """Cheap pre-filter: does any form occur in ``text`` as whole words?

        One compiled search over the text, case-insensitive; whitespace inside an
        entry matches any whitespace.
        """
        low = text.lower()
        # str.find on each entry's first word is far cheaper than a regex scan; the
        # regex only confirms a text that has one of them as a whole word.
        if not any(_has_word(low, first) for first in self._by_first):
            return False
        if self._search is None:
            self._search = _compile_search(tuple(sorted(self.forms)))
        return self._search.search(text) is not None


def _has_word(low: str, word: str) -> bool:
    """True when ``word`` occurs in ``low`` with no letter, digit or _ right before or after it."""
    size = len(word)
    i = low.find(word)
    while i >= 0:
        before = low[i - 1] if i > 0 else " "
        after = low[i + size] if i + size < len(low) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        i = low.find(word, i + 1)
    return False


@functools.lru_cache(maxsize=256)
def _compile_search(forms: tuple[str, ...]) -> regex.Pattern[str]:
    # Longest first, so "shot down" is preferred to "shot"; the only alternation
    # builder in newsextract (plugins ask a Lexicon instead of building their own).
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in ordered)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_])(?:{body})(?![\p{{L}}\p{{N}}_])", regex.IGNORECASE | regex.VERSION0)
