"""Round-3 generalisation rules, with invented sentences (and negatives that must not fire)."""

from __future__ import annotations

from newsextract_casualties import extract_casualties

import newsextract


def _facts(text: str) -> set[tuple[str, int | None]]:
    return {(f.value.status, f.value.count) for f in extract_casualties(newsextract.Document(text=text, id="t"))}


def test_second_predicate_adds_a_status() -> None:
    got = _facts("Two firefighters were injured and taken to a hospital in the valley.")
    assert ("wounded", 2) in got and ("hospitalized", 2) in got
    got = _facts("Five hikers were rescued and airlifted to safety on Sunday.")
    assert ("rescued", 5) in got and ("evacuated", 5) in got


def test_second_predicate_not_for_other_statuses() -> None:
    got = _facts("Seven miners were killed and pulled from the shaft.")
    assert got == {("killed", 7)}


def test_including_paren_does_not_swallow_absolute_with() -> None:
    got = _facts("Officials put the toll at 40, including six girls and two nurses, with 90 people wounded.")
    assert {("killed", 40), ("killed", 6), ("killed", 2), ("wounded", 90)} <= got
    assert ("wounded", 40) not in got


def test_participle_postmodifier() -> None:
    assert ("evacuated", 300) in _facts("Some 300 families living near the river were evacuated overnight.")
    assert ("evacuated", 300) not in _facts("Some 300 families living near the river were angry overnight.")


def test_treatment_at_medical_post_and_stray_bullets() -> None:
    assert ("hospitalized", 9) in _facts("Nine people needed treatment at the camp's health centre for smoke.")
    assert ("wounded", 3) in _facts("Three children were hit by stray bullets in the market, police said.")
    assert _facts("Nine people needed advice at the camp's office for smoke.") == set()


def test_captivity() -> None:
    assert ("captured", 8) in _facts("At least eight nurses remain in captivity, the union said.")
    assert ("captured", 6) in _facts("The militia said it had taken six guards prisoner.")
    assert ("captured", 2) in _facts("Pirates took two engineers hostage off the coast.")
    assert _facts("The bus took six guards to the prison.") == set()


def test_more_bodies_beside_a_toll_is_an_increment() -> None:
    got = _facts("The death toll climbed to 11 after divers recovered three more bodies from the lake.")
    assert got == {("killed", 11)}
    assert ("killed", 3) in _facts("Divers recovered three bodies from the lake.")


def test_compound_singular_and_weak_head_died() -> None:
    assert ("killed", 1) in _facts("The blast killed two guards and a civilian driver, the ministry said.")
    assert ("killed", 1) in _facts("In the north, a 70-year-old road sweeper died of heatstroke.")
    assert ("killed", 1) in _facts("Bandits raided the college, killing the college's principal.")
    assert _facts("A police spokesman said the road was closed.") == set()


def test_hospitals_admitted() -> None:
    assert ("hospitalized", 80) in _facts("Hospitals in the province admitted 80 people with burns.")
    assert _facts("The academy admitted 80 students this term.") == set()
    got = _facts("The clinic said it had received 12 wounded people.")
    assert ("wounded", 12) in got and ("hospitalized", 12) not in got
