"""The title frames, as data: named patterns over the grammar tags of :mod:`.tags`.

Each :class:`Frame` reads one way an article ties a title to a name, around a run of
name tags; its name is the rule name facts carry in their provenance (so
``newsextract explain`` says which frame read an official), and its examples are
invented sentences the tests run. The resolver (:mod:`.resolver`) decides between
frames and builds the value.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

__all__ = ["AFTER", "BEFORE", "FRAMES", "LINKED", "NAME_RUN", "OF_PLACE", "PARTY", "PRE", "WHO_HEADS", "Frame"]


@attrs.frozen
class Frame:
    """A named tag pattern with invented example sentences.

    ``side`` says where it is matched: ``left`` on the tags before the name (anchored at
    the name), ``right`` on the tags after it (anchored at the name's end).
    ``examples`` are (sentence, name, title) triples: the official the frame reads there.
    """

    name: str
    pattern: regex.Pattern[str]
    side: str
    examples: tuple[tuple[str, str, str], ...]

    def search(self, tags: str) -> regex.Match[str] | None:
        """The frame's match on ``tags`` (the context on its side of a name), if any."""
        return self.pattern.search(tags)


NAME_RUN: Final = regex.compile(r"(?:[NI][NIP]{0,5})?[NQ]")
"""A run of name tags: given names, initials and particles ending in a name word."""

_PLACE = r"(?P<place>[NAQLM]{0,5}[NAQL])"
_TITLE = r"(?P<title>[MH]{0,5}H)"
_COMPL = r"(?P<compl>[OFT]D?[qQ]?(?:[NAQLMw&q]|[OF]D?){0,8}[NAQLM])"
# Before a comma and a name the complement may also end in plain words: "the commissioner for
# physical planning, X" (a portfolio); the comma and the name bound it.
_COMPL_B = r"(?P<compl>[OFT]D?[qQ]?(?:[NAQLMw&q]|[OF]D?){0,8}[NAQLMw])"
_WHEN = r"(?P<when>Z{3})?"
# Before an appositive the place may be a lower-case possessive body with its modifiers
# ("the state health ministry's director, X"), and a location may follow the title
# ("the ministry's director in Khartoum, X").
_PLACE_B = r"(?P<place>[NAQLM]{0,5}[NAQL]|M{1,3}q)"
_IN_PLACE = r"(?P<inplace>n[NA]{1,3})"

PRE: Final = Frame(
    "official.title-before-name",
    regex.compile(
        rf"(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}})"
        rf"(?:{_TITLE}(?P<pcompl>[OF]D?[M&]{{0,3}}M)?(?P<rank>R{{0,3}})|(?P<rmods>M{{0,2}})(?P<rank2>R{{1,3}}))h?\Z"
    ),
    "left",
    (
        ("Defence Minister Lena Marsh arrived on Monday.", "Lena Marsh", "Defence Minister"),
        ("Harbour Police Col. Ivo Brandt spoke.", "Ivo Brandt", "Police Colonel"),
    ),
)
BEFORE: Final = Frame(
    "official.title-appositive-before-name",
    regex.compile(
        rf"(?P<det>D?q?)(?P<s1>S{{0,3}}){_PLACE_B}?(?P<s2>S{{0,3}}){_TITLE}(?:{_COMPL_B}|{_IN_PLACE})?{_WHEN}"
        r",(?P<rank>R{0,3})h?\Z"
    ),
    "left",
    (("The country's foreign minister, Tomas Verlaine, flew home.", "Tomas Verlaine", "foreign minister"),),
)
AFTER: Final = Frame(
    "official.title-appositive-after-name",
    regex.compile(rf"\A,(?P<det>D?q?)(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}}){_TITLE}{_COMPL}?{_WHEN}(?![NHMRQIAL])"),
    "right",
    (("Tomas Verlaine, the defence minister, flew home.", "Tomas Verlaine", "defence minister"),),
)
LINKED: Final = Frame(
    "official.title-after-linking-verb",
    # "X, who is the mayor of Y", "X was re-elected president", "X was named defense minister".
    regex.compile(
        rf"\A(?:,W)?(?P<verb>V{{1,3}}S{{0,2}})D?(?P<s1>S{{0,3}}){_PLACE}?(?P<s2>S{{0,3}}){_TITLE}{_COMPL}?(?![NHMRQIAL])"
    ),
    "right",
    (("Ada Quill, who is the mayor of Brindle, opened the bridge.", "Ada Quill", "mayor"),),
)
WHO_HEADS: Final = Frame(
    "official.who-heads",
    # The office is what the person does: "X, who heads the Norland Port Authority".
    regex.compile(r"\A,W(?P<verb>G)(?P<body>D?[qQ]?(?:[NAQLMw&q]|[OF]D?){0,8}[NAQLM])(?![NHMRQIAL])"),
    "right",
    (("Ada Quill, who heads the Brindle Port Authority, spoke.", "Ada Quill", "head of the Brindle Port Authority"),),
)
OF_PLACE: Final = regex.compile(r"\AO(?P<of>[NAL]{1,4})(?![NHMRQ])")
"""After the name: "Sen. Charles Benton of Mississippi"."""
PARTY: Final = regex.compile(r"\A[,|]Y")
"""After the name: "Sen. X, D-Mass.", "Sen. X (D-Mass.)"."""

FRAMES: Final = (PRE, BEFORE, AFTER, LINKED, WHO_HEADS)
