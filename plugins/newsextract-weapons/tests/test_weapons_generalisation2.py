"""Generalisation rules (second round): invented sentences for each rule, plus negatives."""

from __future__ import annotations

from newsextract_weapons import extract_weapon_counts

import newsextract

Row = tuple[str, str, int | None, str, str]


def read(text: str) -> list[Row]:
    """(weapon, class, count, qualifier, status) of every fact, in text order."""
    out = []
    for fact in extract_weapon_counts(newsextract.Document(text)):
        assert text[fact.span.start : fact.span.end] == fact.text
        v = fact.value
        out.append((v.weapon, v.class_, v.count, v.qualifier, v.status))
    return out


# -- "handed over N": the particle is not the qualifier "over" --------------------------------


def test_handed_over_is_an_exact_delivery() -> None:
    text = "Norway has handed over nine howitzers to the brigade since spring."
    assert read(text) == [("howitzers", "artillery", 9, "exact", "supplied")]
    fact = extract_weapon_counts(newsextract.Document(text))[0]
    assert fact.text == "nine howitzers"


def test_over_as_a_qualifier_stays_more_than() -> None:
    assert read("The army fired over 40 rockets at the ridge.") == [("rockets", "rocket", 40, "more_than", "launched")]


# -- scare quotes around a status verb ------------------------------------------------------


def test_scare_quoted_status_verb() -> None:
    text = 'Of the 60 drones, 31 were shot down and 22 were "locally lost", the air command said.'
    assert ("drones", "drone", 22, "exact", "lost") in read(text)


def test_quoted_word_that_is_no_status_verb() -> None:
    assert read('Officials said 22 drones were "a warning" to the town.') == []


# -- explosive devices are bombs ------------------------------------------------------------


def test_explosive_devices_are_bombs() -> None:
    text = "Insurgents dropped at least five improvised explosive devices from quadcopters onto the checkpoint."
    assert ("improvised explosive devices", "bomb", 5, "at_least", "launched") in read(text)


def test_plain_devices_are_not_weapons() -> None:
    assert read("Thieves stole 40 devices and shipped 12 devices abroad.") == []


def test_uncovered_devices_have_no_status() -> None:
    text = "Two vans were destroyed, and searchers uncovered four more explosive devices that had failed to detonate."
    assert read(text) == []


# -- coordinated modifiers before one head --------------------------------------------------


def test_coordinated_modifiers_share_the_head() -> None:
    text = "The ministry received 14 armoured repair and engineering vehicles last month."
    assert read(text) == [("armoured repair and engineering vehicles", "armored_vehicle", 14, "exact", "supplied")]


def test_conjunction_after_a_head_is_not_a_modifier_run() -> None:
    assert read("The brigade received 14 tanks and engineering crews.") == [("tanks", "tank", 14, "exact", "supplied")]


# -- "due" / "expected" deliveries of platforms ---------------------------------------------


def test_platforms_due_by_a_date_are_supplied() -> None:
    assert read("Another 30 frigates are due by 2031 under the agreement.") == [
        ("frigates", "ship", 30, "exact", "supplied")
    ]


def test_the_first_n_are_expected_is_a_delivery_of_the_antecedent() -> None:
    text = "Ottawa ordered 40 attack helicopters in May, and the first six are expected in 2027."
    assert read(text) == [
        ("attack helicopters", "helicopter", 40, "exact", "supplied"),
        ("helicopters", "helicopter", 6, "exact", "supplied"),
    ]


def test_expected_outside_a_delivery_is_nothing() -> None:
    assert read("Forecasters said 30 warships are expected to sail past the cape as a spectacle.") == []
    assert read("Analysts say 200 drones are expected in the next wave of strikes.") == []


# -- a model's plural heads a phrase when the article names the model with a noun -----------


def test_model_plural_takes_class_from_the_article() -> None:
    text = "Seoul delivered 24 R9 self-propelled howitzers last year. A further 36 R9s are due by 2029."
    assert read(text) == [
        ("R9 self-propelled howitzers", "artillery", 24, "exact", "supplied"),
        ("R9s", "artillery", 36, "exact", "supplied"),
    ]


def test_unknown_plural_codes_are_not_weapons() -> None:
    assert read("The dealer delivered 36 Z4s to buyers in the 1990s.") == []


# -- "along with" after a clause shares the status ------------------------------------------


def test_along_with_after_a_clause_shares_the_status() -> None:
    text = "Madrid will send 12 tanks before winter, along with 30 armoured personnel carriers."
    assert read(text) == [
        ("tanks", "tank", 12, "exact", "supplied"),
        ("armoured personnel carriers", "armored_vehicle", 30, "exact", "supplied"),
    ]


def test_along_with_needs_a_status_before_it() -> None:
    assert read("The convoy paraded through the square, along with 30 armoured personnel carriers.") == []


# -- operations that "involved" platforms ---------------------------------------------------


def test_raid_that_involved_jets_used_them() -> None:
    text = "The overnight raid on the harbour involved 22 fighter jets, the air force said."
    assert read(text) == [("fighter jets", "aircraft", 22, "exact", "launched")]


def test_involved_without_an_operation_is_nothing() -> None:
    assert read("The air show involved 22 fighter jets and a flypast.") == []


# -- "sent ... around/near/into": a deployment, not a delivery ------------------------------


def test_platforms_sent_around_an_area_are_not_supplied() -> None:
    assert read("Beijing sent 40 warplanes and nine navy ships around the island on Friday.") == []


def test_munitions_sent_over_a_city_were_launched() -> None:
    assert read("The enemy sent 35 drones over the capital.") == [("drones", "drone", 35, "exact", "launched")]


def test_platforms_sent_to_a_country_are_still_supplied() -> None:
    assert read("Oslo sent 40 armoured vehicles to its ally.") == [
        ("armoured vehicles", "armored_vehicle", 40, "exact", "supplied")
    ]


def test_many_model_plurals_stay_bounded() -> None:
    text = " ".join(f"Troops fired 7 Q{i}s near Q{i} Q{i}." for i in range(3000))
    facts = extract_weapon_counts(newsextract.Document(text))
    assert all(text[f.span.start : f.span.end] == f.text for f in facts)
