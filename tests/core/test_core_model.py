"""Value types: Span, Document, Fact, Result."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from newsextract import Document, Fact, Result, Span, value_to_dict


def test_span_rejects_negative_and_reversed_offsets() -> None:
    with pytest.raises(ValueError):
        Span(-1, 2)
    with pytest.raises(ValueError):
        Span(5, 2)
    assert Span(2, 5).of("abcdefg") == "cde"
    assert Span(0, 4).contains(Span(1, 3)) and not Span(0, 4).contains(Span(3, 6))
    assert Span(0, 4).overlaps(Span(3, 6)) and not Span(0, 3).overlaps(Span(3, 6))


def test_document_parses_published_strings_and_rejects_nonsense() -> None:
    assert Document("x", published="2025-07-21").published == dt.date(2025, 7, 21)
    assert Document("x", published="9-May-20").published_date == dt.date(2020, 5, 9)
    assert Document("x", published="July 21, 2025").published_date == dt.date(2025, 7, 21)
    assert Document("x", published=dt.date(2024, 1, 2)).published == dt.date(2024, 1, 2)
    with pytest.raises(ValueError, match="cannot read published date 'not a date at all'"):
        Document("x", published="not a date at all")


def test_document_keeps_text_exactly() -> None:
    text = "  KYIV --\u00a0Russia\r\nfired\u200b 5 drones  "
    assert Document(text).text == text


def test_document_is_frozen() -> None:
    doc = Document("x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


@attrs.frozen
class V:
    class_: str
    count: int | None
    where: Span | None = None


def test_fact_serialises_to_the_output_contract() -> None:
    fact = Fact("weapon_count", Span(3, 8), "fired", V("drone", 5, Span(1, 2)), 0.5, extractor="w")
    data = fact.to_dict()
    assert list(data) == ["kind", "start", "end", "text", "extractor", "confidence", "value", "mentions", "when"]
    assert data["value"] == {"class": "drone", "count": 5, "where": [1, 2]}
    assert data["mentions"] == [[3, 8]]
    with pytest.raises(ValueError):
        Fact("k", Span(0, 1), "x", V("a", 1), confidence=1.5)


def test_value_to_dict_rejects_unknown_values() -> None:
    assert value_to_dict({"a": 1}) == {"a": 1}
    with pytest.raises(TypeError):
        value_to_dict(object())


def test_result_helpers() -> None:
    doc = Document("abc def", id="d1", published="2025-01-02")
    facts = (Fact("a", Span(0, 3), "abc", V("x", 1)), Fact("b", Span(4, 7), "def", V("y", None)))
    result = Result(doc, facts)
    assert result.of("b") == (facts[1],)
    assert result.kinds() == ("a", "b")
    data = json.loads(result.to_json())
    assert data["id"] == "d1" and data["document"]["published"] == "2025-01-02"
    assert [f["kind"] for f in data["facts"]] == ["a", "b"]
    assert result.ok


def test_document_metadata_is_read_only_and_picklable() -> None:
    import pickle

    doc = Document("x", metadata={"section": "world"})
    with pytest.raises(TypeError):
        doc.metadata["section"] = "sport"  # type: ignore[index]
    assert doc.metadata == {"section": "world"}
    assert pickle.loads(pickle.dumps(doc)) == doc
