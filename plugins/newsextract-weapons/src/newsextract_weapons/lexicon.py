"""Curated general vocabulary the weapon extractor reads with.

Everything here is general English and general military vocabulary (weapon nouns,
the verbs reports use for launching, shooting down, hitting, losing and supplying,
and well-known weapon model names). Nothing is keyed to particular articles.
All words are lower case; matching is case-insensitive.
"""

from __future__ import annotations

from typing import Final

#: The class vocabulary of FORMAT.md.
CLASSES: Final = (
    "drone",
    "missile",
    "rocket",
    "bomb",
    "shell",
    "aircraft",
    "helicopter",
    "tank",
    "armored_vehicle",
    "artillery",
    "air_defense",
    "ship",
    "other",
)

#: The status vocabulary of FORMAT.md.
STATUSES: Final = ("launched", "neutralized", "hit", "lost", "supplied", "other")

#: Head nouns of a weapon noun phrase (singular and plural) -> weapon class.
#: ``None`` means "decided by the modifiers" (generic heads such as "systems").
# fmt: off
HEADS: Final[dict[str, str | None]] = {
    # drones
    "drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "shahed": "drone",
    "shaheds": "drone", "geran": "drone", "gerans": "drone", "lancet": "drone", "lancets": "drone",
    "quadcopter": "drone", "quadcopters": "drone", "uas": "drone", "uass": "drone",
    # missiles
    "missile": "missile", "missiles": "missile", "interceptor": "missile", "interceptors": "missile",
    "kinzhal": "missile", "kinzhals": "missile", "iskander": "missile", "iskanders": "missile",
    "kalibr": "missile", "kalibrs": "missile", "tomahawk": "missile", "tomahawks": "missile",
    "atacms": "missile", "stinger": "missile", "stingers": "missile", "javelin": "missile",
    "javelins": "missile", "taurus": "missile",
    # missile abbreviations: anti-ship, intercontinental, submarine-launched, short- and intermediate-range
    "asbm": "missile", "asbms": "missile", "icbm": "missile", "icbms": "missile", "slbm": "missile",
    "slbms": "missile", "srbm": "missile", "srbms": "missile", "irbm": "missile", "irbms": "missile",
    "mrbm": "missile", "mrbms": "missile", "sam": "missile", "sams": "missile",
    # rockets
    "rocket": "rocket", "rockets": "rocket", "katyusha": "rocket", "katyushas": "rocket", "grad": "rocket",
    "grads": "rocket", "projectile": "rocket", "projectiles": "rocket",
    # bombs
    "bomb": "bomb", "bombs": "bomb", "kab": "bomb", "kabs": "bomb", "buster": "bomb", "busters": "bomb",
    "bunker-buster": "bomb", "bunker-busters": "bomb", "device": None,
    "devices": None,  # bombs only with "explosive", "improvised" ...
    # shells and ammunition
    "shell": "shell", "shells": "shell", "round": "shell", "rounds": "shell", "munition": None,
    "munitions": None, "ammunition": "shell",
    # aircraft
    "jet": "aircraft", "jets": "aircraft", "warplane": "aircraft", "warplanes": "aircraft",
    "aircraft": "aircraft", "plane": "aircraft", "planes": "aircraft", "bomber": "aircraft",
    "bombers": "aircraft", "f-16s": "aircraft", "f-16": "aircraft", "mirages": "aircraft",
    "gripens": "aircraft", "fighter-bomber": "aircraft", "fighter-bombers": "aircraft", "airplane": "aircraft",
    "airplanes": "aircraft", "aeroplane": "aircraft", "aeroplanes": "aircraft",
    # helicopters
    "helicopter": "helicopter", "helicopters": "helicopter", "gunship": "helicopter", "gunships": "helicopter",
    # tanks and armour
    "tank": "tank", "tanks": "tank", "leopards": "tank", "abrams": "tank", "challengers": "tank",
    "vehicle": "armored_vehicle", "vehicles": "armored_vehicle", "carrier": None, "carriers": None,
    "apc": "armored_vehicle", "apcs": "armored_vehicle", "ifv": "armored_vehicle", "ifvs": "armored_vehicle",
    "bradleys": "armored_vehicle", "strykers": "armored_vehicle", "marders": "armored_vehicle",
    # artillery
    "howitzer": "artillery", "howitzers": "artillery", "mortar": "artillery", "mortars": "artillery",
    "himars": "artillery", "launcher": None, "launchers": None, "gun": None, "guns": None, "system": None,
    "systems": None, "battery": None, "batteries": None, "pieces": None, "complexes": None,
    # air defence
    "patriots": "air_defense", "gepards": "air_defense", "nasams": "air_defense",
    # ships
    "ship": "ship", "ships": "ship", "warship": "ship", "warships": "ship", "vessel": "ship",
    "vessels": "ship", "boat": "ship", "boats": "ship", "frigate": "ship", "frigates": "ship",
    "corvette": "ship", "corvettes": "ship", "destroyer": "ship", "destroyers": "ship", "submarine": "ship",
    "submarines": "ship", "cruiser": "ship", "cruisers": "ship", "minesweeper": "ship", "minesweepers": "ship",
    "gunboat": "ship", "gunboats": "ship", "speedboat": "ship", "speedboats": "ship", "dinghy": "ship",
    "dinghies": "ship",
    # other
    "radar": "other", "radars": "other", "station": None, "stations": None,
}
# fmt: on

