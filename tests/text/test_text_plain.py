"""Plain texts: the characters they may hold read the same in ``re`` (ASCII) and ``regex``."""

from __future__ import annotations

import random
import re

import pytest
import regex

from newsextract.text import scope
from newsextract.text.plain import PlainPattern, TwinPattern, is_plain

#: every plain character (none lies beyond U+3000)
PLAIN = [chr(i) for i in range(0x3000) if is_plain(chr(i))]


def test_plain_is_ascii_and_the_listed_marks() -> None:
    assert len(PLAIN) == 128 + 23
    assert is_plain("Kyiv\u2019s \u201cair\u201d \u2014 \u20ac5\u2026")
    for other in ("\u00a0", "\u00e9", "\u0301", "\u0663", "\u2028", "\u0131", "\u212a", "\u017f", "\U0001f600"):
        assert not is_plain("ok " + other), repr(other)
    assert all(not is_plain(chr(i)) for i in range(0x3000, 0x110000, 97))


@pytest.mark.parametrize(
    ("full", "ascii"),
    [
        (r"\w", r"\w"),
        (r"\d", r"\d"),
        (r"\s", r"\s"),
        (r"\p{L}", "[A-Za-z]"),
        (r"\p{Lu}", "[A-Z]"),
        (r"[\p{L}\p{M}\p{N}_]", r"\w"),
        (r"\S", r"\S"),
    ],
)
def test_each_plain_character_is_in_the_same_classes(full: str, ascii: str) -> None:
    for c in PLAIN:
        assert bool(regex.fullmatch(full, c, regex.VERSION0)) == bool(re.fullmatch(ascii, c, re.ASCII)), (full, repr(c))


def test_case_blind_matching_folds_the_same_plain_characters() -> None:
    for a in PLAIN:
        for b in PLAIN:
            same = regex.fullmatch(regex.escape(a), b, regex.IGNORECASE | regex.VERSION0) is not None
            assert same == (re.fullmatch(re.escape(a), b, re.IGNORECASE | re.ASCII) is not None), (a, b)
        assert len(a.casefold()) == 1 and is_plain(a.casefold())


def test_plain_pattern_takes_regex_flags() -> None:
    pattern = PlainPattern(r"^over\b.", regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERSION0)
    match = pattern.search("a\nOVER\n")
    assert match is not None and match.group() == "OVER\n"
    assert pattern.match("over ") is not None and pattern.match("overt") is None
    assert [m.start() for m in pattern.finditer("over\nover ")] == [0, 5]
    with pytest.raises(ValueError, match="no re counterpart"):
        PlainPattern("x", regex.BESTMATCH)


def test_scope_phrases_on_plain_texts_match_the_case_blind_pattern() -> None:
    words = ["since", "the", "start", "of", "war", "in", "2022", "so", "far", "this", "week", "on", "Monday", "night"]
    words += ["over", "past", "two", "days", "March", "5", "overnight", "all", "told", "a", "day", "last", "year"]
    marks = [" ", "  ", "\n", ", ", ". ", "\u2019s ", " \u2014 ", "-"]
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(
            rnd.choice(words).upper() if rnd.random() < 0.1 else rnd.choice(words) + rnd.choice(marks) for _ in range(8)
        )
        assert is_plain(text)
        expected = [(m.span(), m.lastgroup) for m in scope._PATTERN.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scope._phrase_matches(text)] == expected, text


def test_date_candidates_on_plain_texts_match_the_regex_pattern() -> None:
    from newsextract.text import dates

    words = ["on", "Monday", "last", "night", "March", "5th", "2024", "in", "since", "Sept.", "three", "days", "ago"]
    words += ["early", "mid-", "of", "May", "31", "today", "the", "day", "before", "yesterday", "%", "a.m.", "Times"]
    marks = [" ", "  ", ", ", ". ", "\u2019s ", "\n", ""]
    rnd = random.Random(11)
    for _ in range(1500):
        text = "".join(rnd.choice(words) + rnd.choice(marks) for _ in range(7))
        for pos in range(len(text)):
            full = dates._CANDIDATE.full.match(text, pos)
            fast = dates._CANDIDATE.plain.match(text, pos)
            assert (full and (full.span(), full.groupdict())) == (fast and (fast.span(), fast.groupdict())), (text, pos)


def test_quantities_on_plain_texts_match_the_regex_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsextract.text import numbers

    words = ["more", "than", "two", "dozen", "1,200", "3.5", "million", "$", "5", "%", "all", "but", "one", "of"]
    words += ["a", "few", "hundreds", "aged", "34", "July", "20", "handed", "over", "six", "Kh-101", "twenty-five"]
    words += ["half", "the", "AT", "LEAST", "10:30", "a.m.", "7-year-old", "155mm", "\u00a33", "\u20ac4", "2022"]
    marks = [" ", "  ", ", ", ". ", "-", "\u2019s ", "\n", ""]
    rnd = random.Random(3)
    texts = ["".join(rnd.choice(words) + rnd.choice(marks) for _ in range(9)) for _ in range(1500)]
    assert all(is_plain(text) for text in texts)
    fast = [numbers._all_quantities.__wrapped__(text) for text in texts]  # type: ignore[attr-defined]
    for text in texts:
        for pos in range(len(text)):
            full = numbers._QUANTITY.pick(False).match(text, pos)
            twin = numbers._QUANTITY.pick(True).match(text, pos)
            assert (full and full.span()) == (twin and twin.span()), (text, pos)
    monkeypatch.setattr(numbers, "is_plain", lambda text: False)
    assert [numbers._all_quantities.__wrapped__(text) for text in texts] == fast  # type: ignore[attr-defined]
    assert sum(len(found) for found in fast) > 2000


def test_a_twin_pattern_matches_by_the_twin_that_reads_the_text() -> None:
    twin = TwinPattern(r"\bkill(?:ed|ing)\b", regex.IGNORECASE)
    plain_text, other_text = "Two were KILLED on Monday.", "Zwei Männer were killed."
    assert twin.match(plain_text, 9).group() == "KILLED"
    assert twin.search(other_text).group() == "killed"
    assert [m.start() for m in twin.finditer(plain_text + " " + plain_text)] == [9, 36]
    assert isinstance(twin.search(plain_text), re.Match)
    assert isinstance(twin.search(other_text), regex.Match)


def test_is_plain_answers_again_for_the_same_text_and_afresh_for_another() -> None:
    curly, foreign = "He said \u201cno\u201d.", "Zwei M\u00e4nner."
    assert is_plain(curly) and is_plain(curly)
    assert not is_plain(foreign) and not is_plain(foreign)
    assert is_plain(curly)
