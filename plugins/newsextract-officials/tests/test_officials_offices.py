"""Which words make a public office, and which look like one but are not. Each pattern has a negative case.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_officials import Official

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


# -- heads of public bodies; managers of teams and shops are not officials -------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # more office heads: coordinators and rapporteurs of international bodies, state assembly members
        ("The EU special coordinator for the Sahel, Ines Moreau, urged restraint.", "Ines Moreau", "coordinator"),
        ("Tariq Suleiman, the U.N. special rapporteur on torture, visited the prison.", "Tariq Suleiman", "rapporteur"),
        ("Assemblywoman Dana Whitfield, a Democrat, opposed the bill.", "Dana Whitfield", "Assemblywoman"),
        ("Assemblyman Gil Ferrer voted against it.", "Gil Ferrer", "Assemblyman"),
    ],
)
def test_more_office_heads(only: Only, text: str, name: str, title: str) -> None:
    found = only(text)
    assert found.name == name
    assert title in found.title


def test_general_manager_of_a_public_body(only: Only) -> None:
    found = only("Sani Okoro, the general manager of the Rivers State Water Agency, said pipes had burst.")
    assert found.name == "Sani Okoro"
    assert found.title == "general manager"
    assert found.place == "Rivers State Water Agency"


@pytest.mark.parametrize(
    "text",
    [
        "The club's general manager, Tony Sims, declined to comment.",
        "Hawks general manager Rob Dill praised the trade.",
        "Store manager Kim Lowe locked the doors.",
    ],
)
def test_manager_of_a_team_or_shop_is_not_an_official(officials: Officials, text: str) -> None:
    assert officials(text) == []


# -- military and police offices: "captain" needs a service word, "Chief Constable X" ---


def test_lower_case_captain_needs_a_service_word(only: Only, officials: Officials) -> None:
    assert officials("Denver captain Mike Jones scored twice in the third period.") == []
    found = only("Army captain Dan Holt was wounded in the attack.")
    assert found.name == "Dan Holt"
    assert found.rank == "Captain"
    assert only("Capt. Lena Frost of the coast guard led the search.").name == "Lena Frost"


def test_chief_constable(only: Only) -> None:
    found = only("Chief Constable Imogen Ashworth said patrols would be doubled over the weekend.")
    assert found.name == "Imogen Ashworth"
    assert found.title == "Chief Constable"


def test_constable_without_a_name_is_nothing(officials: Officials) -> None:
    assert officials("The chief constable said patrols would be doubled over the weekend.") == []


# -- "humanitarian" as a title modifier ------------------------------------------------


def test_humanitarian_coordinator(only: Only) -> None:
    found = only('"Supplies will run out," said Petra Lindahl, the U.N. humanitarian coordinator for Chad.')
    assert found.name == "Petra Lindahl"
    assert found.title == "humanitarian coordinator"


def test_humanitarian_worker_is_not_an_official(officials: Officials) -> None:
    assert officials("Petra Lindahl, a humanitarian worker from Oslo, said supplies would run out.") == []


# -- "MP" spelled out; a party before the title is the organization, not the place -----


def test_mp_is_spelled_out_and_party_is_organization(only: Only) -> None:
    found = only("The Liberal MP Gwen Pritchard told the chamber the fund was too small.")
    assert found.name == "Gwen Pritchard"
    assert found.title == "Member of Parliament"
    assert found.place is None


def test_party_before_senator(only: Only) -> None:
    found = only("Republican Sen. Dale Harkins blocked the vote.")
    assert found.place is None
    assert found.organization == "Republican"


def test_mps_without_names_are_nothing(officials: Officials) -> None:
    assert officials("MPs from all parties demanded answers from the Conservative benches.") == []


# -- religious offices -----------------------------------------------------------------


def test_archbishop_is_a_title_not_part_of_the_name(only: Only) -> None:
    found = only("Archbishop Matthias Obuya, the former head of the provincial church, died on Sunday.")
    assert found.name == "Matthias Obuya"
    assert found.title == "Archbishop"


def test_archbishop_without_a_name_is_nothing(officials: Officials) -> None:
    assert officials("The archbishop said the cathedral would reopen.") == []


# -- a vague head before the name gives way to an office after it ----------------------


def test_office_appositive_beats_party_leader(only: Only) -> None:
    found = only("Reform leader Tomasz Brzeski, a former finance minister, conceded defeat on Sunday.")
    assert found.name == "Tomasz Brzeski"
    assert found.title == "finance minister"
    assert found.status == "former"


def test_party_leader_kept_without_an_office_after(only: Only) -> None:
    found = only("Opposition leader Tomasz Brzeski, a lawyer by training, conceded defeat on Sunday.")
    assert found.title == "leader"


def test_specific_title_before_name_is_not_replaced(only: Only) -> None:
    found = only("Defence Minister Halina Nowak, a former general, toured the base.")
    assert found.title == "Defence Minister"
    assert found.status == "current"
