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


def trie(words: list[str]) -> str:
    """A regex source matching any of ``words``, factored as a trie (several times faster than a flat alternation)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(root)


#: Cheap pre-filter, run once over the lower-cased document.
_TRIGGER: Final = regex.compile(r"\b" + trie(TRIGGER_STEMS))


TRIGGER_I: Final = regex.compile(r"\b" + trie(TRIGGER_STEMS), CASE)


#: The same stems without the leading ``\b``, for the stdlib engine (over twice as fast on this
#: literal trie); the word boundary is checked on each match (see :func:`trigger_hits`).
_TRIGGER_STEM_RE: Final = re.compile(trie(TRIGGER_STEMS))


_WORD_CHAR: Final = regex.compile(r"\w")


def trigger_hits(lowered: str) -> list[int]:
    r"""Start offsets of ``_TRIGGER`` matches in ``lowered``, computed faster.

    Every stem is letters only, so no stem start preceded by a word character can be a ``\b`` hit,
    and a match never hides a ``\b`` hit inside it: keeping the matches whose previous character is
    no word character (by the ``regex`` module's definition) gives exactly ``_TRIGGER``'s starts.
    """
    hits = []
    for m in _TRIGGER_STEM_RE.finditer(lowered):
        p = m.start()
        if p:
            c = lowered[p - 1]
            if (c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c) is not None:
                continue
        hits.append(p)
    return hits


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


TOKEN: Final = regex.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")


#: ``TOKEN`` in the faster stdlib engine, for text where :func:`stdlib_safe` holds (same tokens).
TOKEN_STD: Final = re.compile(stdlib_source(TOKEN.pattern))
