"""Curated general vocabulary the quote extractor reads attributions with.

Everything here is ordinary English news vocabulary (verbs of saying, media,
titles, organisation head nouns); none of it names a particular person,
article or event.
"""

from __future__ import annotations

from typing import Final

#: Verbs that introduce or close a direct quote ("...," Zelenskyy said).
#: Any inflection listed here is accepted in an attribution clause.
SPEECH_VERBS: Final = frozenset(
    """
    said says say told tells wrote writes added adds stated states declared declares
    announced announces explained explains noted notes warned warns insisted insists
    claimed claims conceded concedes argued argues asked asks replied replies responded
    responds continued continues recalled recalls posted posts tweeted tweets
    acknowledged acknowledges admitted admits confirmed confirms cautioned cautions
    urged urges vowed vows promised promises stressed stresses emphasized emphasizes
    emphasised emphasises observed observes remarked remarks commented comments
    complained complains lamented laments boasted boasts joked jokes quipped quips
    shouted shouts yelled yells whispered whispers testified testifies concluded
    concludes predicted predicts suggested suggests agreed agrees countered counters
    alleged alleges reported reports maintained maintains reiterated reiterates
    recounted recounts pleaded pleads demanded demands mused muses sighed
    exclaimed exclaims charged charges contended contends assured assures
    texted wrote announced gushed gushes fumed fumes scoffed scoffs snapped snaps
    interjected interjects retorted retorts chanted chants advised advises
    implored implores sang sings
    """.split()
)

#: Present participles of saying that attach a quote to the subject of the sentence they
#: close ("The minister hit back, saying, '...'"; "..., tweeting: '...'"). They count only
#: right before a quote, with a comma or colon between.
SPEECH_PARTICIPLES: Final = frozenset(
    """
    saying adding writing tweeting posting telling asking noting warning declaring
    explaining insisting arguing stating replying responding shouting chanting
    """.split()
)

#: Participles after an attribution that start another act of speech ("..., suggesting a few
#: questions"; with "going on to": "Ann Lee said, going on to compare the plans").
ACT_PARTICIPLES: Final = frozenset({"suggesting", "proposing", "contrasting", "comparing"})

#: Verbs that take a quoted phrase as their complement without being verbs of
#: saying on their own ("called the attack 'an act of cruelty'"). They count only
#: before a quote, in the same sentence.
LABEL_VERBS: Final = frozenset(
    """called calls described describes dubbed dubs labeled labelled labels termed terms branded brands""".split()
)

#: Verbs of judging that label a quoted phrase only through "as" right before it
#: ("dismissed the plan as 'a gimmick'"); elsewhere in the sentence they introduce nothing.
AS_LABEL_VERBS: Final = frozenset(
    """dismissed dismisses hailed hails denounced denounces decried decries
    characterized characterizes characterised characterises""".split()
)

#: Verbs that introduce a quote only when a colon ends their clause right before it
#: ("the judge read the verdict to the court: '...'").
COLON_VERBS: Final = frozenset({"read", "reads"})

#: Words before a plural verb of saying that make it a noun ("the reports", "many claims",
#: "of complaints"): determiners, possessives, quantifiers and prepositions.
NOUN_LEADS: Final = frozenset(
    """
    a an the his her its their our my your these those such many several some any no more
    most few numerous new further of on in about with by for from over against amid after
    """.split()
)

#: Words a speaker may be told something by ("told reporters"): the object is kept in ``verb``.
TOLD_VERBS: Final = frozenset({"told", "tells"})

#: Media an attribution can name, mapped to the canonical ``medium`` value.
#: Keys are lower-case phrases matched on word boundaries; longer phrases win.
MEDIA: Final = {
    "statement": "statement",
    "written statement": "statement",
    "press release": "statement",
    "telegram": "Telegram",
    "x": "X",
    "twitter": "X",
    "tweet": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "social media": "social media",
    "interview": "interview",
    "video": "video",
    "video statement": "video",
    "video address": "video",
    "televised address": "televised address",
    "televised speech": "televised address",
    "televised statement": "televised address",
    "national television": "television",
    "television": "television",
    "radio": "radio",
    "local radio": "radio",
    "news conference": "news conference",
    "press conference": "news conference",
    "briefing": "briefing",
    "conference call": "conference call",
    "memo": "memo",
    "letter": "letter",
    "email": "email",
    "speech": "speech",
    "post": "post",
    "blog": "blog",
}

