"""Finding direct quotes and their speakers in an article."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs
import regex

from newsextract import Document, Fact, Span
from newsextract.text import QuotationGroup, dateline, group_continued, is_headline, sentence_bounds

from .lexicon import (
    AFTER_QUOTED_PHRASE,
    AS_LABEL_VERBS,
    COLON_VERBS,
    GROUP_PRONOUNS,
    LABEL_VERBS,
    MEDIA,
    NOT_IN_NAME_PHRASE,
    NOUN_LEADS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    SEAT_HOLDERS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    TITLE_WORDS,
    TOLD_VERBS,
)
from .speakers import (
    ORGANIZATION,
    PERSON,
    PRONOUN,
    UNNAMED,
    SpeakerPhrase,
    classify,
    is_name_token,
    sentence_adverb_opener,
    tokens,
    valid_phrase_word,
)
from .value import Quote

__all__ = ["extract_quotes"]

KIND = "quote"


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_EDGE_L = r"(?<![\p{L}\p{N}\-'’])"
_EDGE_R = r"(?![\p{L}\p{N}\-])"
_AFTER_VERB = regex.compile(_EDGE_L + r"(?:[Aa]ccording\s+to|" + _alternation(sorted(SPEECH_VERBS)) + ")" + _EDGE_R)
_BEFORE_VERB = regex.compile(
    _EDGE_L
    + r"(?:[Aa]ccording\s+to|Said|Says|"
    + _alternation(sorted(SPEECH_VERBS | LABEL_VERBS | COLON_VERBS | AS_LABEL_VERBS | SPEECH_PARTICIPLES))
    + ")"
    + _EDGE_R
)
#: A word right before a verb of saying that makes it a noun ("received reports of", "the claims").
_NOUN_LEAD = regex.compile(r"(?<![\p{L}])(?:" + _alternation(sorted(NOUN_LEADS)) + r"|\p{L}+ed|\p{L}+['’]s)[ \t]+$", regex.I)
_OF_AFTER = regex.compile(r"[ \t]+of(?![\p{L}])")
#: A colon (and blank space) ending the clause before a quote.
_AS_END = regex.compile(r"(?<![\p{L}])as[ \t]*$")
_COLON_END = regex.compile(r":[\s]*$")
_MEDIUM = regex.compile(_EDGE_L + r"(?:(?i:" + _alternation([k for k in MEDIA if k != "x"]) + r")|X)" + _EDGE_R)
_ON_MEDIUM = regex.compile(r"\s+on\s+(?:(?i:" + _alternation([k for k in MEDIA if k != "x"]) + r")|X)" + _EDGE_R)
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_SPACE = regex.compile(r"\s+")
_QUOTE_CHAR = regex.compile("[\"“”'‘’«»„]")
_TRAILING = ",;:—–- \t\r\n"
_PERSON_RUN = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:[\p{Lu}][\p{L}\p{M}'’\-]*\.?|(?:al|el|bin|ben|abu|de|da|van|von)-[\p{Lu}][\p{L}'’\-]*)"
    r"(?:[ \t]+(?:(?:al|el|bin|ben|abu|ibn|de|da|del|di|du|la|le|van|von|der|den)[ \t]+)?"
    r"(?:[\p{Lu}][\p{L}\p{M}'’\-]*\.?|(?:al|el|bin|ben|abu|de|da|van|von)-[\p{Lu}][\p{L}'’\-]*)){0,5}"
)
_ORG_HEAD = regex.compile(r"(?<![\p{L}\-])(?i:" + _alternation(sorted(ORG_HEADS)) + r")(?![\p{L}\-])")
_NONSPACE = regex.compile(r"\S+")
_APPOSITIVE_NAME = regex.compile(r",\s*([^,.;]{2,60})")
_FIRST_WORD = regex.compile(r"[\s,;—–-]*(\S)")
_CLAUSE_CUT = regex.compile(r",\s*|;\s*|\s(?:and|but|while|as)\s|\s[—–―]\s")
_COORDINATED = regex.compile(r"\s(?:and|but)\s*$")
_ORG_CUT = regex.compile(r",\s*|\s(?:and|but|that|said|says)\s")
#: A non-restrictive relative clause after a speaker phrase ("Ann Lee, who ..., said").
_RELATIVE_CLAUSE = regex.compile(r",\s*(?:who|whose|which)\s")
#: An object relative pronoun opening a clause before its own subject ("whom it described as").
_RELATIVE_OBJECT = regex.compile(r"(?:whom|which)\s+(?=(?:it|they|he|she)\s)")
_ORG_LEAD = regex.compile(r"(?:[Tt]he\s+)?(?:[\p{L}'’\-.]+\s+){0,2}$")
#: How far (characters) an attribution may reach from its quote within a sentence.
SENTENCE_WINDOW = 600
#: Fewer words than this make a quoted fragment ("a disgrace", "Never again"), not a quote.
MIN_QUOTE_WORDS = 4
#: How far back (characters) a pronoun looks for its person.
PRONOUN_WINDOW = 1500


@attrs.frozen
class _Attribution:
    speaker: SpeakerPhrase
    verb: str
    medium: str | None
    start: int  # where the attribution clause starts
    end: int  # where it ends
    verb_at: int
    after: bool


def _verb_and_medium(text: str, match: regex.Match[str], end: int) -> tuple[str, str | None]:
    verb = _SPACE.sub(" ", match.group())
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
    on = _ON_MEDIUM.match(text, pos, end)
    if on:
        verb = f"{verb} {_SPACE.sub(' ', on.group().strip())}"
    medium_match = _MEDIUM.search(text, match.end(), end)
    medium = None
    if medium_match:
        word = medium_match.group()
        medium = "X" if word == "X" else MEDIA.get(_SPACE.sub(" ", word.casefold()))
    return verb, medium


def _before_parenthesis(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without a parenthesis ("Rep. Ann Lee (D-Ohio)" -> "Rep. Ann Lee")."""
    opening = text.find("(", start, end)
    if opening <= start or text.find(")", opening, end) < 0:
        return end
    while opening > start and text[opening - 1].isspace():
        opening -= 1
    return opening


