"""Curated vocabulary the officials grammar is built from.

Everything here is *general* English vocabulary of offices, ranks and the words
around them -- never a list of people. All entries are lower case; look-ups
casefold the token and drop a trailing period ("Gov." -> "gov").

The grammar (see :mod:`newsextract_officials.extract`) tags each token of a
sentence with one of these classes and reads official noun phrases such as
``[place] [status] [modifiers] HEAD [rank] NAME`` or
``NAME, the [modifiers] HEAD of PLACE``.
"""

from __future__ import annotations

from typing import Final

from newsextract.rules import noun_forms

# Place vocabulary lives in its own module; re-exported so the grammar reads one vocabulary.
from .places import DEMONYMS as DEMONYMS
from .places import PARTIES as PARTIES
from .places import STATE_ABBREVIATIONS as STATE_ABBREVIATIONS

#: Head nouns of offices: the word a title ends in ("Foreign *Minister*", "Kremlin *spokesman*").
HEADS: Final = frozenset(
    """
    president vice-president premier chancellor minister secretary secretary-general undersecretary
    under-secretary mayor governor gov senator sen representative rep congressman congresswoman
    lawmaker legislator mp speaker spokesman spokeswoman spokesperson spokespeople chief head commander
    commander-in-chief director director-general administrator commissioner sheriff prosecutor
    attorney collector chairman chairwoman chairperson chair ambassador amb envoy ombudsman judge
    king queen emir sultan monarch pope ayatollah president-elect prime-minister
    adviser advisor negotiator superintendent supt inspector insp marshal coroner magistrate auditor
    comptroller treasurer councillor councilor councilman councilwoman alderman consul governor-general
    ceo cfo coo executive deputy officer detective det leader diplomat
    assemblyman assemblywoman assemblymember coordinator rapporteur manager constable archbishop
    emperor empress tsar czar tsarina pharaoh caliph vice-chairman vice-chair founder co-founder cofounder
    """.split()
)

#: Heads that are too vague alone: they need a modifier, a place/body or an "of"-complement
#: ("studio head" and "director Carla Mendez" are not officials; "health director" and
#: "head of the Council" are).
WEAK_HEADS: Final = frozenset(
    """chief head director chair officer executive deputy leader detective det diplomat coordinator
    founder co-founder cofounder""".split()
)

#: Heads that name an office only inside a public body: "the general manager of the State Emergency
#: Agency" is an official, "the team's general manager" or "store manager X" is not.
BODY_HEADS: Final = frozenset("manager".split())

#: Spelled-out ranks that, lower case and without a service word, are as often sports or civilian
#: roles ("Boston captain X", "the ship's captain") as offices; "army captain X", "Capt. X" stay officials.
AMBIGUOUS_RANKS: Final = frozenset("captain".split())

#: Service words that make an ambiguous rank military or police ("police captain", "Navy captain").
SERVICE_WORDS: Final = frozenset(
    "army navy naval police military marine marines guard air force forces coast corps fire militia".split()
)

#: Capitalised body words that are also common surnames ("Elena Park", "Jim Hall"): after a title
#: they may end a person's name.
SURNAME_BODY_WORDS: Final = frozenset("park hall house street bridge bank".split())

#: Reporting verbs after which a single capitalised word with a title appositive is a person
#: ("..., said Heriyanto, head of the rescue office"): speakers of one name.
REPORTING_VERBS: Final = frozenset("said says told added asked".split())

#: Time phrases after a title that make the office a former one ("his defense secretary at the time, X").
FORMER_AFTER: Final = (("at", "the", "time"), ("at", "that", "time"))

#: Copular and appointment verbs that link a name to an office ("X, who is the mayor of Y",
#: "X was re-elected president"), and the status each gives.
LINK_VERBS: Final = {
    "is": "current",
    "was": "former",
    "became": "current",
    "remains": "current",
    "elected": "current",
    "re-elected": "current",
    "reelected": "current",
    "named": "newly appointed",
    "appointed": "newly appointed",
    "sworn": "current",
    "crowned": "current",
    "become": "current",
    "becomes": "current",
    "serves": "current",
    "served": "former",
    "as": "current",
}

#: Adverbs that may stand in a linking-verb phrase ("X was later named defence minister",
#: "X again became president", "X also served as mayor").
LINK_ADVERBS: Final = frozenset("later again also once previously subsequently briefly eventually twice formerly".split())

#: Linking verbs that tie even a one-word name to the office that follows
#: ("Marlow became prime minister", "Ostrand was crowned king", "Veld served as mayor"),
#: unlike a bare copula ("Brindle is mayor" may name a place's mayor, not Brindle).
STRONG_LINKS: Final = frozenset("became become becomes elected re-elected reelected sworn crowned served serves".split())

#: Ordinals before a title ("the 11th president", "its second mayor"): read like a status word, kept
#: out of the title; "first" stays a title modifier ("First Deputy Prime Minister").
ORDINALS: Final = frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())

