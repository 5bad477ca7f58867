"""Lexicons: generated inflections, multi-word entries, lemmas and token matching."""

from __future__ import annotations

import pytest

from newsextract.rules import Lexicon, noun_forms, tokenize, verb_forms


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("stop", ("stop", "stops", "stopped", "stopping")),
        ("evacuate", ("evacuate", "evacuates", "evacuated", "evacuating")),
        ("carry", ("carry", "carries", "carried", "carrying")),
        ("admit", ("admit", "admits", "admitted", "admitting")),
        ("visit", ("visit", "visits", "visited", "visiting")),
        ("die", ("die", "dies", "died", "dying")),
        ("flee", ("flee", "flees", "fleeing", "fled")),
        ("detain", ("detain", "detains", "detained", "detaining")),
    ],
)
def test_verb_forms(verb: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(verb) == forms


def test_noun_forms() -> None:
    assert noun_forms("missile") == ("missile", "missiles")
    assert noun_forms("city") == ("city", "cities")
    assert noun_forms("bus") == ("bus", "buses")
    assert "people" in noun_forms("person")


def test_multi_word_entries_inflect_their_head() -> None:
    lexicon = Lexicon("test", verbs="shoot down, force to flee", nouns="cruise missile")
    assert {"shot down", "forcing to flee", "forced to flee", "cruise missiles"} <= lexicon.forms
    assert lexicon.lemma("Shot  Down") == "shoot down"
    assert "cruise missiles" in lexicon and "cruise" not in lexicon


def test_match_at_prefers_the_longest_entry() -> None:
    lexicon = Lexicon("test", words=["shot", "shot down"])
    stream = tokenize("They shot down nine drones.")
    assert lexicon.match_at(stream, 1) == 2
    assert lexicon.match_at(stream, 0) == 0
    assert lexicon.lengths_at(stream.tokens, 1, len(stream)) == (2, 1)


def test_irregular_table_is_extensible_and_occurs_in_prefilters() -> None:
    lexicon = Lexicon("test", verbs="smite", irregular={"smite": ("smote", "smitten")})
    assert {"smite", "smites", "smiting", "smote", "smitten"} == lexicon.forms
    assert lexicon.occurs_in("The gods SMOTE them")
    assert not lexicon.occurs_in("smitey")


def test_bad_lexicons_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="empty"):
        Lexicon("nothing", words=[])
    with pytest.raises(ValueError, match="needs a name"):
        Lexicon("", words=["a"])
    with pytest.raises(TypeError, match="strings"):
        Lexicon("bad", words=[3])  # type: ignore[list-item]


def test_alternation_embeds_the_forms_longest_first() -> None:
    import regex

    lexicon = Lexicon("status", verbs="shoot down, shoot")
    body = lexicon.alternation()
    alternatives = body.split("|")
    assert alternatives.index("shot\\s+down") < alternatives.index("shot")
    found = regex.compile(rf"\b(?:{body})\b").findall("They shot  down two and shot one.")
    assert found == ["shot  down", "shot"]
    assert Lexicon("speech", words="according to").alternation() == "according\\s+to"