def _only_titles(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds nothing but capitalised titles ("Maj. Gen.", "Dr.")."""
    return all(t[2][:1].isupper() and t[2].casefold().rstrip(".") in TITLE_WORDS for t in tokens(text, start, end))


def _speaker_before_verb(text: str, start: int, end: int) -> SpeakerPhrase | None:
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
    if start >= end:
        return None
    if text[end - 1] == ",":
        relative = _RELATIVE_CLAUSE.search(text, start, end - 1)
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


def _speaker_after_verb(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker phrase right after an inverted verb ("said Dan Morales, an analyst")."""
    toks: list[regex.Match[str]] = []
    stop = start
    for match in _NONSPACE.finditer(text, start, end):
        raw = match.group()
        word = raw.rstrip(',.;:!?"”’)')
        low = word.casefold()
        if not word or (toks and (low in NOT_IN_NAME_PHRASE or not valid_phrase_word(word))) or len(toks) >= 8:
            break
        if toks and word.startswith("("):
            break  # "said Rep. G.K. Butterfield (D-N.C.), head of ...": the name ends before the parenthesis
        if not toks and low in NOT_IN_NAME_PHRASE and low not in {"he", "she", "it", "they"}:
            return None
        toks.append(match)
        stop = match.start() + len(word)
        tail = raw[len(word) :]
        if tail.startswith((",", ";", ":", "!", "?", '"', "”")) or (tail.startswith(".") and len(word) > 4):
            break
        if raw.endswith(".") and not (word[:1].isupper() and len(word) <= 5):
            break
    if not toks:
        return None
    phrase = classify(text, start, stop)
    if phrase is not None and phrase.kind == UNNAMED and text[stop : stop + 1] == ",":
        nxt = _APPOSITIVE_NAME.match(text[stop:end])
        if nxt:
            name = classify(text, stop + nxt.start(1), stop + nxt.end(1))
            if name is not None and name.kind == PERSON and name.span.start == name.phrase.start:
                return name
    return phrase


#: "according to a statement from the ministry": the document's author is the speaker.
_SOURCE_DOCUMENT = regex.compile(
    r"\s+(?:a|an|the)\s+(?:(?:new|written|joint|brief|short|separate|later)\s+)?"
    r"(?:statement|report|post|letter|memo|release|press\s+release|email|transcript|filing)"
    r"\s+(?:from|by|issued\s+by|released\s+by|published\s+by)(?=\s)"
)


#: A dash and a name closing a quote's line: the quote is signed (``"..." ― Ann Lee``).
_SIGNATURE = regex.compile(r"[ \t]*[―—–][ \t]*([^\n―—–\"“”]{2,80}?)[ \t.]*(?=\n|$)")


def _signature(text: str, start: int) -> _Attribution | None:
    """A quote signed with a dash and a name at the end of its line (reader comments, epigraphs)."""
    match = _SIGNATURE.match(text, start, min(len(text), start + 90))
    if match is None:
        return None
    speaker = classify(text, *match.span(1))
    if speaker is None or speaker.kind not in {PERSON, ORGANIZATION}:
        return None
    return _Attribution(speaker, "", None, start, match.end(), match.start(1), True)


#: The passive report of a quote: ``"...," she was quoted as saying in a statement``.
_QUOTED_AS = regex.compile(r"[ \t]+(?:was|were|is|are|has\s+been|had\s+been)[ \t]+quoted[ \t]+as[ \t]+saying(?![\p{L}])")


def _parse_after(text: str, quote: QuotationGroup, limit: int) -> _Attribution | None:
    start = quote.close + 1
    last = text[quote.start : quote.end].rstrip()
    end = sentence_bounds(text, start, ceiling=min(limit, start + SENTENCE_WINDOW))[1]
    if end <= start:
        return None
    signed = _signature(text, start)
    if signed is not None:
        return signed
    first = _FIRST_WORD.match(text[start:end])
    if first is None:
        return None
    if last.endswith((".", "…")) and not first.group(1).islower():
        return None
    quoted_as = _QUOTED_AS.search(text, start, min(end, start + 120))
    if quoted_as is not None:
        speaker = _speaker_before_verb(text, start, quoted_as.start())
        if speaker is None:
            return None
        medium = _verb_and_medium(text, quoted_as, end)[1]
        return _Attribution(speaker, "quoted as saying", medium, start, end, quoted_as.start(), True)
    verb = next((v for v in _AFTER_VERB.finditer(text, start, min(end, start + 220)) if not _noun_use(text, v)), None)
    if verb is None:
        return None
    pre = text[start : verb.start()].strip(" \t,;—–-")
    if not pre:
        pos = verb.end()
        if verb.group().casefold().startswith("according"):
            source = _SOURCE_DOCUMENT.match(text, pos, end)
            pos = source.end() if source else pos
        speaker = _speaker_after_verb(text, pos, end)
    else:
        speaker = _speaker_before_verb(text, start, verb.start())
    if speaker is None:
        return None
    name, medium = _verb_and_medium(text, verb, end)
    return _Attribution(speaker, name, medium, start, end, verb.start(), True)


def _after_opener(text: str, start: int, end: int) -> int:
    """Skip a sentence adverb set off by a comma at ``start`` ("Already, the mayor ...")."""
    match = _WORD.search(text, start, end)
    if match is None or text[start : match.start()].strip() or not sentence_adverb_opener(text, *match.span()):
        return start
    return match.end() + 1


def _verb_use(text: str, verb: regex.Match[str], quote_open: int) -> bool:
    """Whether a verb of saying found before a quote is used as its verb.

    Its noun homographs are not ("received reports of", "the claims of"), and a verb that
    only introduces a quote read out (``read the verdict: "..."``) needs the colon.
    """
    word = verb.group().casefold()
    if word in SPEECH_PARTICIPLES:
        return _PARTICIPLE_END.match(text, verb.end(), quote_open) is not None
    if word in COLON_VERBS:
        return _COLON_END.search(text, verb.end(), quote_open) is not None
    if word in AS_LABEL_VERBS:
        return _AS_END.search(text, verb.end(), quote_open) is not None
    if word.startswith("according") or not word.endswith("s"):
        return True
    if _OF_AFTER.match(text, verb.end(), quote_open):
        return False
    return not _noun_use(text, verb)


def _noun_use(text: str, verb: regex.Match[str]) -> bool:
    """A plural noun spelt like a verb of saying ("one of the states suing", "the reports")."""
    word = verb.group()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return _NOUN_LEAD.search(text, max(0, verb.start() - 30), verb.start()) is not None


#: What may stand between a participle of saying and its quote: up to three words of an
#: object ("telling one aide") and a comma or colon ("saying, '...'", "tweeting: '...'").
_PARTICIPLE_END = regex.compile(r"(?:[ \t]+[\p{L}'’.\-]+){0,3}[ \t]*[,:][ \t]*$")


#: An auxiliary right before a verb: the verb's clause is a reported one ("she had asked").
_AUXILIARY_BEFORE = regex.compile(r"(?<![\p{L}])(?:had|has|have|would|will|could|should|might|may)[ \t]+$")


#: A paragraph ending in a colon right before a paragraph that opens with a quote
#: (``Ann Lee wrote:`` / ``"..."``): the lead-in is the quote's attribution.
_LEAD_IN = regex.compile(r":[ \t]*\n\s*$")


def _parse_before(text: str, quote: QuotationGroup, floor: int) -> _Attribution | None:
    lead_in = _LEAD_IN.search(text, max(floor, quote.open - 10), quote.open)
    if lead_in is not None:
        return _parse_before_at(text, lead_in.start(), lead_in.start() + 1, floor)
    return _parse_before_at(text, quote.open, quote.open, floor)


#: A paragraph opening with a name and a colon before a quote (``Ann Lee, Daily News: "..."``).
_NAME_LABEL = regex.compile(r"([^\n:\"“”]{2,80}):[ \t]*$")


def _label(text: str, start: int, quote_open: int) -> _Attribution | None:
    """A name set before a quote as a label at the start of a paragraph (panels, round-ups)."""
    if text[max(0, start - 1) : start] not in {"", "\n"}:
        return None
    match = _NAME_LABEL.fullmatch(text, start, quote_open)
    if match is None:
        return None
    end = match.end(1)
    comma = text.find(",", start, end)
    speaker = classify(text, start, comma if comma > 0 else end)
    if speaker is None or speaker.kind != PERSON or speaker.phrase.start != start or " " not in speaker.name:
        return None  # a full name only: "Verdict:", "Update:" label no speaker
    return _Attribution(speaker, "", None, start, quote_open, end, False)


def _parse_before_at(text: str, anchor: int, open_at: int, floor: int) -> _Attribution | None:
    """The attribution in the sentence around ``anchor`` that introduces a quote at ``open_at``."""
    start = sentence_bounds(text, anchor, floor=max(floor, anchor - SENTENCE_WINDOW))[0]
    verbs = [
        v
        for v in _BEFORE_VERB.finditer(text, start, open_at)
        if _verb_use(text, v, open_at) and not (v.group()[0].isupper() and text[start : v.start()].strip())
    ]  # a capitalised "Said" counts only opening its sentence, not inside a title-case headline
    if not verbs:
        return _label(text, start, open_at)
    speaker: SpeakerPhrase | None = None
    later = open_at
    for k, verb in enumerate(reversed(verbs[-2:])):
        # a verb inside the reported clause of an earlier one, after an auxiliary ("said
        # she had asked ... '...'"), whose own subject is not found leaves the quote to
        # the earlier verb
        if k and _AUXILIARY_BEFORE.search(text, max(0, later - 12), later) is None:
            break
        later = verb.start()
        speaker = _speaker_for_verb(text, verb, start, open_at)
        if speaker is not None:
            break
    if speaker is None:
        return None
    name, medium = _verb_and_medium(text, verb, open_at)
    return _Attribution(speaker, name, medium, start, open_at, verb.start(), False)


def _speaker_for_verb(text: str, verb: regex.Match[str], start: int, quote_open: int) -> SpeakerPhrase | None:
    """The speaker of ``verb`` found in ``text[start:quote_open]`` before a quote."""
    speaker: SpeakerPhrase | None
    if verb.group().casefold() in SPEECH_PARTICIPLES:
        return _sentence_subject_phrase(text, start, verb.start())
    if verb.group().casefold().startswith("according"):
        source = _SOURCE_DOCUMENT.match(text, verb.end(), quote_open)
        speaker = _speaker_after_verb(text, source.end() if source else verb.end(), quote_open)
    elif not text[start : verb.start()].strip():
        # "Said Ann Lee: '...'": the verb opens its sentence, the speaker follows it
        speaker = _speaker_after_verb(text, verb.end(), quote_open)
    else:
        speaker = _speaker_before_verb(text, start, verb.start())
        if speaker is None:
            cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, start, verb.start())]
            for cut in cuts:
                relative = _RELATIVE_OBJECT.match(text, cut, verb.start())
                speaker = _speaker_before_verb(text, relative.end() if relative else cut, verb.start())
                if speaker is not None:
                    break
            else:
                if _COORDINATED.search(text[start : verb.start()]):
                    speaker = _speaker_after_verb(text, _after_opener(text, start, verb.start()), verb.start())
    return speaker


