"""The standard-library token pattern for ASCII-like texts reads exactly as the full one."""

from __future__ import annotations

import random
import sys

import pytest

from newsextract.rules import tokens
from newsextract.text.plain import is_plain

needs_311 = pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive quantifiers need Python 3.11's re")

#: every character the fast path may see: ASCII and the few marks a plain text may hold
SAFE = [chr(i) for i in range(0x3000) if is_plain(chr(i))]


def _spans(finditer: object, text: str) -> list[tuple[int, int, int | None]]:
    return [(*m.span(), m.lastindex) for m in finditer(text)]  # type: ignore[operator]


@needs_311
def test_group_numbers_and_kinds_agree() -> None:
    fast = tokens._TOKEN.plain.compiled
    assert fast.groupindex == tokens._TOKEN.full.compiled.groupindex
    assert tuple(sorted(fast.groupindex, key=fast.groupindex.get)) == tokens._GROUP_NAMES


@needs_311
def test_random_safe_texts_tokenize_the_same_both_ways() -> None:
    fast = tokens._TOKEN.plain.finditer
    full = tokens._TOKEN.full.finditer
    likely = list("aAsS'\u2019-.,:0123 U\n")
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(likely if rnd.random() < 0.7 else SAFE) for _ in range(rnd.randint(1, 16)))
        assert _spans(fast, text) == _spans(full, text), repr(text)


@needs_311
@pytest.mark.parametrize(
    "text",
    [
        "U.S.A. officials' 1,200.5 and 12a 10:30 Kh-101 don't Kyiv\u2019s \u201cquote\u201d \u2014 \u2026 \u00a35 x\x1cy",
        "123abc 4-5 ab's'",
    ],
)
def test_known_edges_tokenize_the_same_both_ways(text: str) -> None:
    assert _spans(tokens._TOKEN.plain.finditer, text) == _spans(tokens._TOKEN.full.finditer, text)
    assert tokens._TOKEN.for_text(text) is tokens._TOKEN.plain.compiled
    assert tokens._TOKEN.for_text(text + "\u00e9") is tokens._TOKEN.full.compiled
