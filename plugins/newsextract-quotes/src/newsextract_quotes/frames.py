"""Attribution frames as data: the compiled patterns for verbs of saying, media and the shapes around a quote."""

from __future__ import annotations

import attrs
import regex

from newsextract.rules import Lexicon
from newsextract.text import LazyPattern

from .lexicon import (
    AS_LABEL_VERBS,
    COLON_VERBS,
    LABEL_VERBS,
    MEDIA,
    NOUN_LEADS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
)

#: The vocabularies the frames are written with, as the rule layer's lexicons (forms taken as
#: listed in ``lexicon``; each lexicon gives the alternation its pattern embeds).
SPEECH_AFTER = Lexicon("verbs of saying after a quote", words=sorted(SPEECH_VERBS))
SPEECH_BEFORE = Lexicon(
    "verbs introducing a quote",
    words=sorted(SPEECH_VERBS | LABEL_VERBS | COLON_VERBS | AS_LABEL_VERBS | SPEECH_PARTICIPLES),
)
NOUN_LEAD_WORDS = Lexicon("words making a verb of saying a noun", words=sorted(NOUN_LEADS))
MEDIA_WORDS = Lexicon("media", words=sorted(k for k in MEDIA if k != "x"))


_EDGE_L = r"(?<![\p{L}\p{N}\-'’])"


_EDGE_R = r"(?![\p{L}\p{N}\-])"


AFTER_VERB = LazyPattern(_EDGE_L + r"(?:[Aa]ccording\s+to|" + SPEECH_AFTER.alternation() + ")" + _EDGE_R)


BEFORE_VERB = LazyPattern(_EDGE_L + r"(?:[Aa]ccording\s+to|Said|Says|" + SPEECH_BEFORE.alternation() + ")" + _EDGE_R)


#: A word right before a verb of saying that makes it a noun ("received reports of", "the claims").
NOUN_LEAD = LazyPattern(r"(?<![\p{L}])(?:" + NOUN_LEAD_WORDS.alternation() + r"|\p{L}+ed|\p{L}+['’]s)[ \t]+$", regex.I)


OF_AFTER = LazyPattern(r"[ \t]+of(?![\p{L}])")


#: A colon (and blank space) ending the clause before a quote.
AS_END = LazyPattern(r"(?<![\p{L}])as[ \t]*$")


COLON_END = LazyPattern(r":[\s]*$", cue=":")


MEDIUM = LazyPattern(_EDGE_L + r"(?:(?i:" + MEDIA_WORDS.alternation() + r")|X)" + _EDGE_R)


ON_MEDIUM = LazyPattern(r"\s+on\s+(?:(?i:" + MEDIA_WORDS.alternation() + r")|X)" + _EDGE_R, cue=r"\s+on\s")


SPACE = regex.compile(r"\s+")


QUOTE_CHAR = regex.compile("[\"“”'‘’«»„]")


TRAILING = ",;:—–- \t\r\n"


APPOSITIVE_NAME = LazyPattern(r",\s*([^,.;]{2,60})")


FIRST_WORD = LazyPattern(r"[\s,;—–-]*(\S)")


CLAUSE_CUT = LazyPattern(r",\s*|;\s*|\s(?:and|but|while|as)\s|\s[—–―]\s")


COORDINATED = LazyPattern(r"\s(?:and|but)\s*$")


#: A non-restrictive relative clause after a speaker phrase ("Ann Lee, who ..., said").
RELATIVE_CLAUSE = LazyPattern(r",\s*(?:who|whose|which)\s")


#: A relative pronoun for a person or thing ("a colleague who ...", "a group which ...").
RELATIVE_WORD = LazyPattern(r"(?<![\p{L}])(?:who|which)(?![\p{L}])")


#: An object relative pronoun opening a clause before its own subject ("whom it described as").
RELATIVE_OBJECT = LazyPattern(r"(?:whom|which)\s+(?=(?:it|they|he|she)\s)")


#: How far (characters) an attribution may reach from its quote within a sentence.
SENTENCE_WINDOW = 600


#: A dash and a name closing a quote's line: the quote is signed (``"..." ― Ann Lee``).
SIGNATURE = LazyPattern(r"[ \t]*[―—–][ \t]*([^\n―—–\"“”]{2,80}?)[ \t.]*(?=\n|$)", cue=r"[ \t]*[―—–]")


#: The capitalised noun phrase opening a sentence: its subject (``Sen. Ann Lee (D-Ohio)``).
SUBJECT_START = LazyPattern(
    r"[ \t]*((?:(?:[\p{Lu}][\p{L}'’.\-]*|of|the)[ \t]+){0,5}[\p{Lu}][\p{L}'’.\-]*)"
    r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+\p{Ll}"
)


#: Capitalised words right before a participle of saying, with no comma between.
NAME_BEFORE_PARTICIPLE = LazyPattern(r"(?<![\p{L}'’.\-])((?:[\p{Lu}][\p{L}'’.\-]*[ \t]+){0,3}[\p{Lu}][\p{L}'’\-]*)[ \t]+$")


#: What may stand between a participle of saying and its quote: up to six words of an object
#: or adverbial ("telling one aide", "saying during the debate") and a comma or colon.
PARTICIPLE_END = LazyPattern(r"(?:[ \t]+[\p{L}'’.\-]+){0,6}[ \t]*[,:][ \t]*$")


