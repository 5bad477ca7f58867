"""The shared token stream: offsets, shapes, sentences, quantities, quote roles, name runs."""

from __future__ import annotations

from newsextract import Document
from newsextract.rules import NUMBER, PUNCT, QUANTITY, QUOTE, WORD, shape_of, tokenize

TEXT = (
    'Russia launched more than two dozen Kh-101 missiles at Kyiv\'s "Ministry of Defence" on July 20. '
    "Volodymyr Zelensky said all but one of 24 were shot down; U.S. officials agreed."
)


def test_offsets_point_into_the_text_as_given() -> None:
    stream = tokenize(TEXT)
    assert len(stream) > 20
    for token in stream:
        assert TEXT[token.start : token.end] == token.text
        assert token.lower == token.text.lower()
    assert [t.index for t in stream] == list(range(len(stream)))


def test_quantities_are_single_tokens_with_their_value() -> None:
    stream = tokenize(TEXT)
    quantities = [t for t in stream if t.kind == QUANTITY]
    assert [q.text for q in quantities] == ["more than two dozen", "all but one of", "24"]
    first = quantities[0].quantity
    assert first is not None and (first.count, first.qualifier) == (24, "more_than")
    all_but = quantities[1].quantity
    assert all_but is not None and all_but.all_but == 1


def test_kinds_shapes_and_sentences() -> None:
    stream = tokenize(TEXT)
    by_text = {t.text: t for t in stream}
    assert by_text["Kh-101"].kind == WORD and by_text["Kh-101"].shape == "Xx-ddd"
    assert by_text["20"].kind == NUMBER  # a day of the month is not a count
    assert by_text[";"].kind == PUNCT
    assert by_text["U.S."].kind == WORD
    assert by_text["'s"].kind == WORD
    assert by_text["Russia"].sentence == 0 and by_text["Zelensky"].sentence == 1
    assert stream.sentences == ((0, by_text["Volodymyr"].index), (by_text["Volodymyr"].index, len(stream)))
    assert shape_of("Kinzhal") == "Xxxxx" and shape_of("426") == "ddd" and shape_of("1,200") == "d,ddd"


def test_quote_marks_have_roles() -> None:
    stream = tokenize(TEXT)
    marks = [t for t in stream if t.kind == QUOTE]
    assert [m.quote_role for m in marks] == ["open", "close"]
    assert [t.quote_role for t in tokenize('He said " and left') if t.kind == QUOTE] == ["unpaired"]


def test_name_runs() -> None:
    runs = [r.text for r in tokenize(TEXT).name_runs]
    assert "Ministry of Defence" in runs and "Volodymyr Zelensky" in runs
    assert "Russia" not in runs  # one capitalised word opening a sentence


def test_one_stream_per_text_is_shared() -> None:
    assert tokenize(TEXT) is tokenize(Document(TEXT))


def test_spans_and_lookup() -> None:
    stream = tokenize(TEXT)
    start = TEXT.index("Kh-101")
    i = stream.index_at(start)
    assert stream[i].text == "Kh-101"
    assert stream.slice(i, i + 2).text == "Kh-101 missiles"
    assert stream.slice(i, i + 2).lower == "kh-101 missiles"
    assert stream.within(stream.slice(i, i + 2).span).text == "Kh-101 missiles"


def test_hostile_text_tokenizes_without_harm() -> None:
    text = "9" * 100_000 + ' people "' * 1000
    stream = tokenize(text)
    assert stream[0].kind == NUMBER and stream[0].shape == "dddd"
    assert all(text[t.start : t.end] == t.text for t in stream)


def test_token_of_equals_the_constructor_for_the_class_and_a_subclass() -> None:
    import attrs

    from newsextract.rules import Token

    for token in tokenize('Ann Lee said "12 drones" were downed.').tokens:
        built = Token(token.index, token.start, token.end, token.text, token.text.lower(), shape_of(token.text),
                      token.sentence, token.kind, token.quantity, token.quote_role)
        assert Token.of(token.index, token.start, token.end, token.text, token.sentence, token.kind, token.quantity,
                        token.quote_role) == built == token

    @attrs.frozen(slots=True)
    class Tagged(Token):
        tag: str = ""

    tagged = Tagged.of(0, 0, 5, "Kyiv,", 2, WORD)
    assert type(tagged) is Tagged
    assert (tagged.lower, tagged.shape, tagged.quantity, tagged.quote_role) == ("kyiv,", shape_of("Kyiv,"), None, None)
