"""Reading the speaker's noun phrase next to a verb of saying (``Ann Lee, a nurse, said``; ``said Ann Lee``)."""

from __future__ import annotations

from newsextract.rules import WORD, clipped_tokens

from .frames import APPOSITIVE_NAME, CLAUSE_CUT, NAME_BEFORE_PARTICIPLE, RELATIVE_CLAUSE, WITH_SUBJECT
from .lexicon import (
    MEDIA,
    NOT_IN_NAME_PHRASE,
    TITLE_WORDS,
)
from .speakers import (
    ORGANIZATION,
    PERSON,
    PRONOUN,
    UNNAMED,
    SpeakerPhrase,
    classify,
    sentence_adverb_opener,
    tokens,
    valid_phrase_word,
)
from .words import chunks


def _before_parenthesis(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without a parenthesis ("Rep. Ann Lee (D-Ohio)" -> "Rep. Ann Lee")."""
    opening = text.find("(", start, end)
    if opening <= start or text.find(")", opening, end) < 0:
        return end
    while opening > start and text[opening - 1].isspace():
        opening -= 1
    return opening


def _only_titles(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds nothing but titles, the last capitalised ("Maj. Gen.", "state Del.")."""
    words = tokens(text, start, end)
    if words and not words[-1][2][:1].isupper():
        return False
    return all(t[2].casefold().rstrip(".") in TITLE_WORDS for t in words)


#: Prepositions opening an adverbial set off by a comma before a subject ("In Ohio, the mayor, ...").
_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "after", "during"})


def _after_place_opener(text: str, start: int, end: int) -> int:
    """Where the subject starts after an opening adverbial and its comma ("In Ohio, Ann Lee, a nurse,")."""
    words = tokens(text, start, min(end, start + 60))
    if not words or words[0][0] != start or words[0][2].casefold() not in _OPENING_PREPOSITIONS:
        return start
    comma = text.find(",", start, end)
    return comma + 1 if 0 <= comma < end - 1 else start


