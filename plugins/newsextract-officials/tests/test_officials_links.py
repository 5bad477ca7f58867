"""Linking verbs, "as" and names that carry what looks like a title word (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_officials import Official

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


@pytest.mark.parametrize(
    ("text", "name", "title", "status"),
    [
        ("After the vote Marlow became prime minister of Estrava.", "Marlow", "prime minister", "current"),
        ("In 1602 Ostrand was crowned king.", "Ostrand", "king", "current"),
        ("Delacroix was re-elected President by the assembly.", "Delacroix", "President", "current"),
        ("The council appointed Ines Volk as defence minister.", "Ines Volk", "defence minister", "current"),
        ("Her brother Tomas Veld served as mayor of Brindle.", "Tomas Veld", "mayor", "former"),
    ],
)
def test_title_after_a_linking_verb(only: Only, text: str, name: str, title: str, status: str) -> None:
    official = only(text)
    assert (official.name, official.title, official.status) == (name, title, status)


def test_a_bare_copula_still_needs_a_full_name(officials: Officials) -> None:
    # "Brindle is mayor ..." may be a place; only the stronger verbs tie one word to an office.
    assert officials("Brindle is mayor-free since the spring, and Karsk is quiet.") == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The castle was seized by King Arvid II of Norland in 1450.", "Arvid II", "King"),
        ("Byzantine Emperor Leo VI Taurin rebuilt the walls.", "Leo VI Taurin", "Emperor"),
        ("Empress Maren opened the bridge.", "Maren", "Empress"),
        ("She served Queen consort Alia Brandt for years.", "Alia Brandt", "Queen consort"),
    ],
)
def test_monarchs_and_regnal_numerals(only: Only, text: str, name: str, title: str) -> None:
    official = only(text)
    assert (official.name, official.title) == (name, title)


def test_an_abbreviation_without_its_period_after_a_name_is_a_surname(only: Only) -> None:
    official = only("Premier Tan Gov promised to cut taxes.")
    assert (official.name, official.title) == ("Tan Gov", "Premier")
    # With its period, and before a name, it stays a title.
    assert only("Gov. Ada Quill signed the bill.").title == "Governor"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Then Interior Secretary Ethan A. Cole approved the dam.", "Ethan A. Cole", "Interior Secretary"),
        ("Prime Minister Tom Major announced the budget.", "Tom Major", "Prime Minister"),
        ("Chancellor of Exchequer Ada Quill raised taxes.", "Ada Quill", "Chancellor of Exchequer"),
        ("The firm's vice-chairman, Ines Volk, resigned.", "Ines Volk", "vice-chairman"),
        ("Lumora founder Tomas Veld sold his shares.", "Tomas Veld", "founder"),
    ],
)
def test_names_and_titles_of_company_officers(only: Only, text: str, name: str, title: str) -> None:
    official = only(text)
    assert (official.name, official.title) == (name, title)


def test_a_bare_founder_before_a_name_is_not_an_office(officials: Officials) -> None:
    assert officials("As founder Tomas Veld said, the shop will stay open.") == []


@pytest.mark.parametrize(
    ("text", "title", "organization", "status"),
    [
        (
            "Ada Quill, who heads the Brindle Port Authority, said the pier is closed.",
            "head of the Brindle Port Authority",
            "Brindle Port Authority",
            "current",
        ),
        (
            "Ada Quill, who chaired the Norland Water Board until May, resigned.",
            "chair of the Norland Water Board",
            None,
            "former",
        ),
    ],
)
def test_who_heads_a_body(only: Only, text: str, title: str, organization: str | None, status: str) -> None:
    official = only(text)
    assert (official.name, official.title, official.status) == ("Ada Quill", title, status)
    if organization is not None:
        assert official.organization == organization


def test_who_leads_something_that_is_not_a_body(officials: Officials) -> None:
    assert officials("Ada Quill, who led the talks, left early.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ada Quill, the 11th president of Norland, died on Monday.", "current"),
        ("Ada Quill, the second president of Norland, died on Monday.", "current"),
        ("Ada Quill, the former 11th mayor of Brindle, spoke.", "former"),
    ],
)
def test_ordinals_before_a_title_stay_out_of_it(only: Only, text: str, status: str) -> None:
    official = only(text)
    assert official.title in ("president", "mayor")
    assert official.status == status


def test_party_state_in_parentheses(only: Only) -> None:
    official = only("Sen. Ada Quill (D-Mass.) voted against the bill.")
    assert (official.place, official.organization) == ("Massachusetts", "Democratic Party")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lumora managing director Ada Quill said sales fell.", "managing director"),
        ("Lumora chief financial officer Ada Quill said sales fell.", "chief financial officer"),
    ],
)
def test_company_officer_titles(only: Only, text: str, title: str) -> None:
    official = only(text)
    assert (official.name, official.title, official.place) == ("Ada Quill", title, "Lumora")


def test_coordinated_titles_share_the_complement(only: Only, officials: Officials) -> None:
    official = only("Ada Quill, president and chief executive of Lumora, said sales fell.")
    assert (official.title, official.place) == ("president and chief executive", "Lumora")
    # "and" followed by no title leaves the first title alone.
    assert [o.title for o in officials("Ada Quill, the mayor and her deputy, left early.")] == ["mayor"]


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("The erstwhile Norland President Ada Quill spoke.", "Ada Quill", "former"),
        ("Ada Quill, the onetime mayor of Brindle, spoke.", "Ada Quill", "former"),
        ("President Daniel arap Tolo opened the road.", "Daniel arap Tolo", "current"),
    ],
)
def test_former_words_and_name_particles(only: Only, text: str, name: str, status: str) -> None:
    official = only(text)
    assert (official.name, official.status) == (name, status)


def test_a_plural_title_before_two_names_gives_each_the_office(officials: Officials) -> None:
    found = officials("Norland Foreign Ministers Ada Quill and Tomas Veld met in Brindle.")
    assert [(o.name, o.title, o.place) for o in found] == [
        ("Ada Quill", "Foreign Minister", "Norland"),
        ("Tomas Veld", "Foreign Minister", "Norland"),
    ]
    assert [o.title for o in officials("Sens. Ada Quill and Tomas Veld voted no.")] == ["Senator", "Senator"]


def test_a_plural_title_word_elsewhere_is_no_title(officials: Officials) -> None:
    # A group named after an office, and a plural before a single name, read nothing new.
    assert [(o.name, o.title) for o in officials("Ada Quill, director of Mayors Against Fires, said.")] == [
        ("Ada Quill", "director")
    ]
    assert officials("Senators Ada Quill said nothing.") == []
