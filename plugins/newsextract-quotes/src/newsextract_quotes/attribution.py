"""Finding a quote's attribution: after it, before it, in a lead-in paragraph or a signature."""

from __future__ import annotations

import attrs
import regex

from newsextract.text import QuotationGroup, is_headline, sentence_bounds

from .frames import (
    AFTER_VERB,
    AS_END,
    BEFORE_VERB,
    CLAUSE_CUT,
    COLON_END,
    COORDINATED,
    FIRST_WORD,
    LEAD_IN,
    MEDIUM,
    NAME_LABEL,
    NOUN_LEAD,
    OF_AFTER,
    ON_MEDIUM,
    PARAGRAPH_END,
    PARTICIPLE_END,
    QUOTE_CHAR,
    RELATIVE_OBJECT,
    RELATIVE_WORD,
    SENTENCE_WINDOW,
    SIGNATURE,
    SPACE,
    SUBJECT_START,
    TO_CLAUSE,
    WORD_RUNS_ON,
)
from .lexicon import (
    AS_LABEL_VERBS,
    COLON_VERBS,
    MEDIA,
    NOT_IN_NAME_PHRASE,
    SPEECH_PARTICIPLES,
    TOLD_VERBS,
)
from .phrases import after_opener, sentence_subject_phrase, speaker_after_verb, speaker_before_verb
from .rules import AUXILIARY, NEW_SUBJECT_CLAUSE, QUOTED_AS_SAYING, SOURCE_DOCUMENT, cue_at, cue_before, cue_in
from .speakers import (
    ORGANIZATION,
    PERSON,
    PRONOUN,
    SpeakerPhrase,
    classify,
    tokens,
)
from .words import quote_words

#: Fewer words than this make a quoted phrase, not a clause of the speaker's own.
MIN_CLAUSE_WORDS = 4


@attrs.frozen
class Attribution:
    """Who a quote is attributed to and how: the speaker phrase, the verb and medium as
    written, the attribution clause's bounds, where its verb is, and whether it follows
    the quote."""

    speaker: SpeakerPhrase
    verb: str
    medium: str | None
    start: int  # where the attribution clause starts
    end: int  # where it ends
    verb_at: int
    after: bool
    frame: str = ""  # the name of the attribution frame read (see ``frames.FRAMES``)


def _verb_and_medium(text: str, match: regex.Match[str], end: int) -> tuple[str, str | None]:
    verb = SPACE.sub(" ", match.group())
    if verb.casefold().startswith("according"):
        verb = "according to"
    pos = match.end()
    if verb in TOLD_VERBS:
        words: list[str] = []
        for _s, e, w in tokens(text, pos, min(end, pos + 60)):
            if w.casefold() in NOT_IN_NAME_PHRASE or len(words) >= 3:
                break
            words.append(w)
            pos = e
            if text[e : e + 1] in {",", ".", ";", ":"}:
                break
        if words:
            verb = f"{verb} {' '.join(words)}"
    on = ON_MEDIUM.match(text, pos, end)
    if on:
        verb = f"{verb} {SPACE.sub(' ', on.group().strip())}"
    return verb, _medium(text, match.end(), end)


def _medium(text: str, start: int, end: int) -> str | None:
    """The medium named in ``text[start:end]`` ("in a post on X", "in a statement"), if any."""
    medium_match = MEDIUM.search(text, start, end)
    if medium_match is None:
        return None
    word = medium_match.group()
    return "X" if word == "X" else MEDIA.get(SPACE.sub(" ", word.casefold()))


def _blank_start(text: str, at: int, floor: int) -> int:
    """``at`` moved back over the blanks (space, tab) before it, not below ``floor``."""
    while at > floor and text[at - 1] in " \t":
        at -= 1
    return at


