"""The seed article: every required casualty fact, and nothing spurious."""

from __future__ import annotations

from pathlib import Path

import newsextract

SEED = Path(__file__).parent / "fixtures" / "kyiv-overnight-attack.txt"

#: Required facts of the seed's gold (status, count, qualifier); the wounded 1 at the
#: Shevchenkivskiy district ("required medical assistance") is optional there.
REQUIRED = [
    ("killed", 2, "at_least"),
    ("killed", 1, "exact"),
    ("wounded", 2, "exact"),
    ("hospitalized", 1, "exact"),
]
OPTIONAL = [("wounded", 1, "exact")]


def test_seed_required_facts_and_no_spurious_one(pipeline: newsextract.Pipeline) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = pipeline.extract(text, id="seed")
    found = [(f.value.status, f.value.count, f.value.qualifier) for f in result.facts]
    for fact in REQUIRED:
        assert fact in found
    assert sorted(found) == sorted(REQUIRED + OPTIONAL)


def test_seed_values_in_detail(pipeline: newsextract.Pipeline) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = pipeline.extract(text)
    by = {(f.value.status, f.value.count): f for f in result.facts}
    lead = by[("killed", 2)]
    kyiv = by[("killed", 1)]
    # "including one in the capital, Kyiv" (lead) and "one person was killed in the Ukrainian
    # capital" (body) are one casualty: one fact, two mentions, a part of the lead's whole.
    assert len(kyiv.mentions) == 2
    assert kyiv.value.location == "Kyiv"
    assert kyiv.value.subset_of == lead.span
    assert by[("wounded", 2)].value.location == "Kyiv"
    assert by[("wounded", 2)].value.who == "people"
    assert by[("hospitalized", 1)].value.location == "Darnytskiy district"
    assert by[("wounded", 1)].value.derived