#: Heads that only name a weapon with a military word in the phrase or the sentence.
AMBIGUOUS_HEADS: Final = frozenset(
    "jet jets plane planes airplane airplanes aeroplane aeroplanes aircraft vehicle vehicles ship ships "
    "vessel vessels boat boats "
    "system systems station stations pieces complexes carrier carriers gun guns battery batteries "
    "projectile projectiles round rounds".split()
)

#: Heads that name a weapon only with a military word in the phrase itself ("armored vehicles").
PHRASE_MILITARY_HEADS: Final = frozenset("vehicle vehicles carrier carriers".split())

#: Nouns that turn a weapon word before them into a modifier ("missile tests", "drone strikes").
COMPOUND_NOUNS: Final = frozenset(
    """
    test tests strike strikes attack attacks launch launches alert alerts debris fragment fragments
    factory factories plant plants unit units operator operators pilot pilots crew crews production
    program programme programs programmes site sites stock stocks stockpile stockpiles depot depots
    warehouse warehouses defense defence part parts component components engine engines maker makers
    company companies shelter shelters warning warnings siren sirens threat threats technology
    brigade brigades battalion battalions regiment regiments base bases show shows market markets
    race races scare scares boom booms sale sales deal deals contract contracts fire fuel ammunition
    """.split()
)

#: Lower-case words that may stand between a count and its head noun.
MODIFIERS: Final = frozenset(
    """
    more additional further extra other new remaining last final first
    russian ukrainian enemy western iranian israeli american british german french soviet
    north korean chinese houthi u.s.-made russian-made iranian-made western-made soviet-era
    hypersonic cruise ballistic anti-ship anti-radar anti-aircraft anti-tank anti-air
    guided unguided aerial glide gliding attack kamikaze strike one-way loitering
    long-range short-range medium-range intermediate-range air-launched sea-launched ground-launched
    surface-to-air air-to-air air-to-surface surface-to-surface ship-launched
    artillery rocket missile air defense defence air-defense air-defence anti-missile
    fighter combat military armored armoured infantry fighting personnel battle main
    self-propelled towed tracked wheeled heavy light multiple mobility high launch
    naval sea uncrewed unmanned robotic surface underwater fpv reconnaissance decoy
    jet-powered jet precision smart cluster incendiary thermobaric high-explosive explosive
    landing missile-carrying patrol amphibious such improvised explosive-laden navy
    recovery engineering engineer bridge-laying bridgelaying mine-clearing demining repair command
    promised pledged requested ordered donated
    radar small-arms mortar tank howitzer
    refurbished modernized modernised upgraded second-hand surplus decommissioned mothballed
    suicide small fast land land-attack strategic tactical bunker bunker-buster stealth fixed-wing
    solid-fueled solid-fuelled liquid-fueled liquid-fuelled intercontinental submarine-launched
    precision-guided one-way long-range nuclear-capable nuclear air-to-ground ground-to-air sea-based
    interceptor supersonic subsonic attack-drone missile-armed armed assault transport
    car truck vehicle-borne roadside aeroballistic air-ballistic
    """.split()
)

