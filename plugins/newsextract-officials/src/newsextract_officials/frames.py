"""The title frames, as data: named rule-layer patterns over grammar-tagged words.

Each :class:`Frame` reads one way an article ties a title to a name, around a run of
name words; its name is the rule name facts carry in their provenance (so
``newsextract explain`` says which frame read an official), and its examples are
invented sentences the tests run. The patterns are :mod:`newsextract.rules` token
patterns (compiled to an NFA, matched in linear time) whose tokens are the tagged
:class:`~.tags.Word` s; :func:`tag` matches a word by its grammar tag.

A frame before the name is matched backwards, from the word before the name towards
the start of the sentence (so the longest match is the one reaching furthest left);
its pattern is therefore written last element first, each piece reversed too.
The resolver (:mod:`.resolver`) decides between frames and builds the value.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Final, Protocol

import attrs

from newsextract.rules import Pattern, Token, alt, compile_pattern, seq, tok

from .tags import Word

__all__ = [
    "AFTER",
    "BEFORE",
    "FRAMES",
    "LINKED",
    "NAME_RUN",
    "OF_PLACE",
    "PARTY",
    "PRE",
    "SHARED",
    "WHO_HEADS",
    "Frame",
    "FrameMatch",
    "tag",
]


class _Program(Protocol):
    """What a compiled pattern offers (:func:`newsextract.rules.compile_pattern`)."""

    def match_at(self, tokens: Sequence[Token], start: int, hi: int | None = None) -> Any: ...

    def finditer(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> Iterator[Any]: ...


def tag(tags: str) -> Pattern:
    """One word whose grammar tag is one of the letters of ``tags`` (see :mod:`.tags`)."""
    wanted = frozenset(tags)

    def check(token: Token) -> bool:
        return isinstance(token, Word) and token.tag in wanted

    return tok(where=check)


@attrs.frozen
class FrameMatch:
    """Where a frame matched: word indexes ``[start, end)`` and each capture's words."""

    frame: Frame
    start: int
    end: int
    captures: dict[str, tuple[int, int]]

    def words(self, words: Sequence[Word], name: str) -> list[Word]:
        """The words the capture ``name`` matched (empty when it did not take part)."""
        span = self.captures.get(name)
        return list(words[span[0] : span[1]]) if span else []

    def has(self, name: str) -> bool:
        """True when the capture ``name`` matched at least one word."""
        span = self.captures.get(name)
        return span is not None and span[1] > span[0]


@attrs.frozen
class Frame:
    """A named pattern of tagged words, with invented example sentences.

    ``side`` is ``left`` for a frame ending right before the name (matched backwards) or
    ``right`` for one starting right after it. ``not_after`` are tags the word after a
    right frame may not carry (the frame would end inside a longer phrase).
    ``examples`` are (sentence, name, title) triples: the official the frame reads there.
    """

    name: str
    pattern: Pattern
    side: str
    examples: tuple[tuple[str, str, str], ...]
    not_after: str = ""
    program: _Program = attrs.field(init=False)

    @program.default
    def _compile(self) -> _Program:
        return compile_pattern(self.pattern, self.name)

    def before(self, words: Sequence[Word], lo: int, at: int) -> FrameMatch | None:
        """The match ending right before word ``at`` that reaches furthest left (not before ``lo``)."""
        backwards = list(reversed(words[lo:at]))
        raw = self.program.match_at(backwards, 0) if backwards else None
        if raw is None:
            return None
        spans = {k: (at - v[0][1], at - v[0][0]) for k, v in raw.captures().items() if v}
        return FrameMatch(self, at - raw.end, at, spans)

    def after(self, words: Sequence[Word], at: int, hi: int) -> FrameMatch | None:
        """The longest match starting at word ``at`` (inside ``[at, hi)``) not followed by ``not_after``."""
        stop = hi
        while stop > at:
            raw = self.program.match_at(words, at, stop)
            if raw is None:
                return None
            if raw.end >= hi or words[raw.end].tag not in self.not_after:
                spans = {k: v[0] for k, v in raw.captures().items() if v}
                return FrameMatch(self, raw.start, raw.end, spans)
            stop = raw.end - 1  # it ends inside a longer phrase: try a shorter reading
        return None