#: Verbs that give an office by what the person does ("X, who heads the port authority"), the head
#: noun of that office, and whether the verb's tense makes it a former one.
HEAD_VERBS: Final = {
    "heads": ("head", False),
    "headed": ("head", True),
    "leads": ("leader", False),
    "led": ("leader", True),
    "chairs": ("chair", False),
    "chaired": ("chair", True),
    "directs": ("director", False),
    "directed": ("director", True),
    "commands": ("commander", False),
    "commanded": ("commander", True),
}

#: Plural heads before coordinated names ("Sens. Ada Quill and Tomas Veld", "foreign ministers X and Y"):
#: each person holds the singular office.
PLURAL_HEADS: Final = {
    plural: singular
    for singular in "senator representative minister governor mayor ambassador president secretary spokesman spokeswoman".split()
    for plural in noun_forms(singular)[1:]  # the rule layer's inflections ("secretaries", "spokesmen")
} | {"sens": "senator", "reps": "representative"}

#: Roman numerals that follow a monarch's or pope's given name ("King Arvid II", "Pope Linus IV").
REGNAL_NUMERALS: Final = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())

#: Heads that only count with a qualifying body or modifier, never bare before a name
#: ("leader X" is not an office; "opposition leader", "Hamas leader" are excluded too: parties are not offices).
NEVER_BARE: Final = frozenset("leader executive officer deputy diplomat".split())

#: Heads whose "of"-complement is part of the title ("head of the National Security and
#: Defense Council", "commander of the Ground Forces") rather than the place.
ORG_HEADS: Final = frozenset(
    """chief head director director-general chairman chairwoman chairperson chair commander
    member secretary-general administrator commissioner superintendent inspector""".split()
)

#: Heads whose "for"/"of" complement is the body they speak for ("a spokesman for the IOM").
SPOKES_HEADS: Final = frozenset("spokesman spokeswoman spokesperson spokespeople".split())

#: Heads of local offices whose place may be stated earlier in the sentence
#: ("In the western city of Ivano-Frankivsk, Mayor ...").
CITY_HEADS: Final = frozenset("mayor".split())
REGION_HEADS: Final = frozenset("governor gov".split())

#: Multi-word heads, matched before single words (all their tokens are tagged as head).
MULTI_HEADS: Final = (
    ("director", "general"),
    ("secretary", "general"),
    ("attorney", "general"),
    ("solicitor", "general"),
    ("inspector", "general"),
    ("surgeon", "general"),
    ("governor", "general"),
    ("consul", "general"),
    ("commander", "in", "chief"),
    ("chief", "of", "staff"),
    ("chief", "justice"),
    ("chief", "executive"),
    ("chief", "executive", "officer"),
    ("secretary", "of", "state"),
    ("secretary", "of", "defense"),
    ("secretary", "of", "homeland", "security"),
    ("high", "commissioner"),
    ("crown", "prince"),
    ("lieutenant", "governor"),
    ("district", "attorney"),
    ("member", "of", "parliament"),
    ("chancellor", "of", "the", "exchequer"),
    ("prime", "minister"),
    ("press", "secretary"),
    ("police", "chief"),
    ("fire", "chief"),
    ("chief", "constable"),
    ("queen", "consort"),
    ("prince", "consort"),
)

#: Multi-word ranks ("Petty Officer", "Rear Adm.").
MULTI_RANKS: Final = (("petty", "officer"), ("warrant", "officer"), ("staff", "sergeant"), ("staff", "sgt"))

#: Military and police ranks, and how they are spelled out.
RANKS: Final = {
    "general": "General",
    "gen": "General",
    "lieutenant": "Lieutenant",
    "lt": "Lieutenant",
    "lieut": "Lieutenant",
    "colonel": "Colonel",
    "col": "Colonel",
    "major": "Major",
    "maj": "Major",
    "captain": "Captain",
    "capt": "Captain",
    "cpt": "Captain",
    "sergeant": "Sergeant",
    "sgt": "Sergeant",
    "admiral": "Admiral",
    "adm": "Admiral",
    "rear": "Rear",
    "brigadier": "Brigadier",
    "brig": "Brigadier",
    "corporal": "Corporal",
    "cpl": "Corporal",
    "commodore": "Commodore",
    "marshal": "Marshal",
    "field": "Field",
    "petty": "Petty",
    "warrant": "Warrant",
    "officer": "Officer",
    "staff": "Staff",
    "ensign": "Ensign",
    "cmdr": "Commander",
}

#: Abbreviated heads spelled out (gold spells them out).
HEAD_SPELLING: Final = {
    "gov": "Governor",
    "sen": "Senator",
    "rep": "Representative",
    "amb": "Ambassador",
    "supt": "Superintendent",
    "insp": "Inspector",
    "det": "Detective",
    "mp": "Member of Parliament",
}