#: Lower-case modifiers that make a phrase a military one (for ambiguous heads).
MILITARY_WORDS: Final = frozenset(
    """
    fighter combat military armored armoured infantry fighting personnel battle attack strike tactical
    artillery rocket missile air defense defence air-defense air-defence anti-aircraft anti-missile
    anti-tank anti-ship surface-to-air self-propelled howitzer warplanes naval uncrewed unmanned
    radar mortar small-arms kamikaze loitering landing missile-carrying patrol tank navy
    aerial suicide assault missile-armed armed destroyed downed wrecked
    """.split()
)

#: Words in a phrase that make it not a weapon at all.
BLOCKERS: Final = frozenset(
    """
    camera consumer toy toys hobby hobbyist racing delivery agricultural commercial passenger
    civilian cargo merchant fishing container cruise-ship tourist rescue medical fuel oil water
    gas storage septic think space satellite satellites airbus boeing embraer bombardier airliner
    airliners
    """.split()
)

#: Sentence words that mark a business, sports or entertainment context (products, shots
#: and props, not weapons) when the phrase itself has no military word.
CIVIL_CONTEXT: Final = frozenset(
    """
    company company's maker manufacturer manufacturers firm startup retailer customers worldwide
    sales market shares revenue consumers hobbyists film movie thriller game games players
    box office production studio airline airlines carrier's passengers flights
    points scored goal goals coach team match league season quarter striker goalkeeper
    basket baskets three-pointers innings fans
    """.split()
)

#: Sentence words that mark a military report: they override :data:`CIVIL_CONTEXT`.
MILITARY_CONTEXT: Final = frozenset(
    """
    attack attacks attacked military army troops forces defense defence war strike strikes
    airstrike airstrikes shelling offensive front enemy pentagon invasion overnight barrage
    intercepted shot air-defense ministry weapons struck downed exploded killing killed wounded
    injured gunmen attackers militants deployed sank sunk sinking navy naval warship warships frigate
    """.split()
)

#: Sentence words of a firefighting or rescue report: aircraft and helicopters there are
#: water bombers, not weapons (unless the sentence is a military one).
FIREFIGHTING_CONTEXT: Final = frozenset(
    """
    firefighters firefighter firefighting wildfire wildfires blaze blazes flames fire-fighting
    water-dropping water-bombing waterbombing
    """.split()
)

#: Classes a firefighting context makes civil ("backed by nine helicopters").
FIREFIGHTING_CLASSES: Final = frozenset("aircraft helicopter ship".split())

#: People who ride in a platform: "commandos aboard four helicopters" used the helicopters.
TROOP_NOUNS: Final = frozenset(
    """
    troops soldiers commandos marines paratroopers forces fighters servicemen special-forces
    rangers seals infantrymen sailors
    """.split()
)

#: Nouns of an attack after "took part in" / "participated in": the weapons were launched.
OPERATION_NOUNS: Final = frozenset(
    """
    attack attacks assault assaults operation operations strike strikes raid raids offensive
    bombardment barrage barrages bombing bombings airstrike airstrikes counterattack counteroffensive
    """.split()
)

#: Nouns of a drill or show after "took part in" / "carried out": the platforms' status is other.
EXERCISE_NOUNS: Final = frozenset(
    """
    exercise exercises drill drills patrol patrols parade parades manoeuvre manoeuvres maneuver maneuvers
    war-game war-games wargame wargames flypast flyover display displays show
    """.split()
)

#: Modifiers that make a "device" a bomb ("improvised explosive devices").
EXPLOSIVE_WORDS: Final = frozenset("explosive explosive-laden improvised incendiary".split())

#: "include" verbs that mean "took part": "the strikes involved 14 jets" (launched).
INVOLVE_VERBS: Final = frozenset("involved involving involve involves".split())