def _signature(text: str, start: int) -> Attribution | None:
    """A quote signed with a dash and a name at the end of its line (reader comments, epigraphs)."""
    match = SIGNATURE.match(text, start, min(len(text), start + 90))
    if match is None:
        return None
    speaker = classify(text, *match.span(1))
    if speaker is None or speaker.kind not in {PERSON, ORGANIZATION}:
        return None
    return Attribution(speaker, "", None, start, match.end(), match.start(1), True, "signed_with_dash")


def parse_after(text: str, quote: QuotationGroup, limit: int) -> Attribution | None:
    """The attribution after ``quote`` in its sentence (``"...," Ann Lee said``), or its dash signature."""
    start = quote.close + 1
    last = text[quote.start : quote.end].rstrip()
    end = sentence_bounds(text, start, ceiling=min(limit, start + SENTENCE_WINDOW))[1]
    if end <= start:
        return None
    signed = _signature(text, start)
    if signed is not None:
        return signed
    first = FIRST_WORD.match(text[start:end])
    if first is None:
        return None
    if last.endswith((".", "…")) and not first.group(1).islower():
        return None
    quoted_as = cue_in(QUOTED_AS_SAYING, text, start, min(end, start + 120))
    if quoted_as is not None:
        verb_at = _blank_start(text, quoted_as.start, start)
        speaker = speaker_before_verb(text, start, verb_at)
        if speaker is None:
            return None
        medium = _medium(text, quoted_as.end, end)
        return Attribution(speaker, "quoted as saying", medium, start, end, verb_at, True, "quoted_as_saying")
    verb = next((v for v in AFTER_VERB.finditer(text, start, min(end, start + 220)) if not _noun_use(text, v)), None)
    if verb is None:
        return None
    pre = text[start : verb.start()].strip(" \t,;—–-")
    if not pre:
        pos = verb.end()
        if verb.group().casefold().startswith("according"):
            source = cue_at(SOURCE_DOCUMENT, text, pos, end)
            pos = source.end if source else pos
        speaker = speaker_after_verb(text, pos, end)
    else:
        speaker = speaker_before_verb(text, start, verb.start()) or _after_run_on(text, quote, verb.start())
    if speaker is None:
        return None
    name, medium = _verb_and_medium(text, verb, end)
    according = verb.group().casefold().startswith("according")
    frame = "quote_according_to" if according else "quote_said_speaker" if not pre else "quote_speaker_said"
    return Attribution(speaker, name, medium, start, end, verb.start(), True, frame)


def _after_run_on(text: str, quote: QuotationGroup, verb_at: int) -> SpeakerPhrase | None:
    """The speaker after the last comma when the writer's words run on from the quote.

    ``"We will win this seat" in November, Ann Lee said.``: the quote opens a sentence that
    goes on in the writer's words (no comma after the mark), and the attribution closing it
    names the speaker after a comma. A short or title-like quote (``"No" won``) is a label.
    """
    start = quote.close + 1
    opener = text[max(0, quote.open - 40) : quote.open].rstrip(" \t")[-1:]
    if WORD_RUNS_ON.match(text, start) is None or opener not in {"", "\n", ".", "!", "?"}:
        return None  # a quote inside the writer's sentence is a phrase of theirs, not the speaker's clause
    words = quote_words(text, quote.open + 1, quote.close)
    if len(words) < MIN_CLAUSE_WORDS or all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    comma = text.rfind(",", start, verb_at)
    if comma < 0:
        return None
    speaker = classify(text, comma + 1, verb_at)
    if speaker is None or speaker.kind not in {PERSON, ORGANIZATION, PRONOUN}:
        return None
    return speaker if not text[comma + 1 : speaker.phrase.start].strip() else None