_WITH_SUBJECT = regex.compile(r"(?<![\p{L}])with[ \t]+([^,;:\n]{2,70}?)[ \t]*$")


def _sentence_subject_phrase(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The subject of the clause a participle of saying closes (``Ann Lee hit back, saying``).

    Tried at the sentence start and after each comma, so that an opening adverbial
    ("During a speech on Monday, Ann Lee ...") is passed over.
    """
    absolute = _WITH_SUBJECT.search(text, max(start, end - 80), end)
    if absolute is not None:
        # "..., with spokesman Tom Reyes saying": the noun phrase after "with" says it
        return classify(text, *absolute.span(1))
    cuts = [_after_opener(text, start, end)] + [m.end() for m in _CLAUSE_CUT.finditer(text, start, end)]
    for cut in cuts:
        speaker = _speaker_after_verb(text, cut, end)
        if speaker is not None and speaker.kind != UNNAMED:
            return speaker
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _fragment(words: Sequence[str]) -> bool:
    """A quoted phrase of a few words opening in lower case ("called it 'a disgrace'").

    It quotes a phrase inside the writer's own sentence, not a statement; a short
    sentence of the speaker's own ("We will respond," he said) opens with a capital.
    """
    return len(words) < MIN_QUOTE_WORDS and not words[0][:1].isupper()


def _looks_like_title(piece: str) -> bool:
    """A short quoted phrase whose words are all capitalised: a name of a film, book or operation."""
    return _title_words(_words(piece))


def _title_words(words: Sequence[str]) -> bool:
    """``words`` (of a quoted phrase) are few and all capitalised: see :func:`_looks_like_title`."""
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.casefold() not in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


#: A first line at most this long, followed by more text, is the article's headline.
HEADLINE_CHARS = 150
#: No headline line (title case or not) is longer than this: a cheap test before the core's
#: ``is_headline`` (whose own limit, 200 characters, is not exported: keep the two equal).
_LONGEST_HEADLINE = 200
_WORD_BEFORE = regex.compile(r"([\p{L}]+)[ \t]*$")
_WORD_AFTER = regex.compile(r"[ \t]*(\p{Ll}[\p{L}\-]*)(?![\p{L}'’])")


def _in_headline(text: str, unit: Sequence[QuotationGroup], attribution: _Attribution) -> bool:
    """A quote in a headline: a title-case line, or a short first line before the article body.

    Headlines quote in fragments ("Mayor says plan 'will save lives'") that the body repeats
    in full. A sentence-case first line counts only in headline syntax: the speaker before
    the quote with a present-tense verb ("says", "calls"), the whole quote on that line; a
    lead such as ``Officials said: "..."`` or ``"...," she said.`` is still read.
    """
    offset = unit[0].open
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > _LONGEST_HEADLINE:
        return False  # cheap test first: body paragraphs are long
    if is_headline(text, offset):
        return True
    verb = attribution.verb.split()[0].casefold() if attribution.verb else ""
    if attribution.after or not verb.endswith("s") or verb.endswith("ss"):
        return False
    return (
        line_end - line_start <= HEADLINE_CHARS
        and unit[-1].close < line_end
        and not text[:line_start].strip()
        and bool(text[line_end:].strip())
    )


def _noun_modifier(text: str, unit: Sequence[QuotationGroup]) -> bool:
    """A quoted phrase used as a noun's modifier: ``a "zero tolerance" policy``, ``the "buy local" label``.

    An article right before the opening mark and a lower-case word right after the closing
    mark that is not a preposition, conjunction, verb form or adverb: the marks label a
    noun phrase, nobody is quoted.
    """
    if len(unit) != 1:
        return False
    quote = unit[0]
    inner = text[quote.open + 1 : quote.close].rstrip()
    if not inner or not inner[-1].isalnum():
        return False
    before = _WORD_BEFORE.search(text, max(0, quote.open - 12), quote.open)
    if before is None or before.group(1).casefold() not in {"a", "an", "the"}:
        return False
    after = _WORD_AFTER.match(text, quote.close + 1, min(len(text), quote.close + 40))
    if after is None:
        return False
    word = after.group(1).casefold()
    return not (
        word in AFTER_QUOTED_PHRASE or word in NOT_IN_NAME_PHRASE or word in SPEECH_VERBS or word.endswith(("ed", "ly", "ing"))
    )


#: Words before a capitalised quoted phrase that make it the name of a show, book or
#: film (``on CBS's "Face the Nation,"``, ``a book titled "Hard Choices"``).
_WORK_LEAD = regex.compile(r"(?:(?<![\p{L}])(?i:on|in|of|from|titled|entitled)|\p{L}['’]s)[ \t]*$")


def _named_work(text: str, quote: QuotationGroup) -> bool:
    """A quoted title after a preposition or possessive: the name of a work, not speech."""
    if not text[quote.open + 1 : quote.open + 2].isupper():
        return False
    if _WORK_LEAD.search(text, max(0, quote.open - 12), quote.open) is None:
        return False
    parts = quote.parts
    return len(parts) == 1 and _looks_like_title(_clean_part(text, parts[0]).of(text))


def _clean_part(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return Span(start, end)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


_DATELINE_DASH = regex.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[—–-]{1,2}[ \t]*")


def _dateline_end(text: str) -> int:
    """Where the article's body starts after a dateline ("DOHA, Qatar — "): never a speaker."""
    place = dateline(text)
    if place is None:
        return 0
    dash = _DATELINE_DASH.match(text, place.end, min(len(text), place.end + 40))
    return dash.end() if dash else place.end


#: Words before a quoted name that make it a label, not speech ("a commander known as 'X'").
_LABEL_LEAD = regex.compile(r"(?<![\p{L}])(?i:known\s+as|nicknamed|named|dubbed|codenamed|code-named|alias)[ \t]*$")


def _name_label(text: str, quote: QuotationGroup) -> bool:
    """A quoted name or title ("known as 'The Engineer'", "Operation 'Iron Shield'") inside a sentence.

    It says nothing: a quote later in the same sentence may take its attribution from
    before it (``X wrote that the group, led by a man known as "Y", had "..."``).
    """
    if len(quote.parts) != 1:
        return False
    if _LABEL_LEAD.search(text, max(0, quote.open - 20), quote.open) is None:
        return False
    return _looks_like_title(_clean_part(text, quote.parts[0]).of(text))


#: Text between two embedded quotes of one sentence: no sentence end, no line break, no new quote.
_SAME_CLAUSE_GAP = regex.compile(r"[^.!?;:\n\"“”«»]{1,120}")


_GAP_RELATIVE = regex.compile(r"(?<![\p{L}])(?:who|whom|whose|when)(?![\p{L}])", regex.I)


def _embedded_continues(text: str, previous: QuotationGroup, quote: QuotationGroup) -> bool:
    """Whether ``quote`` is a second embedded quote in ``previous``'s sentence ("... "A" and that "B")."""
    gap = text[previous.close + 1 : quote.open]
    if len(previous.parts) != 1 or not gap.strip(" \t,") or gap.lstrip(" \t").startswith(","):
        return False
    if _AFTER_VERB.search(gap) is not None or _GAP_RELATIVE.search(gap) is not None:
        return False  # a verb of saying or a relative clause of its own starts a new attribution
    if not _WORD.search(gap) or _SAME_CLAUSE_GAP.fullmatch(gap) is None:
        return False
    # only a clause-length quote carries the attribution on: short fragments ("a con")
    # are often the writer's scare quotes, and a quoted title is no attributed quote
    if len(quote.parts) != 1 or any(len(_WORD.findall(text, q.parts[0].start, q.parts[0].end)) < 4 for q in (previous, quote)):
        return False
    if _looks_like_title(text[previous.parts[0].start : previous.parts[0].end]):
        return False
    # the first quote ended its sentence ("... "A." Critics ...")
    end = previous.parts[0].end
    return text[end - 1 : end] not in {".", "!", "?"}


#: Prose running on after a closing mark: the quote is a piece of the writer's sentence.
_RUNS_ON = regex.compile(r"[ \t]*[,;]?[ \t]*\p{Ll}")


def _runs_on(text: str, quote: QuotationGroup) -> bool:
    """The writer's sentence goes on after ``quote`` (``"A," X said. "B" to do C, she said.``).

    Such a piece is no continuation of the quote before it: it belongs to its own clause.
    """
    return _RUNS_ON.match(text, quote.close + 1, min(len(text), quote.close + 8)) is not None


_PARAGRAPH_END = regex.compile(r"[ \t.]*(?:\n|$)")


def _closes_paragraph(text: str, quote: QuotationGroup) -> bool:
    """``quote`` opens a sentence (or its paragraph) and nothing follows it in its paragraph."""
    before = text[max(0, quote.open - 80) : quote.open].rstrip(" \t")
    if before[-1:] not in {"", "\n", ".", "!"} or (not before and quote.open >= 80):
        return False
    return _PARAGRAPH_END.match(text, quote.close + 1) is not None


_TO_CLAUSE = regex.compile(r"\p{L}+[ \t]+to[ \t]+\p{Ll}")


def _paragraph_after_speaker(text: str, quote: QuotationGroup, floor: int) -> _Attribution | None:
    """The speaker a story has just named, for a quote paragraph with no attribution of its own.

    Wire copy reports a speaker in one sentence or paragraph and quotes them in the next:
    ``Ann Lee says that is not what the union sees.`` / ``"Waits can be 45 minutes."``.
    The quote must close its paragraph, and the sentence right before it must be one of
    saying whose subject is the speaker, with no quote of its own.
    """
    if not _closes_paragraph(text, quote):
        return None
    previous_end = quote.open
    while previous_end > floor and text[previous_end - 1].isspace():
        previous_end -= 1  # stops at the floor (the last quote's end): linear over the document
    if previous_end <= floor or text[previous_end - 1 : previous_end] not in {".", "!"}:
        return None
    start = sentence_bounds(text, previous_end - 1, floor=max(0, previous_end - SENTENCE_WINDOW))[0]
    if start < floor or _QUOTE_CHAR.search(text, start, previous_end) is not None:
        return None  # the sentence before quotes someone itself
    quoted_as = _QUOTED_AS.search(text, start, previous_end)
    if quoted_as is not None:
        # "The deal is good, he was quoted as saying in a statement." / "..."
        cuts = [start] + [m.end() for m in _CLAUSE_CUT.finditer(text, start, quoted_as.start())]
        speaker = _speaker_before_verb(text, cuts[-1], quoted_as.start())
        if speaker is None:
            return None
        medium = _verb_and_medium(text, quoted_as, previous_end)[1]
        return _Attribution(speaker, "quoted as saying", medium, start, quote.open, quoted_as.start(), False)
    found = _parse_before_at(text, previous_end - 1, previous_end, floor)
    if found is not None and _TO_CLAUSE.match(text, found.verb_at, previous_end) is not None:
        return None  # "Ann Lee continued to object.": a verb of saying with an infinitive reports an act
    if found is None or found.speaker.phrase.start > _after_opener(text, start, previous_end) + 1:
        return None  # the speaker must be the sentence's subject ("Ann Lee says ...")
    return attrs.evolve(found, end=quote.open)


#: A short sentence of the writer's own between two pieces of one speaker's quote.
#: Each sentence opens with a pronoun for the speaker: nobody new is named in it.
_ASIDE = regex.compile(r"[ \t]*(?:(?:He|She|They|It)[ \t][^.!?\n\"“”«»]{2,160}[.!?][ \t]*){1,2}")


def _aside(text: str, start: int, quote: QuotationGroup) -> bool:
    """The gap before ``quote`` is one or two pronoun-led sentences with no quote or verb of
    saying, and ``quote`` ends its paragraph (``"A," Ann Lee said. She did not elaborate. "B."``)."""
    if _ASIDE.fullmatch(text, start, quote.open) is None or _AFTER_VERB.search(text, start, quote.open):
        return False
    return _PARAGRAPH_END.match(text, quote.close + 1) is not None


def _group(text: str, quotes: Sequence[QuotationGroup]) -> Iterator[tuple[list[QuotationGroup], _Attribution]]:
    n = len(quotes)
    after: list[_Attribution | None] = []
    before: list[_Attribution | None] = []
    lead = _dateline_end(text)
    floor = lead
    for i, quote in enumerate(quotes):
        limit = quotes[i + 1].open if i + 1 < n else len(text)
        if i and not _name_label(text, quotes[i - 1]):
            floor = max(lead, quotes[i - 1].close + 1)
        after.append(_parse_after(text, quote, limit))
        own_before = _parse_before(text, quote, floor)
        if (
            own_before is None
            and after[i] is None
            and i
            and after[i - 1] is None
            and _embedded_continues(text, quotes[i - 1], quote)
        ):
            # 'X said it had sent "A" in response to "B"': B is still X's, inside the same clause
            own_before = before[i - 1]
        if own_before is None and after[i] is None:
            own_before = _paragraph_after_speaker(text, quote, floor)
        before.append(own_before)
    pending: list[QuotationGroup] = []
    i = 0
    while i < n:
        unit, pending = pending, []  # extended in place: a run of unattributed quotes stays linear
        unit.append(quotes[i])
        own = after[i] or before[i]
        if own is None:
            if (
                i + 1 < n
                and _same_paragraph(text, quotes[i].close, quotes[i + 1].open)
                and not text[quotes[i].close + 1 : quotes[i + 1].open].strip()
            ):
                pending = unit
            i += 1
            continue
        j = i + 1
        attribution = after[i]
        if attribution is not None:
            while j < n and after[j] is None and _same_paragraph(text, quotes[j - 1].close, quotes[j].open):
                gap_start = attribution.end if j == i + 1 else quotes[j - 1].close + 1
                gap = text[gap_start : quotes[j].open]
                if (gap.strip(" \t,.;:—–-") and not _aside(text, gap_start, quotes[j])) or _runs_on(text, quotes[j]):
                    break
                if text[attribution.verb_at : quotes[j].open].rstrip()[-1:] not in {".", ",", ":", ";", "!", "?"}:
                    inside = before[j]
                    if inside is not None and inside.verb_at == attribution.verb_at:
                        j += 1  # 'said Ann Lee, author of the book "..."': a title inside the attribution
                    break
                b = before[j]
                if b is not None and b.verb_at > attribution.verb_at:
                    break  # '"A," she said, adding, "B"': B has a verb of its own
                unit.append(quotes[j])
                j += 1
        yield unit, own
        i = j


#: A romanised East Asian given name written with a hyphen and a lower-case second
#: syllable ("Min-ji", "Ching-te"): the family name comes first in the name
#: ("Kim Min-ji"), and a second mention uses it alone ("Kim").
_HYPHENATED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+$")
#: The Arabic article written as a lower-case prefix of a family name ("al-Haddad",
#: "el-Sayed"): a later mention often drops it ("Haddad").
_ARTICLE_PARTICLE = regex.compile(r"(?:al|el)[\-‐](?=\p{Lu})")
_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})


