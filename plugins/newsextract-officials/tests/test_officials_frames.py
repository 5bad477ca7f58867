"""The title frames as data: every frame's invented examples read as stated, and facts name their frame."""

from __future__ import annotations

import attrs
import pytest
from newsextract_officials import extract_officials
from newsextract_officials.frames import FRAME_RULES, FRAMES, OF_PLACE, PARTY, PRE, Frame

import newsextract


def _cases() -> list[tuple[Frame, str, str, str]]:
    return [
        (frame, e.text, e.expect["name"], e.expect["title"])
        for frame in FRAMES
        for e in frame.examples
        if e.expect is not None and "title" in e.expect
    ]


@pytest.mark.parametrize(("frame", "sentence", "name", "title"), _cases(), ids=lambda x: getattr(x, "name", None))
def test_frame_examples(frame: Frame, sentence: str, name: str, title: str) -> None:
    facts = [f for f in extract_officials(newsextract.Document(sentence)) if f.value.name == name]
    assert len(facts) == 1, facts
    assert facts[0].value.title == title
    assert facts[0].provenance is not None
    assert facts[0].provenance.rule == frame.name


@pytest.mark.parametrize("frame", [*FRAMES, OF_PLACE, PARTY], ids=lambda f: f.name)
def test_frame_rules_check_their_examples(frame: Frame) -> None:
    assert frame in FRAME_RULES.rules
    assert frame.check_examples() == []


def test_a_frame_example_that_reads_otherwise_is_reported() -> None:
    from newsextract.rules import Example

    wrong = attrs.evolve(PRE, examples=(Example("Defence Minister Lena Marsh spoke.", {"name": "Lena Marsh", "title": "Mayor"}),))
    assert len(wrong.check_examples()) == 1
    other = attrs.evolve(PRE, examples=(Example("Lena Marsh, the defence minister, spoke.", {"name": "Lena Marsh"}),))
    assert other.check_examples() != []  # read by the appositive frame, not by this one


def test_frame_names_unique_and_every_frame_has_an_example() -> None:
    assert len({f.name for f in FRAMES}) == len(FRAMES)
    assert all(f.examples for f in FRAMES)


def test_pipeline_keeps_the_frame_name() -> None:
    pipeline = newsextract.Pipeline(plugins=["officials"], strict=True)
    facts = pipeline.extract("Harbour Master Ines Volk, the port's director, spoke. Defence Minister Lena Marsh agreed.")
    rules = {f.value.name: f.provenance.rule for f in facts.of("official") if f.provenance is not None}
    assert rules.get("Lena Marsh") == "official.title-before-name"


@pytest.mark.parametrize(
    ("frame", "place"),
    [(OF_PLACE, "Norland"), (PARTY, "Massachusetts")],
    ids=["of-place", "party-state"],
)
def test_place_frames_add_a_place(frame: Frame, place: str) -> None:
    example = frame.examples[0]
    assert example.expect is not None
    sentence, name, title = example.text, example.expect["name"], example.expect["title"]
    facts = extract_officials(newsextract.Document(sentence))
    assert [(f.value.name, f.value.title, f.value.place) for f in facts] == [(name, title, place)]


def test_a_frame_before_the_name_reaches_furthest_left() -> None:
    # The backwards match takes the whole place and status run, not just the head.
    facts = extract_officials(newsextract.Document("Former Norland Defence Minister Ada Quill spoke."))
    assert [(f.value.title, f.value.place, f.value.status) for f in facts] == [("Defence Minister", "Norland", "former")]