#: Verbs "used"/"employed": launched, for munitions only (not for a film's props).
USE_VERBS: Final = frozenset("used using employed employ employs employing".split())
#: Verbs of firing that make a munition "sent" in the same sentence a launch, not a delivery.
FIRING_WORDS: Final = frozenset("fired launched attacked struck targeted".split())
#: Classes that "used" can launch.
MUNITION_CLASSES: Final = frozenset("drone missile rocket bomb shell".split())

#: Words that make a sentence an arms-aid sentence ("includes" = supplied).
AID_CONTEXT: Final = frozenset(
    """
    package aid assistance tranche delivery deliveries shipment shipments donation military-aid
    stockpiles procurement
    """.split()
)

#: Air-defence cues among the words of a phrase with a generic head ("systems", "launchers").
AIR_DEFENSE_CUES: Final = frozenset(
    """
    air defense defence air-defense air-defence anti-aircraft anti-air anti-missile surface-to-air
    patriot iris-t nasams gepard hawk buk tor pantsir s-300 s-400 sam samp/t crotale skynex
    """.split()
)

#: Artillery cues among the words of a phrase with a generic head.
ARTILLERY_CUES: Final = frozenset(
    "artillery rocket himars mlrs howitzer howitzers mortar caesar m777 krab archer grad uragan smerch".split()
)

#: Well-known weapon model names (lower case) -> class; a phrase naming one carries ``model``.
# fmt: off
MODELS: Final[dict[str, str]] = {
    "shahed": "drone", "shahed-136": "drone", "shahed-131": "drone", "geran": "drone", "geran-2": "drone",
    "geran-3": "drone", "lancet": "drone", "orlan": "drone", "magura": "drone", "bayraktar": "drone",
    "switchblade": "drone", "gerbera": "drone", "kinzhal": "missile", "iskander": "missile",
    "iskander-m": "missile", "iskander-k": "missile", "kh-101": "missile", "kh-555": "missile",
    "kh-22": "missile", "kh-32": "missile", "kh-59": "missile", "kh-31": "missile", "kh-31p": "missile",
    "kh-47m2": "missile", "kalibr": "missile", "kn-23": "missile", "kn-24": "missile", "oniks": "missile",
    "zircon": "missile", "tsirkon": "missile", "atacms": "missile", "storm shadow": "missile",
    "scalp": "missile", "tomahawk": "missile", "taurus": "missile", "fattah": "missile", "stinger": "missile",
    "javelin": "missile", "neptune": "missile", "s-300": "air_defense", "s-400": "air_defense",
    "patriot": "air_defense", "iris-t": "air_defense", "nasams": "air_defense", "gepard": "air_defense",
    "hawk": "air_defense", "himars": "artillery", "mlrs": "artillery", "caesar": "artillery",
    "m777": "artillery", "f-16": "aircraft", "f-35": "aircraft", "su-34": "aircraft", "su-35": "aircraft",
    "su-25": "aircraft", "mig-29": "aircraft", "tu-95": "aircraft", "tu-22m3": "aircraft",
    "mirage": "aircraft", "gripen": "aircraft", "typhoon": "aircraft", "ka-52": "helicopter",
    "mi-8": "helicopter", "mi-28": "helicopter", "apache": "helicopter", "black hawk": "helicopter",
    "leopard": "tank", "abrams": "tank", "challenger": "tank", "t-72": "tank", "t-90": "tank", "t-80": "tank",
    "bradley": "armored_vehicle", "stryker": "armored_vehicle", "marder": "armored_vehicle",
    "bmp": "armored_vehicle", "paveway": "bomb", "jdam": "bomb", "fab-500": "bomb", "fab-1500": "bomb",
    "fab-3000": "bomb", "grad": "rocket", "katyusha": "rocket", "qassam": "rocket", "hornet": "aircraft",
    "raptor": "aircraft", "tornado": "aircraft", "rafale": "aircraft", "iron dome": "air_defense",
    "david's sling": "air_defense", "thaad": "air_defense",
}
# fmt: on

#: Words a count can be followed by without a head of its own ("another 20", "22 of them"):
#: location prepositions used in breakdowns ("41 over the Bryansk region").
BREAKDOWN_PREPOSITIONS: Final = frozenset("over above near in off across on along at toward towards against".split())


