"""LazyPattern: compiled on first use, and then answering exactly as the compiled pattern does."""

from __future__ import annotations

import pytest
import regex

from newsextract.text import LazyPattern

SOURCE = r"(?P<n>\d+)\s+(?P<status>killed|wounded)"
TEXT = "Officials said 4 killed, 12 wounded and 3 killed later; 7 missing."


def test_not_compiled_until_used() -> None:
    lazy = LazyPattern(SOURCE)
    assert not lazy.compiled_yet
    assert lazy.pattern == SOURCE and lazy.flags == 0
    assert lazy.search(TEXT) is not None
    assert lazy.compiled_yet
    assert lazy.compiled is lazy.compiled  # compiled once, then kept


@pytest.mark.parametrize(("pos", "endpos"), [(None, None), (0, None), (20, None), (20, 40), (0, 5)])
def test_methods_answer_as_the_compiled_pattern(pos: int | None, endpos: int | None) -> None:
    lazy, eager = LazyPattern(SOURCE, regex.IGNORECASE), regex.compile(SOURCE, regex.IGNORECASE)

    def spans(m: regex.Match[str] | None) -> tuple[int, int] | None:
        return None if m is None else m.span()

    assert spans(lazy.search(TEXT, pos, endpos)) == spans(eager.search(TEXT, pos, endpos))
    assert spans(lazy.match(TEXT, pos, endpos)) == spans(eager.match(TEXT, pos, endpos))
    assert spans(lazy.fullmatch("4 killed", pos, endpos)) == spans(eager.fullmatch("4 killed", pos, endpos))
    assert [m.span() for m in lazy.finditer(TEXT, pos, endpos)] == [m.span() for m in eager.finditer(TEXT, pos, endpos)]
    assert lazy.findall(TEXT, pos, endpos) == eager.findall(TEXT, pos, endpos)


def test_overlapped_sub_split_and_flags() -> None:
    lazy = LazyPattern(r"\w\w")
    assert [m.group() for m in lazy.finditer("abc", overlapped=True)] == ["ab", "bc"]
    assert LazyPattern(r"\d+").sub("N", "4 killed, 12 wounded", 1) == "N killed, 12 wounded"
    assert LazyPattern(r"\d+").sub(lambda m: str(int(m.group()) * 2), "4 and 12") == "8 and 24"
    assert LazyPattern(r"\s*;\s*").split("a; b;c", 1) == ["a", "b;c"]
    assert LazyPattern("KILLED", regex.IGNORECASE).search("two killed") is not None
    assert LazyPattern("KILLED").search("two killed") is None
    assert "KILLED" in repr(LazyPattern("KILLED"))


def test_a_bad_pattern_fails_when_used_not_when_written() -> None:
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(regex.error):
        lazy.search("text")
    assert not lazy.compiled_yet
