"""``singular_ends`` finds exactly the matches of the full pattern it stands for (without compiling it)."""

from __future__ import annotations

import pytest
import regex
from newsextract_casualties.phrases import _SINGULAR_OTHER, _SINGULAR_WORDS, singular_ends

from newsextract.rules import alternation

#: The pattern singular_ends stands for: a singular head or ordinal, or the other alternatives.
SINGULAR_END = regex.compile(r"\b" + alternation(_SINGULAR_WORDS) + r"\b|" + _SINGULAR_OTHER)

#: Invented sentences, one a line: heads, ordinals, "another", "the other", weak heads, capitals.
SENTENCES = """\
a soldier was killed and another was hurt near the base.
the boy and his second cousin died; a drug trafficker was shot, the other died.
an operator in the town was injured, a tax collector at the market was wounded.
boyfriend of the suspect, a second soldier, another one.
Police said The Woman was found.
asoldier killed a sergeant""".splitlines()


@pytest.mark.parametrize("text", SENTENCES)
def test_singular_ends_matches_the_full_pattern(text: str) -> None:
    # windows starting inside words too (the pattern's \b sees the text before ``lo``)
    windows = [(lo, hi) for lo in range(0, len(text), 3) for hi in (len(text), len(text) - 4)]
    fast = [[m.span() for m in singular_ends(text, lo, hi)] for lo, hi in windows]
    assert fast == [[m.span() for m in SINGULAR_END.finditer(text, lo, hi)] for lo, hi in windows]


def test_singular_ends_finds_heads() -> None:
    text = "the sergeant died and another was hurt, a porter was shot."
    found = [text[m.start() : m.end()] for m in singular_ends(text, 0, len(text))]
    assert found == ["sergeant", "another", "a porter"]