#: Documents an organisation speaks through: "the ministry statement said" quotes the ministry.
DOCUMENT_NOUNS: Final = frozenset("""statement report release memo letter email filing communique communiqué bulletin""".split())

#: Kinds of work whose title may follow in quotation marks ("the book 'Harbor Lights'").
WORK_NOUNS: Final = frozenset(
    """book books film films movie movies song songs album albums novel novels memoir play
    documentary series show episode column essay poem painting musical opera podcast""".split()
)

#: Personal pronouns that stand for a person speaker.
PERSON_PRONOUNS: Final = frozenset({"he", "she"})
#: Pronouns that stand for an organisation (or a group of people).
GROUP_PRONOUNS: Final = frozenset({"it", "they"})

#: Capitalised words that are titles, honorifics or ranks: they precede a name but
#: are never part of it ("Defense Secretary Mark Ellison" -> "Mark Ellison").
TITLE_WORDS: Final = frozenset(
    """
    president vice prime minister ministers secretary mayor governor gov senator sen
    representative rep congressman congresswoman general gen lieutenant lt colonel col
    major maj captain capt admiral adm rear commander cmdr sergeant sgt chief executive
    officer director administrator spokesman spokeswoman spokesperson ambassador envoy
    chancellor premier king queen prince princess sheikh pope cardinal archbishop bishop
    rabbi imam dr mr mrs ms miss prof professor judge justice attorney prosecutor sheriff
    inspector insp detective det superintendent supt deputy acting former interim
    defense defence foreign interior finance energy health justice economy labor labour
    police army navy air force military chairman chairwoman chair head coach manager
    leader founder commissioner councillor councilman councilwoman lord lady sir dame
    marshal brigadier private corporal cpl ensign pastor father sister brother
    opposition ceo cfo cto coo speaker state
    rival rivals opponent challenger incumbent fellow veteran delegate del
    """.split()
)

#: Titles that only ever stand before one person's name: a lone capitalised word after one
#: is that person ("Sheikh Mohammed", "Mr. Tate"), unlike a portfolio or party word
#: ("Labour MPs", "Defense Ministry").
PERSONAL_TITLES: Final = frozenset(
    """
    mr mrs ms miss dr sir dame lord lady sheikh president senator sen representative rep
    congressman congresswoman governor gov mayor prime minister secretary general gen judge
    prof professor pope king queen prince princess imam rabbi pastor ambassador chancellor
    premier cardinal archbishop bishop admiral adm colonel col captain capt sergeant sgt
    """.split()
)

#: Head nouns of organisation speakers ("the ministry", "Central Command").
ORG_HEADS: Final = frozenset(
    """
    ministry military army navy government police command office agency group council
    committee service services department authority authorities guard guards forces force
    administration company firm embassy cabinet parliament court militia movement
    organization organisation party union coalition alliance bureau center centre
    institute hospital kremlin pentagon prosecutors prosecutor's commission corps
    headquarters staff federation association board mission secretariat network
    rebels insurgents campaign spokesman's presidency palace house
    newspaper daily broadcaster magazine bank fund foundation university
    """.split()
)

#: Continents and world regions that end a multi-word office rather than start a name
#: ("Supreme Allied Commander Europe Ann Lee", "Commander Pacific Fleet ...").
OFFICE_REGIONS: Final = frozenset(
    """
    europe africa asia pacific atlantic americas arctic antarctica oceania
    """.split()
)

#: Proper names that stand for an institution by metonymy, written without an org head.
ORG_METONYMS: Final = frozenset({"kremlin", "pentagon", "élysée", "elysee", "vatican", "downing"})

#: Generic nouns for unnamed speakers ("a witness said", "Analysts said").
GENERIC_SPEAKERS: Final = frozenset(
    """
    analyst analysts official officials witness witnesses resident residents expert experts
    source sources observer observers critic critics investigator investigators rescuer
    rescuers survivor survivors doctor doctors relative relatives neighbor neighbors
    neighbour neighbours activist activists diplomat diplomats lawmaker lawmakers
    protester protesters protestors spokesperson spokesman spokeswoman aide aides
    soldier soldiers worker workers farmer farmers student students teacher teachers
    villager villagers people man woman fans fan supporters organizers organisers
    strategist strategists host narrator economist economists pollster pollsters
    consultant consultants lawyer lawyers columnist columnists commentator commentators
    nominee nominees candidate candidates businessman businesswoman businessmen
    son daughter wife husband niece nephew
    """.split()
)

