"""Rules asked at an anchor: the words right before a count, a name, a list.

A plugin that has found something asks what stands right before it ("most of the" before
a count, "no" before a casualty count). :class:`BeforeRule` is such a question: a named
:class:`~newsextract.rules.Rule` whose pattern (in reading order) is matched as an
:class:`~newsextract.rules.Anchored` pattern ending at the anchor, never searched for,
with invented example sentences marking the anchor with "|" that the meta-tests run::

    SUBSET = BeforeRule("subset", seq(word_ending({"most", "some"}), tok(lower="of")), nothing,
                        [("Officials said most of |40 drones were downed.", {"words": "most of"})])
    m = SUBSET.ending(SUBSET.tokens(text, lo, at), at)

A plugin says which tokens a question is read over (:meth:`BeforeRule.tokens`: by default
the text's tokens cut to the window, a count word by word) and may refuse a match
(:meth:`BeforeRule.ending`). :func:`word_ending` is the test for a word taken at a word
start: the whole token, or its last part after a hyphen or an apostrophe ("twenty-one").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from ..text.lazy import LazyPattern
from .anchored import Anchored, AnchoredMatch
from .clipped import clipped_tokens
from .patterns import Pattern, tok
from .rules import Match, Rule
from .tokens import Token

__all__ = ["BeforeRule", "nothing", "word_ending"]


def word_ending(words: Iterable[str], *, whole: bool = True) -> Pattern:
    """A token that is one of ``words`` or ends in one after a non-word character ("twenty-one"
    ends in "one"), case-insensitive. With ``whole`` off the word may also end a longer word
    ("preincluding" ends in "including")."""
    wanted = frozenset(w.lower() for w in words)
    choices = "|".join(sorted(wanted, key=lambda w: (-len(w), w)))
    # compiled on first use: most texts never hold a hyphenated or glued count word, and a plugin
    # makes many of these at import
    tail = LazyPattern(rf"(?:.*[^\w])?(?:{choices})" if whole else rf".*(?:{choices})", regex.IGNORECASE)

    def test(token: Token) -> bool:
        if token.lower in wanted:
            return True
        text = token.text
        if text.isascii() and text.isalnum():  # a plain word: no part of it to try
            return not whole and any(token.lower.endswith(w) for w in wanted)
        return len(text) <= 200 and tail.fullmatch(text) is not None

    return tok(where=test)


def nothing(_match: Match) -> None:
    """The ``produce`` of a :class:`BeforeRule`: it is asked at an anchor, a search produces nothing."""
    return None


@attrs.frozen(eq=False)
class BeforeRule(Rule):
    """A named pattern of the words right before an anchor, with invented examples.

    Each example marks the anchor with "|"; its ``expect`` gives the words matched
    (``words``) or a capture's words (by name), ``{}`` for any match, None for none.
    """

    anchored: Anchored = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        object.__setattr__(self, "anchored", Anchored(self.name, self.pattern, self.max_tokens))

    def tokens(self, text: str, lo: int, hi: int) -> Sequence[Token]:
        """The tokens of ``text[lo:hi]`` this rule is matched over (cut to it, a count word by word)."""
        return clipped_tokens(text, lo, hi)

    def ending(self, tokens: Sequence[Token], hi: int) -> AnchoredMatch | None:
        """The match ending with the last of ``tokens`` (those of a window ending at offset ``hi``)."""
        return self.anchored.ending_at(tokens, len(tokens)) if tokens else None

    def check_examples(self) -> list[str]:
        """Problems with this rule's examples, each read from its "|" anchor."""
        problems = []
        for example in self.examples:
            at = example.text.index("|")
            text = example.text.replace("|", "", 1)
            tokens = self.tokens(text, 0, at)
            m = self.ending(tokens, at)
            if m is None or example.expect is None:
                if (m is None) != (example.expect is None):
                    problems.append(f"rule {self.name!r}: {example.text!r} should {'not ' * (m is not None)}match")
                continue
            got = {key: _words(tokens, (m.start, m.end) if key == "words" else m.get(key)) for key in example.expect}
            if got != dict(example.expect):
                problems.append(f"rule {self.name!r}: {example.text!r} should give {dict(example.expect)}, gave {got}")
        return problems


def _words(tokens: Sequence[Token], span: tuple[int, int] | None) -> str | None:
    return None if span is None else " ".join(t.text for t in tokens[span[0] : span[1]])