class _DocNames:
    """The capitalised name runs of one document, scanned once: full names and person mentions."""

    def __init__(self, text: str, quoted: Sequence[Span]) -> None:
        self.starts: list[int] = []
        self.mentions: list[tuple[int, int, str, bool]] = []  # start, end, name, several tokens
        self.full: dict[str, str] = {}
        starts_append = self.starts.append
        mentions_append = self.mentions.append
        full = self.full
        quote_starts = [q.start for q in quoted]
        quote_ends = [q.end for q in quoted]
        bisect_right = bisect.bisect_right
        for match in _PERSON_RUN.finditer(text):
            start, end = match.span()
            k = bisect_right(quote_starts, start) - 1
            if k >= 0 and start < quote_ends[k]:
                continue
            word = match.group()
            if " " not in word and "\t" not in word:
                # a lone capitalised word counts only when it is a known surname (checked on use)
                starts_append(start)
                mentions_append((start, end, word.rstrip("."), False))
                continue
            toks = tokens(text, start, end)
            i = len(toks)
            while i > 0 and is_name_token(toks[i - 1][2]):
                i -= 1
            run = toks[i:]
            if not run or len(run) > 4:
                continue
            surname_first = len(run) >= 2 and _HYPHENATED_GIVEN.match(run[-1][2]) is not None
            # a place word among the name words makes a place ("Black Sea"); among the titles
            # before the name it does not ("State Rep. Ann Lee", "New York Mayor Ann Lee")
            if not surname_first and any(t[2].casefold().rstrip(".") in PLACE_WORDS for t in run):
                continue
            before = text[max(0, start - 20) : start].split()
            if ((before and before[-1] in _ARTICLES) or any(t[2] in _ARTICLES for t in toks[:i])) and not any(
                t[2].casefold().rstrip(".") in TITLE_WORDS for t in toks[:i]
            ):
                continue  # "the ferry, the MV Ocean Star": an article makes a named thing, not a person
            if i == 0:
                if (
                    before
                    and before[-1].casefold() in PLACE_PREPOSITIONS
                    and not text[max(0, start - 13) : start].casefold().startswith("according")
                ):
                    continue
                if len(before) >= 2 and before[-1] == "for" and before[-2].casefold() in SEAT_HOLDERS:
                    continue  # "MP for Leeds North": a constituency, not a person
            run_start, run_end = run[0][0], run[-1][1]
            name = text[run_start:run_end]
            several = len(run) >= 2
            if several and not is_headline(text, start):
                keys = [run[-1][2].casefold()]
                if surname_first:
                    keys.append(run[0][2].casefold())  # "Kim Min-ji" is "Kim" on second mention
                article = _ARTICLE_PARTICLE.match(run[-1][2])
                if article is not None:
                    keys.append(run[-1][2][article.end() :].casefold())  # "Ali al-Haddad" is "Haddad" later
                for key in keys:
                    if len(name) > len(full.get(key, "")):
                        full[key] = name
            starts_append(run_start)
            mentions_append((run_start, run_end, name, several))

    def fullest(self, name: str) -> str:
        """The longest "Given Surname" form of a bare surname found in the document."""
        if " " in name.strip():
            return name
        return self.full.get(name.casefold(), name)

    def person_before(self, lo: int, hi: int, *, first: bool = False) -> tuple[Span, str] | None:
        """The nearest person mention ending before ``hi`` (and starting after ``lo``).

        With ``first``, the earliest such mention instead.
        """
        j = bisect.bisect_left(self.starts, hi)
        surnames: set[str] | None = None
        order = range(bisect.bisect_left(self.starts, lo), j) if first else range(j - 1, -1, -1)
        for k in order:
            start, end, name, several = self.mentions[k]
            if start < lo:
                break
            if end > hi:
                continue
            if several:
                return Span(start, end), name
            if surnames is None:
                surnames = {m[2].split()[-1].casefold() for m in self.mentions[:j] if m[3]}
            if name.casefold() in surnames:
                return Span(start, end), name
        return None


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Ll}")