def _phrases(source: str) -> list[str]:
    """``"a|b c|d"`` -> ``["a", "b c", "d"]`` with runs of whitespace collapsed."""
    return [" ".join(p.split()) for p in source.split("|") if p.strip()]


#: Verbs before a weapon phrase (the phrase is their object) -> status. Multi-word entries
#: are matched with any run of spaces.
LEFT_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(
        """fired fire fires firing launched launch launches launching unleashed unleash dropped drop
        drops dropping hurled lobbed threw throw throws throwing test-fired test-fire test-fires
        test-firing test-launched test-launch test-launches test-launching aimed""".split(),
        "launched",
    ),
    **dict.fromkeys(
        _phrases("""shot down|shoot down|shoots down|shooting down|downed|destroyed|destroy|destroys|destroying
        |intercepted|intercept|intercepts|intercepting|jammed|suppressed|neutralized|neutralised
        |eliminated|repelled|disabled|knocked out|brought down|took out|taken out|sank|sunk|sinking
        |neutralizing|neutralising|shot|downing|knocked down|knock down|knocks down|knocking down
        |sinking|sink|sinks|wrecked|wrecking"""),
        "neutralized",
    ),
    **dict.fromkeys(
        _phrases("""send|sends|sending|sent|deliver|delivers|delivered|delivering|supply|supplies|supplied
        |supplying|provide|provides|provided|providing|pledge|pledges|pledged|pledging|promise|promises
        |promised|receive|receives|received|receiving|bought|buy|buys|buying|purchase|purchased
        |purchasing|order for|orders for|ordered|transfer|transferred|transferring|donate|donated
        |donating|give|gives|gave|given|giving|shipped|shipping|committed|commit|commits
        |hand over|handed over|handing over|acquire|acquired|will get|would get|to get|approved
        |allocate|allocated|to ship|will ship|would ship
        |contract for|contracts for|deal for|deals for|agreement for|agreements for
        |sale of|sell|sells|sold|selling|delivery of|deliveries of|shipment of
        |shipments of|supply of|supplies of|pay for|pays for|paid for|paying for|fund|funds|funded
        |finance|finances|financed|financing"""),
        "supplied",
    ),
    # Ukrainian Air Force style: "hits by 15 drones were recorded".
    **dict.fromkeys(_phrases("hits by|hits of|hits from|impacts of|impacts by|impacts from"), "hit"),
    # "lost 30 drones to jamming": status lost (platforms a side lost are neutralized, see extract).
    **dict.fromkeys(_phrases("lost|lose|loses|losing"), "lost"),
    # Deployments, stockpiles and displays: status "other" ("massed 900 tanks near the border").
    **dict.fromkeys(
        # (forms that are mostly nouns, "building", "station", "mass", are left out)
        _phrases("""deployed|deploy|deploys|deploying|massed|amassed|amass|amassing|stationed
        |stationing|positioned|dispatched|dispatching|loaded|stockpiled|stockpiling|possesses|possess
        |paraded|parading|showcased|showcasing|exhibited|produce|produces|produced|producing|manufacture
        |manufactures|manufactured|manufacturing|builds"""),
        "other",
    ),
    # Seizures and finds are not in the status vocabulary: the search stops there, no fact.
    **dict.fromkeys(
        _phrases(
            "seized|seize|recovered|confiscated|found|discovered|uncovered|unearthed|captured|stole|stolen|displayed|showed|shown"
        ),
        "",
    ),
}

#: Attack verbs: followed by "with" + a weapon phrase, the weapon was launched
#: ("attacked Ukraine with 147 drones"); followed by "by", it hit ("was hit by six drones").
ATTACK_VERBS: Final = frozenset(
    "attacked attack attacks attacking struck strike strikes striking hit hits hitting targeted targeting "
    "pounded bombarded shelled hammered raided".split()
)

#: "include" verbs: supplied in an aid sentence, else the status of the set they break down.
INCLUDE_VERBS: Final = frozenset(
    "include includes included including comprised comprising involved involving consisted contains contain containing".split()
)