def _verb_use(text: str, verb: regex.Match[str], quote_open: int) -> bool:
    """Whether a verb of saying found before a quote is used as its verb.

    Its noun homographs are not ("received reports of", "the claims of"), and a verb that
    only introduces a quote read out (``read the verdict: "..."``) needs the colon.
    """
    word = verb.group().casefold()
    if word in SPEECH_PARTICIPLES:
        return PARTICIPLE_END.match(text, verb.end(), quote_open) is not None
    if word in COLON_VERBS:
        return COLON_END.search(text, verb.end(), quote_open) is not None
    if word in AS_LABEL_VERBS:
        return AS_END.search(text, verb.end(), quote_open) is not None
    if word.startswith("according") or not word.endswith("s"):
        return True
    if word != "says" and OF_AFTER.match(text, verb.end(), quote_open):  # "says of the mayor" is a verb
        return False
    return not _noun_use(text, verb)


def _noun_use(text: str, verb: regex.Match[str]) -> bool:
    """A plural noun spelt like a verb of saying ("one of the states suing", "the reports")."""
    word = verb.group()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return NOUN_LEAD.search(text, max(0, verb.start() - 30), verb.start()) is not None


def parse_before(text: str, quote: QuotationGroup, floor: int) -> Attribution | None:
    """The attribution before ``quote``: in its sentence, or a lead-in paragraph ending in a colon."""
    lead_in = LEAD_IN.search(text, max(floor, quote.open - 10), quote.open)
    if lead_in is not None:
        found = _parse_before_at(text, lead_in.start(), lead_in.start() + 1, floor)
        return None if found is None else attrs.evolve(found, frame="lead_in_colon")
    return _parse_before_at(text, quote.open, quote.open, floor)


def _label(text: str, start: int, quote_open: int) -> Attribution | None:
    """A name set before a quote as a label at the start of a paragraph (panels, round-ups)."""
    if text[max(0, start - 1) : start] not in {"", "\n"}:
        return None
    match = NAME_LABEL.fullmatch(text, start, quote_open)
    if match is None:
        return None
    end = match.end(1)
    comma = text.find(",", start, end)
    speaker = classify(text, start, comma if comma > 0 else end)
    if speaker is None or speaker.kind != PERSON or speaker.phrase.start != start or " " not in speaker.name:
        return None  # a full name only: "Verdict:", "Update:" label no speaker
    return Attribution(speaker, "", None, start, quote_open, end, False, "name_label")


def _parse_before_at(text: str, anchor: int, open_at: int, floor: int) -> Attribution | None:
    """The attribution in the sentence around ``anchor`` that introduces a quote at ``open_at``."""
    start = sentence_bounds(text, anchor, floor=max(floor, anchor - SENTENCE_WINDOW))[0]
    verbs = [
        v
        for v in BEFORE_VERB.finditer(text, start, open_at)
        if _verb_use(text, v, open_at) and not (v.group()[0].isupper() and text[start : v.start()].strip())
    ]  # a capitalised "Said" counts only opening its sentence, not inside a title-case headline
    if not verbs:
        return _label(text, start, open_at) or _subject_colon(text, start, open_at)
    speaker: SpeakerPhrase | None = None
    later = open_at
    for k, verb in enumerate(reversed(verbs[-2:])):
        # a verb inside the reported clause of an earlier one, after an auxiliary ("said
        # she had asked ... '...'"), whose own subject is not found leaves the quote to
        # the earlier verb
        if k and not cue_before(AUXILIARY, text, later):
            break
        later = verb.start()
        speaker = _speaker_for_verb(text, verb, start, open_at)
        if speaker is not None:
            break
    frame = _before_frame(text, verb, start)
    if speaker is None and not text[start : verb.start()].strip(" \t,"):
        speaker, frame = _subject_around_clause(text, start), "speaker_said_quote"
    if speaker is None or cue_in(NEW_SUBJECT_CLAUSE, text, verb.end(), open_at) is not None:
        return _subject_colon(text, start, open_at)
    name, medium = _verb_and_medium(text, verb, open_at)
    return Attribution(speaker, name, medium, start, open_at, verb.start(), False, frame)


