"""Terse incident reports: long or unusual subjects that still state a casualty.

Invented sentences in the style of incident logs: heads the lexicon must know, a person-suffixed
noun followed by a place, and a subject carrying a long post-modifier or a bracketed gloss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

import newsextract

ReadValues = Callable[[str], list[Casualty]]
ReadPairs = Callable[[str], set[tuple[str, int | None]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphenated title is a person by its last part.
        ("A police sub-inspector was killed in the ambush.", {("killed", 1)}),
        ("Two co-pilots were injured when the plane skidded.", {("wounded", 2)}),
        # Person nouns of incident reports.
        ("Seven soldiers and allied mercenaries were reportedly killed.", {("killed", 7)}),
        ("Two village elders were shot dead on Monday.", {("killed", 2)}),
        # A person-suffixed noun after a killing verb, followed by where it happened.
        ("Gunmen killed a tax collector at the bus station.", {("killed", 1)}),
        ("Unknown attackers assassinated a grain trader in the market town.", {("killed", 1)}),
        # ... but the coordination "a man and ... another" still reads both people.
        ("Soldiers killed a man and wounded another in the town.", {("killed", 1), ("wounded", 1)}),
        # A long "from/of" post-modifier, with a bracketed gloss, before the predicate.
        (
            "Nine fighters from the Guardians of the Coast's 4th Brigade (military police) were reported killed.",
            {("killed", 9)},
        ),
        ("Two farmers from the hill town of Asmara (a river port) were reportedly killed.", {("killed", 2)}),
        # "suspected of ..." as a post-modifier.
        ("Two men suspected of robberies in the area were fatally assaulted by residents.", {("killed", 2)}),
    ],
)
def test_terse_report_subjects(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A participle post-modifier stays short: the verb of a later clause is not the subject's.
        "A gunman and a woman driving a motorcycle intercepted a car and shot the driver dead.",
        # A suffixed noun before a place is no person when no casualty verb governs it.
        "An inspector in the town reported the fire.",
        # "later" ends in -er but is no person.
        "Three men were killed. A fourth person was arrested later.",
    ],
)
def test_terse_report_non_subjects(pairs: ReadPairs, text: str) -> None:
    got = pairs(text)
    if text.startswith("A gunman"):
        assert got == {("killed", 1)}  # only the driver
    elif text.startswith("Three"):
        assert got == {("killed", 3)}
    else:
        assert got == set()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "other", "also", "another", "more", "a third": one more group, added to the total.
        ("Two guards were killed in the raid. Two other guards were killed when they arrived.", 4),
        ("A farmer was shot dead on Monday. Another farmer was killed on Tuesday.", 2),
        ("Five people were killed on Monday. Two more people died in hospital on Tuesday.", 7),
        # "the other" is the rest of a group already counted; "more than" is a qualifier.
        ("A mob killed two men. One was burnt and the other was stoned to death.", 2),
        ("Twelve people were killed. More than 10 people were killed in the market.", 12),
    ],
)
def test_one_more_group_adds_to_the_total(pipeline: newsextract.Pipeline, text: str, killed: int) -> None:
    totals = pipeline.extract(text).to_dict()["totals"]["casualty"]
    assert totals["killed"]["count"] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range is one figure, read as its lower end.
        ("Between 12 and 20 people were killed in the market.", {("killed", 12, "at_least")}),
        ("The shelling killed between 4 and 6 civilians.", {("killed", 4, "at_least")}),
        ("From 7 to 9 miners are missing.", {("missing", 7, "at_least")}),
        ("14-16 rebels were killed and 3-5 were wounded.", {("killed", 14, "at_least"), ("wounded", 3, "at_least")}),
        # Two groups joined by "and" are no range.
        ("Three soldiers and 12 civilians were killed.", {("killed", 3, "exact"), ("killed", 12, "exact")}),
    ],
)
def test_a_range_is_its_lower_end(casualties: ReadValues, text: str, expected: set[tuple[str, int, str]]) -> None:
    assert {(v.status, v.count, v.qualifier) for v in casualties(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two surnames alone with a plural passive.
        ("Gunmen fired on Omar Haddad and Sami Nour. Haddad and Nour were killed in the attack.", {("killed", 2)}),
        # A plural role before a list of names.
        ("The blast killed bystanders Anna Berg and Li Wen.", {("killed", 2)}),
        # "resulted in the death of" a named person.
        ("The firefight resulted in the death of Ivan Petrov.", {("killed", 1)}),
        # An age right after the name.
        ("An assailant shot and killed Dan Price 49, on Main Street.", {("killed", 1)}),
        # "shot and injured" as a passive of a named person with an appositive.
        ("Ian Cole, a local resident, was shot and injured when he tried to intervene.", {("wounded", 1)}),
    ],
)
def test_named_victims_of_incident_summaries(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Both and Others were hurt by the ruling.",  # no surnames, and "hurt" by a ruling
        "Police and Army were deployed.",  # no casualty verb
        "Smith was killed and Jones were injured.",  # a lone surname needs its own verb in number
    ],
)
def test_surname_pairs_need_a_plural_casualty_passive(pairs: ReadPairs, text: str) -> None:
    got = pairs(text)
    assert ("wounded", 2) not in got and ("killed", 2) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A status in a relative clause inside a partitive subject with a predicate of its own.
        ("Three men died. One of the men who died was identified as the driver.", {("killed", 3)}),
        ("Rebels killed 5 civilians. At least 2 of the victims, who were beheaded, were children.", {("killed", 5)}),
        # Without a predicate of its own, the part keeps its status.
        ("Twelve people were hurt. Two of the wounded died in hospital.", {("wounded", 12), ("killed", 2)}),
    ],
)
def test_status_in_a_relative_clause_of_a_partitive_subject(
    pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A status noun after a coordination is shared by the group before it.
        ("The clash resulted in 4 rebel and 1 military fatality.", {("killed", 4), ("killed", 1)}),
        ("The battle ended, resulting in 12 militia fighters and 3 police fatalities.", {("killed", 12), ("killed", 3)}),
        # Not across another verb: the first group has a predicate of its own.
        ("Police arrested 4 rebels and reported 2 fatalities.", {("killed", 2)}),
    ],
)
def test_a_status_noun_is_shared_by_a_coordinated_group(
    pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" between two modifiers of one head.
        ("A drug and weapons smuggler was killed during the raid.", {("killed", 1)}),
        ("6 army and police officers were killed.", {("killed", 6)}),
        ("Seven soldiers and allied foreign fighters were reportedly killed.", {("killed", 7)}),
        # Two groups each with their own head stay two.
        ("Two soldiers and a civilian were killed.", {("killed", 2), ("killed", 1)}),
        # Taken, then killed: the last status counts ("by" an agent may stand between).
        ("A farmer was abducted by armed men and stabbed to death near the road.", {("killed", 1)}),
        ("One activist was detained and later found dead.", {("killed", 1)}),
        ("Two men were abducted by gunmen and later released.", {("captured", 2)}),
    ],
)
def test_modifier_coordination_and_taken_then_killed(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person noun modifying a compound head.
        ("One civilian health worker was killed in the attack.", {("killed", 1)}),
        # A participle used as an adjective among three modifiers.
        ("Two suspected Abu Sayyaf militants were shot dead.", {("killed", 2)}),
        ("Rebels executed a young male in the square.", {("killed", 1)}),
        # An illness death "due to" a disease is no casualty.
        ("Officials said 6 prisoners were dead due to coronavirus infection.", set()),
    ],
)
def test_compound_heads_and_illness(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of reported fatalities is its lower end.
        ("Reports of fatalities range from 3 to 5.", {("killed", 3, "at_least")}),
        ("Estimates of deaths ranged from 12 to 20.", {("killed", 12, "at_least")}),
        # A range of something else is no casualty.
        ("The ages of the victims range from 12 to 20.", set()),
    ],
)
def test_a_range_of_fatalities(casualties: ReadValues, text: str, expected: set[tuple[str, int, str]]) -> None:
    assert {(v.status, v.count, v.qualifier) for v in casualties(text)} == expected


@pytest.mark.parametrize(
    ("text", "killed", "superseded"),
    [
        # Another account's differing figure after the text's own: kept as a fact, out of the total.
        ("A bomb killed 1 soldier. Other sources report that 2 soldiers were killed.", 1, {2}),
        ("Officials said 25 people were killed, but other sources reported at least 37 were killed.", 25, {37}),
        ("3 rebels were killed. The group claimed 15 soldiers died, which has not been confirmed.", 3, {15}),
        # A lone claim is the only figure there is; the same figure again is a restatement.
        ("Militants claimed to have killed 20 soldiers, a claim that has not been confirmed.", 20, set()),
        ("Gunmen shot dead a farmer. Other reports say he was killed in a robbery.", 1, set()),
    ],
)
def test_another_accounts_figure_is_left_out_of_the_total(
    pipeline: newsextract.Pipeline, text: str, killed: int, superseded: set[int]
) -> None:
    record = pipeline.extract(text).to_dict()
    assert record["totals"]["casualty"]["killed"]["count"] == killed
    assert {f["value"]["count"] for f in record["facts"] if f["value"]["superseded"]} == superseded


def test_a_named_attacker_is_no_victim_of_his_own_count(pipeline: newsextract.Pipeline) -> None:
    text = "Omar Haddad opened fire at the counter, killing two people. Haddad was killed by guards."
    facts = [f["value"] for f in pipeline.extract(text).to_dict()["facts"]]
    assert sorted(v["count"] for v in facts) == [1, 2]  # the attacker's death is a fact of its own
    two = next(v for v in facts if v["count"] == 2)
    assert two["victims"] == []
    # a victim named in another sentence still joins a count that covers it
    text = "Gunmen opened fire, killing two people. Ana Ruiz was killed at the scene."
    facts = [f["value"] for f in pipeline.extract(text).to_dict()["facts"]]
    assert [(v["count"], [x["name"] for x in v["victims"]]) for v in facts] == [(2, ["Ana Ruiz"])]


def test_two_named_people_are_two_casualties(pipeline: newsextract.Pipeline) -> None:
    text = "Ana Ruiz was injured in the attack. In addition, Li Wen, a local resident, was shot and injured."
    record = pipeline.extract(text).to_dict()
    assert sorted(f["value"]["victims"][0]["name"] for f in record["facts"]) == ["Ana Ruiz", "Li Wen"]
    assert record["totals"]["casualty"]["wounded"]["count"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beaten "to near death" is wounded, not killed.
        ("A teenager was beaten to near death in the park.", {("wounded", 1)}),
        ("The guard was stabbed nearly to death.", {("wounded", 1)}),
        # A two-word role before a name, with "shot and injured".
        ("An assailant shot and injured police officer Dan Price in the city.", {("wounded", 1)}),
        ("A gunman shot and killed security guard Ana Ruiz.", {("killed", 1)}),
    ],
)
def test_near_death_and_two_word_roles(pairs: ReadPairs, text: str, expected: set[tuple[str, int | None]]) -> None:
    assert pairs(text) == expected


def test_a_named_death_and_a_part_of_another_group_are_two_deaths(pipeline: newsextract.Pipeline) -> None:
    text = (
        "The firefight resulted in the death of Ivan Petrov. Dan Cole and 6 police officers were injured. "
        "One of the injured officers, Anna Berg, succumbed to her injuries on May 2, 2019."
    )
    record = pipeline.extract(text).to_dict()
    assert record["totals"]["casualty"]["killed"]["count"] == 2


def test_a_long_appositive_before_a_named_passive(pairs: ReadPairs) -> None:
    text = "Collins, an exchange student from the state university of the north, was killed in the attack."
    assert pairs(text) == {("killed", 1)}