def _name_run() -> Pattern:
    return seq(seq(tag("NI"), tag("NIP").rep(0, 5)).opt(), tag("NQ"))


NAME_RUN: Final[_Program] = compile_pattern(_name_run(), "official.name-run")
"""A run of name words: given names, initials and particles ending in a name word."""

# Pieces, forwards (for frames after the name) and backwards (for frames before it).
_STATUS = tag("S").rep(0, 3)
_TITLE = seq(tag("MH").rep(0, 5), tag("H"))
_TITLE_BACK = seq(tag("H"), tag("MH").rep(0, 5))
# Two coordinated titles: "Lumora Chairman and CEO Ada Quill".
_TITLES_BACK = seq(_TITLE_BACK, seq(tag("&"), _TITLE_BACK).opt())
_PLACE = seq(tag("NAQLM").rep(0, 5), tag("NAQL"))
_PLACE_BACK = seq(tag("NAQL"), tag("NAQLM").rep(0, 5))
_COMPL_INNER = alt(tag("NAQLMw&q"), seq(tag("OF"), tag("D").opt()))
_COMPL_INNER_BACK = alt(tag("NAQLMw&q"), seq(tag("D").opt(), tag("OF")))
_COMPL = seq(tag("OFT"), tag("D").opt(), tag("qQ").opt(), _COMPL_INNER.rep(0, 8), tag("NAQLM"))
# Before a comma and a name the complement may also end in plain words: "the commissioner for
# physical planning, X" (a portfolio); the comma and the name bound it.
_COMPL_B_BACK = seq(tag("NAQLMw"), _COMPL_INNER_BACK.rep(0, 8), tag("qQ").opt(), tag("D").opt(), tag("OFT"))
_WHEN = tag("Z").rep(3, 3)
_DET = seq(tag("D").opt(), tag("q").opt())
_DET_BACK = seq(tag("q").opt(), tag("D").opt())
_NOT_AFTER = "NHMRQIAL"
# An office after the name: [s1] [place] [s2] TITLE [complement] ("the newly appointed head of X").
# Two coordinated titles share the complement: "president and chief executive of Lumora".
_TITLES = seq(_TITLE, seq(tag("&"), _TITLE).opt())
_OFFICE = seq(_STATUS("s1"), _PLACE("place").opt(), _STATUS("s2"), _TITLES("title"), _COMPL("compl").opt())

PRE: Final = Frame(
    "official.title-before-name",
    # [s1] [place] [s2] TITLE [of-portfolio] [rank] [honorific] | [s1] [place] [s2] [mods] RANK [honorific]
    seq(
        tag("h").opt(),
        alt(
            seq(
                tag("R").rep(0, 3)("rank"),
                seq(tag("M"), tag("M&").rep(0, 3), tag("D").opt(), tag("OF"))("pcompl").opt(),
                _TITLES_BACK("title"),
            ),
            seq(tag("R").rep(1, 3)("rank2"), tag("M").rep(0, 2)("rmods")),
        ),
        _STATUS("s2"),
        _PLACE_BACK("place").opt(),
        _STATUS("s1"),
    ),
    "left",
    (
        ("Defence Minister Lena Marsh arrived on Monday.", "Lena Marsh", "Defence Minister"),
        ("Harbour Police Col. Ivo Brandt spoke.", "Ivo Brandt", "Police Colonel"),
        ("Lumora Chairman and CEO Ada Quill said sales fell.", "Ada Quill", "Chairman and CEO"),
    ),
)
BEFORE: Final = Frame(
    "official.title-appositive-before-name",
    # [det] [s1] [place] [s2] TITLE [complement | in PLACE] [at the time] , [rank] [honorific]
    # Before an appositive the place may be a lower-case possessive body with its modifiers
    # ("the state health ministry's director, X"), and a location may follow the title
    # ("the ministry's director in Khartoum, X").
    seq(
        tag("h").opt(),
        tag("R").rep(0, 3)("rank"),
        tag(","),
        _WHEN("when").opt(),
        alt(_COMPL_B_BACK("compl"), seq(tag("NA").rep(1, 3), tag("n"))("inplace")).opt(),
        _TITLE_BACK("title"),
        _STATUS("s2"),
        alt(_PLACE_BACK, seq(tag("q"), tag("M").rep(1, 3)))("place").opt(),
        _STATUS("s1"),
        _DET_BACK("det"),
    ),
    "left",
    (("The country's foreign minister, Tomas Verlaine, flew home.", "Tomas Verlaine", "foreign minister"),),
)


