"""The seed article's three quotes, exactly, with full speaker names."""

from __future__ import annotations

from pathlib import Path

import newsextract

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
    pipeline = newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)
    result = pipeline.extract(text)
    found = [(f.value.speaker, f.value.text) for f in result.of("quote")]
    assert found == EXPECTED
    kremlin = result.of("quote")[-1]
    assert kremlin.value.speaker_type == "organization"
    zelenskyy = result.of("quote")[0]
    assert zelenskyy.value.verb == "said"
    assert zelenskyy.value.speaker_span.of(text) == "Zelenskyy"


def test_seed_gold_match_rule() -> None:
    pipeline = newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)
    kind = pipeline.kind("quote")
    assert kind.matches_gold(
        {"speaker": "Zelenskyy", "text": "Rescue and emergency efforts"},
        {"speaker": "Volodymyr Zelenskyy", "text": "Rescue and emergency efforts"},
    )
    assert not kind.matches_gold(
        {"speaker": "Klitschko", "text": "Rescue and emergency efforts"},
        {"speaker": "Volodymyr Zelenskyy", "text": "Rescue and emergency efforts"},
    )
    assert kind.matches_gold({"speaker": "Kremlin", "text": "a b c d e"}, {"speaker": "the Kremlin", "text": "a b c d e"})
    assert not kind.matches_gold(
        {"speaker": "Kremlin", "text": "a b c d e f g h i j"}, {"speaker": "the Kremlin", "text": "a b c"}
    )