#: Words that may stand between a place and a head and belong to the title:
#: portfolios ("Foreign", "Energy"), services ("police", "air force"), grades ("deputy", "senior").
MODIFIERS: Final = frozenset(
    """
    defense defence foreign interior home justice finance economy economic economics energy health
    education labor labour industry industries trade agriculture agricultural transport transportation
    environment environmental culture infrastructure communications communication intelligence security
    homeland veterans emergency emergencies digital social affairs policy public senior deputy vice
    assistant first state regional provincial municipal military police army navy naval air force forces
    fire national general press war armed presidential government parliamentary commerce treasury housing
    information development science technology tourism youth family refugees reintegration strategic
    local city county district federal prime civil aviation nuclear top chief principal special acting
    interim associate executive administrative legal medical human rights migration immigration
    customs border energy water power mining oil sports culture religious humanitarian exchequer
    managing financial operating marketing
    """.split()
)

#: Status words before a title and what status they give.
STATUS: Final = {
    "former": "former",
    "ex": "former",
    "then": "former",
    "late": "former",
    "erstwhile": "former",
    "onetime": "former",
    "one-time": "former",
    "acting": "acting",
    "interim": "acting",
    "caretaker": "acting",
    "new": "newly appointed",
    "newly": "newly appointed",
    "appointed": "newly appointed",
    "named": "newly appointed",
    "recently": "newly appointed",
    "incoming": "designate",
    "designate": "designate",
    "elect": "designate",
    "outgoing": "current",
    "current": "current",
    "sitting": "current",
}

#: Determiners and possessive pronouns that may open a title phrase.
DETERMINERS: Final = frozenset("the a an its his her their our".split())

#: Lower-case nouns of places and bodies allowed inside a complement ("of the Kharkiv region").
PLACE_NOUNS: Final = frozenset(
    """region regions province state city town village district county oblast area municipality
    prefecture territory republic council committee ministry department office agency service
    government bureau command forces force authority commission parliament assembly""".split()
)

#: Capitalised place nouns that end a place name ("Arapahoe County", "Kharkiv Oblast").
CAPITALISED_PLACE_NOUNS: Final = frozenset("region oblast province county governorate prefecture".split())

#: Services that, capitalised, name a body rather than qualify a title ("Nepal Army spokesman",
#: "Navy spokesman Capt. X"); lower case they stay title modifiers ("army spokesman").
CAPITALISED_BODIES: Final = frozenset("army navy guard marines corps".split())

#: Capitalised words that mark a body, not a place ("Defense Department", "Civil Aviation Authority").
ORG_WORDS: Final = frozenset(
    """department ministry council command agency administration authority guard army navy force forces
    office service services committee commission bureau police party union nations organization
    organisation corps court parliament senate house congress bank fund hospital defense defence
    university institute company inc corp group assembly cabinet kremlin pentagon directorate
    secretariat federation alliance coalition board league cup street avenue road square hotel airport
    station bridge park building hall club award prize motors electric dynamics""".split()
)

#: Capitalised single words naming well-known public bodies (no people).
ORG_NAMES: Final = frozenset("kremlin pentagon nato un u.n. eu iaea nasa fema fbi cia who imf opec interpol".split())

#: Name particles that may sit inside a name ("Pieter van Aalst", "Lula da Silva").
PARTICLES: Final = frozenset(
    "van von der den de da das dos do del della di du la le ter ten bin ibn al el abu bint st. arap".split()
)

#: Prepositions after which a capitalised run is a place, never a person.
PLACE_PREPOSITIONS: Final = frozenset("in at near from into to across outside inside over".split())

#: Capitalised words that open sentences or name times; never part of a name or a place chain.
STOPWORDS: Final = frozenset(
    """
    the a an in on at of for and but or as by to from with after before during when while if this that
    these those his her their its our my your he she they it we i you him them us mr mrs ms dr sir
    said says told according also however meanwhile separately earlier later still yet then now today
    tonight yesterday tomorrow last next since until because although though despite among amid
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    there here where what who whom which why how not no yes all both each every some many most more
    such other another one two three four five six seven eight nine ten first second third
    speaking asked writing added
    """.split()
)

#: Lower-case possessive bodies that hold no public office ("X, the group's president",
#: "X, the campaign's press secretary"): an appositive title after a name is not read through them.
PRIVATE_BODIES: Final = frozenset("group company firm campaign club team band family business organization".split())

#: Month words that are also given names or surnames ("Jan Kowalski", "June Harris", "Theresa May"):
#: inside a run of name words (never before a number) they are names, not dates.
NAME_MONTHS: Final = frozenset("jan may june april august".split())

#: Abbreviations whose period belongs to the word (tokenizer keeps "Gov." together).
DOTTED_ABBREVIATIONS: Final = frozenset(
    "gov sen sens rep reps gen lt lieut col maj capt cpt sgt adm cmdr brig cpl supt insp det amb mr mrs ms dr st jr sr".split()
)

#: Honorifics that may stand between a title or rank and a name, or open an appositive name
#: ("Gen Sir Andrew X", "the ministry's director, Dr. Y"); never part of the name or the title.
HONORIFICS: Final = frozenset("sir dame dr prof".split())

#: Party words that, before a title, name the member's party rather than a place
#: ("the Conservative MP X", "Democratic Sen. Y"): the organization, never the place.
PARTY_WORDS: Final = frozenset(
    "conservative conservatives liberal liberals democratic democrat republican tory green greens socialist".split()
)
