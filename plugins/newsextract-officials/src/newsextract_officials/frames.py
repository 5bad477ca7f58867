"""The title frames, as data: named rules over grammar-tagged words.

Each :class:`Frame` is a :class:`~newsextract.rules.Rule` reading one way an article
ties a title to a name: its pattern (a :mod:`newsextract.rules` token pattern, compiled
to an NFA and matched in linear time) runs over the tagged :class:`~.tags.Word` s of a
window, and :func:`tag` matches a word by its grammar tag. Its name is the rule name
facts carry in their provenance (so ``newsextract explain`` says which frame read an
official); its examples are invented sentences the meta-tests run.

A frame is matched anchored at a run of name words (:class:`newsextract.rules.Anchored`),
not searched for: a ``left`` frame must end right before the name (it is matched
backwards, so of its matches the one reaching furthest left wins), a ``right`` frame
starts right after it. Patterns are written in reading order either way. The resolver
(:mod:`.resolver`) decides between frames and builds the value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol

import attrs

from newsextract.rules import Anchored, Match, Pattern, Rule, RuleSet, Token, alt, compile_pattern, longest, seq, tok

from .tags import Word

__all__ = [
    "AFTER",
    "BEFORE",
    "FRAMES",
    "FRAME_RULES",
    "LINKED",
    "NAME_RUN",
    "NAME_RUN_LONGEST",
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

    def finditer(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> Iterator[Any]: ...


def tag(tags: str) -> Pattern:
    """One word whose grammar tag is one of the letters of ``tags`` (see :mod:`.tags`)."""
    wanted = frozenset(tags)

    def check(token: Token) -> bool:
        return isinstance(token, Word) and token.tag in wanted

    check.__name__ = f"tag_{tags}"  # how ``describe()`` and ``explain`` show the test
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


def _captured(match: Match) -> dict[str, str]:
    """What a frame read, capture by capture (the words as written)."""
    return {name: match[name].text for name in match.captures}


_READING_FIELDS: Final = ("name", "title", "place", "organization", "status", "rank")


@attrs.frozen(eq=False)
class Frame(Rule):
    """A named pattern of tagged words, with invented example sentences.

    ``side`` is ``left`` for a frame ending right before the name (matched backwards) or
    ``right`` for one starting right after it. ``not_after`` are tags the word after a
    right frame may not carry (the frame would end inside a longer phrase).
    ``examples`` give the official the plugin reads in each sentence (``name``,
    ``title``, ``place`` ...); :meth:`check_examples` reads them the way the plugin
    does, from a name anchor, and also checks that this frame is the one that read the
    title (``reads_title``; the place frames only add a place).
    """

    side: str = "left"
    not_after: str = ""
    reads_title: bool = True
    anchored: Anchored = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Nothing is compiled here: importing the plugin compiles no frame (start-up time).
        # ``anchored`` is compiled the first time a document needs it, and the rule's own
        # ``program`` (for :meth:`~newsextract.rules.Rule.matches`, which the reader never
        # calls) only when something asks for it; see :meth:`__getattr__`.
        pass

    # Hidden from type checkers: for them every attribute is declared (a class-level ``__getattr__``
    # would make any misspelt attribute type as Any).
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Compile ``anchored`` or ``program`` on first use (called only while the slot is unset)."""
            if name == "anchored":
                object.__setattr__(self, "anchored", Anchored(self.name, self.pattern, self.max_tokens))
            elif name == "program":
                super().__attrs_post_init__()  # checks the rule and compiles its program, as at creation
            else:
                raise AttributeError(name)
            return object.__getattribute__(self, name)

    def before(self, words: Sequence[Word], lo: int, at: int) -> FrameMatch | None:
        """The match ending right before word ``at`` that reaches furthest left (not before ``lo``)."""
        m = self.anchored.ending_at(words, at, lo)
        if m is None:
            return None
        return FrameMatch(self, m.start, m.end, {k: v[-1] for k, v in m.captures.items()})

    def after(self, words: Sequence[Word], at: int, hi: int) -> FrameMatch | None:
        """The longest match starting at word ``at`` (inside ``[at, hi)``) not followed by ``not_after``."""
        stop = hi
        while stop > at:
            m = self.anchored.starting_at(words, at, stop)
            if m is None:
                return None
            if m.end >= hi or words[m.end].tag not in self.not_after:
                return FrameMatch(self, m.start, m.end, {k: v[0] for k, v in m.captures.items()})
            stop = m.end - 1  # it ends inside a longer phrase: try a shorter reading
        return None

    def check_examples(self) -> list[str]:
        """Problems with this frame's examples, each read as the plugin reads a text."""
        from .find import find_officials  # the reader uses the frames: import it only when checking

        problems = []
        for example in self.examples:
            readings = [r for r in find_officials(example.text) if r.rule == self.name or not self.reads_title]
            expect: Mapping[str, Any] = example.expect or {}
            fields = [{k: getattr(r, k) for k in _READING_FIELDS} for r in readings]
            found = any(all(f.get(k) == v for k, v in expect.items()) for f in fields)
            if example.expect is None and readings:
                problems.append(f"frame {self.name!r}: {example.text!r} should give nothing, gave {fields[0]}")
            elif example.expect is not None and not found:
                problems.append(f"frame {self.name!r}: {example.text!r} should give {dict(expect)}, gave {fields or 'nothing'}")
        return problems