def _sentence_subject(text: str, names: _DocNames, mention: tuple[Span, str]) -> tuple[Span, str]:
    """The subject of the sentence holding ``mention``, when a person opens that sentence.

    A pronoun after a quote ("...," he said) stands for the subject of the sentence
    before it, not for a person named later in that sentence as an object or
    complement (``Minister Ann Lee praised Tom Cole. "...," she said`` -> Ann Lee).
    The subject counts only when nothing but capitalised words (titles, a dateline-free
    opener) stands before it in its sentence.
    """
    span = mention[0]
    start = sentence_bounds(text, span.start, floor=max(0, span.start - SENTENCE_WINDOW))[0]
    if start >= span.start:
        return mention
    first = names.person_before(start, span.start, first=True)
    if first is None or first[0].start >= span.start:
        return mention
    if _LOWER_WORD.search(text, start, first[0].start) is not None:
        return mention
    return first


def _nearest_org(text: str, lo: int, hi: int, quoted: Sequence[Span]) -> tuple[Span, str] | None:
    best: tuple[Span, str] | None = None
    for match in _ORG_HEAD.finditer(text, lo, hi):
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        start = sentence_bounds(text, match.start(), floor=max(lo, match.start() - 200))[0]
        cuts = [m.end() for m in _ORG_CUT.finditer(text, start, match.start())]
        start = cuts[-1] if cuts else start
        phrase = classify(text, start, match.end())
        if phrase is None or phrase.kind != ORGANIZATION:
            m = _ORG_LEAD.search(text[start : match.start()])
            if m is None:
                continue
            phrase = classify(text, start + m.start(), match.end())
            if phrase is None or phrase.kind != ORGANIZATION:
                continue
        best = (phrase.span, phrase.name)
    return best


