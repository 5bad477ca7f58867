"""The seed article's three quotes, exactly, with full speaker names."""

from __future__ import annotations

from pathlib import Path

from quotes_helpers import new_pipeline

SEED = Path(__file__).parent / "fixtures" / "kyiv-overnight-attack.txt"

EXPECTED = [
    ("Volodymyr Zelenskyy", "Rescue and emergency efforts are underway in our cities and communities"),
    (
        "Vitali Klitschko",
        "In the Darnytskiy district, one person was hospitalized. [...] In the Shevchenkivskiy district, where fire "
        "gutted two floors of a residential high-rise apartment building, one person required medical assistance "
        "at the site",
    ),
    (
        "the Kremlin",
        "most important thing for us is to achieve our goals. Our goals are clear, obvious, they have not changed.",
    ),
]


def test_seed_quotes_exact() -> None:
    text = SEED.read_text(encoding="utf-8")
    pipeline = new_pipeline()
    result = pipeline.extract(text)
    found = [(f.value.speaker, f.value.text) for f in result.of("quote")]
    assert found == EXPECTED
    kremlin = result.of("quote")[-1]
    assert kremlin.value.speaker_type == "organization"
    zelenskyy = result.of("quote")[0]
    assert zelenskyy.value.verb == "said"
    assert zelenskyy.value.speaker_span.of(text) == "Zelenskyy"