def _frame(name: str, pattern: Pattern, side: str, examples: Sequence[Mapping[str, str]], **options: Any) -> Frame:
    """A frame whose examples are given as ``{"text": sentence, field: value ...}``."""
    cases = [(e["text"], {k: v for k, v in e.items() if k != "text"}) for e in examples]
    return Frame(name, pattern, _captured, cases, side=side, **options)


def _name_run() -> Pattern:
    return seq(seq(tag("NI"), tag("NIP").rep(0, 5)).opt(), tag("NQ"))


NAME_RUN: Final[_Program] = compile_pattern(_name_run(), "official.name-run")
"""A run of name words: given names, initials and particles ending in a name word."""
NAME_RUN_LONGEST: Final = longest(_name_run()) or 0
"""The most words :data:`NAME_RUN` takes."""

# Pieces, in reading order.
_STATUS = tag("S").rep(0, 3)
_TITLE = seq(tag("MH").rep(0, 5), tag("H"))
_PLACE = seq(tag("NAQLM").rep(0, 5), tag("NAQL"))
_COMPL_INNER = alt(tag("NAQLMw&q"), seq(tag("OF"), tag("D").opt()))
_COMPL = seq(tag("OFT"), tag("D").opt(), tag("qQ").opt(), _COMPL_INNER.rep(0, 8), tag("NAQLM"))
# Before a comma and a name the complement may also end in plain words: "the commissioner for
# physical planning, X" (a portfolio); the comma and the name bound it.
_COMPL_BEFORE_COMMA = seq(tag("OFT"), tag("D").opt(), tag("qQ").opt(), _COMPL_INNER.rep(0, 8), tag("NAQLMw"))
_WHEN = tag("Z").rep(3, 3)
_DET = seq(tag("D").opt(), tag("q").opt())
_NOT_AFTER = "NHMRQIAL"
# Two coordinated titles before a name: "Lumora Chairman and CEO Ada Quill" (read from the name back).
_TITLES_BEFORE = seq(seq(_TITLE, tag("&")).opt(), _TITLE)
# An office after the name: [s1] [place] [s2] TITLE [complement] ("the newly appointed head of X").
# Two coordinated titles share the complement: "president and chief executive of Lumora".
_TITLES = seq(_TITLE, seq(tag("&"), _TITLE).opt())
_OFFICE = seq(_STATUS("s1"), _PLACE("place").opt(), _STATUS("s2"), _TITLES("title"), _COMPL("compl").opt())

PRE: Final = _frame(
    "official.title-before-name",
    # [s1] [place] [s2] TITLE [of-portfolio] [rank] [honorific] | [s1] [place] [s2] [mods] RANK [honorific]
    seq(
        _STATUS("s1"),
        _PLACE("place").opt(),
        _STATUS("s2"),
        alt(
            seq(
                _TITLES_BEFORE("title"),
                seq(tag("OF"), tag("D").opt(), tag("M&").rep(0, 3), tag("M"))("pcompl").opt(),
                tag("R").rep(0, 3)("rank"),
            ),
            seq(tag("M").rep(0, 2)("rmods"), tag("R").rep(1, 3)("rank2")),
        ),
        tag("h").opt(),
    ),
    "left",
    (
        {"text": "Defence Minister Lena Marsh arrived on Monday.", "name": "Lena Marsh", "title": "Defence Minister"},
        {"text": "Harbour Police Col. Ivo Brandt spoke.", "name": "Ivo Brandt", "title": "Police Colonel"},
        {"text": "Lumora Chairman and CEO Ada Quill said sales fell.", "name": "Ada Quill", "title": "Chairman and CEO"},
        {"text": "Former Norland Defence Minister Ada Quill spoke.", "name": "Ada Quill", "place": "Norland", "status": "former"},
    ),
)
BEFORE: Final = _frame(
    "official.title-appositive-before-name",
    # [det] [s1] [place] [s2] TITLE [complement | in PLACE] [at the time] , [rank] [honorific]
    # Before an appositive the place may be a lower-case possessive body with its modifiers
    # ("the state health ministry's director, X"), and a location may follow the title
    # ("the ministry's director in Khartoum, X").
    seq(
        _DET("det"),
        _STATUS("s1"),
        alt(_PLACE, seq(tag("M").rep(1, 3), tag("q")))("place").opt(),
        _STATUS("s2"),
        _TITLE("title"),
        alt(_COMPL_BEFORE_COMMA("compl"), seq(tag("n"), tag("NA").rep(1, 3))("inplace")).opt(),
        _WHEN("when").opt(),
        tag(","),
        tag("R").rep(0, 3)("rank"),
        tag("h").opt(),
    ),
    "left",
    (
        {
            "text": "The country's foreign minister, Tomas Verlaine, flew home.",
            "name": "Tomas Verlaine",
            "title": "foreign minister",
        },
        {
            "text": "The ministry's spokesman in Brindle, Ada Quill, spoke.",
            "name": "Ada Quill",
            "title": "spokesman",
            "place": "Brindle",
        },
    ),
)


