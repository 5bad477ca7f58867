"""Injuries and hospital care: wounds, treatment, hospital admissions and transfers, second predicates.

Invented sentences; each rule has sentences it must read and sentences it must not fire on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

ReadPairs = Callable[[str], set[tuple[str, int | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<subject> suffered/sustained ... injuries/wounds/burns" is a wounded casualty.
        ("Medics said a 40-year-old man suffered serious burns in the fire.", {("wounded", 1)}),
        ("Eight passengers sustained minor injuries when the bus overturned.", {("wounded", 8)}),
        ("A fisherman suffered gunshot wounds to the leg, the coast guard said.", {("wounded", 1)}),
        # "treated for" smoke inhalation / burns / breathing problems.
        ("Eleven residents were treated for smoke inhalation at the scene.", {("wounded", 11)}),
        ("Five tenants were treated for burns and breathing problems.", {("wounded", 5)}),
        # "N of those <participle>": a part of the group with that status.
        (
            "Doctors said five of those hurt were being treated at a regional hospital.",
            {("hospitalized", 5)},
        ),
        # Stabbed, and hit in a body part, are wounds.
        ("Four people, including a nine-year-old boy, were stabbed at a bus stop.", {("wounded", 4), ("wounded", 1)}),
        ("A second guard was hit in the leg during the raid.", {("wounded", 1)}),
        # A condition phrase with an article and a second adjective, in hospital.
        ("Two were in a serious but stable condition in hospital, the ambulance service said.", {("hospitalized", 2)}),
        # A singular casualty in a non-restrictive relative clause.
        ("A third man, who was injured in the arm, later recovered.", {("wounded", 1)}),
        # Air transport to hospital: an evacuation and a hospitalisation; injuries named too.
        (
            "One hiker was airlifted to a trauma center in the valley with head injuries.",
            {("evacuated", 1), ("hospitalized", 1), ("wounded", 1)},
        ),
        ("Two men were taken to hospital with gunshot wounds.", {("hospitalized", 2), ("wounded", 2)}),
        # Person nouns: players.
        ("Three players were taken to hospital.", {("hospitalized", 3)}),
    ],
)
def test_injury_and_hospital_rules(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Losses and falls are not injuries.
        ("The company suffered heavy losses and its shares sustained a sharp fall.", set()),
        # "hit" with a thing as object, not a body part.
        ("The storm hit the coast and the wounded ferry hit the pier.", set()),
        # A relative clause whose verb is active: the suspect is no casualty.
        ("The suspect, who stabbed a guard, was arrested.", set()),
        # Hospitalized with burns stays one fact; no airlift or hospital here is displacement.
        ("Five were hospitalized with burns.", {("hospitalized", 5)}),
    ],
)
def test_injury_and_hospital_rules_do_not_over_fire(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


def test_second_predicate_adds_a_status(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Two firefighters were injured and taken to a hospital in the valley.")
    assert ("wounded", 2) in got and ("hospitalized", 2) in got
    got = extracted_pairs("Five hikers were rescued and airlifted to safety on Sunday.")
    assert ("rescued", 5) in got and ("evacuated", 5) in got


def test_second_predicate_not_for_other_statuses(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Seven miners were killed and pulled from the shaft.")
    assert got == {("killed", 7)}


def test_treatment_at_medical_post_and_stray_bullets(extracted_pairs: ReadPairs) -> None:
    assert ("hospitalized", 9) in extracted_pairs("Nine people needed treatment at the camp's health centre for smoke.")
    assert ("wounded", 3) in extracted_pairs("Three children were hit by stray bullets in the market, police said.")
    assert extracted_pairs("Nine people needed advice at the camp's office for smoke.") == set()


def test_hospitals_admitted(extracted_pairs: ReadPairs) -> None:
    assert ("hospitalized", 80) in extracted_pairs("Hospitals in the province admitted 80 people with burns.")
    assert extracted_pairs("The academy admitted 80 students this term.") == set()
    got = extracted_pairs("The clinic said it had received 12 wounded people.")
    assert ("wounded", 12) in got and ("hospitalized", 12) not in got


def test_bodies_received_by_hospitals_are_dead(extracted_pairs: ReadPairs) -> None:
    got = extracted_pairs("Hospitals in the province received 23 bodies and 70 injured people on Friday.")
    assert ("killed", 23) in got and ("hospitalized", 23) not in got
    # Living patients taken in are still hospitalized.
    assert ("hospitalized", 70) in extracted_pairs("Hospitals in the province admitted 70 people on Friday.")


def test_referred_to_hospital(extracted_pairs: ReadPairs) -> None:
    assert ("hospitalized", 14) in extracted_pairs("Fourteen of the wounded were referred to a district hospital overnight.")
    assert extracted_pairs("The clinic referred 14 customers to the bank.") == set()