#: Lower-case words that can open or sit inside a speaker's noun phrase before a name
#: ("the", "his", "senior public prosecutor ..."); anything else ending in -ed, -ing
#: or listed in :data:`NOT_IN_NAME_PHRASE` breaks the phrase.
NOT_IN_NAME_PHRASE: Final = frozenset(
    """
    is was were are be been being has have had do does did will would can could should may
    might must shall that which who whom whose when where while if because after before
    since until as than then but and or nor not no yes so also too very just only even
    on in at into onto from to by with without about over under up down out off during
    through across against between among toward towards near there here this these those
    it its they them their we us our you your i me my he him she her his
    """.split()
)
#: Words ending in -ed/-ing that are still fine inside a speaker phrase ("retired general").
PARTICIPLE_MODIFIERS: Final = frozenset(
    """retired elected appointed designated acting ruling governing leading founding
    outgoing incoming visiting presiding serving commanding unnamed unidentified running""".split()
)

#: Honours and degrees written after a name ("Ann Cole KC", "Sir Tom Hale MP"): not part of it.
POST_NOMINALS: Final = frozenset("""kc qc mp mep msp obe mbe cbe kbe dbe phd md esq""".split())

#: Lower-case name particles ("al-Hakimi", "da Silva", "van der Berg").
NAME_PARTICLES: Final = frozenset(
    """al el bin ibn ben abu abd de da das dos del della di du la le van von der den ter ten y""".split()
)

#: Capitalised words that never belong to a person's name (sentence openers, days, months).
NOT_NAME_WORDS: Final = frozenset(
    """
    the a an this that these those his her its their our my your in on at of for and but
    or as by to from with after before during when while if then there here however
    meanwhile separately also monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    today yesterday tomorrow tonight earlier later last next according both all some many
    several one two three four five six seven eight nine ten born republican republicans
    democrat democrats democratic gop conservative liberal independent presidential
    """.split()
)

#: Sentence adverbs that open a sentence capitalised and set off by a comma
#: ("Already, the senator said ..."); they are never a speaker or part of a name.
SENTENCE_ADVERBS: Final = frozenset(
    """
    already once still now instead indeed yet again finally moreover furthermore
    nevertheless nonetheless thus therefore hence perhaps maybe even also besides
    otherwise likewise similarly previously recently afterwards afterward overall
    fortunately unfortunately clearly notably separately meanwhile additionally
    """.split()
)

#: Lower-case words that may follow a quoted phrase without making it a noun modifier
#: (``a "grave threat" to peace``, ``the "right thing" yesterday``): prepositions,
#: conjunctions, relative words and time adverbs.
AFTER_QUOTED_PHRASE: Final = frozenset(
    """
    of for to in on at by with from about against over under into onto than as like
    that which who whom whose when where while because if and or but nor so
    yesterday today tonight tomorrow now then again too also instead
    """.split()
)

#: Words before a capitalised phrase that mark it as a place or thing, not a person
#: (used when looking back for the person a pronoun stands for).
PLACE_PREPOSITIONS: Final = frozenset(
    """in at near from into to toward towards across outside inside around of over off via""".split()
)

#: Holders of a seat named after a place ("MP for Leeds North", "candidate for Ohio's 9th"):
#: the capitalised phrase after their "for" is a constituency, not a person.
SEAT_HOLDERS: Final = frozenset(
    """mp mps mep msp member members senator representative congressman congresswoman candidate
    candidates seat deputy councillor councilor assemblyman assemblywoman""".split()
)

#: Words that make a capitalised phrase a place or thing rather than a person
#: ("Tel Aviv" is caught by its preposition; "Black Sea", "United Nations" by these).
PLACE_WORDS: Final = frozenset(
    """
    sea ocean river lake city region province state states district street square island
    islands mountains mountain valley bay gulf coast strip bank airport station port bridge
    county oblast avenue road park stadium university school church mosque cathedral hotel
    mall nations kingdom emirates republic north south east west northern southern eastern
    western central united great new upper lower old saint san santa los las fort mount
    peninsula desert canal border front plaza
    """.split()
)