def speaker_before_verb(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase ``text[start:end]`` ending just before a verb, with an optional appositive."""
    while start < end and (text[start].isspace() or text[start] in ",;—–-"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ")":
        # "Sen. Ron Johnson (R-Wis.) said": drop the parenthesis
        opening = text.rfind("(", start, end)
        if opening >= 0:
            end = opening
            while end > start and text[end - 1].isspace():
                end -= 1
    start = _after_place_opener(text, start, end)
    if start >= end:
        return None
    if text[end - 1] == ",":
        relative = RELATIVE_CLAUSE.search(text, start, end - 1)
        if relative is not None and relative.start() > start:
            end = relative.start() + 1  # "Ann Lee, whose party lost, said": the clause is no speaker
        inner_end = end - 1
        comma = text.find(",", start, inner_end)
        if comma < 0:
            return classify(text, start, _before_parenthesis(text, start, inner_end))
        head = classify(text, start, _before_parenthesis(text, start, comma))
        app = classify(text, comma + 1, _before_parenthesis(text, comma + 1, inner_end))
        if (
            app is not None
            and app.kind == PERSON
            and _only_titles(text, app.phrase.start, app.span.start)
            and (head is None or head.kind in {UNNAMED, ORGANIZATION})
        ):
            return app
        if (
            app is not None
            and app.kind == ORGANIZATION
            and head is not None
            and head.kind in {UNNAMED, ORGANIZATION}
            and text[head.phrase.end - 1 : head.phrase.end].islower()
            and all(t[2][:1].isupper() for t in tokens(text, app.phrase.start, app.phrase.end))
        ):
            return app  # "the country's largest farm union, AGRI, said": the name in apposition
        if head is not None and head.kind != PRONOUN:
            return head
        return None
    return classify(text, start, end)


def speaker_after_verb(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase right after an inverted verb ("said Dan Morales, an analyst")."""
    toks: list[int] = []
    stop = start
    for at, chunk_end in chunks(text, start, end):
        raw = text[at:chunk_end]
        word = raw.rstrip(',.;:!?"”’)')
        # an acronym is a name, not the grammar word it spells ("the US daily", not "us")
        low = word if len(word) > 1 and word.isupper() else word.casefold()
        if not word or (toks and (low in NOT_IN_NAME_PHRASE or not valid_phrase_word(word))) or len(toks) >= 8:
            break
        if toks and word.startswith("("):
            break  # "said Rep. G.K. Butterfield (D-N.C.), head of ...": the name ends before the parenthesis
        if not toks and low in NOT_IN_NAME_PHRASE and low not in {"he", "she", "it", "they"}:
            return None
        toks.append(at)
        stop = at + len(word)
        tail = raw[len(word) :]
        if tail.startswith((",", ";", ":", "!", "?", '"', "”")) or (tail.startswith(".") and len(word) > 4):
            break
        if raw.endswith(".") and not (word[:1].isupper() and len(word) <= 5):
            break
    if not toks:
        return None
    phrase = classify(text, start, stop)
    if phrase is None or phrase.kind != UNNAMED:
        return phrase
    if text[stop : stop + 1] == " ":
        # "said the ambassador to the U.N., Ann Lee": the name after the role's complement
        comma = _complement_end(text, stop, end)
        return _placed(text, start, stop, end) or (_appositive_name(text, comma, end) if comma else None) or phrase
    if text[stop : stop + 1] == ",":
        return _appositive_name(text, stop, end) or phrase
    return phrase


def _appositive_name(text: str, comma: int, end: int) -> SpeakerPhrase | None:
    """The person named right after the comma at ``comma`` ("..., Ann Lee."), if the appositive is a name."""
    nxt = APPOSITIVE_NAME.match(text[comma:end])
    if nxt is None:
        return None
    name = classify(text, comma + nxt.start(1), comma + nxt.end(1))
    if name is not None and name.kind == PERSON and name.span.start == name.phrase.start:
        return name
    return None


#: Prepositions opening the complement of a role noun ("the ambassador to the U.N.", "the mayor of Leeds").
_ROLE_COMPLEMENT = frozenset({"of", "to", "for", "at", "in", "from"})


def _complement_end(text: str, stop: int, end: int) -> int | None:
    """The comma closing a short prepositional complement right after ``stop`` ("to the U.N.,"), if any."""
    words = tokens(text, stop, min(end, stop + 60))
    if not words or words[0][2] not in _ROLE_COMPLEMENT:
        return None
    for k, (_s, e, word) in enumerate(words[:7]):
        if k and not valid_phrase_word(word):
            return None  # a verb or a clause word: not a noun complement
        after = text[e : e + 2]
        if after[:1] == "," or (after[:1] == "." and after[1:2] == ","):
            return e + after.index(",")
    return None


#: Prepositions that place an unnamed speaker after an inverted verb ("said one source on the panel").
_PLACING = frozenset({"on", "in", "at", "inside"})


def _placed(text: str, start: int, stop: int, end: int) -> SpeakerPhrase | None:
    """The unnamed speaker ``text[start:stop]`` with the phrase placing it, up to the clause's end.

    The inverted-verb reader stops at a preposition; "said one source on the panel."
    names its speaker with the whole phrase (the classifier decides whether the
    phrase places the speaker: a named place, "a resident in Kyiv", does not count).
    """
    pieces = chunks(text, stop, min(end, stop + 80))[:6]
    if not pieces or text[pieces[0][0] : pieces[0][1]] not in _PLACING:
        return None
    for at, chunk_end in pieces[1:]:
        word_end = at + len(text[at:chunk_end].rstrip(',.;:!?"”’)'))
        if text[at:word_end].casefold() in MEDIA:
            return None  # "said an official in a statement": the medium, not a place
        if word_end < chunk_end:
            placed = classify(text, start, word_end)
            return placed if placed is not None and placed.kind == UNNAMED and placed.phrase.end > stop else None
    return None


def after_opener(text: str, start: int, end: int) -> int:
    """Skip a sentence adverb set off by a comma at ``start`` ("Already, the mayor ...")."""
    # the first word token, looked for within an adverb's length of ``start``
    first = next((t for t in clipped_tokens(text, start, min(end, start + 40)) if t.kind == WORD), None)
    if first is None or text[start : first.start].strip() or not sentence_adverb_opener(text, first.start, first.end):
        return start
    return first.end + 1


def sentence_subject_phrase(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The subject of the clause a participle of saying closes (``Ann Lee hit back, saying``).

    Tried at the sentence start and after each comma, so that an opening adverbial
    ("During a speech on Monday, Ann Lee ...") is passed over.
    """
    absolute = WITH_SUBJECT.search(text, max(start, end - 80), end)
    if absolute is not None:
        # "..., with spokesman Tom Reyes saying": the noun phrase after "with" says it
        return classify(text, *absolute.span(1))
    named = NAME_BEFORE_PARTICIPLE.search(text, max(start, end - 60), end)
    if named is not None and named.start(1) > start:
        # "footage of Ann Lee saying", "an email has Tom Reyes saying": the name right
        # before the participle (no comma between) is who says it
        speaker = classify(text, *named.span(1))
        if speaker is not None and speaker.kind == PERSON:
            return speaker
    cuts = [after_opener(text, start, end)] + [m.end() for m in CLAUSE_CUT.finditer(text, start, end)]
    for k, cut in enumerate(cuts):
        speaker = speaker_after_verb(text, cut, end)
        if speaker is not None and (speaker.kind != UNNAMED or k == 0):
            return speaker  # an unnamed subject counts only opening the sentence ("Protesters marched, chanting")
    return None