def _subject_around_clause(text: str, at: int) -> SpeakerPhrase | None:
    """The subject opening a sentence whose clause set off after it holds an earlier quote.

    ``Ann Lee, who wore a shirt reading "Vote Today," shouted, "..."``: the verb's
    clause starts after that quote, so its subject is the one before the comma, when a
    relative pronoun or a participle opens the clause between.
    """
    start = sentence_bounds(text, at, floor=max(0, at - SENTENCE_WINDOW))[0]
    comma = text.find(",", start, at)
    if comma < 0 or comma - start > 80:
        return None
    following = tokens(text, comma + 1, min(at, comma + 40))
    if not following or not (following[0][2] in {"who", "whose", "which"} or following[0][2].endswith("ing")):
        return None
    speaker = speaker_before_verb(text, start, comma)
    return speaker if speaker is not None and speaker.kind in {PERSON, ORGANIZATION} else None


def _opening_line(text: str, start: int) -> bool:
    """``start`` is on the text's first line, a short one with more text after it (a headline)."""
    line_end = text.find("\n", start, start + 200)
    return line_end >= 0 and not text[max(0, start - 200) : start].strip() and start < 200


def _subject_colon(text: str, start: int, open_at: int) -> Attribution | None:
    """A sentence about its subject that ends in a colon before the quote.

    ``Ann Lee hit back at the council in a post: "..."``: whatever the verb, the colon
    hands the quote to the person or organisation the sentence is about.
    """
    colon = COLON_END.search(text, max(start, open_at - 8), open_at)
    if colon is None or is_headline(text, start) or _opening_line(text, start):
        return None  # a headline's "Mayor on the plan: '...'" names a topic, not a speaker
    first = SUBJECT_START.match(text, after_opener(text, start, colon.start()), colon.start())
    if first is None:
        return None
    speaker = classify(text, *first.span(1))
    if speaker is None or speaker.kind not in {PERSON, ORGANIZATION} or speaker.phrase.start != first.start(1):
        return None
    return Attribution(speaker, "", None, start, open_at, first.end(1), False, "subject_colon_quote")


def _before_frame(text: str, verb: regex.Match[str], start: int) -> str:
    """The name of the frame a verb before its quote makes (see ``frames.FRAMES``)."""
    word = verb.group().casefold()
    if word.startswith("according"):
        return "according_to_quote"
    if word in SPEECH_PARTICIPLES:
        return "speaker_saying_quote"
    if not text[start : verb.start()].strip():
        return "said_speaker_quote"
    return "speaker_said_quote"


def _speaker_for_verb(text: str, verb: regex.Match[str], start: int, quote_open: int) -> SpeakerPhrase | None:
    """The speaker of ``verb`` found in ``text[start:quote_open]`` before a quote."""
    speaker: SpeakerPhrase | None
    if verb.group().casefold() in SPEECH_PARTICIPLES:
        return sentence_subject_phrase(text, start, verb.start())
    if verb.group().casefold().startswith("according"):
        source = cue_at(SOURCE_DOCUMENT, text, verb.end(), quote_open)
        speaker = speaker_after_verb(text, source.end if source else verb.end(), quote_open)
    elif not text[start : verb.start()].strip():
        # "Said Ann Lee: '...'": the verb opens its sentence, the speaker follows it
        speaker = speaker_after_verb(text, verb.end(), quote_open)
    else:
        speaker = speaker_before_verb(text, start, verb.start())
        if speaker is None:
            cuts = [m.end() for m in CLAUSE_CUT.finditer(text, start, verb.start())]
            for cut in cuts:
                relative = RELATIVE_OBJECT.match(text, cut, verb.start())
                speaker = speaker_before_verb(text, relative.end() if relative else cut, verb.start())
                if speaker is not None:
                    break
            else:
                if COORDINATED.search(text[start : verb.start()]) and not _in_relative_clause(text, start, verb.start()):
                    speaker = _coordinated_subject(text, after_opener(text, start, verb.start()), verb.start())
    return speaker


