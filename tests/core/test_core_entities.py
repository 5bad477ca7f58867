"""The core's entity index."""

from __future__ import annotations

from newsextract import EntityIndex, PersonClaim, Span
from newsextract.entities import fullest_name_in_text, surname

TEXT = (
    "President Volodymyr Zelenskyy met Kyiv Mayor Vitali Klitschko. Zelenskyy said talks were due. "
    "Then he left. Klitschko disagreed. Oleh Syniehubov, the governor, spoke. Syniehubov said so."
)


def claim(name: str, title: str | None = None, place: str | None = None) -> PersonClaim:
    start = TEXT.index(name)
    return PersonClaim(name, Span(start, start + len(name)), title=title, place=place)


def index() -> EntityIndex:
    return EntityIndex(
        TEXT,
        [claim("Volodymyr Zelenskyy", "President"), claim("Vitali Klitschko", "Mayor", "Kyiv"), claim("Zelenskyy")],
    )


def test_surnames_resolve_to_the_fullest_titled_name() -> None:
    person = index().resolve("Zelenskyy")
    assert person is not None
    assert (person.name, person.title) == ("Volodymyr Zelenskyy", "President")
    klitschko = index().resolve("Klitschko")
    assert klitschko is not None and klitschko.place == "Kyiv"
    assert index().resolve("Peskov") is None


def test_mentions_cover_every_occurrence() -> None:
    person = index().resolve("Zelenskyy")
    assert person is not None
    assert [TEXT[s.start : s.end] for s in person.mentions] == ["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskyy"]


def test_pronoun_resolves_to_the_nearest_person_before() -> None:
    at = TEXT.index("he left")
    person = index().resolve("he", at=at)
    assert person is not None and person.name == "Volodymyr Zelenskyy"
    assert index().resolve_pronoun(0) is None


def test_canonical_name_falls_back_to_the_text() -> None:
    assert index().canonical_name("Syniehubov") == "Oleh Syniehubov"
    assert fullest_name_in_text("Mayor Klitschko spoke", "Klitschko") == "Klitschko"
    assert surname("Martin Luther King Jr.") == "King"


def test_canonical_name_takes_up_to_two_given_names_and_skips_titles() -> None:
    text = "Nepal's Krishna Prasad Bhandari spoke. Later Mayor Ivan Dovhan and Bhandari met. Dovhan left."
    assert fullest_name_in_text(text, "Bhandari") == "Krishna Prasad Bhandari"
    assert fullest_name_in_text(text, "Dovhan") == "Ivan Dovhan"


def test_surname_mentions_are_whole_words_by_either_scan() -> None:
    from newsextract.entities import _surname_occurrences

    text = "Lee met Leeds and O'Lee; Lee's aide, Smith-Lee and Lee. Lee"
    few = _surname_occurrences(text, {"Lee"})
    many = _surname_occurrences(text, {"Lee"} | {f"Name{i}" for i in range(40)})
    assert few == many
    assert [text[s.start : s.end + 2] for s in few["Lee"]] == ["Lee m", "Lee's", "Lee. ", "Lee"]