def extract_quotes(document: Document) -> Iterator[Fact]:
    """Every direct quote of ``document`` with an attributed speaker, as ``quote`` facts.

    A regex guard timing out on hostile input ends the scan: the facts found so far stand.
    """
    try:
        yield from _extract(document)
    except TimeoutError:
        return


def _extract(document: Document) -> Iterator[Fact]:
    text = document.text
    if _QUOTE_CHAR.search(text) is None:
        return
    quotes = group_continued(text)
    if not quotes:
        return
    quoted = [Span(q.open, q.close + 1) for q in quotes]
    names: _DocNames | None = None
    works = {q.open for q in quotes if _named_work(text, q)}
    for unit, attribution in _group(text, quotes):
        if works:
            unit = [q for q in unit if q.open not in works]
            if not unit:
                continue
        parts = [_clean_part(text, p) for q in unit for p in q.parts]
        parts = [p for p in parts if len(p)]
        if not parts:
            continue
        joined = _SPACE.sub(" ", " ".join(p.of(text) for p in parts)).strip()
        words = _words(joined)
        if not words or _fragment(words):
            continue
        if not attribution.after and _title_words(words):
            continue
        if _in_headline(text, unit, attribution) or _noun_modifier(text, unit):
            continue
        speaker = attribution.speaker
        name = speaker.name
        antecedent: Span | None = None
        confidence = 0.9 if attribution.after else 0.8
        if speaker.kind == PERSON:
            names = names or _DocNames(text, quoted)
            name = names.fullest(name)
        elif speaker.kind == PRONOUN:
            lo = max(0, speaker.span.start - PRONOUN_WINDOW)
            hi = min(speaker.span.start, unit[0].open)
            if name in PERSON_PRONOUNS:
                names = names or _DocNames(text, quoted)
                mention = names.person_before(lo, hi)
                if mention is not None:
                    if attribution.after:
                        mention = _sentence_subject(text, names, mention)
                    antecedent, found = mention
                    name = names.fullest(found)
                else:
                    confidence -= 0.3
            elif name in GROUP_PRONOUNS:
                org = _nearest_org(text, lo, hi, quoted)
                if org is not None:
                    antecedent, name = org
                else:
                    confidence -= 0.3
        if len(words) < 4:
            confidence -= 0.2
        span = Span(parts[0].start, parts[-1].end)
        value = Quote(
            speaker=name,
            text=joined,
            speaker_title=None,
            verb=attribution.verb or None,
            medium=attribution.medium,
            speaker_span=speaker.span,
            parts=tuple(parts),
            speaker_as_written=speaker.name,
            speaker_type=speaker.kind,
            antecedent_span=antecedent,
        )
        yield Fact(KIND, span, text[span.start : span.end], value, confidence=max(0.1, confidence))


__all__ += ["ORGANIZATION", "PERSON", "PRONOUN", "UNNAMED"]