def _coordinated_subject(text: str, start: int, verb_at: int) -> SpeakerPhrase | None:
    """The subject of a sentence whose second verb, after "and", is the verb of saying.

    A person named by the capitalised words opening the sentence is the subject
    (``Ann Lee met the council and told them``: not "Ann Lee met the council").
    """
    first = SUBJECT_START.match(text, start, verb_at)
    if first is not None:
        named = classify(text, *first.span(1))
        if named is not None and named.kind == PERSON and named.phrase.start == first.start(1):
            return named
    return speaker_after_verb(text, start, verb_at)


def _in_relative_clause(text: str, start: int, verb_at: int) -> bool:
    """The verb at ``verb_at`` goes on a restrictive relative clause opened after ``start``.

    ``She wrote about a colleague who pinched her arm and told her, "..."``: "who" opens
    a clause no comma closes before the verb, so the colleague says it, not the subject.
    """
    last = max((m.end() for m in RELATIVE_WORD.finditer(text, start, verb_at)), default=-1)
    return last >= 0 and "," not in text[last:verb_at]


def closes_paragraph(text: str, quote: QuotationGroup) -> bool:
    """``quote`` opens a sentence (or its paragraph) and nothing follows it in its paragraph."""
    before = text[max(0, quote.open - 80) : quote.open].rstrip(" \t")
    if before[-1:] not in {"", "\n", ".", "!"} or (not before and quote.open >= 80):
        return False
    return PARAGRAPH_END.match(text, quote.close + 1) is not None


def paragraph_after_speaker(text: str, quote: QuotationGroup, floor: int) -> Attribution | None:
    """The speaker a story has just named, for a quote paragraph with no attribution of its own.

    Wire copy reports a speaker in one sentence or paragraph and quotes them in the next:
    ``Ann Lee says that is not what the union sees.`` / ``"Waits can be 45 minutes."``.
    The quote must close its paragraph, and the sentence right before it must be one of
    saying whose subject is the speaker, with no quote of its own.
    """
    if not closes_paragraph(text, quote):
        return None
    previous_end = quote.open
    while previous_end > floor and text[previous_end - 1].isspace():
        previous_end -= 1  # stops at the floor (the last quote's end): linear over the document
    if previous_end <= floor or text[previous_end - 1 : previous_end] not in {".", "!"}:
        return None
    start = sentence_bounds(text, previous_end - 1, floor=max(0, previous_end - SENTENCE_WINDOW))[0]
    if start < floor or QUOTE_CHAR.search(text, start, previous_end) is not None:
        return None  # the sentence before quotes someone itself
    quoted_as = cue_in(QUOTED_AS_SAYING, text, start, previous_end)
    if quoted_as is not None:
        # "The deal is good, he was quoted as saying in a statement." / "..."
        verb_at = _blank_start(text, quoted_as.start, start)
        cuts = [start] + [m.end() for m in CLAUSE_CUT.finditer(text, start, verb_at)]
        speaker = speaker_before_verb(text, cuts[-1], verb_at)
        if speaker is None:
            return None
        medium = _medium(text, quoted_as.end, previous_end)
        return Attribution(speaker, "quoted as saying", medium, start, quote.open, verb_at, False, "quoted_as_saying")
    found = _parse_before_at(text, previous_end - 1, previous_end, floor)
    if found is not None and TO_CLAUSE.match(text, found.verb_at, previous_end) is not None:
        return None  # "Ann Lee continued to object.": a verb of saying with an infinitive reports an act
    if found is None or found.speaker.phrase.start > after_opener(text, start, previous_end) + 1:
        return None  # the speaker must be the sentence's subject ("Ann Lee says ...")
    return attrs.evolve(found, end=quote.open, frame="speaker_says_then_quote")