#: A paragraph ending in a colon right before a paragraph that opens with a quote
#: (``Ann Lee wrote:`` / ``"..."``): the lead-in is the quote's attribution.
LEAD_IN = LazyPattern(r":[ \t]*\n\s*$", cue=":")


#: A paragraph opening with a name and a colon before a quote (``Ann Lee, Daily News: "..."``).
NAME_LABEL = LazyPattern(r"([^\n:\"“”]{2,80}):[ \t]*$")


WITH_SUBJECT = LazyPattern(r"(?<![\p{L}])with[ \t]+([^,;:\n]{2,70}?)[ \t]*$")


DATELINE_DASH = LazyPattern(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[—–-]{1,2}[ \t]*")


#: Text between two embedded quotes of one sentence: no sentence end, no line break, no new quote.
SAME_CLAUSE_GAP = LazyPattern(r"[^.!?;:\n\"“”«»]{1,120}")


GAP_RELATIVE = LazyPattern(r"(?<![\p{L}])(?:who|whom|whose|when)(?![\p{L}])", regex.I)


#: Prose running on after a closing mark: the quote is a piece of the writer's sentence.
RUNS_ON = LazyPattern(r"[ \t]*[,;]?[ \t]*\p{Ll}")


#: The writer's words going on right after a closing mark, no comma between (``" and to pass``).
WORD_RUNS_ON = LazyPattern(r"[ \t]+\p{Ll}")


PARAGRAPH_END = LazyPattern(r"[ \t.]*(?:\n|$)")


TO_CLAUSE = LazyPattern(r"\p{L}+[ \t]+to[ \t]+\p{Ll}")


#: A short sentence of the writer's own between two pieces of one speaker's quote.
#: Each sentence opens with a pronoun for the speaker: nobody new is named in it.
ASIDE = LazyPattern(r"[ \t]*(?:(?:He|She|They|It)[ \t][^.!?\n\"“”«»]{2,160}[.!?][ \t]*){1,2}")


@attrs.frozen
class Frame:
    """An attribution frame: a named shape that ties a quote to its speaker.

    ``examples`` are invented sentences with the speaker each must yield; the plugin's
    tests run them, and ``newsextract explain`` names the frame (as the fact's rule).
    """

    name: str
    description: str
    examples: tuple[tuple[str, str], ...]


#: Every attribution frame the extractor reads, by name.
FRAMES: dict[str, Frame] = {
    frame.name: frame
    for frame in (
        Frame(
            "quote_speaker_said",
            "the speaker and verb after the quote",
            (('"The bridge will open in May," Ann Lee said.', "Ann Lee"),),
        ),
        Frame(
            "quote_said_speaker",
            "the verb, then the speaker, after the quote",
            (('"The bridge will open in May," said Ann Lee, the city engineer.', "Ann Lee"),),
        ),
        Frame(
            "quote_according_to",
            "'according to' a source after the quote",
            (('"The bridge will open in May," according to a statement from the city council.', "the city council"),),
        ),
        Frame(
            "speaker_said_quote",
            "the speaker and verb before the quote",
            (('Mayor Ann Lee said: "The bridge will open in May."', "Ann Lee"),),
        ),
        Frame(
            "said_speaker_quote",
            "a sentence opening with the verb, then the speaker",
            (('The work is late. Said Ann Lee: "The bridge will open in May."', "Ann Lee"),),
        ),
        Frame(
            "according_to_quote",
            "'according to' a source before the quote",
            (('According to Ann Lee, the bridge is "ready to open in the spring."', "Ann Lee"),),
        ),
        Frame(
            "speaker_saying_quote",
            "a participle of saying closing the subject's clause",
            (('Ann Lee defended the delay, saying, "The bridge will open in May."', "Ann Lee"),),
        ),
        Frame(
            "lead_in_colon",
            "a paragraph ending in a colon before a quote paragraph",
            (('Ann Lee continued:\n\n"The bridge will open in May, whatever the critics say."', "Ann Lee"),),
        ),
        Frame(
            "name_label",
            "a full name and a colon opening a paragraph",
            (('Ann Lee, City Herald: "The bridge will open in May, whatever the critics say."', "Ann Lee"),),
        ),
        Frame(
            "signed_with_dash",
            "a dash and a name closing the quote's line",
            (("\u201cThe bridge has cut my commute in half every day.\u201d \u2015 Ann Lee\n", "Ann Lee"),),
        ),
        Frame(
            "subject_colon_quote",
            "a sentence about its subject ending in a colon before the quote",
            (('Senator Ann Lee hit back at the council in a post: "The plan is a disgrace."', "Ann Lee"),),
        ),
        Frame(
            "quoted_as_saying",
            "'was quoted as saying' after or before the quote",
            (('"The bridge will open in May," Ann Lee was quoted as saying in a statement.', "Ann Lee"),),
        ),
        Frame(
            "that_was_how",
            "a sentence after the quote naming its speaker: 'That was how X put it'",
            (('"We will build it twice over." That was how Ann Lee described the plan.', "Ann Lee"),),
        ),
        Frame(
            "speaker_says_then_quote",
            "a quote closing its paragraph after a sentence of saying whose subject is the speaker",
            (('Ann Lee says the work is on time.\n\n"The bridge will open in May."', "Ann Lee"),),
        ),
    )
}
