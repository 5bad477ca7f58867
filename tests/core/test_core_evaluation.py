"""Scoring rules of ``newsextract eval``."""

from __future__ import annotations

from newsextract.evaluation import (
    content_words,
    expand_abbreviations,
    same_last_name,
    score_kind,
    share_content_word,
    token_f1,
)
from newsextract.kinds import default_gold_match


def test_optional_gold_absorbs_without_reward() -> None:
    gold = [{"n": 1}, {"n": 2, "optional": True}]
    predicted = [{"n": 1}, {"n": 2}, {"n": 3}]
    score, missed, spurious = score_kind(gold, predicted, default_gold_match)
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert spurious == [2] and missed == []


def test_each_gold_fact_matches_at_most_one_prediction_maximally() -> None:
    def loose(g: dict, p: dict) -> bool:  # type: ignore[type-arg]
        return p["n"] in g["ok"]

    gold = [{"ok": [1, 2]}, {"ok": [1]}]
    score, _, _ = score_kind(gold, [{"n": 1}, {"n": 2}], loose)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)  # greedy would have matched only one
    score, _, _ = score_kind([{"ok": [1]}], [{"n": 1}, {"n": 1}], loose)
    assert (score.tp, score.fp) == (1, 1)


def test_matching_helpers() -> None:
    assert token_f1("Our goals are clear", "our goals are clear.") == 1.0
    assert 0 < token_f1("a b c d", "a b x y") < 1
    assert same_last_name("Volodymyr Zelenskyy", "Zelenskyy")
    assert same_last_name("the Kremlin", "Kremlin") and not same_last_name("Peskov", "Kremlin")
    assert share_content_word("Shahed-type drones", "drones")
    assert not share_content_word("the missiles", "the drones")
    assert expand_abbreviations("Lt. Gen.") == "lieutenant general"
    assert "governor" in content_words("Gov.")


def test_default_gold_match_ignores_annotation_fields() -> None:
    assert default_gold_match({"a": "X", "note": "n", "optional": True}, {"a": "x", "b": 2})
    assert not default_gold_match({"a": 1}, {"a": 2})


def test_same_last_name_ignores_appositions_and_tags_in_gold() -> None:
    assert same_last_name("Scott Pruitt, the attorney general of Oklahoma,", "Scott Pruitt")
    assert same_last_name("Rep. Gwen Moore (D-Wis.)", "Gwen Moore")
    assert not same_last_name("Rep. Gwen Moore (D-Wis.)", "Wis")


def test_same_last_name_reads_affiliations_and_descriptions_in_gold() -> None:
    assert same_last_name("Edward Alden of the Council on Foreign Relations in Washington", "Edward Alden")
    assert same_last_name("Chris Low at FTN Financial", "Chris Low")
    assert same_last_name("Ryan’s spokeswoman, AshLee Strong,", "AshLee Strong")
    assert not same_last_name("Ryan’s spokeswoman, AshLee Strong,", "Ryan")
    assert not same_last_name("Chris Low at FTN Financial", "Financial")


def test_mp_is_spelled_out() -> None:
    assert share_content_word(expand_abbreviations("MP"), "Member of Parliament")


def test_organisation_acronyms_match_their_full_names() -> None:
    assert same_last_name("Israel Defense Forces", "the IDF")
    assert same_last_name("UN", "the United Nations")
    assert not same_last_name("Israel Defense Forces", "IAF")
