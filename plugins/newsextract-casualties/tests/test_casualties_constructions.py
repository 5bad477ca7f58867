"""Constructions read in every sentence of their shape (issue 17), with invented sentences.

Each construction has sentences it must read and sentences it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_casualties import Casualty

import newsextract

ReadValues = Callable[[str], list[Casualty]]


def brief(casualties: ReadValues, text: str) -> set[tuple[str, int | None, str | None]]:
    """(status, count, who) of every casualty the pipeline reads."""
    return {(v.status, v.count, v.who) for v in casualties(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N more" after a count: the noun is elided and carried over.
        (
            "The driver killed one person and injured 13 more.",
            {("killed", 1, "person"), ("wounded", 13, "people")},
        ),
        ("Two miners died and six more were hurt.", {("killed", 2, "miners"), ("wounded", 6, "miners")}),
        # The actor killing himself after the victims: one more death.
        (
            "The gunman shot dead three guards before killing himself.",
            {("killed", 3, "guards"), ("killed", 1, "gunman")},
        ),
        ("A man shot himself dead after the siege.", {("killed", 1, "himself")}),
        # Shot in a body part, then died.
        ("A police officer was shot in the forehead and died.", {("killed", 1, "police officer")}),
        # "<a person>'s body was found".
        ("A farmer's body was found near the river.", {("killed", 1, "farmer")}),
        # An appositive that holds a name's initial.
        (
            "One woman, identified as Mara T. Lind, was killed and nine people were injured.",
            {("killed", 1, "woman"), ("wounded", 9, "people")},
        ),
        # A comma list of counted subjects sharing one predicate.
        (
            "On Monday, 4 guards, 2 drivers, and 1 nurse were killed.",
            {("killed", 4, "guards"), ("killed", 2, "drivers"), ("killed", 1, "nurse")},
        ),
        # A group named by an acronym in capitals; three modifiers before a person noun.
        ("The raid left 3 IS fighters dead.", {("killed", 3, "is fighters")}),
        ("Rebels killed one rapid reaction force soldier.", {("killed", 1, "rapid reaction force soldier")}),
        # "the corpses of", "X-ed and stabbed to death", "resulting in one death".
        ("The corpses of twelve miners were recovered.", {("killed", 12, "miners")}),
        ("A man was beaten and stabbed to death near the market.", {("killed", 1, "man")}),
        ("The brawl resulted in one death.", {("killed", 1, "death")}),
        # A pronoun object of a killing verb: one person.
        ("Snipers opened fire on a farmer near the road, killing him.", {("killed", 1, "person")}),
        ("Gunmen raided the house of a judge, leaving her dead.", {("killed", 1, "person")}),
        # ... but not when the sentence already counts the one person killed.
        ("A soldier was killed when rebels captured and killed him.", {("killed", 1, "soldier")}),
        # A relative coordinated with a victim: one more victim.
        ("Gunmen killed a herder and his son.", {("killed", 1, "herder"), ("killed", 1, "son")}),
        ("A former councillor and his wife were shot dead.", {("killed", 1, "former councillor"), ("killed", 1, "wife")}),
        ("The doctor and her daughter died in the fire.", {("killed", 1, "doctor"), ("killed", 1, "daughter")}),
        # A dash or a colon right after a casualty opens its breakdown.
        (
            "Three sailors were killed - two Filipinos and one Vietnamese - in the strike.",
            {("killed", 3, "sailors"), ("killed", 2, "filipinos"), ("killed", 1, "vietnamese")},
        ),
        (
            "Five people died: three women and two children.",
            {("killed", 5, "people"), ("killed", 3, "women"), ("killed", 2, "children")},
        ),
        # Initialisms with full stops inside a noun phrase; "reported to have been"; "pronounced dead".
        ("Two U.N. staff members were killed in the shelling.", {("killed", 2, "u.n. staff members")}),
        ("At least four other sailors are reported to have been injured.", {("wounded", 4, "sailors")}),
        ("One person was pronounced dead at the scene.", {("killed", 1, "person")}),
        ("A woman suffered a shrapnel injury.", {("wounded", 1, "woman")}),
        # A relative clause of its own between the subject and a passive.
        ("A passenger who tried to put the fire out was also injured.", {("wounded", 1, "passenger")}),
        # A plural count right before a singular "was" is the object of another clause.
        ("The gunman who shot three officers was killed by police.", {("killed", 1, "gunman")}),
        ("The crew of 23 was rescued.", {("rescued", 23, "crew")}),
        # "another" closing a clause, "the other" before its verb: one more of the group before.
        ("Troops opened fire, killing a farmer and wounding another.", {("killed", 1, "farmer"), ("wounded", 1, "farmer")}),
        ("One guard was injured and the other died.", {("wounded", 1, "guard"), ("killed", 1, "guard")}),
        # Two person nouns in a row: the last is the head.
        ("A baby girl was killed in the shelling.", {("killed", 1, "baby girl")}),
        # "found handcuffed and killed", "tied and killed".
        ("A man was found handcuffed and killed near the river.", {("killed", 1, "man")}),
        # Acronyms joined by a slash; a participle post-modifier ("driving a motorcycle").
        ("12 ISWAP/IS fighters were killed.", {("killed", 12, "iswap/is fighters")}),
        ("A man driving a truck was shot to death.", {("killed", 1, "man")}),
        # "resulting in his death", "he died", "a female body was found".
        ("Gunmen shot a driver, resulting in his death.", {("killed", 1, "person")}),
        ("A female body was found near the dam.", {("killed", 1, "person")}),
        ("A judge was killed by gunmen.", {("killed", 1, "judge")}),
        # Terse reports: "1 killed 3 injured" lists two counts, the second no object of the first.
        ("A mob attacked the village. 1 killed 3 injured.", {("killed", 1, "person"), ("wounded", 3, "people")}),
        ("Two students killed 12 classmates.", {("killed", 12, "classmates")}),
        # An "including" list whose items carry a short post-modifier.
        (
            "Nine people, including two citizens from Peru, five tourists, and one driver, were killed.",
            {("killed", 9, "people"), ("killed", 2, "citizens"), ("killed", 5, "tourists"), ("killed", 1, "driver")},
        ),
        # "he was shot and killed": one person, named by a pronoun.
        ("Officers chased the man to a lot, where he was shot and killed.", {("killed", 1, "person")}),
        # "left X and Y dead": both items take the predicate.
        ("Gunfire left 3 fighters and 1 policeman dead.", {("killed", 3, "fighters"), ("killed", 1, "policeman")}),
        # An elided noun after an "including" part is the whole's, not the part's.
        (
            "Gunmen killed four civilians, including two children, and wounded 11.",
            {("killed", 4, "civilians"), ("killed", 2, "children"), ("wounded", 11, "civilians")},
        ),
        # Injuries named by their kind.
        ("The clerk suffered deep cuts to his arms.", {("wounded", 1, "clerk")}),
    ],
)
def test_construction_reads(casualties: ReadValues, text: str, expected: set[tuple[str, int | None, str | None]]) -> None:
    assert brief(casualties, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 13 more in the raid.",
        "The suspect threatened to kill himself.",
        "The man shot himself in the foot while cleaning a rifle.",
        "The farmer's body of work was shown in a gallery.",
        "The officer was shot in the arm and survived.",
        "The two operations caused several losses among the fighters.",
        "Police said they would kill him.",
        "The storm left 300 people homeless.",
        "The former mayor said she died of cancer in 1998.",
        "The other side said the clash was over.",
        "The U.S. envoy said 3 talks were planned - none were killed.",
        "The soldier and his brother said the roads were closed.",
    ],
)
def test_construction_leaves_alone(casualties: ReadValues, text: str) -> None:
    assert [v for v in casualties(text) if v.status == "killed"] == []


def _total(result: newsextract.Result, status: str) -> int | None:
    (total,) = [t for t in result.totals("casualty") if dict(t.group) == {"status": status}]
    return total.count


def test_the_attacker_dying_later_is_not_a_part_of_the_victims(pipeline: newsextract.Pipeline) -> None:
    result = pipeline.extract("The gunman killed nine people at the school. He later killed himself.")
    assert _total(result, "killed") == 10


def test_a_later_recap_still_holds_the_attacker(pipeline: newsextract.Pipeline) -> None:
    result = pipeline.extract("A guard was shot dead. The attacker also died. Two people died in all.")
    assert _total(result, "killed") == 2


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Three people were killed in the blast.", "predicate-after"),
        ("The shelling killed four civilians.", "phrase-before"),
        ("The death toll rose to 27.", "toll"),
        ("The crash caused 3 deaths.", "phrase-before"),
        ("Officers shot the attacker, a 29-year-old man, in the leg.", "shot-in-body"),
        ("A farmer's body was found near the river.", "body-found"),
        ("Snipers opened fire on a farmer, killing him.", "killed-pronoun"),
    ],
)
def test_every_fact_names_the_rule_that_read_it(pipeline: newsextract.Pipeline, text: str, rule: str) -> None:
    facts = pipeline.extract(text).facts
    assert facts
    assert {f.provenance.rule for f in facts if f.provenance is not None} == {rule}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at"/"near" post-modifiers and a place named by its parts between subject and predicate.
        (
            "Three clerks at a tax processing center in Provo, Utah, U.S.A. were injured when they opened letters.",
            {("wounded", 3, "clerks")},
        ),
        ("Two guards near the gate were killed.", {("killed", 2, "guards")}),
        ("Four people in Lagos, Nigeria, were wounded.", {("wounded", 4, "people")}),
        # a conjunction ends the "at" phrase: the second clause keeps its own subject.
        (
            "The blast injured a security guard at the depot and that about 40 residents had been evacuated.",
            {("wounded", 1, "security guard"), ("evacuated", 40, "residents")},
        ),
        # a lower-case word after a comma is no place ("the governor of the region, said ...").
        ("The governor of the region, said two people were injured.", {("wounded", 2, "people")}),
        # a person's body part hurt: one wounded.
        ("The parcel ignited and burned the clerk's fingers.", {("wounded", 1, "clerk")}),
        ("The fire burned the statue's arm.", set()),
    ],
)
def test_post_modifiers_places_and_hurt_body_parts(
    casualties: ReadValues, text: str, expected: set[tuple[str, int | None, str | None]]
) -> None:
    assert brief(casualties, text) == expected
