"""Reading officials out of news text: a small tag grammar over title phrases.

Each sentence that contains an office or rank word is tokenised and every token
is given a one-letter tag (see :func:`_tag`)::

    N name-like capitalised word   A acronym (US, NATO)     Q capitalised possessive (Ukraine's)
    q lower-case possessive        I initial (J.)           P name particle (van, da)
    H office head (mayor, Gov.)    R rank (Lt., Gen.)       M title modifier (Defense, police)
    S status (former, acting)      D determiner (the, its)  L place noun (region, Oblast)
    O of   F for   T to   & and    Y party-state (D-Mass.)  , comma   . end   x anything else
    h honorific (Sir, Dr.)         n lower-case "in"

Officials are then read with regular expressions over the tag string, around
each run of name tags:

* before the name: ``[S][place][S] [M|H]*H [R]  NAME``  -- "US President Donald Trump",
  "Defense Department spokesman Maj. Gen. Thomas Whitfield", "police Col. Luis Paredes";
* an appositive before it: ``the [place] TITLE [of X], NAME`` -- "Israel's defense minister, Avi Dror";
* an appositive after it: ``NAME, the TITLE [of/for X]`` -- "Rustem Umerov, the newly
  appointed head of Ukraine's National Security and Defense Council".

Titles come from :mod:`newsextract_officials.lexicon` (general vocabulary), names from
capitalisation, so officials never seen before are read as well as famous ones.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs
import regex

from newsextract import Document, Fact, Span
from newsextract.text import sentence_at

from . import lexicon as lx
from .model import Official

__all__ = ["extract_officials", "find_officials"]

_BEFORE_WINDOW: Final = 130  # characters read before a title word (a name and its appositive)
_AFTER_WINDOW: Final = 180  # characters read after it (the name, an "of"-complement)
_CONTEXT_TAGS: Final = 24  # tokens either side of a name that a title phrase may span
_WINDOW: Final = 320  # characters searched before a title for the place it belongs to
_MAX_WINDOWS: Final = 4000  # guard against documents made of nothing but title words

# -- tokens ---------------------------------------------------------------------------

_TRIGGER_WORDS: Final = frozenset(
    w for w in set(lx.HEADS) | set(lx.RANKS) | {m[0] for m in lx.MULTI_HEADS} if w.isascii() and "-" not in w
)


def _trie(words: Iterable[str]) -> str:
    """A regex source matching exactly ``words``, factored as a trie (fast to scan with)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [re.escape(c) + build(sub) for c, sub in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


_ABBR_LONGEST = max(len(a) for a in lx.DOTTED_ABBREVIATIONS)
_TOKEN: Final = regex.compile(
    # The four dotted or hyphenated forms all start with a short letter run and a period, or
    # with "D-"/"R-"/"I-": the lookahead skips them cheaply for every other token. (Abbreviations
    # are letters only, so at most one of them can end right before a period: the trie keeps
    # the old longest-first alternation's matches.)
    rf"(?=\p{{L}}{{1,{_ABBR_LONGEST}}}+\.|[DRI]-)(?:"
    r"(?:\p{Lu}\.){2,}"  # U.N., U.S.
    rf"|(?i:{_trie(sorted(lx.DOTTED_ABBREVIATIONS))})\.(?=\s|$)"  # Gov., Lt.
    r"|\p{Lu}\.(?=\s)"  # initials
    r"|[DRI]-[A-Z][A-Za-z.]{1,6}"  # party-state: D-Mass., R-N.Y.
    r")|[\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,60}(?:['’\-][\p{L}\p{M}\p{N}]{1,60}){0,6}(?:['’](?=\s))?"
    r"|\p{N}{1,30}"
    r"|\S",
    regex.V0,
)
# The pre-filter scans every character of every document, so it is the one pattern compiled
# with the standard library's ``re``: a literal-word trie over lower-cased text, linear and
# about twice as fast there as in ``regex``. Everything else uses ``regex``.
_TRIGGER_SOURCE: Final = r"(?<![^\W\d_])(?:" + _trie(_TRIGGER_WORDS) + r")(?![^\W\d_])"
_TRIGGER_LOWER: Final = re.compile(_TRIGGER_SOURCE)
_TRIGGER_ANY_CASE: Final = regex.compile(_TRIGGER_SOURCE, regex.I | regex.V0)
_PARTICIPLE_COMPOUND: Final = regex.compile(r"-(?:\p{Ll}+ed|run|born|led|speaking|held)$")
_AL_PREFIX: Final = regex.compile(r"^(?:al|el|ad|as|ash|an|abu|ibn|bin|ben|bint)-\p{Lu}")
_PARTY_STATE: Final = regex.compile(r"^([DRI])-([A-Z][A-Za-z.]{1,6})$")
_UPPER_WORD: Final = regex.compile(r"^[\p{Lu}\p{N}.&'’\-]+$")
_BODY_WORDS: Final = lx.ORG_WORDS | lx.CAPITALISED_BODIES
_LINK_ONLY: Final = frozenset(k for k in lx.LINK_VERBS if k not in lx.STATUS)
_NOT_NAME: Final = _BODY_WORDS | lx.CAPITALISED_PLACE_NOUNS
_VAGUE_HEAD_KEYS: Final = frozenset((k,) for k in lx.NEVER_BARE)
_FORMER_AFTER: Final = [list(words) for words in lx.FORMER_AFTER]
_NAME_MONTHS: Final = frozenset(lx.NAME_MONTHS)
_OD_N_N: Final = re.compile(r"(?<=[OD])N(?=N)")  # a body word between "of the" and a name
_MULTI: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _words, _tag_of in sorted(
    [(m, "H") for m in lx.MULTI_HEADS] + [(m, "R") for m in lx.MULTI_RANKS], key=lambda x: -len(x[0])
):
    _MULTI.setdefault(_words[0], []).append((_words, _tag_of))


class _Token:
    """One token of a window: offsets, text, grammar tag, look-up key and affix status.

    A plain slotted class rather than an attrs one: windows make thousands of these
    per document and attrs' frozen ``__init__`` is several times slower.
    """

    __slots__ = ("end", "key", "start", "status", "tag", "text")

    def __init__(self, start: int, end: int, text: str, tag: str, key: str, status: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tag = tag
        self.key = key  # casefolded, possessive and trailing period removed
        self.status = status  # from an "ex-"/"-designate" affix

    @property
    def display(self) -> str:
        """The token as a title word: abbreviations spelled out, status affixes dropped."""
        if self.key in lx.HEAD_SPELLING and self.tag == "H":
            return lx.HEAD_SPELLING[self.key]
        if self.status and "-" in self.text:
            pre, _, rest = self.text.partition("-")
            return rest if pre.casefold() in ("ex", "then", "former") else self.text.rpartition("-")[0]
        return self.text


def _strip_possessive(low: str) -> tuple[str, bool]:
    if low.endswith(("'s", "’s")):
        return low[:-2], True
    if low.endswith(("'", "’")) and len(low) > 1:
        return low[:-1], True
    return low, False


@functools.lru_cache(maxsize=65536)
def _tag(text: str) -> tuple[str, str, str | None]:
    """(tag, key, status) of one token; see the module docstring for the tags."""
    if text == ",":
        return ",", ",", None
    first = text[0]
    if not first.isalpha():
        if first.isdigit():
            return "x", text, None
        return ("." if text in ".;:!?" else "|"), text, None
    low = text.casefold()
    base, possessive = _strip_possessive(low)
    key = base.rstrip(".")
    upper = first.isupper()
    if possessive:
        return ("Q" if upper else "q"), key, None
    status = None
    if "-" in key:
        pre, _, rest = key.partition("-")
        stem, _, suffix = key.rpartition("-")
        if pre in ("ex", "then", "former") and rest in lx.HEADS:
            key, status = rest, "former"
        elif suffix in ("designate", "elect") and stem in lx.HEADS:
            key, status = stem, "designate"
    if key in lx.STATUS and (not upper or key in ("former", "acting", "interim", "caretaker")):
        return "S", key, None
    if upper:
        if key in lx.HONORIFICS:
            return "h", key, None  # "Gen Sir Andrew X", "the director, Dr. Y": neither name nor title
        if len(text) == 2 and text[1] == ".":
            return "I", key, None
        if _PARTY_STATE.match(text):
            return "Y", key, None
        if _UPPER_WORD.match(text) and len(text) > 1 and key not in lx.HEADS and key not in lx.RANKS:
            return "A", key, None
        if key in lx.STOPWORDS:
            return "x", key, None
        if key in lx.CAPITALISED_PLACE_NOUNS:
            return "L", key, None
        if key in lx.CAPITALISED_BODIES:
            return "N", key, None
    if key in lx.HEADS:
        return "H", key, status
    if key in lx.RANKS:
        return "R", key, None
    if key in lx.MODIFIERS:
        return "M", key, None
    if key in lx.DETERMINERS:
        return "D", key, None
    if key == "of":
        return "O", key, None
    if key == "for":
        return "F", key, None
    if key == "to":
        return "T", key, None
    if key == "and":
        return "&", key, None
    if not upper:
        if key == "in":
            return "n", key, None  # "the ministry's director in Khartoum, X"
        if key in _LINK_ONLY:
            return "V", key, None
        if key == "who":
            return "W", key, None
        if key in lx.PARTICLES:
            return "P", key, None
        if _AL_PREFIX.match(text):
            return "N", key, None
        if key in lx.PLACE_NOUNS:
            return "L", key, None
        if key.isalpha() and key not in lx.STOPWORDS and key not in lx.PLACE_PREPOSITIONS:
            return "w", key, None  # a plain lower-case word ("physical planning", "search and rescue")
        return "x", key, None
    if _PARTICIPLE_COMPOUND.search(text):
        return "M", key, None  # Moscow-installed, Iran-backed, Kremlin-appointed
    return "N", key, None


def _tokens(text: str, start: int, end: int) -> tuple[list[_Token], str]:
    """The tagged tokens of ``text[start:end]`` and their tag string.

    The fix-ups below each touch only a few tokens, so they visit just the candidates
    (found on the tag string or the keys) in the order the full passes would.
    """
    out: list[_Token] = []
    append = out.append
    token = _Token
    find = text.find
    at = start
    # Only whitespace separates tokens (``\S`` takes any other character), so each token
    # starts at the first occurrence of its text after the previous one.
    for word in _TOKEN.findall(text, start, end):
        at = find(word, at)
        append(token(at, at + len(word), word, *_tag(word)))
        at += len(word)
    tags = "".join([t.tag for t in out])
    keys = [t.key for t in out]
    if "N" in tags:
        for m in _OD_N_N.finditer(tags):
            t = out[m.start()]
            if t.key in _BODY_WORDS:
                t.tag = "M"  # "Secretary of the Navy Gideon Welles"
    multi = _MULTI
    i = -1
    for k in [j for j, key in enumerate(keys) if key in multi]:
        if k <= i:
            continue
        i = k
        for words, tag in multi[keys[k]]:
            n = len(words)
            if tuple(keys[k : k + n]) == words and not any(t.tag in "Qq" for t in out[k : k + n - 1]):
                for j in range(k, k + n):
                    out[j].tag = tag
                i = k + n - 1
                break
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
    for i in [j for j, key in enumerate(keys) if key in _NAME_MONTHS]:
        t = out[i]
        if t.tag == "x" and t.text[:1].isupper() and not t.text.endswith("."):
            after = out[i + 1] if i < last else None
            dated = after is not None and after.text[:1].isdigit()  # "May 5", "Jan 2020"
            if not dated and (
                (after is not None and after.tag == "N") or (i > 0 and out[i - 1].tag == "N" and out[i - 1].text[:1].isupper())
            ):
                t.tag = "N"  # "Jan Novotny", "Theresa May said": a given name or surname, not a month
    for i in reversed([j for j, t in enumerate(out) if t.tag == "R"]):
        t = out[i]
        if t.text[:1].islower() and (i == last or out[i + 1].tag not in "RNIh"):
            t.tag = "w"  # "chief of the general staff,": a rank word as a plain noun, not before a name
    return out, "".join([t.tag for t in out])


# -- grammar over tag strings ----------------------------------------------------------

_NAME_RUN: Final = regex.compile(r"(?:[NI][NIP]{0,5})?[NQ]")
_PLACE = r"(?P<place>[NAQLM]{0,5}[NAQL])"
_TITLE = r"(?P<title>[MH]{0,5}H)"
_COMPL = r"(?P<compl>[OFT]D?[qQ]?(?:[NAQLMw&q]|[OF]D?){0,8}[NAQLM])"
# Before a comma and a name the complement may also end in plain words: "the commissioner for
# physical planning, X" (a portfolio); the comma and the name bound it.
_COMPL_B = r"(?P<compl>[OFT]D?[qQ]?(?:[NAQLMw&q]|[OF]D?){0,8}[NAQLMw])"
_WHEN = r"(?P<when>Z{3})?"
_PRE: Final = regex.compile(
    rf"(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}})"
    rf"(?:{_TITLE}(?P<pcompl>[OF]D?[M&]{{0,3}}M)?(?P<rank>R{{0,3}})|(?P<rmods>M{{0,2}})(?P<rank2>R{{1,3}}))h?\Z"
)
# Before an appositive the place may be a lower-case possessive body with its modifiers
# ("the state health ministry's director, X"), and a location may follow the title
# ("the ministry's director in Khartoum, X").
_PLACE_B = r"(?P<place>[NAQLM]{0,5}[NAQL]|M{1,3}q)"
_IN_PLACE = r"(?P<inplace>n[NA]{1,3})"

_BEFORE: Final = regex.compile(
    rf"(?P<det>D?q?)(?P<s1>S{{0,3}}){_PLACE_B}?(?P<s2>S{{0,3}}){_TITLE}(?:{_COMPL_B}|{_IN_PLACE})?{_WHEN}"
    r",(?P<rank>R{0,3})h?\Z"
)
_AFTER: Final = regex.compile(
    rf"\A,(?P<det>D?q?)(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}}){_TITLE}{_COMPL}?{_WHEN}(?![NHMRQIAL])"
)
# A title reached through a copula or an appointment verb: "X, who is the mayor of Y",
# "X was re-elected president", "X was named defense minister".
_LINKED: Final = regex.compile(
    rf"\A(?:,W)?(?P<verb>V{{1,2}}S{{0,2}})D?(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}}){_TITLE}{_COMPL}?(?![NHMRQIAL])"
)
_OF_PLACE: Final = regex.compile(r"\AO(?P<of>[NAL]{1,4})(?![NHMRQ])")
_PARTY: Final = regex.compile(r"\A,Y")

_CITY_CONTEXT: Final = regex.compile(
    r"(?:city|town|village|municipality)\s+of\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})"
    r"|\b[Ii]n\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})\s*,"
)
_REGION_CONTEXT: Final = regex.compile(
    r"(?:region|province|state|oblast)\s+of\s+(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2})"
    r"|(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\-'’]+(?:\s\p{Lu}[\p{L}\-'’]+){0,2}"
    r"\s+(?:region|province|state|oblast|Oblast|Region|Province|State))\b"
)


@attrs.frozen
class _Reading:
    """One titled mention of a person: what the grammar read around a name run."""

    name: str
    name_span: Span
    span: Span
    title: str
    place: str | None
    organization: str | None
    status: str
    rank: str | None
    head: str
    confidence: float
    tentative: bool = False  # "General Syrskyi": kept only if the article gives the person's full name
    possessor_place: bool = False  # the place is a possessive ("Putin's spokesman"): it may be a person


def _join(tokens: Sequence[_Token]) -> str:
    return " ".join(t.display for t in tokens)


def _drop_possessive(text: str) -> str:
    base, possessive = _strip_possessive(text)
    return base if possessive else text


def _place_of(tokens: Sequence[_Token]) -> tuple[str | None, str | None]:
    """(place, organization) of a place chain ("Kyiv", "US", "Defense Department", "Ukraine's")."""
    if not tokens:
        return None, None
    text = _drop_possessive(" ".join(t.text for t in tokens))
    low = text.casefold()
    if low in lx.DEMONYMS:
        return lx.DEMONYMS[low], None
    if all(t.key in lx.PARTY_WORDS for t in tokens):
        return None, text  # "the Conservative MP X": the party, not a place
    last = _strip_possessive(tokens[-1].key)[0]
    if last in lx.ORG_WORDS or low in lx.ORG_NAMES:
        return text, text
    return text, None


def _rank_text(tokens: Sequence[_Token]) -> str | None:
    words = [lx.RANKS.get(t.key, t.text) if t.tag == "R" else t.text for t in tokens]
    return " ".join(words) if words else None


def _status(tokens: Iterable[_Token]) -> str:
    for t in tokens:
        if t.tag == "S":
            return lx.STATUS.get(t.key, "current")
        if t.status:
            return t.status
    return "current"


def _slice(tokens: Sequence[_Token], m: regex.Match[str], group: str, offset: int = 0) -> list[_Token]:
    start, end = m.span(group)
    if start < 0:
        return []
    return list(tokens[offset + start : offset + end])


def _head_keys(office: Sequence[_Token]) -> tuple[str, ...]:
    """The head of a title and its variants: ("director general", "director", "general")."""
    run: list[str] = []
    of = next((i for i, t in enumerate(office) if t.tag == "O"), len(office))
    for t in reversed(office[:of]):
        if t.tag != "H":
            break
        run.insert(0, t.key)
    if not run:
        return ()
    return (" ".join(run), "-".join(run), run[0], run[-1])


def _is_org(tokens: Sequence[_Token]) -> bool:
    body = " ".join(t.text for t in tokens).casefold()
    return any(_strip_possessive(t.key)[0] in lx.ORG_WORDS for t in tokens if t.text[:1].isupper()) or body in lx.ORG_NAMES


def _complement(heads: tuple[str, ...], compl: list[_Token]) -> tuple[str, str | None, str | None]:
    """Split an of/for/to complement into (title suffix, place, organization)."""
    if not compl:
        return "", None, None
    prep, rest = compl[0], compl[1:]
    the = "the " if rest and rest[0].tag in "DQq" else ""
    if rest and rest[0].tag == "D":
        rest = rest[1:]
    possessor: str | None = None
    if rest and rest[0].tag in "Qq":
        if rest[0].tag == "Q":
            possessor = _place_of(rest[:1])[0]
        rest = rest[1:]
    if not rest:
        return "", possessor, None
    body = " ".join(t.text for t in rest)
    is_org = _is_org(rest)
    proper = any(t.tag in "NAQ" for t in rest)
    org_head = any(h in lx.ORG_HEADS for h in heads)
    if any(h in lx.SPOKES_HEADS for h in heads) or prep.tag == "T":
        return "", body, body if is_org else None
    if org_head and is_org:
        # "of the Civil Aviation Authority of Nepal": the trailing "of Nepal" is the place.
        trailing_place = None
        inner = [i for i, t in enumerate(rest) if t.tag == "O"]
        if inner:
            cut = inner[-1]
            tail = rest[cut + 1 :]
            if tail and not _is_org(tail):
                trailing_place = " ".join(t.text for t in tail)
                rest = rest[:cut]
                body = " ".join(t.text for t in rest)
        return f" {prep.text} the {body}", trailing_place or possessor, body
    if org_head and not proper:  # "chairman of the local government area"
        return f" {prep.text} {the}{body}", possessor, None
    if not proper and not any(t.tag == "L" for t in rest):  # "minister for foreign affairs": a portfolio
        return f" {prep.text} {the}{body}", possessor, None
    if not proper and all(t.tag == "L" for t in rest):  # "of the region": unresolved
        return "", possessor, None
    return "", body, body if is_org else None


def _context_place(text: str, sentence_start: int, title_start: int, head: str) -> str | None:
    if head in lx.CITY_HEADS:
        pattern = _CITY_CONTEXT
    elif head in lx.REGION_HEADS:
        pattern = _REGION_CONTEXT
    else:
        return None
    found = None
    for m in pattern.finditer(text, max(sentence_start, title_start - _WINDOW), title_start):
        found = m.group(1) or m.group(2)
    return found


def _possessor_place(place_tokens: Sequence[_Token], compl: Sequence[_Token]) -> bool:
    """True when the place is a possessive that may be a person ("Putin's spokesman")."""
    return bool(place_tokens) and place_tokens[-1].tag == "Q" and not compl


def _touches_title(tags: str, ns: int, ne: int) -> bool:
    """False when no title, rank, comma or linking verb touches the name run ``tags[ns:ne]``."""
    left = tags[max(0, ns - _CONTEXT_TAGS) : ns]
    bare_left = left[:-1] if left.endswith("h") else left  # "Gen Sir X", ", Dr. X": skip the honorific
    return bare_left[-1:] in ("H", "R", "M") or bare_left.rstrip("R").endswith(",") or tags[ne : ne + 1] in (",", "V")


def _read(text: str, tokens: list[_Token], tags: str, ns: int, ne: int, sentence_start: int) -> _Reading | None:
    """Read the official (if any) whose name is ``tokens[ns:ne]``."""
    name_tokens = tokens[ns:ne]
    titled = ns > 0 and tokens[ns - 1].tag in "HR" and len(name_tokens) >= 2
    for i, t in enumerate(name_tokens):
        base = _strip_possessive(t.key)[0]
        if (t.key in lx.STOPWORDS and not (t.tag == "N" and t.key in lx.NAME_MONTHS)) or base in _NOT_NAME:
            if titled and i in (0, len(name_tokens) - 1) and base in lx.SURNAME_BODY_WORDS:
                continue  # "Attorney Elena Park", "Minister Park Jae-hoon": a surname that is also a body word
            return None
    if ns > 0 and tokens[ns - 1].key in lx.PLACE_PREPOSITIONS and tokens[ns - 1].tag in "xn":
        return None
    last = name_tokens[-1]
    name_end = last.end - (len(last.text) - len(_drop_possessive(last.text)))
    name = text[name_tokens[0].start : name_end]
    if name.casefold() in lx.DEMONYMS or name.casefold() in lx.ORG_NAMES:
        return None
    off = max(0, ns - _CONTEXT_TAGS)
    left, right = tags[off:ns], tags[ne : ne + _CONTEXT_TAGS]
    if not _touches_title(tags, ns, ne):
        return None  # no title can touch this name
    # "..., said Heriyanto, head of the rescue office": a one-word speaker with a title appositive
    speaker = len(name_tokens) >= 2 or (
        ns > 0 and tokens[ns - 1].key in lx.REPORTING_VERBS and name_tokens[0].tag == "N"
    )
    possessive_name = last.tag == "Q"

    office: list[_Token] = []
    rank: list[_Token] = []
    place_tokens: list[_Token] = []
    status_tokens: list[_Token] = []
    compl: list[_Token] = []
    in_place: list[_Token] = []
    start = name_tokens[0].start
    end = name_end
    confidence = 0.0
    context_q = False
    former_after = False
    tentative = False

    m = _PRE.search(left)
    if m and len(name_tokens) < 2 and m.group("pcompl") and tokens[off + m.start("pcompl")].tag == "F":
        m = None  # "a spokesman for the Senate Democratic ...": a one-word "name" after a "for"-portfolio
    if m and not m.group("title") and m.start() > 0:
        # "Ukraine's top military commander, Gen. Oleksandr Syrskyi": the office stands before the rank.
        b = _BEFORE.search(left)
        if b and len(name_tokens) >= 2:
            m = None
    if m and m.end() == len(left) and (m.group("title") or m.group("rank2")):
        office = _slice(tokens, m, "title", off) + _slice(tokens, m, "pcompl", off)
        rank = _slice(tokens, m, "rank", off) or _slice(tokens, m, "rank2", off)
        if not office:
            office = _slice(tokens, m, "rmods", off)  # "police Col.": the modifiers qualify the rank
        place_tokens = _slice(tokens, m, "place", off)
        status_tokens = _slice(tokens, m, "s1", off) + _slice(tokens, m, "s2", off) + office
        first = [t for t in (status_tokens + place_tokens + office + rank) if t]
        start = min(t.start for t in first)
        confidence = 0.9
    else:
        m = _BEFORE.search(left)
        if m and len(name_tokens) >= 2 and not possessive_name:
            office = _slice(tokens, m, "title", off)
            rank = _slice(tokens, m, "rank", off)
            place_tokens = _slice(tokens, m, "place", off)
            compl = _slice(tokens, m, "compl", off)
            in_place = _slice(tokens, m, "inplace", off)[1:]
            status_tokens = _slice(tokens, m, "s1", off) + _slice(tokens, m, "s2", off) + office
            det = _slice(tokens, m, "det", off)
            context_q = any(t.tag == "q" for t in det)
            if place_tokens and place_tokens[-1].tag == "q" and place_tokens[-1].key not in lx.PLACE_NOUNS:
                det, place_tokens, context_q = det + place_tokens, [], True  # "the state company's director"
            former_after = m.start("when") >= 0
            start = min(t.start for t in (det + status_tokens + place_tokens + office))
            confidence = 0.85
    if not possessive_name:
        a = _AFTER.search(right)
        if a is not None and any(t.tag == "q" and t.key in lx.PRIVATE_BODIES for t in _slice(tokens, a, "det", ne)):
            a = None  # "X, the group's president": a private body's office
        if a is None and not office:
            a = _LINKED.search(right)
            if a is not None and not speaker:
                a = None
            elif a is not None:
                verb = _slice(tokens, a, "verb", ne)
                linked = next((lx.LINK_VERBS[t.key] for t in reversed(verb) if t.key in lx.LINK_VERBS), "current")
                status_tokens = [t for t in verb if t.tag == "S"]
                former_after = linked == "former" and not status_tokens
        # "GERB leader X, a former prime minister": a vague head before the name gives way to an
        # office after it (not to another vague one: "Hamas leader X, the group's deputy leader").
        vague_before = (
            a is not None
            and bool(office)
            and not rank
            and _head_keys(office)[-1:] in _VAGUE_HEAD_KEYS
            and _head_keys(_slice(tokens, a, "title", ne))[-1:] not in _VAGUE_HEAD_KEYS
        )
        if a and speaker and (not office or not any(t.tag == "H" for t in office) or vague_before):
            if vague_before:
                place_tokens = []  # "GERB leader X, a former prime minister": the party was the leader's body
            office = _slice(tokens, a, "title", ne)
            compl = _slice(tokens, a, "compl", ne)
            if "det" in a.re.groupindex and any(t.tag == "q" for t in _slice(tokens, a, "det", ne)):
                context_q = True  # "X, the city's mayor": the place is named earlier in the sentence
            after_place = _slice(tokens, a, "place", ne)
            place_tokens = after_place or place_tokens
            status_tokens = _slice(tokens, a, "s1", ne) + _slice(tokens, a, "s2", ne) + office + status_tokens
            end = max(end, *(t.end for t in office + compl))
            confidence = max(confidence, 0.85)
            former_after = former_after or ("when" in a.re.groupindex and a.start("when") >= 0)
    if not office and not rank:
        return None
    if not office and len(name_tokens) == 1 and not any(t.text.endswith(".") for t in rank):
        # "General Motors", "Major League": a spelled-out rank before one word is rarely a person,
        # unless the article names the person in full elsewhere ("General Syrskyi"); decided per article.
        tentative = True
    if (
        not any(t.tag == "H" for t in office)
        and rank
        and all(t.key in lx.AMBIGUOUS_RANKS and t.text[:1].islower() for t in rank)
        and not any(t.key in lx.SERVICE_WORDS for t in office + place_tokens)
    ):
        return None  # "Boston captain X": a team or ship role unless a service word makes it military

    heads = _head_keys(office)
    head = heads[-1] if heads else ""
    if heads:
        bare = len(office) == 1 and not place_tokens and not compl
        if head in lx.NEVER_BARE and bare:
            return None
        if head in lx.WEAK_HEADS and bare and not rank:
            return None
        if all(t.key in lx.NEVER_BARE for t in office) and not place_tokens and not compl:
            return None
        if head in lx.BODY_HEADS and not (
            _is_org(place_tokens) or any(t.tag == "L" or (t.text[:1].isupper() and _is_org([t])) for t in compl)
        ):
            return None  # "general manager" of a public body, not of a team or a shop

    title = _join(office) if office else ""
    place, organization = _place_of(place_tokens)
    if in_place and place is None:
        place = " ".join(t.text for t in in_place)
    if compl:
        suffix, c_place, c_org = _complement(heads, compl)
        title += suffix
        place = c_place or place
        organization = c_org or organization
    rank_text = _rank_text(rank)
    if not any(t.tag == "H" for t in office):
        title = " ".join(x for x in (title, rank_text) if x)
    elif rank_text:
        title = f"{title}; {rank_text}"
    if not title.strip():
        return None

    # "Sen. Charles Benton of Mississippi", "Sen. X, D-Mass."
    of = _OF_PLACE.match(right)
    if of and place is None:
        of_tokens = tokens[ne + 1 : ne + 1 + len(of.group("of"))]
        place = " ".join(t.text for t in of_tokens)
    party = _PARTY.match(right)
    if party:
        pm = _PARTY_STATE.match(tokens[ne + 1].text)
        if pm:
            state = lx.STATE_ABBREVIATIONS.get(pm.group(2).rstrip(".").casefold())
            place = place or state or pm.group(2)
            organization = organization or lx.PARTIES.get(pm.group(1).casefold())
    if place_tokens and _possessor_place(place_tokens, compl):
        at = next(i for i, t in enumerate(tokens) if t is place_tokens[0])
        if at > 0 and tokens[at - 1].tag in "HR":
            place = organization = None  # "President Novak's spokesman": the possessor is a person
    if place is None and (context_q or office):
        place = _context_place(text, sentence_start, start, head)

    return _Reading(
        name=name,
        name_span=Span(name_tokens[0].start, name_end),
        span=Span(start, end),
        title=title,
        place=place,
        organization=organization,
        status="former" if former_after and _status(status_tokens) == "current" else _status(status_tokens),
        rank=rank_text,
        head=head,
        confidence=confidence or 0.8,
        tentative=tentative,
        possessor_place=_possessor_place(place_tokens, compl),
    )


def _windows(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, sentence start) of the stretches around title words worth reading.

    Each title word opens a window from a little before it to a little after it,
    never leaving its sentence; overlapping windows of one sentence are merged.
    """
    lower = text.lower()
    if len(lower) == len(text):
        triggers = [m.span() for m in _TRIGGER_LOWER.finditer(lower)]
    else:  # lower-casing changed offsets (e.g. "İ"): scan case-insensitively instead
        triggers = [m.span() for m in _TRIGGER_ANY_CASE.finditer(text)]
    current: list[int] | None = None  # [start, end, sentence start]
    count = 0
    for m_start, m_end in triggers:
        if current is not None and m_end <= current[1]:
            continue
        sentence = sentence_at(text, m_start)
        if sentence is None:
            continue
        start = max(sentence.start, m_start - _BEFORE_WINDOW)
        end = min(sentence.end, m_end + _AFTER_WINDOW)
        if start > sentence.start:
            space = text.find(" ", start, m_start)
            start = space + 1 if space >= 0 else m_start
        if end < sentence.end:
            space = text.rfind(" ", m_end, end)
            end = space if space >= 0 else m_end
        if current is not None and current[2] == sentence.start and start <= current[1] and end - current[0] < 4000:
            current[1] = max(current[1], end)
            continue
        if current is not None:
            yield current[0], current[1], current[2]
            count += 1
            if count >= _MAX_WINDOWS:
                return
        current = [start, end, sentence.start]
    if current is not None:
        yield current[0], current[1], current[2]


def find_officials(text: str) -> list[_Reading]:
    """Every titled mention of a person in ``text``, in text order (several per person)."""
    readings: list[_Reading] = []
    seen: set[Span] = set()
    try:
        windows = list(_windows(text))
    except TimeoutError:  # pathological input: read nothing rather than stall
        return readings
    for start, end, sentence_start in windows:
        try:
            tokens, tags = _tokens(text, start, end)
            for m in _NAME_RUN.finditer(tags):
                ns, ne = m.span()
                if not _touches_title(tags, ns, ne):
                    continue
                reading = _read(text, tokens, tags, ns, ne, sentence_start)
                if reading is not None and reading.name_span not in seen:
                    seen.add(reading.name_span)
                    readings.append(reading)
        except TimeoutError:
            continue
    return readings


# -- one fact per person ---------------------------------------------------------------


def _surname(name: str) -> str:
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".").casefold() in ("jr", "sr", "ii", "iii", "iv"):
        parts.pop()
    return parts[-1] if parts else name


_GIVEN_BEFORE: Final = regex.compile(r"(?<![\p{L}\p{M}])((?:(?:\p{Lu}[\p{L}\p{M}'’\-]{1,30}|\p{Lu}\.)\s){1,3})\Z")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "-" or unicodedata.category(char).startswith("M")


def _occurrences(text: str, form: str) -> Iterator[Span]:
    """Every word-bounded occurrence of ``form`` in ``text`` (plain string search)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield Span(at, end)
        at = text.find(form, at + 1)


def _not_given(word: str) -> bool:
    """True for a capitalised word that cannot be a given name (title words, demonyms, sentence openers)."""
    low = word.rstrip(".").casefold()
    base = _strip_possessive(low)[0]
    return (
        base != low
        or low in lx.STOPWORDS
        or low in lx.HEADS
        or low in lx.RANKS
        or low in lx.MODIFIERS
        or low in lx.DEMONYMS
        or low in lx.STATUS
        or low in _BODY_WORDS
    )


def _fullest_name(text: str, name: str, limit: int = 200) -> str:
    """Extend a bare surname with given names that stand before it elsewhere in the text."""
    if " " in name.strip():
        return name
    best = name
    for count, span in enumerate(_occurrences(text, name)):
        if count >= limit:
            break
        m = _GIVEN_BEFORE.search(text, max(0, span.start - 100), span.start)
        if m is None:
            continue
        given = m.group(1).split()
        cut = [i for i, word in enumerate(given) if _not_given(word)]
        if cut:
            given = given[cut[-1] + 1 :]
        candidate = " ".join([*given, name])
        if len(candidate) > len(best):
            best = candidate
    return best


def _mentions(text: str, names: Iterable[str]) -> list[Span]:
    out: set[Span] = set()
    for name in set(names):
        for form in {name, _surname(name)}:
            if len(form) >= 2:
                out.update(_occurrences(text, form))
    # "Klitschko" inside "Vitali Klitschko" is the same mention, not another one.
    kept: list[Span] = []
    reach = -1
    for span in sorted(out, key=lambda s: (s.start, -s.end)):
        if span.end > reach:
            kept.append(span)
            reach = span.end
    return kept


def extract_officials(document: Document) -> list[Fact]:
    """The ``official`` facts of ``document``: one per person, with every mention."""
    text = document.text
    readings = find_officials(text)
    groups: dict[str, list[_Reading]] = {}
    for reading in readings:
        groups.setdefault(_surname(reading.name).casefold(), []).append(reading)
    facts: list[Fact] = []
    for group in groups.values():
        if all(r.tentative for r in group) and " " not in _fullest_name(text, group[0].name).strip():
            continue  # "General Motors": a one-word name after a spelled-out rank, never named in full
        best = max(group, key=lambda r: (r.confidence, -r.span.start))
        first = min(group, key=lambda r: r.span.start)
        lead = first if first.confidence >= best.confidence - 0.05 else best
        name = max((r.name for r in group), key=lambda n: (len(n.split()), len(n)))
        name = _fullest_name(text, name)
        place = lead.place or next((r.place for r in group if r.place and r.title == lead.title), None)
        organization = lead.organization or next((r.organization for r in group if r.organization), None)
        if lead.possessor_place and place == lead.place and place and _surname(place).casefold() in groups:
            place = organization = None  # "Novak's spokesman X" where Novak is an official of the article
        rank = lead.rank or next((r.rank for r in group if r.rank), None)
        value = Official(
            name=name,
            title=lead.title,
            place=place,
            organization=organization,
            status=lead.status,
            rank=rank,
        )
        spans = set(_mentions(text, [r.name for r in group] + [name]))
        spans.update(r.span for r in group)
        spans.discard(lead.span)
        facts.append(
            Fact(
                "official",
                lead.span,
                text[lead.span.start : lead.span.end],
                value,
                confidence=lead.confidence,
                mentions=tuple(spans),
            )
        )
    facts.sort(key=lambda f: f.span)
    return facts
