"""Curated general vocabulary the casualty extractor reads with.

Everything here is ordinary news English: nouns that name people, verbs and
predicates that say what happened to them, and the words that mark an earlier,
superseded toll. Nothing is keyed to particular articles, people or places.
"""

from __future__ import annotations

from typing import Final

#: The casualty statuses of FORMAT.md.
STATUSES: Final = ("killed", "wounded", "hospitalized", "missing", "captured", "evacuated", "rescued")

#: Plural and singular nouns for people that a casualty count can be about ("four civilians").
PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    """
    people person persons individuals individual civilians civilian children child kids kid boys boy girls girl
    babies baby infants infant toddlers toddler teenagers teenager teens teen adolescents youths youth adults adult
    men man women woman elderly students student pupils pupil schoolchildren teachers teacher
    soldiers soldier troops servicemen serviceman servicemembers servicemember troopers trooper marines marine
    conscripts recruits cadets officers officer policemen policeman policewoman policewomen police
    firefighters firefighter rescuers rescuer paramedics paramedic medics medic doctors doctor nurses nurse
    workers worker employees employee miners miner labourers laborers staffers staff personnel
    passengers passenger crew sailors sailor seamen seaman mariners mariner fishermen fisherman pilots pilot
    drivers driver pedestrians pedestrian motorists motorist cyclists cyclist commuters commuter
    residents resident villagers villager inhabitants locals worshippers worshipper worshipers worshiper
    protesters protester demonstrators demonstrator migrants migrant refugees refugee asylum-seekers
    journalists journalist reporters reporter photographers photographer tourists tourist visitors visitor
    pilgrims pilgrim prisoners prisoner inmates inmate detainees detainee hostages hostage captives captive
    militants militant fighters fighter insurgents insurgent rebels rebel gunmen gunman attackers attacker
    assailants assailant suspects suspect bomber bombers shooter shooters terrorists terrorist jihadists
    combatants combatant guards guard members member victims victim survivors survivor others
    farmers farmer herders herder shoppers shopper spectators spectator fans fan guests guest classmates classmate
    relatives relative patients patient bystanders bystander volunteers volunteer contractors contractor
    other roommates roommate responders responder agents agent citizens citizen nationals national
    monks monk priests priest clerics cleric nuns nun parishioners worshippers elements
    policemen gendarmes gendarme deputies deputy sheriff troopers guardsmen guardsman peacekeepers peacekeeper
    hikers hiker climbers climber swimmers swimmer campers camper tenants tenant occupants occupant
    leaders leader commanders commander perpetrators perpetrator owners owner activists activist
    players player athletes athlete minors generals colonels lieutenants sergeants
    operatives operative
    pastors pastor imams imam cadres cadre delegates delegate traders trader businessmen businessman
    herdsmen herdsman hunters hunter vigilantes vigilante hijackers hijacker militiamen militiaman merchants merchant
    vendors vendor informants informant lieutenant sergeant captain colonel clerks clerk cashiers cashier
    councilors councilor councillors councillor shopkeepers shopkeeper customers customer diners diner patrons patron
    congregants congregant churchgoers churchgoer robbers robber thieves thief bandits bandit fugitives fugitive
    judges judge engineers engineer lawyers lawyer prosecutors prosecutor chairman chairmen chairperson aldermen
    alderman mayors mayor governors governor chiefs chief
    kidnappers kidnapper smugglers smuggler poachers poacher separatists separatist extremists extremist
    principals principal headteachers headteacher headmasters headmaster headmistress
    officials official family families couple mother father son daughter brother sister husband wife grandmother grandfather
    mercenaries mercenary inspectors inspector constables constable bodyguards bodyguard elders elder collectors collector
    chieftains chieftain males male females female
    """.split()
)

#: Nouns whose very meaning is a casualty status ("27 deaths", "three bodies", "1 fatality").
STATUS_NOUNS: Final[dict[str, str]] = {
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "dead": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "corpse": "killed",
    "body": "killed",
    "lives": "killed",
    "injuries": "wounded",
    "hostages": "captured",
    "hostage": "captured",
    "captives": "captured",
}

#: Status nouns that only state a casualty after a verb of taking/claiming ("took 251 hostages").
NEEDS_VERB: Final[frozenset[str]] = frozenset({"lives", "hostages", "hostage", "captives", "injuries", "death"})

#: Nominalised participles used as heads ("seven of the wounded") and their status.
NOMINAL_STATUS: Final[dict[str, str]] = {
    "wounded": "wounded",
    "injured": "wounded",
    "dead": "killed",
    "killed": "killed",
    "missing": "missing",
    "rescued": "rescued",
    "evacuated": "evacuated",
    "abducted": "captured",
    "kidnapped": "captured",
    "hospitalized": "hospitalized",
}

