"""Shared constructions every news plugin meets, written once as pattern pieces.

* :func:`counted` - a counted noun phrase: "nine Iskander-M missiles", "both missiles";
* :func:`listing` - a list of items: "286 drones, nine Iskander-M missiles and four Kh-101
  cruise missiles";
* :func:`introduced_list` - a list after "with", "including" or a colon: "37 missiles: one
  Kinzhal, two dozen Kh-101 ...";
* :func:`distributed` - a verb distributing over a list, with "including" parts:
  "destroyed 74 missiles, including 71 cruise missiles, as well as 88 drones";
* :func:`n_of_m`, :data:`ALL_BUT`, :func:`n_more` - "23 of 24", "all but one of 24", "10 more";
* :func:`all_but`, :func:`more_than_before` - the arithmetic behind them, with the
  derivation text that ``newsextract explain`` shows.

Captures: every item of a list is captured as ``item`` (or the ``name`` given), and
inside it :func:`counted` captures ``count`` (the quantity, or "both"), ``modifier``
and ``head``; use :meth:`Match.groups` to read item by item.
"""

from __future__ import annotations

from typing import Final

import attrs

from newsextract.text.numbers import Quantity

from .patterns import QTY, Pattern, alt, opt, phrase, seq, tok
from .tokens import QUANTITY, WORD

__all__ = [
    "ALL_BUT",
    "CONJUNCTION",
    "COUNT",
    "LIST_SEPARATOR",
    "Derived",
    "all_but",
    "counted",
    "distributed",
    "introduced_list",
    "listing",
    "more_than_before",
    "n_more",
    "n_of_m",
]

#: Words that never stand between a count and its head noun (they join or end a list).
_NOT_MODIFIERS: Final = frozenset(
    """and or plus as well including include includes with without of the a an to from in on at by for
    while when after before but which that who were was are is have has had been be both all""".split()
)

CONJUNCTION: Final[Pattern] = alt(tok(lower={"and", "or", "plus"}), phrase("as well as"), phrase("along with"))
"""A list's joining word: "and", "or", "plus", "as well as", "along with"."""

LIST_SEPARATOR: Final[Pattern] = alt(seq(opt(tok(text={",", ";"})), CONJUNCTION), tok(text={",", ";"}))
"""Between two list items: a comma or semicolon, a conjunction, or both (", and")."""

COUNT: Final[Pattern] = alt(QTY, tok(lower="both"))
"""A count: a quantity token, or "both" (whose number the plugin resolves)."""

ALL_BUT: Final[Pattern] = tok(quantity=lambda q: q.all_but is not None)
"""An "all but N (of)" quantity token; see :func:`all_but` for the arithmetic."""

_MODIFIER: Final[Pattern] = tok(kind=WORD, where=lambda t: t.lower not in _NOT_MODIFIERS)


def counted(head: Pattern, *, modifiers: int = 3) -> Pattern:
    """A count, up to ``modifiers`` modifier words, then ``head``: "four Kh-101 cruise missiles".

    Captures ``count``, ``modifier`` (each modifier word) and ``head``. Modifiers are
    words other than conjunctions, prepositions and articles, so "28 drones and both
    missiles" is two items, never one.
    """
    return seq(COUNT.capture("count"), _MODIFIER.capture("modifier").rep(0, modifiers), head.capture("head"))


_INNER_SEPARATOR: Final[Pattern] = alt(seq(opt(tok(text=",")), tok(lower={"and", "or"})), tok(text=","))


def listing(item: Pattern, *, name: str = "item", separator: Pattern = LIST_SEPARATOR) -> Pattern:
    """One or more ``item``s joined by ``separator`` (commas and conjunctions), each captured as ``name``."""
    return seq(item.capture(name), seq(separator, item.capture(name)).star())


def introduced_list(item: Pattern, *, name: str = "item") -> Pattern:
    """A list after "with", "including", "among them", "such as" or a colon.

    "37 missiles: one Kinzhal, two dozen Kh-101"; "... with 12 drones and two missiles".
    """
    opener = alt(
        tok(text=":"),
        seq(opt(tok(text=",")), alt(tok(lower={"with", "including", "incl"}), phrase("such as"), phrase("among them"))),
    )
    return seq(opener, listing(item, name=name))


def distributed(verb: Pattern, item: Pattern, *, name: str = "item", part: str = "part") -> Pattern:
    """A verb and the list it applies to, each item captured as ``name``.

    "destroyed 74 missiles, including 71 cruise missiles, as well as 88 drones" gives
    ``verb`` = "destroyed", items "74 missiles" and "88 drones", and the "including"
    item "71 cruise missiles" captured as ``part`` (a subset of the item before it).
    "destroying 28 drones and both missiles" gives two items.
    """
    # Inside the "including" part only "," / "and" / "or" continue it: "as well as" goes back to the main list.
    included = listing(item, name=part, separator=_INNER_SEPARATOR)
    parts = seq(opt(tok(text=",")), tok(lower={"including", "among", "incl"}), included, opt(tok(text=",")))
    return seq(verb.capture("verb"), item.capture(name), opt(parts), seq(LIST_SEPARATOR, item.capture(name), opt(parts)).star())


def n_of_m() -> Pattern:
    """ "23 of 24", "nine of the 12": captures ``part`` and ``whole``."""
    return seq(QTY.capture("part"), tok(lower="of"), opt(tok(lower="the")), QTY.capture("whole"))


def n_more(words: frozenset[str] = frozenset({"more", "additional", "further", "other", "another"})) -> Pattern:
    """ "10 more", "two additional": captures ``more`` (the quantity)."""
    return seq(tok(kind=QUANTITY).capture("more"), tok(lower=words))


@attrs.frozen
class Derived:
    """A number worked out from others, and how: ``Derived(23, "23 = 24 launched - 'all but one'")``."""

    value: int
    derivation: str


def all_but(total: int | Quantity, all_but_phrase: Quantity, *, what: str = "") -> Derived | None:
    """The count meant by "all but N" of ``total``: ``24`` and "all but one" -> 23.

    None when the phrase is not an "all but" quantity, the total is unknown or the
    difference is negative. ``what`` names the total ("launched") in the derivation.
    """
    whole = total.count if isinstance(total, Quantity) else total
    if whole is None or all_but_phrase.all_but is None or all_but_phrase.all_but > whole:
        return None
    value = whole - all_but_phrase.all_but
    label = f" {what}" if what else ""
    phrase_text = " ".join(all_but_phrase.text.split())
    if phrase_text.lower().endswith(" of"):
        phrase_text = phrase_text[:-3]
    return Derived(value, f"{value} = {whole}{label} - '{phrase_text}'")


def more_than_before(before: int | Quantity, more: Quantity, *, what: str = "") -> Derived | None:
    """The new total after "N more": ``20`` and "10 more" -> 30 ("30 = 20 + '10 more'")."""
    start = before.count if isinstance(before, Quantity) else before
    if start is None or more.count is None:
        return None
    value = start + more.count
    label = f" {what}" if what else ""
    return Derived(value, f"{value} = {start}{label} + '{' '.join(more.text.split())} more'")