def test_a_fast_made_word_equals_the_constructed_one() -> None:
    import attrs
    from newsextract_officials.tags import Word

    from newsextract.rules import shape_of

    for text, kind in (("Gov.", "word"), ("D-Mass.", "word"), (",", "punct"), ("Ukraine's", "word")):
        made = Word.make(4, 10, 10 + len(text), text, "N", text.casefold(), "former")
        built = Word(
            4, 10, 10 + len(text), text, text.lower(), shape_of(text), 0, kind, tag="N", key=text.casefold(), affix="former"
        )
        assert made == built
        assert attrs.asdict(made) == attrs.asdict(built)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gen. J. R. van der Berg and Defence Minister Ada Quill met Tomas O. Veld of Norland on Monday.",
        "Sens. Ada Quill and Tomas Veld, D-Mass., said Brindle's mayor Ivo Brandt Ines Volk Lena Marsh Ola Dahl Per Lind spoke.",
        "the minister said nothing.",
    ],
)
def test_name_runs_by_stretch_are_the_pattern_matches(sentence: str) -> None:
    from newsextract_officials.find import _name_runs
    from newsextract_officials.frames import NAME_RUN
    from newsextract_officials.tags import words_in

    from newsextract.rules import tokenize

    words = words_in(sentence, tokenize(sentence).tokens)
    tags = "".join(w.tag for w in words)
    assert list(_name_runs(words, tags)) == [(m.start, m.end) for m in NAME_RUN.finditer(words)]


def test_name_runs_by_stretch_match_the_pattern_for_every_short_tag_string() -> None:
    import itertools

    from newsextract_officials.find import _name_runs
    from newsextract_officials.frames import NAME_RUN
    from newsextract_officials.tags import TaggedWord, make_words

    # every string of name-like tags up to nine words, between two words of another tag
    for size in range(1, 10):
        for letters in itertools.product("NIPQ", repeat=size):
            tags = "x" + "".join(letters) + "x"
            words = make_words([TaggedWord(i, i + 1, "w", tag, "w") for i, tag in enumerate(tags)])
            assert list(_name_runs(words, tags)) == [(m.start, m.end) for m in NAME_RUN.finditer(words)], tags


@pytest.mark.parametrize(
    ("sentence", "readable"),
    [
        ("Defence Minister Ada Quill spoke.", True),
        ("Ada Quill, the mayor, spoke.", True),
        ("The mayor of Brindle Port said J. van Dorn Quill O'Neill left.", False),
        ("The ministers met in Brindle on Monday.", False),
    ],
)
def test_a_window_is_skipped_only_when_no_name_run_touches_a_title(sentence: str, readable: bool) -> None:
    from newsextract_officials.find import _may_read, _name_runs
    from newsextract_officials.resolver import touches_title
    from newsextract_officials.tags import words_in

    from newsextract.rules import tokenize

    words = words_in(sentence, tokenize(sentence).tokens)
    tags = "".join(w.tag for w in words)
    touching = any(touches_title(tags, ns, ne) for ns, ne in _name_runs(words, tags))
    assert touching == readable
    assert _may_read(tags) == readable


@pytest.mark.parametrize(
    ("sentence", "title", "rule"),
    [
        # a vague head before the name gives way to an office after it ...
        (
            "Brindle Party leader Ada Quill, a former prime minister, spoke.",
            "prime minister",
            "official.title-appositive-after-name",
        ),
        # ... but not to another vague one, and a full title before the name stands
        ("Norland Front leader Ada Quill, the group's deputy leader, spoke.", "leader", "official.title-before-name"),
        ("Defence Minister Ada Quill, the former mayor of Brindle, spoke.", "Defence Minister", "official.title-before-name"),
        # an office appositive before a rank and the name is the title, the rank joined to it
        (
            "Norland's top military commander, Gen. Ada Quill, spoke.",
            "top military commander; General",
            "official.title-appositive-before-name",
        ),
    ],
)
def test_which_frame_gives_the_title_when_several_read_the_name(sentence: str, title: str, rule: str) -> None:
    facts = extract_officials(newsextract.Document(sentence))
    assert [(f.value.name, f.value.title) for f in facts] == [("Ada Quill", title)]
    assert facts[0].provenance is not None and facts[0].provenance.rule == rule