#: Collective nouns a count can follow ("the crew of 23").
COLLECTIVE_NOUNS: Final[frozenset[str]] = frozenset({"crew", "family", "group", "party", "team", "total"})

#: Heads that make a count a count of people in general (normalised to "people" in merge keys).
GENERIC_WHO: Final[frozenset[str]] = frozenset(
    {
        "people",
        "person",
        "persons",
        "individuals",
        "individual",
        "one",
        "others",
        "other",
        "victims",
        "victim",
        "fatalities",
        "fatality",
        "deaths",
        "death",
        "dead",
        "casualties",
        "lives",
    }
)

#: Words that end a noun phrase: a count followed by one of them has no noun of its own.
NP_STOP_WORDS: Final[frozenset[str]] = frozenset(
    """
    were was are is be been being had have has who that which and or but in on at of from to by when during after
    before as while with for into near a an the this last remain remained remains still also died dead killed wounded injured hurt
    missing rescued evacuated hospitalized hospitalised later reportedly had including among whom them reported
    """.split()
)

#: Left-hand verbs: "killing four civilians", "rescued 43 people". Base forms after modals are left out.
LEFT_VERBS: Final[dict[str, str]] = {
    "killing": "killed",
    "assassinated": "killed",
    "assassinating": "killed",
    "murdered": "killed",
    "murdering": "killed",
    "executed": "killed",
    "executing": "killed",
    "beheaded": "killed",
    "beheading": "killed",
    "lynched": "killed",
    "killed": "killed",
    "kills": "killed",
    "kill": "killed",
    "slaying": "killed",
    "slew": "killed",
    "wounding": "wounded",
    "wounded": "wounded",
    "wounds": "wounded",
    "injuring": "wounded",
    "injured": "wounded",
    "injures": "wounded",
    "hurting": "wounded",
    "hurt": "wounded",
    "rescuing": "rescued",
    "rescued": "rescued",
    "saved": "rescued",
    "saving": "rescued",
    "freed": "rescued",
    "freeing": "rescued",
    "evacuating": "evacuated",
    "evacuated": "evacuated",
    "airlifted": "evacuated",
    "abducting": "captured",
    "abducted": "captured",
    "kidnapping": "captured",
    "kidnapped": "captured",
    "capturing": "captured",
    "captured": "captured",
    "seized": "captured",
    "seizing": "captured",
    "hospitalized": "hospitalized",
    "hospitalised": "hospitalized",
}

#: Verbs that turn a status noun into a casualty ("took 251 hostages", "claimed seven lives").
TAKING_VERBS: Final[frozenset[str]] = frozenset(
    """took taking take takes claimed claiming claims cost costing costs seized seizing holding held
    recorded recording reported reporting caused causing left leaving recovered recovering pulled found
    resulting resulted""".split()
)

#: Violent verbs whose object can be followed by "to death" ("shot two men to death", "beat a guard to death").
TO_DEATH_VERBS: Final[frozenset[str]] = frozenset(
    """shot shooting stabbed stabbing beat beating hacked hacking stoned stoning clubbed clubbing burned burning
    burnt tortured torturing crushed crushing kicked kicking bludgeoned bludgeoning""".split()
)

#: Marks of an earlier, since revised toll.
EARLIER_MARKERS: Final[tuple[str, ...]] = (
    "earlier",
    "previously",
    "initially",
    "had said",
    "had put",
    "had reported",
    "had given",
    "had earlier",
    "previous",
)

#: Place-type words in "the northeastern city of Kharkiv", "the Kherson region".
PLACE_TYPES: Final[frozenset[str]] = frozenset(
    """city town village region province state district capital county island port area neighborhood
    neighbourhood suburb municipality governorate oblast territory hamlet settlement camp""".split()
)

#: Capitalised words that are not places (weekdays, months, holidays, platforms).
NOT_PLACES: Final[frozenset[str]] = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Telegram Facebook Twitter X The A An This That His Her Their
    Its Our He She They It We I Christmas Easter Ramadan Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)

#: Heads that name the people who carried out an attack: their own deaths are not a part of
#: a victims' figure stated before ("killed nine people ... then killed himself").
PERPETRATOR_NOUNS: Final[frozenset[str]] = frozenset(
    """gunman gunmen gunwoman attacker attackers assailant assailants shooter shooters bomber bombers
    perpetrator perpetrators hijacker hijackers himself herself""".split()
)

#: Relatives: "a farmer and his son were killed" names a second victim by kinship.
KIN: Final[frozenset[str]] = frozenset(
    """wife husband son sons daughter daughters brother brothers sister sisters mother father child children
    nephew niece cousin grandson granddaughter grandchildren baby parents family""".split()
)

#: Who "himself" is in "... before killing himself": the last of these before it.
ACTOR_NOUNS: Final[frozenset[str]] = frozenset(
    "gunman gunwoman attacker assailant shooter bomber perpetrator suspect hijacker terrorist militant driver".split()
)
