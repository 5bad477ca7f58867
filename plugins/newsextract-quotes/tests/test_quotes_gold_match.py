"""How a predicted quote matches a gold one in evaluation."""

from __future__ import annotations

from newsextract_quotes import gold_match
from quotes_helpers import new_pipeline

# -- a pronoun gold speaker is the speaker as written ----------------------------------------------


def test_gold_pronoun_matches_prediction_written_with_that_pronoun() -> None:
    gold = {"speaker": "she", "text": "The bridge will reopen in spring"}
    predicted = {"speaker": "Mara Lindqvist", "speaker_as_written": "she", "text": "The bridge will reopen in spring"}
    assert gold_match(gold, predicted)
    assert gold_match(
        {"speaker": "He", "text": "We are not done"}, {**predicted, "speaker_as_written": "he", "text": "We are not done"}
    )


def test_gold_pronoun_does_not_match_other_pronoun_or_named_speaker() -> None:
    gold = {"speaker": "she", "text": "The bridge will reopen in spring"}
    assert not gold_match(gold, {"speaker": "Tomas Brell", "speaker_as_written": "he", "text": gold["text"]})
    assert not gold_match(gold, {"speaker": "Mara Lindqvist", "speaker_as_written": "Lindqvist", "text": gold["text"]})
    # the text must still agree
    assert not gold_match(gold, {"speaker": "x", "speaker_as_written": "she", "text": "Something else entirely here"})


# -- the quote kind's gold rule on the seed article's speakers -------------------------------------


def test_seed_gold_match_rule() -> None:
    pipeline = new_pipeline()
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
