"""Every extractor's cost grows linearly with hostile text: per-KB cost at 10 KB, 100 KB and 1 MB stays flat.

No absolute time is asserted: :func:`newsextract.testing.assert_linear` compares each extractor's
CPU time per KB on a 1 MB input with its own per-KB time on the 10 KB and 100 KB inputs of the
same shape, measured in the same run. A super-linear pattern (quadratic backtracking, a rescan per
match) grows about tenfold per tenfold size; load and timer noise stay far below the allowance.
Nothing in a rule is guarded by a wall-clock timeout, so what is found never depends on load.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsextract import Document, Pipeline
from newsextract.testing import KB, LINEAR_SIZES, assert_linear, cpu_ms_per_kb, repeated

SENTENCES = (
    "Russia launched 426 drones and 24 missiles overnight, killing at least two people. "
    '"We will respond," President Volodymyr Zelenskyy said on Monday. '
    "Kyiv Mayor Vitali Klitschko said 12 people were wounded and one was killed. "
    "The Ukrainian Air Force said it shot down 400 of the drones and all but one of the missiles.\n\n"
)
CAPITALISED = (
    "President Volodymyr Zelenskyy Kyiv Mayor Vitali Klitschko Ukrainian Air Force National Security "
    "Defense Council Minister General Said Killed Drones The Of"
).split()

SHAPES: dict[str, Callable[[int], str]] = {
    "article": repeated("", SENTENCES),
    "single_line": repeated("", SENTENCES.replace("\n", " ")),
    "no_spaces": repeated("", SENTENCES.replace(" ", "")),
    "quotes_straight": repeated("", 'word "'),
    "quotes_curly": repeated("", "“word ‘word ”word ’word "),
    "quotes_open_only": repeated("He said “", "Russia launched 426 drones and “"),
    "quotes_only": repeated("", "\"“”‘’'«»"),
    "digits_run": repeated("Russia launched ", "9", " drones, killing 2 people."),
    "digits_grouped": repeated("Officials said 1", ",123", " people were killed."),
    "capitals": repeated("", " ".join(CAPITALISED[(i * 7) % len(CAPITALISED)] for i in range(len(CAPITALISED) * 3)) + " "),
    "capitals_title_run": repeated("President ", "Zelenskyy ", "said 40 drones were launched."),
    "number_words_run": repeated("", "hundreds of thousands of dozens of ", "drones"),
    "punctuation_storm": repeated("", "... -- ,,, ;;; !!! ??? ((( ))) [[[ ]]] "),
    "open_paragraph_quotes": repeated("", "“Open paragraph\n"),
    "mixed_scripts": repeated(
        "", "Россия выпустила 426 дронов, Russia launched 426 drones. 俄罗斯发射了426架无人机 killing ٢ people.\n"
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_per_kb_cost_is_flat_from_10kb_to_1mb(pipeline: Pipeline, shape: str) -> None:
    for extractor in pipeline.extractors:
        try:
            assert_linear(extractor.function, SHAPES[shape])
        except AssertionError as exc:
            raise AssertionError(f"{extractor.plugin} on {shape}: {exc}") from None


def test_the_shapes_are_what_they_claim() -> None:
    assert [len(SHAPES["article"](size)) >= size for size in LINEAR_SIZES] == [True, True, True]
    assert SHAPES["digits_run"](100 * KB).count("9") > 100 * KB - 100
    assert "\n" not in SHAPES["single_line"](10 * KB)
    assert SHAPES["quotes_open_only"](10 * KB).count("“") > 300
    assert all(w[0].isupper() for w in SHAPES["capitals_title_run"](10 * KB).split()[:-5])


def _quadratic(document: Document) -> list[object]:
    text = document.text
    return [text[:at].count("Z") for at in range(0, len(text), KB)][:0]


def test_the_yardstick_catches_a_quadratic_extractor() -> None:
    with pytest.raises(AssertionError, match="cost per KB grows with size"):
        assert_linear(_quadratic, SHAPES["article"])


def test_the_yardstick_passes_a_linear_extractor_and_reports_costs() -> None:
    costs = assert_linear(lambda document: document.text.lower().split()[:0], SHAPES["article"])
    assert len(costs) == 3 and all(cost >= 0 for cost in costs)
    assert cpu_ms_per_kb(_quadratic, SHAPES["article"](1024 * KB)) > cpu_ms_per_kb(_quadratic, SHAPES["article"](10 * KB))
