"""Tests for newsextract.text.quotemarks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.text.quotemarks import Quotation, find_quotations, group_continued, normalize_quote_marks

MARKS = "“”„‟«»〝〞＂‘’‚‛‹›´`"


def inners(text: str) -> list[str]:
    return [q.inner.of(text) for q in find_quotations(text)]


def test_normalize_preserves_length_and_maps_marks() -> None:
    out = normalize_quote_marks(MARKS)
    assert len(out) == len(MARKS)
    assert out == '"' * 9 + "'" * 8
    text = "He said “Russia’s ‘army’ is «here»” — ＂ok＂."
    assert len(normalize_quote_marks(text)) == len(text)
    assert normalize_quote_marks("plain text") == "plain text"


def test_straight_double_quotes() -> None:
    text = '"Rescue efforts are underway in our cities," Zelenskyy said. He added "more."'
    got = find_quotations(text)
    assert [q.inner.of(text) for q in got] == ["Rescue efforts are underway in our cities,", "more."]
    first = got[0]
    assert first.open == 0 and first.close == text.index('," Z') + 1
    assert first.mark == '"' and first.depth == 0 and not first.continues


def test_closing_mark_after_space() -> None:
    text = '"one person required medical assistance at the site, " Klitschko said.'
    assert inners(text) == ["one person required medical assistance at the site, "]


def test_curly_quotes_and_apostrophes() -> None:
    text = "He said “We won’t stop. Russia’s army is ‘finished’ now,” and left."
    got = find_quotations(text)
    assert [(q.inner.of(text), q.depth, q.mark) for q in got] == [
        ("We won’t stop. Russia’s army is ‘finished’ now,", 0, "“"),
        ("finished", 1, "‘"),
    ]


def test_straight_single_quotes_vs_apostrophes() -> None:
    text = "She said 'it's over' today. Russia's army, the '90s and don't. Zelenskyy' aides."
    assert inners(text) == ["it's over"]


def test_nested_single_in_double() -> None:
    text = "Peskov said \"a 'special' operation\" continues."
    got = find_quotations(text)
    assert [(q.inner.of(text), q.depth) for q in got] == [("a 'special' operation", 0), ("special", 1)]


def test_other_curly_styles() -> None:
    text = "„German“ and «French» and 〝East〞."
    assert inners(text) == ["German", "French", "East"]


def test_unbalanced_marks_are_dropped() -> None:
    text = 'Lone " stray and "never closed\nNext line ” stray closer.'
    assert find_quotations(text) == ()


def test_quote_never_crosses_paragraph_without_continuation() -> None:
    text = '"Open here\nand not here." he said'
    assert find_quotations(text) == ()


def test_multi_paragraph_continuation() -> None:
    text = '"First paragraph of the quote.\n"Second paragraph,\n“Third ends here,” he said.'
    got = find_quotations(text)
    assert [(q.inner.of(text), q.close is None, q.continues) for q in got] == [
        ("First paragraph of the quote.", True, True),
        ("Second paragraph,", True, True),
        ("Third ends here,", False, False),
    ]
    assert all(isinstance(q, Quotation) for q in got)


def test_ten_thousand_stray_marks() -> None:
    text = '"' * 10_001
    got = find_quotations(text)
    assert len(got) == 5_000
    assert all(q.close == q.open + 1 for q in got)
    assert find_quotations("“" * 10_000 + "x") == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab .,\n\"'’‘“”«»-"])))
def test_property_quotations(text: str) -> None:
    assert len(normalize_quote_marks(text)) == len(text)
    for q in find_quotations(text):
        assert 0 <= q.open < len(text)
        assert q.inner.start == q.open + 1
        assert q.inner.end <= len(text)
        if q.close is not None:
            assert q.close == q.inner.end
            assert "\n" not in text[q.open : q.close]
        assert q.mark == text[q.open]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_property_arbitrary_text(text: str) -> None:
    assert len(normalize_quote_marks(text)) == len(text)
    for q in find_quotations(text):
        assert 0 <= q.inner.start <= q.inner.end <= len(text)


def test_group_continued_joins_paragraph_pieces() -> None:
    text = '"First paragraph of the quote.\n"Second paragraph,\n“Third ends here,” he said. “Another,” she said.'
    groups = group_continued(text)
    assert len(groups) == 2
    first, second = groups
    assert [p.of(text) for p in first.parts] == ["First paragraph of the quote.", "Second paragraph,", "Third ends here,"]
    assert first.open == 0 and first.opens == (0, text.index('"Second'), text.index("“Third"))
    assert text[first.close] == "”" and first.close == text.index("” he")
    assert (first.start, first.end) == (1, text.index("” he"))
    assert first.mark == '"'
    assert [p.of(text) for p in second.parts] == ["Another,"]
    assert group_continued(text, find_quotations(text)) == groups


def test_group_continued_drops_unclosed_chains_and_nested_quotes() -> None:
    # the continuation never closes: dropped, the later quote stands alone
    text = '"Opens here.\n"and never closes\nMiddle text. "Later," he said.'
    assert [[p.of(text) for p in g.parts] for g in group_continued(text)] == [["Later,"]]
    # a continued piece joins only the quote opening the next paragraph
    text = '"Opens here.\n"Dangling\nSomething "else," she said.'
    assert [[p.of(text) for p in g.parts] for g in group_continued(text)] == [["else,"]]
    # quotes inside quotes are not groups of their own
    text = "\"He called it 'a disgrace' today,\" she said."
    assert [[p.of(text) for p in g.parts] for g in group_continued(text)] == [["He called it 'a disgrace' today,"]]
    assert group_continued("") == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab .,\n\"'’‘“”«»-"])))
def test_property_groups(text: str) -> None:
    last = -1
    for group in group_continued(text):
        assert group.open > last
        assert group.pieces[-1].close is not None and group.close == group.pieces[-1].close
        assert all(q.depth == 0 for q in group.pieces)
        assert all(q.continues for q in group.pieces[:-1])
        assert group.start <= group.end <= group.close < len(text)
        last = group.close