def _is_age(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 3


def _is_plural_head(token: Token) -> bool:
    return isinstance(token, Word) and token.tag == "H" and token.affix == "plural"


SHARED: Final = _frame(
    "official.shared-plural-title",
    # [s1] [place] [s2] PLURAL-TITLE NAME and <name>: "Sens. Ada Quill and Tomas Veld" (the second name).
    seq(
        _STATUS("s1"),
        _PLACE("place").opt(),
        _STATUS("s2"),
        seq(tag("MH").rep(0, 5), tok(where=_is_plural_head))("title"),
        seq(seq(tag("NI"), tag("NIP").rep(0, 5)).opt(), tag("N")),
        tag("&"),
    ),
    "left",
    ({"text": "Sens. Ada Quill and Tomas Veld voted against the bill.", "name": "Tomas Veld", "title": "Senator"},),
)
AFTER: Final = _frame(
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
        {"text": "Tomas Verlaine, the defence minister, flew home.", "name": "Tomas Verlaine", "title": "defence minister"},
        {"text": "Ada Quill, 54, the mayor of Brindle, said the bridge is safe.", "name": "Ada Quill", "title": "mayor"},
    ),
    not_after=_NOT_AFTER,
)
LINKED: Final = _frame(
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
        {"text": "Ada Quill, who is the mayor of Brindle, opened the bridge.", "name": "Ada Quill", "title": "mayor"},
        {"text": "Ada Quill was later named defence minister.", "name": "Ada Quill", "title": "defence minister"},
    ),
    not_after=_NOT_AFTER,
)
WHO_HEADS: Final = _frame(
    "official.who-heads",
    # The office is what the person does: "X, who heads the Norland Port Authority".
    seq(
        tag(","),
        tag("W"),
        tag("G")("verb"),
        seq(tag("D").opt(), tag("qQ").opt(), _COMPL_INNER.rep(0, 8), tag("NAQLM"))("body"),
    ),
    "right",
    (
        {
            "text": "Ada Quill, who heads the Brindle Port Authority, spoke.",
            "name": "Ada Quill",
            "title": "head of the Brindle Port Authority",
        },
    ),
    not_after=_NOT_AFTER,
)
OF_PLACE: Final = _frame(
    "official.of-place",
    seq(tag("O"), tag("NAL").rep(1, 4)("of")),
    "right",
    ({"text": "Sen. Ada Quill of Norland voted no.", "name": "Ada Quill", "title": "Senator", "place": "Norland"},),
    not_after="NHMRQ",
    reads_title=False,
)
"""After the name: "Sen. Charles Benton of Mississippi"."""
PARTY: Final = _frame(
    "official.party-state",
    seq(tag(",|"), tag("Y")),
    "right",
    ({"text": "Sen. Ada Quill, D-Mass., voted no.", "name": "Ada Quill", "title": "Senator", "place": "Massachusetts"},),
    reads_title=False,
)
"""After the name: "Sen. X, D-Mass.", "Sen. X (D-Mass.)"."""

FRAMES: Final = (PRE, BEFORE, SHARED, AFTER, LINKED, WHO_HEADS)
"""The frames that read a title; :data:`OF_PLACE` and :data:`PARTY` only add a place."""
FRAME_RULES: Final = RuleSet("officials.frames", (*FRAMES, OF_PLACE, PARTY))
"""Every frame as a rule set (the core's meta-tests run their examples)."""
