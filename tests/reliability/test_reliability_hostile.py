"""Hostile text through every installed plugin (strict: any plugin exception fails the test).

No timings are asserted here (see benchmarks/scaling.py); the inputs are sized so the
whole file stays well under a minute on a pipeline that meets its 1 MB/s budget.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsextract
from newsextract import Pipeline, Result

Check = Callable[[Result, str], None]

SENTENCES = [
    "Russia launched 426 drones and 24 missiles overnight, killing at least two people.",
    '"We will respond," President Volodymyr Zelenskyy said on Monday.',
    "Kyiv Mayor Vitali Klitschko said 12 people were wounded and one was killed.",
    "The Ukrainian Air Force said it shot down 400 of the drones and all but one of the missiles.",
]

CAPITALISED = (
    "President Volodymyr Zelenskyy Kyiv Mayor Vitali Klitschko Ukrainian Air Force National Security "
    "Defense Council Minister General Said Killed Drones The Of"
).split()


def _article_like(size: int, seed: str) -> str:
    unit = seed + "\n\n" + "\n".join(SENTENCES) + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def _hostile(seed: str) -> dict[str, str]:
    quotes_straight = " ".join(f'word{i} "' for i in range(10_000))
    quotes_curly = " ".join(f"{'“‘”’'[i % 4]}word{i}" for i in range(10_000))
    quotes_open_only = "He said “" + " and “".join(SENTENCES * 2500)
    capitals = " ".join(CAPITALISED[(i * 7) % len(CAPITALISED)] for i in range(50_000))
    controls = "".join(chr(c) for c in range(32)) + "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
    controls += "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    mixed = [
        "Россия выпустила 426 дронов, Russia launched 426 drones and 24 missiles.",
        "أطلقت روسيا 426 طائرة مسيرة killing ٢ people and wounding ١٢ in Kyiv.",
        "俄罗斯发射了426架无人机 Mayor Vitali Klitschko said １２ people were wounded.",
        '"Мы ответим," 总统 Zelenskyy said, “لن نستسلم.”',
        "𝐑𝐮𝐬𝐬𝐢𝐚 launched 𝟒𝟐𝟔 drones 🚀🚀 and ² missiles; ⅓ of them were destroyed.",
    ]
    return {
        "empty": "",
        "whitespace": " \t\n\r\x0b\x0c\u00a0\u2003\u2028\u2029\u3000" * 1000,
        "article_5mb": _article_like(5 * 1024 * 1024, seed),
        "single_line_1mb": _article_like(1024 * 1024, seed).replace("\n", " "),
        "quotes_straight_10k": quotes_straight,
        "quotes_curly_10k": quotes_curly,
        "quotes_open_only": quotes_open_only,
        "quotes_only": '"“”‘’\'«»' * 10_000,
        "digits_100k": "Russia launched " + "9" * 100_000 + " drones, killing " + "1" * 100_000 + " people.",
        "digits_100k_grouped": "Officials said " + ",".join(["123"] * 33_000) + " people were killed.",
        "digits_alone": "7" * 100_000,
        "capitals_50k": capitals,
        "capitals_title_run": "President " + " ".join(["Zelenskyy"] * 50_000) + " said 40 drones were launched.",
        "controls": (controls + " ").join(SENTENCES * 50) + controls,
        "nul_inside_words": seed.replace("e", "e\x00").replace("1", "1\u200b").replace(" ", " \u202e"),
        "mixed_scripts": ("\n".join(mixed) + "\n" + seed + "\n") * 20,
        "lone_surrogates": seed.replace("drones", "dr\ud800ones").replace("killed", "\udfffkilled"),
        "crlf_and_tabs": seed.replace("\n", "\r\n\t"),
        "no_spaces": seed.replace(" ", "") * 50,
        "punctuation_storm": ("... -- ,,, ;;; !!! ??? ((( ))) [[[ ]]] " * 20_000),
        "number_words_run": " ".join(["hundreds of thousands of dozens of"] * 10_000) + " drones",
    }


@pytest.fixture(scope="module")
def hostile(seed_text: str) -> dict[str, str]:
    return _hostile(seed_text)


HOSTILE_NAMES = list(_hostile("seed").keys())


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_text_keeps_every_invariant(pipeline: Pipeline, hostile: dict[str, str], check: Check, name: str) -> None:
    text = hostile[name]
    result = pipeline.extract(text, id=name)
    check(result, text)
    assert result.errors == ()


def test_hostile_inputs_are_the_sizes_they_claim(hostile: dict[str, str]) -> None:
    assert len(hostile["article_5mb"].encode("utf-8")) >= 5 * 1024 * 1024
    assert "\n" not in hostile["single_line_1mb"] and len(hostile["single_line_1mb"]) >= 1_000_000
    assert hostile["quotes_straight_10k"].count('"') == 10_000
    assert sum(hostile["quotes_curly_10k"].count(q) for q in "“‘”’") == 10_000
    assert "9" * 100_000 in hostile["digits_100k"]
    assert len(hostile["capitals_50k"].split()) == 50_000
    assert all(w[0].isupper() for w in hostile["capitals_50k"].split())
    assert "\x00" in hostile["controls"] and "\u202e" in hostile["controls"] and "\u200b" in hostile["controls"]


def test_seed_article_yields_facts_with_exact_spans(pipeline: Pipeline, seed_text: str, check: Check) -> None:
    result = pipeline.extract(seed_text, id="seed", published="2025-07-21")
    check(result, seed_text)
    assert result.errors == ()


def test_hostile_text_inside_a_normal_article_does_not_change_its_facts_before_it(
    pipeline: Pipeline, seed_text: str, hostile: dict[str, str], check: Check
) -> None:
    """Appending garbage after the article leaves the facts that end in the article's first paragraph alone."""
    first = seed_text.split("\n")[0] + "\n\n"
    clean = pipeline.extract(first)
    for name in ("quotes_straight_10k", "digits_100k", "controls"):
        text = first + hostile[name]
        dirty = pipeline.extract(text)
        check(dirty, text)
        before = [(f.kind, f.start, f.end) for f in dirty.facts if f.end <= len(first) - 2]
        assert [(f.kind, f.start, f.end) for f in clean.facts] == before, name


def test_the_one_line_entry_handles_empty_and_whitespace(check: Check) -> None:
    for text in ("", "   ", "\n\n\n"):
        result = newsextract.extract(text)
        check(result, text)
        assert result.facts == ()
