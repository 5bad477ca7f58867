"""Each reading rule of the officials grammar, on sentences of the kind news uses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsextract_officials import Official, extract_officials

import newsextract

Only = Callable[[str], Official]
Officials = Callable[[str], list[Official]]


@pytest.mark.parametrize(
    ("text", "name", "title", "place"),
    [
        ("President Volodymyr Zelenskyy proposed new talks.", "Volodymyr Zelenskyy", "President", None),
        ("He spoke with US President Donald Trump on Monday.", "Donald Trump", "President", "US"),
        ("Kyiv Mayor Vitali Klitschko confirmed one death.", "Vitali Klitschko", "Mayor", "Kyiv"),
        ("Kremlin spokesman Dmitry Peskov told reporters.", "Dmitry Peskov", "spokesman", "Kremlin"),
        ("U.N. Secretary-General Antonio Guterres called for calm.", "Antonio Guterres", "Secretary-General", "U.N."),
        ("Gov. Gavin Newsom signed the bill.", "Gavin Newsom", "Governor", None),
        ("Defense Secretary Lloyd Austin met his counterpart.", "Lloyd Austin", "Defense Secretary", None),
        ("Israel's Prime Minister Benjamin Netanyahu vowed to respond.", "Benjamin Netanyahu", "Prime Minister", "Israel"),
        ("The talks were led by foreign minister Andrii Sybiha.", "Andrii Sybiha", "foreign minister", None),
        ("French President Emmanuel Macron arrived.", "Emmanuel Macron", "President", "France"),
        ("Tennessee Gov. Bill Harmon said in a statement.", "Bill Harmon", "Governor", "Tennessee"),
        ("Secretary of State Antony Blinken arrived in Kyiv.", "Antony Blinken", "Secretary of State", None),
        ("Chief Justice John Roberts wrote the opinion.", "John Roberts", "Chief Justice", None),
    ],
)
def test_title_before_name(only: Only, text: str, name: str, title: str, place: str | None) -> None:
    official = only(text)
    assert (official.name, official.title, official.place) == (name, title, place)


@pytest.mark.parametrize(
    ("text", "name", "title", "place"),
    [
        (
            "Zelenskyy said Rustem Umerov, the newly appointed head of Ukraine's National Security and Defense Council, "
            "had sent the offer.",
            "Rustem Umerov",
            "head of the National Security and Defense Council",
            "Ukraine",
        ),
        ("Oleh Syniehubov, the governor of Kharkiv region, said two died.", "Oleh Syniehubov", "governor", "Kharkiv region"),
        ("Ihor Klymenko, Ukraine's interior minister, said it.", "Ihor Klymenko", "interior minister", "Ukraine"),
        (
            "Pradeep Adhikari, director general of the Civil Aviation Authority of Nepal, said.",
            "Pradeep Adhikari",
            "director general of the Civil Aviation Authority",
            "Nepal",
        ),
        (
            "Survivors spoke, said Marco Ferrante, a spokesman for the International Organization for Migration.",
            "Marco Ferrante",
            "spokesman",
            "International Organization for Migration",
        ),
    ],
)
def test_appositive_after_name(only: Only, text: str, name: str, title: str, place: str | None) -> None:
    official = only(text)
    assert (official.name, official.title, official.place) == (name, title, place)


@pytest.mark.parametrize(
    ("text", "name", "title", "place"),
    [
        ("Israel's defense minister, Avi Dror, warned the group.", "Avi Dror", "defense minister", "Israel"),
        ("In Kharkiv, three people were killed, said the city's mayor, Mykola Dovhan.", "Mykola Dovhan", "mayor", "Kharkiv"),
        (
            "Meanwhile, the governor of Russia's Kursk region, Viktor Samsonov, said three were hurt.",
            "Viktor Samsonov",
            "governor",
            "Kursk region",
        ),
        (
            "The European Union's foreign policy chief, Katja Lindqvist, said the bloc delivered.",
            "Katja Lindqvist",
            "foreign policy chief",
            "European Union",
        ),
    ],
)
def test_appositive_before_name(only: Only, text: str, name: str, title: str, place: str | None) -> None:
    official = only(text)
    assert (official.name, official.title, official.place) == (name, title, place)


def test_place_from_sentence_context(only: Only) -> None:
    official = only("In the western city of Ivano-Frankivsk, Mayor Ruslan Martsinkiv called it the largest attack.")
    assert (official.title, official.place) == ("Mayor", "Ivano-Frankivsk")
    regional = only("In the Belgorod region, two civilians were killed, Gov. Dmitry Kuzmin said.")
    assert (regional.title, regional.place) == ("Governor", "Belgorod region")


def test_senator_with_party_and_state(only: Only) -> None:
    official = only("Sen. Elizabeth Warren, D-Mass., said the bill would fail.")
    assert (official.name, official.title, official.place) == ("Elizabeth Warren", "Senator", "Massachusetts")
    assert official.organization == "Democratic Party"
    of = only("Sen. Laura Kendrick of Pennsylvania said in a statement.")
    assert (of.title, of.place) == ("Senator", "Pennsylvania")


def test_ranks_are_spelled_out_and_joined_with_office(only: Only) -> None:
    general = only("Lt. Gen. Mark Hertling said the troops were ready.")
    assert (general.title, general.rank) == ("Lieutenant General", "Lieutenant General")
    spokesman = only("Defense Department spokesman Maj. Gen. Thomas Whitfield told reporters.")
    assert spokesman.title == "spokesman; Major General"
    assert spokesman.place == "Defense Department" and spokesman.organization == "Defense Department"
    commander = only("Lt. Gen. Serhiy Kravets, commander of the Ground Forces, said units attacked.")
    assert commander.title == "commander of the Ground Forces; Lieutenant General"
    colonel = only('"The road is narrow," police Col. Luis Paredes told local radio.')
    assert colonel.title == "police Colonel"
    assert colonel.rank == "Colonel"


@pytest.mark.parametrize(
    ("text", "status", "title"),
    [
        ("Former President Barack Obama endorsed her.", "former", "President"),
        ("former President Petro Poroshenko was charged.", "former", "President"),
        ("ex-President Donald Trump said.", "former", "President"),
        ("In Bryansk, acting Governor Alexei Voronin said a depot burned.", "acting", "Governor"),
        ("Prime Minister-designate Mohammed Shia al-Sudani formed a cabinet.", "designate", "Prime Minister"),
        ("Interior Minister Thomas Berger traveled to Hamburg.", "current", "Interior Minister"),
    ],
)
def test_status(only: Only, text: str, status: str, title: str) -> None:
    official = only(text)
    assert (official.status, official.title) == (status, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dutch Defense Minister Pieter van Aalst said Monday.", "Pieter van Aalst"),
        ("Houthi military spokesman Abdulrahman al-Hakimi claimed responsibility.", "Abdulrahman al-Hakimi"),
        ("Brazilian President Luiz Inácio Lula da Silva visited.", "Luiz Inácio Lula da Silva"),
        ("Polish Defense Minister Wladyslaw Kosiniak-Kamysz said.", "Wladyslaw Kosiniak-Kamysz"),
        ("Kharkiv regional Gov. Oleh Syniehubov said.", "Oleh Syniehubov"),
        ("Earlier, Interior Secretary James G. Watt refused.", "James G. Watt"),
        ("Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the claims.", "Maria Zakharova"),
    ],
)
def test_names_with_particles_hyphens_and_transliterations(only: Only, text: str, name: str) -> None:
    assert only(text).name == name


def test_unseen_made_up_officials(officials: Officials) -> None:
    found = officials(
        "Zorvian Foreign Minister Kalvo Mertensk met Deputy Mayor Ilsa Qarnowicz. "
        "Tamsin Oyelaran-Brekke, the chairwoman of the Eastern Water Commission, attended."
    )
    assert [(o.name, o.title) for o in found] == [
        ("Kalvo Mertensk", "Foreign Minister"),
        ("Ilsa Qarnowicz", "Deputy Mayor"),
        ("Tamsin Oyelaran-Brekke", "chairwoman of the Eastern Water Commission"),
    ]


def test_surname_alone_takes_fullest_name_from_the_text(only: Only) -> None:
    text = "Volodymyr Zelenskyy spoke first. Later, President Zelenskyy thanked allies."
    assert only(text).name == "Volodymyr Zelenskyy"


@pytest.mark.parametrize(
    "text",
    [
        "Maria, 34, a teacher, said she was afraid.",
        "The mayor's office said the water was safe.",
        "The ministry said the governor would visit.",
        "Analyst Dan Morales said the deal was good.",
        "Chelsea defender Tomas Riera was sent off.",
        "John Smith, 45, a farmer from Ohio, said.",
        '"We wanted audiences to feel it," director Carla Mendez told reporters.',
        '"Just give him the ball," studio head Chris Talbot said.',
        "In Kharkiv Oblast, the governor said the attack was the worst.",
        "The Defense Ministry and the Kremlin declined to comment.",
        "Ukraine's Air Force said 40 drones were shot down.",
        "General Motors said profits rose.",
        "Chelsea lead the Premier League table.",
        "The General Assembly voted.",
        "Captain America returns to theaters.",
    ],
)
def test_not_officials(officials: Officials, text: str) -> None:
    assert officials(text) == []


def test_one_fact_per_person_with_every_mention() -> None:
    text = 'Kyiv Mayor Vitali Klitschko said one person died. "We are working," Klitschko said. Klitschko later visited the site.'
    facts = extract_officials(newsextract.Document(text))
    assert len(facts) == 1
    fact = facts[0]
    assert fact.text == "Kyiv Mayor Vitali Klitschko"
    mentioned = {text[s.start : s.end] for s in fact.mentions}
    assert mentioned == {"Vitali Klitschko", "Klitschko"}
    assert len(fact.mentions) == 3
