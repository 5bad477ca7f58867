"""Small API comforts: ``result.of(*kinds)``, a fact's sentence, a short ``repr(Result)``."""

from __future__ import annotations

from newsextract import Document, Fact, Result, Span

TEXT = "KYIV -- Russia fired 12 drones. Two people were killed in Kyiv.\nNo one was hurt in Lviv"


def sample() -> Result:
    doc = Document(TEXT, id="s")
    drones = Fact("weapon_count", Span(21, 30), "12 drones", {"count": 12})
    killed = Fact("casualty", Span(32, 58), TEXT[32:58], {"count": 2})
    across = Fact("quote", Span(21, 45), TEXT[21:45], {})
    lviv = Fact("casualty", Span(64, 78), TEXT[64:78], {"count": 0})
    return Result(doc, (drones, across, killed, lviv))


def test_of_takes_several_kinds_and_keeps_text_order() -> None:
    result = sample()
    assert [f.kind for f in result.of("casualty")] == ["casualty", "casualty"]
    assert [f.text for f in result.of("casualty", "weapon_count")] == ["12 drones", TEXT[32:58], TEXT[64:78]]
    assert result.of("nothing") == ()
    assert result.of() == result.facts


def test_a_fact_gives_its_sentence() -> None:
    result = sample()
    drones, across, killed, lviv = result.facts
    assert drones.sentence(result) == "KYIV -- Russia fired 12 drones."
    assert result.sentence_of(killed) == "Two people were killed in Kyiv."
    assert across.sentence(result.document) == "KYIV -- Russia fired 12 drones. Two people were killed in Kyiv."
    assert lviv.sentence(result) == "No one was hurt in Lviv"  # last line without a full stop


def test_repr_is_short_and_names_counts() -> None:
    assert repr(sample()) == "<Result 's': 4 facts (casualty=2, quote=1, weapon_count=1)>"
    assert repr(Result(Document("x" * 100_000))) == "<Result '100000 chars': 0 facts (none)>"
