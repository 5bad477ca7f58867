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


AND_PREDICATE = r"\s+and\s+(?:later\s+)?(?P<status>died|(?:was|were)\s+(?:taken|rushed)\s+to\s+hospital)"


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("Two were wounded and later died.", 16),
        ("Two were wounded and were rushed to hospital.", 16),
        ("Two were wounded, and later died.", 16),  # the cue is not at pos: no match, as without it
        ("Two were wounded in the attack.", 16),  # no cue at all
        ("Two were wounded and  taken away.", 16),  # cue without the rest
    ],
)
def test_a_cue_answers_exactly_as_the_pattern(text: str, pos: int) -> None:
    cued, plain = LazyPattern(AND_PREDICATE, regex.IGNORECASE, cue=r"\s+and\s+"), regex.compile(AND_PREDICATE, regex.I)

    def spans(m: regex.Match[str] | None) -> tuple[int, int] | None:
        return None if m is None else m.span()

    assert spans(cued.match(text, pos)) == spans(plain.match(text, pos))
    assert spans(cued.fullmatch(text, pos, len(text) - 1)) == spans(plain.fullmatch(text, pos, len(text) - 1))
    assert spans(cued.search(text)) == spans(plain.search(text))
    assert [m.span() for m in cued.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert cued.findall(text) == plain.findall(text)
    assert cued.sub("", text) == plain.sub("", text)
    assert cued.split(text) == plain.split(text)


def test_without_its_cue_the_large_pattern_is_never_compiled() -> None:
    cued = LazyPattern(AND_PREDICATE, regex.IGNORECASE, cue=r"\s+and\s+")
    assert cued.match("Two were wounded in the attack.", 16) is None
    assert cued.search("Two were wounded in the attack.") is None
    assert list(cued.finditer("No conjunction here.")) == []
    assert not cued.compiled_yet
    assert cued.cue is not None and cued.cue.compiled_yet
    assert "cue=" in repr(cued)
    assert cued.match("Two were wounded and later died.", 16) is not None
    assert cued.compiled_yet
