"""The cheap sentence filter (casualty word stems) and the stdlib-engine twins of the hottest patterns."""

from __future__ import annotations

import functools
import re
from typing import Final

import regex

CASE: Final = regex.IGNORECASE | regex.VERSION0


#: For patterns anchored at the end of a short left window: searched right to left, one attempt.
CASE_REVERSE: Final = CASE | regex.REVERSE


#: Word stems of casualty language: a sentence with none of them is never read.
TRIGGER_STEMS: Final = (
    "kill dead death died dies slain wound injur hurt hospital missing captur abduct kidnap hostage captiv prisoner"
    " treatment evacua"
    " rescu toll lives fatal casualt medical bodies body perish drown shot stabb trapped airlift clinic unaccounted"
    " seized murder assassinat behead lynch execut succumb remains corpse gunned burns inhalation freed fled shelter hit struck"
    " refuge saved saving referred suffer sustain"
).split()


def _word_start(text: str, p: int) -> bool:
    r"""True when no word character (by the ``regex`` module's ``\w``) stands right before ``p``."""
    if not p:
        return True
    c = text[p - 1]
    return not ((c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c) is not None)


_WORD_CHAR: Final = regex.compile(r"\w")


def trigger_hits(lowered: str) -> list[int]:
    """Start offsets, in order, of every casualty word stem that begins a word of ``lowered``
    (the text lower-cased). Every stem is letters only, so a stem found at a word start is a hit."""
    hits: set[int] = set()
    for stem in TRIGGER_STEMS:
        p = lowered.find(stem)
        while p >= 0:
            if _word_start(lowered, p):
                hits.add(p)
            p = lowered.find(stem, p + 1)
    return sorted(hits)


def lowered_in_place(text: str) -> str:
    """``text`` lower-cased character by character, keeping its length (and so its offsets):
    the few characters whose lower case is longer stay as they are."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def stdlib_source(pattern: str) -> str:
    r"""``pattern`` for the stdlib ``re`` engine: ``\s`` spelt out as the ASCII whitespace the
    ``regex`` module's ``\s`` matches (``re`` would add ``\x1c``-``\x1f``). The two engines then
    match alike on text of ASCII and :func:`_same_in_both_engines` characters."""
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            pair = pattern[i : i + 2]
            if pair == "\\s":
                out.append(" \\t\\n\\r\\f\\v" if in_class else "[ \\t\\n\\r\\f\\v]")
            elif pair == "\\S":
                raise ValueError("\\S is not translated")
            else:
                out.append(pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


_WORD_RE: Final = re.compile(r"\w")


_SPACE_R: Final = regex.compile(r"\s")


_LETTER_RE: Final = re.compile(r"[a-z]", re.IGNORECASE)


_LETTER_R: Final = regex.compile(r"[a-z]", CASE)


@functools.lru_cache(maxsize=4096)
def _same_in_both_engines(char: str) -> bool:
    """True when a non-ASCII character is read alike by ``regex`` and ``re`` in the translated
    patterns: the same ``\\w`` (so the same ``\\b``), no ``\\s``, and no case match with an ASCII letter
    ("ſ", the Kelvin sign). Punctuation such as curly quotes and dashes and ordinary accented
    letters qualify; combining marks, "²" or no-break spaces do not."""
    return (
        (_WORD_CHAR.match(char) is None) == (_WORD_RE.match(char) is None)
        and _SPACE_R.match(char) is None
        and _LETTER_RE.match(char) is None
        and _LETTER_R.match(char) is None
    )


def stdlib_safe(text: str) -> bool:
    """True when the stdlib twins of the patterns match ``text`` exactly as the originals."""
    return text.isascii() or all(_same_in_both_engines(c) for c in set(_NON_ASCII.findall(text)))


#: Initialisms with full stops ("U.S.", "U.N.") are one token: "two U.S. service members".
#: Acronyms joined by a slash ("BH/IS fighters") are one token too.
TOKEN: Final = regex.compile(r"[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,}(?:/[A-Z]{2,})+\b|[\w'’]+(?:-[\w'’]+)*|[^\w\s]")


#: ``TOKEN`` in the faster stdlib engine, for text where :func:`stdlib_safe` holds (same tokens).
TOKEN_STD: Final = re.compile(stdlib_source(TOKEN.pattern))