def _is_age(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 3


def _is_plural_head(token: Token) -> bool:
    return isinstance(token, Word) and token.tag == "H" and token.affix == "plural"


SHARED: Final = Frame(
    "official.shared-plural-title",
    # [s1] [place] [s2] PLURAL-TITLE NAME and <name>: "Sens. Ada Quill and Tomas Veld" (the second name).
    seq(
        tag("&"),
        seq(tag("N"), seq(tag("NIP").rep(0, 5), tag("NI")).opt()),
        seq(tok(where=_is_plural_head), tag("MH").rep(0, 5))("title"),
        _STATUS("s2"),
        _PLACE_BACK("place").opt(),
        _STATUS("s1"),
    ),
    "left",
    (("Sens. Ada Quill and Tomas Veld voted against the bill.", "Tomas Veld", "Senator"),),
)
AFTER: Final = Frame(
    "official.title-appositive-after-name",
    # [, AGE] , [det] OFFICE [at the time]: "Ada Quill, 54, the mayor of Brindle"
    seq(
        seq(tag(","), tok(where=_is_age)).opt(),
        tag(","),
        _DET("det"),
        _OFFICE,
        _WHEN("when").opt(),
    ),
    "right",
    (
        ("Tomas Verlaine, the defence minister, flew home.", "Tomas Verlaine", "defence minister"),
        ("Ada Quill, 54, the mayor of Brindle, said the bridge is safe.", "Ada Quill", "mayor"),
    ),
    not_after=_NOT_AFTER,
)
LINKED: Final = Frame(
    "official.title-after-linking-verb",
    # "X, who is the mayor of Y", "X was re-elected president", "X was named defense minister".
    seq(
        seq(tag(","), tag("W")).opt(),
        seq(tag("B").opt(), tag("V"), seq(tag("B").opt(), tag("V")).rep(0, 2), tag("B").opt(), tag("S").rep(0, 2))("verb"),
        tag("D").opt(),
        _OFFICE,
    ),
    "right",
    (
        ("Ada Quill, who is the mayor of Brindle, opened the bridge.", "Ada Quill", "mayor"),
        ("Ada Quill was later named defence minister.", "Ada Quill", "defence minister"),
    ),
    not_after=_NOT_AFTER,
)
WHO_HEADS: Final = Frame(
    "official.who-heads",
    # The office is what the person does: "X, who heads the Norland Port Authority".
    seq(
        tag(","),
        tag("W"),
        tag("G")("verb"),
        seq(tag("D").opt(), tag("qQ").opt(), _COMPL_INNER.rep(0, 8), tag("NAQLM"))("body"),
    ),
    "right",
    (("Ada Quill, who heads the Brindle Port Authority, spoke.", "Ada Quill", "head of the Brindle Port Authority"),),
    not_after=_NOT_AFTER,
)
OF_PLACE: Final = Frame(
    "official.of-place",
    seq(tag("O"), tag("NAL").rep(1, 4)("of")),
    "right",
    (("Sen. Ada Quill of Norland voted no.", "Ada Quill", "Senator"),),
    not_after="NHMRQ",
)
"""After the name: "Sen. Charles Benton of Mississippi"."""
PARTY: Final = Frame(
    "official.party-state",
    seq(tag(",|"), tag("Y")),
    "right",
    (("Sen. Ada Quill, D-Mass., voted no.", "Ada Quill", "Senator"),),
)
"""After the name: "Sen. X, D-Mass.", "Sen. X (D-Mass.)"."""

FRAMES: Final = (PRE, BEFORE, SHARED, AFTER, LINKED, WHO_HEADS)
"""The frames that read a title; :data:`OF_PLACE` and :data:`PARTY` only add a place."""
