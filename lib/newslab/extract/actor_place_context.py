"""A one-word name the model called a person that its sentence shows to be a place: an apposition that says so ("Amarah,
a city in southern Iraq"; :func:`described_as_place`) or a coordination with a known place ("Mosul and Raqqah";
:func:`coordinated_with_place`), a list whose other names are all places ("Copan, Tikal, and Chichen Itza";
:func:`places_by_list`). Small towns the model has not seen read as surnames out of context. And the
reverse guard: a comma list holding a person is no "Town, Region" pair (:func:`in_person_list`). A one-word "group"
(NORP) after a preposition that is no group word is a place ("the chapel of Dernabur"; :func:`places_after_prepositions`).
A town before ", <US state or country>" is the town of a "Town, Region" pair, even when it is a given name too ("Marion,
Ohio"; :func:`town_before_region`)."""

from __future__ import annotations

from .actor_parse import span_text
from functools import lru_cache

from ..paths import data_rows
from .docindex import doc_words
from .actor_compass import COMPASS
from .actor_hyphen_names import NAME_PARTICLES
from .actor_lexicons import POSSESSIVE, SETTLEMENT_NOUNS, big_cities, country_iso3, given_names, towns, us_states

#: Place nouns of an apposition ("Hadibo, a small town"): the settlement nouns that introduce a name ("the town of X"),
#: a site, and smaller units.
APPOSITION_PLACE_NOUNS = SETTLEMENT_NOUNS | {"site", "suburb", "neighbourhood", "neighborhood", "settlement", "commune"}
#: Words that may follow the place noun of such an apposition: where the place lies or what it belongs to.
_AFTER_PLACE_NOUN = {"in", "of", "near", "on", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest", "outside", ",", ".", ";"}
#: Words that end the apposition's noun phrase before any place noun.
_STOP = {"in", "of", "on", "at", "for", "with", "from", "to", "by", "who", "which", "that", "and", "or"}


def described_as_place(doc, e) -> bool:
    """Whether ``e`` is followed by ", a/an/the (up to three words) <place noun> in/of/near ..." ("Hadibo, a small town
    on the north coast", "Amarah, a city in southern Iraq")."""
    i = e.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return False
    for k in range(i + 2, min(len(doc) - 1, i + 6)):
        if doc[k].lower_ in APPOSITION_PLACE_NOUNS:
            return doc[k + 1].lower_ in _AFTER_PLACE_NOUN
        if doc[k].is_punct or doc[k].lower_ in _STOP:
            return False  # "Harwick, a lawyer in the city": the apposition's noun came before
    return False


def _known_place(span) -> bool:
    text = span.text
    return text in big_cities() or bool(country_iso3(text)) or text in us_states()


def coordinated_with_place(doc, e) -> bool:
    """Whether ``e`` (one word, no given name) is joined by "and"/"or" to a state, a US state or a city of 100,000
    people or more ("Mosul and Raqqah", "between Raqqah or Aleppo")."""
    if len(e) != 1 or span_text(e) in given_names():
        return False
    n = len(doc)
    after = e.end + 1 < n and doc[e.end].lower_ in {"and", "or"} and any(
        _known_place(doc[e.end + 1:e.end + 1 + k]) for k in (1, 2, 3) if e.end + 1 + k <= n)
    before = e.start >= 2 and doc[e.start - 1].lower_ in {"and", "or"} and any(
        _known_place(doc[e.start - 1 - k:e.start - 1]) for k in (1, 2, 3) if e.start - 1 - k >= 0)
    return bool(after or before)


def in_person_list(doc, e, ents) -> bool:
    """Whether ``e`` stands in a comma list ("Christie, Kasich, Bush") with a member the model calls a person: then a
    comma before it joins names of one kind, it does not put a region after a town ("Exeter, Devon")."""
    starts = {x.start: x for x in ents}
    ends = {x.end: x for x in ents}
    labels = []
    i = e.start  # walk left over "<name> ," pairs
    while i >= 2 and doc[i - 1].text == "," and (i - 1) in ends:
        labels.append(ends[i - 1].label_)
        i = ends[i - 1].start
    if i >= 2 and doc[i - 1].lower_ == "of" and _singular(doc[i - 2]) in _LIST_PLACE_NOUNS:
        return False  # "the cities of Tempe, Peoria, Chandler": a list of places, whatever the model read
    j = e.end  # and right over ", <name>" and ", and <name>"
    while j + 1 < len(doc) and doc[j].text == ",":
        k = j + 2 if doc[j + 1].lower_ in {"and", "or"} else j + 1
        if k not in starts:
            break
        labels.append(starts[k].label_)
        j = starts[k].end
    return "PERSON" in labels


def list_members(doc, e, ents) -> list:
    """The other names of the list ``e`` stands in: names joined to it by commas, "and" or "or" ("Copan, Tikal, and
    Chichen Itza"), each one of ``ents``."""
    starts = {x.start: x for x in ents}
    ends = {x.end: x for x in ents}
    out = []
    i = e.start
    while i >= 2:
        p = i - 1
        if doc[p].lower_ in {"and", "or"}:
            p -= 1
        if doc[p].text == "," or p < i - 1:
            k = p if doc[p].text == "," else p + 1
            if k in ends and k < i:
                out.append(ends[k])
                i = ends[k].start
                continue
        break
    j = e.end
    while j + 1 < len(doc) and (doc[j].text == "," or doc[j].lower_ in {"and", "or"}):
        k = j + 1
        if doc[j].text == "," and doc[k].lower_ in {"and", "or"}:
            k += 1
        if k not in starts:
            break
        out.append(starts[k])
        j = starts[k].end
    return out


def listed_among_places(doc, e, ents) -> bool:
    """Whether ``e`` stands in a list whose other names are all places, two or more ("Copan, Tikal, and Chichen
    Itza", "Scottsdale, Tempe, Chandler and Gilbert"): a list joins names of one kind."""
    others = list_members(doc, e, ents)
    return len(others) >= 2 and all(x.label_ in {"GPE", "LOC"} for x in others)


def places_by_list(doc, ents: list) -> list:
    """``ents`` with each person or organisation of one or two words that :func:`listed_among_places` puts among
    places made a place; not given names, gazetteer hits or known organisations."""
    from spacy.tokens import Span

    from .actor_lexicons import lexicons

    out = []
    for e in ents:
        if e.label_ in {"PERSON", "ORG"} and len(e) <= 2 and not e.kb_id_ and e[0].text not in given_names() \
                and span_text(e) not in lexicons().orgs and listed_among_places(doc, e, ents):
            e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out


def _singular(tok) -> str:
    """The lower-case singular of a noun: the lemma, or without one (a tokenised text) "cities" -> "city"."""
    word = tok.lemma_.lower() or tok.lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


#: Plural place nouns that introduce a list of places ("the cities of ...", "the city-states of ...").
_LIST_PLACE_NOUNS = APPOSITION_PLACE_NOUNS | {"state", "country", "nation"}


#: Prepositions of location whose object is a place ("only on Socotra", "hotels in Hadibo"); "at", "to" and "from"
#: also take people ("looks at Renata", "a letter from Judy") and are left out.
LOCATIVE_PREPS = {"in", "on", "near", "outside", "around", "across", "throughout", "within"}
#: Nouns a place owns and a person does not ("Socotra's landscape", "Langeland's coast").
PLACE_PART_NOUNS = {"coast", "coastline", "shore", "shores", "beaches", "landscape", "countryside", "interior", "outskirts",
                    "capital", "harbour", "harbor", "port", "borders", "hinterland", "climate", "population", "inhabitants",
                    "residents", "streets", "suburbs", "villages", "towns", "mountains", "hills", "lagoon", "waters"}
#: Words after "in X" that make X a citation, a case or a possessor, not a place ("in Wade v. Jacobs", "in Carrano and
#: Biewener's study", "in Carrano (2007)").
_NOT_PLACE_AFTER = {"and", "&", "v.", "v", "vs.", "vs", "versus", "et", "(", "'s", "’s", "'", "’"}


#: Participles that, hyphenated to a holder, say a place is held ("rebel-held Aleppo", "ISIS-occupied Mosul",
#: "government-besieged Madaya"): a person or an organisation is not held so. Not "run" ("state-run Al-Ikhbariya" is a
#: broadcaster) nor "backed" ("Iranian-backed Kataib Hezbollah" is an armed group).
HELD_PARTICIPLES = {"held", "controlled", "occupied", "besieged", "encircled", "captured", "liberated"}


def held_place(doc, i: int) -> bool:
    """Whether the name starting at token ``i`` follows "<holder>-held" or a like participle ("insurgent-held X")."""
    return i >= 2 and doc[i - 1].lower_ in HELD_PARTICIPLES and doc[i - 2].text == "-"


def placed_occurrence(doc, i: int, end: int | None = None) -> bool:
    """Whether the one-word name at token ``i`` (or the name of tokens ``[i, end)`` written as one word, "Mof-Ávvi")
    stands where only a place can: the object of a locative preposition ("exists only on Socotra", "four hotels in
    Hadibo"), the owner of a place part ("Socotra's landscape") or a place held by someone (:func:`held_place`:
    "rebel-held Qalbah")."""
    if held_place(doc, i):
        return True
    end = i + 1 if end is None else end
    tok = doc[i]
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text in {"'s", "’s", "'", "’"}:
        return end + 1 < len(doc) and doc[end + 1].lower_ in PLACE_PART_NOUNS
    if i == 0 or tok.text in given_names():
        return False
    prev = doc[i - 1]
    if prev.lower_ == "of" and i >= 2 and doc[i - 2].lower_ in PLACE_PART_NOUNS | _COMPASS:
        return True  # "the coast of Langeland", "the north of Socotra"
    if prev.lower_ not in LOCATIVE_PREPS or prev.pos_ != "ADP" or nxt is None:
        return nxt is None and prev.lower_ in LOCATIVE_PREPS
    if nxt.lower_ in {"and", "&"}:  # "on Socotra and nowhere else", not "in Carrano and Biewener's study"
        return end + 1 < len(doc) and not doc[end + 1].is_title
    return not (nxt.text in _NOT_PLACE_AFTER or nxt.like_num or nxt.is_title and not nxt.is_sent_start)


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
            "heart", "outskirts"}


#: Compass words that open a two-word region's name ("Whitby, North Yorkshire", "Goma, North Kivu").
REGION_COMPASS = COMPASS | {"Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}


def region_after_place(doc, e, place_ends: dict) -> bool:
    """Whether the one-word name ``e`` (or a compass word and a name: "North Yorkshire") follows "<place>," and ends
    its clause ("born in Exeter, Devon."): the region of the town before it, even when the name is a given name too
    ("Devon", "Kent"). ``place_ends`` maps the end token of each place entity of the article (as retyped so far, not
    the model's labels) to it."""
    return (len(e) == 1 or len(e) == 2 and doc[e.start].text in REGION_COMPASS) and e.start >= 2 \
        and doc[e.start - 1].text == "," and (e.start - 1) in place_ends \
        and (e.end == len(doc) or doc[e.end].is_punct or doc[e.end].is_space)


def regions_after_places(doc, ents: list) -> list:
    """``ents`` with each one-word person of :func:`region_after_place` a place (GPE), unless it stands in a list with a
    person (:func:`in_person_list`). The places before them are read from ``ents``: the model may have called the town
    a person too ("Exeter"), and only the rules before this made it a place."""
    from spacy.tokens import Span

    place_ends = {x.end: x for x in ents if x.label_ in {"GPE", "LOC"}}
    if not place_ends:
        return ents
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and not e.kb_id_
            and region_after_place(doc, e, place_ends) and not in_person_list(doc, e, ents) else e for e in ents]


#: Prepositions whose object a place can be ("the chapel of Dernabur", "walked to Vallonese").
_PLACE_OBJECT_PREPS = {"in", "at", "to", "from", "of", "near", "over", "into", "through", "toward", "towards", "around"}
#: Endings of a group, party, creed or language word ("Americans", "Kurdish", "Iranian", "Republican", "Islamic",
#: "Yazidi", "Buddhist", "Shiite", "Christianity", "Buddhism"): such a name stays a group whatever precedes it
#: ("written in Kurdish", "a group of Syrians", "a different kind of Republican").
_GROUP_ENDINGS = ("s", "ish", "an", "ic", "i", "ist", "ite", "ity", "ism")
#: Party and creed words that end otherwise (hand-typed).
_GROUP_WORDS = {"Democrat", "Tory", "Labour", "Jew", "Shia", "Druze", "Hindu", "Sikh", "Catholic", "Mormon"}


def places_after_prepositions(doc, ents: list) -> list:
    """``ents`` with each one-word group (NORP) that is the object of a preposition and no group word made a place: the
    model reads an unseen place name ending like a demonym ("walked to Vallonese") as a nationality, but a nationality
    is seldom where one goes or lives. Known demonyms, gloss languages, party and creed words and words ending like a
    group (:data:`_GROUP_ENDINGS`) stay."""
    from spacy.tokens import Span

    from .actor_lexicons import GLOSS_LANGUAGES, lexicons

    out = []
    for e in ents:
        if e.label_ == "NORP" and len(e) == 1 and not e.kb_id_ and e[0].dep_ == "pobj" \
                and e[0].head.lower_ in _PLACE_OBJECT_PREPS and e[0].text[:1].isupper():
            word = e[0].text
            if word not in lexicons().demonyms and word not in GLOSS_LANGUAGES and word not in _GROUP_WORDS \
                    and not country_iso3(word) \
                    and not word.lower().endswith(_GROUP_ENDINGS):
                e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out


def places_after_place_nouns(doc, ents: list) -> list:
    """``ents`` with each name of one to three capitalised words after "the <settlement noun> of" made a place,
    whatever the model called it ("near the town of Kalamata": a product): news names a place so. Gazetteer hits stay.
    So is a name set off by commas right after a settlement or site noun ("the border crossing, Bab al-Hawa,")."""
    from spacy.tokens import Span

    words = doc_words(doc)
    out = []
    for e in ents:
        if e.label_ not in {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"} \
                and not e.kb_id_ and len(e) <= 3 and e.start >= 3 and words[e.start - 1] == "of" \
                and words[e.start - 2] in SETTLEMENT_NOUNS and words[e.start - 3].lower() == "the" \
                and all(words[i][:1].isupper() for i in range(e.start, e.end)):
            e = Span(doc, e.start, e.end, label="GPE")
        elif e.label_ in {"PERSON", "ORG", "NORP"} and not e.kb_id_ and len(e) <= 4 and e.start >= 2 \
                and words[e.start - 1] == "," and (words[e.start - 2] in SETTLEMENT_NOUNS or words[e.start - 2] in SITE_NOUNS) \
                and e.end < len(words) and words[e.end] in {",", "."} \
                and all(w[:1].isupper() or w in NAME_PARTICLES or w == "-" for w in words[e.start:e.end]):
            # "the only open border crossing, Bab al-Hawa,", "the village, Kfar Nabl,": the name in apposition
            e = Span(doc, e.start, e.end, label="GPE" if words[e.start - 2] in SETTLEMENT_NOUNS else "FAC")
        out.append(e)
    return out


#: Lower-case nouns of a site a name in apposition after them names ("the border crossing, Bab al-Hawa,").
SITE_NOUNS = frozenset({"crossing", "checkpoint", "camp", "airbase", "airport", "base"})


@lru_cache(maxsize=1)
def _state_abbreviations() -> frozenset[str]:
    """AP abbreviations of US state names ("Fla.", "Wis."; ``data/corpus_us_state_abbreviations.csv``)."""
    return frozenset(r["abbreviation"].strip() for r in data_rows("corpus_us_state_abbreviations.csv"))


def town_before_region(doc, e) -> bool:
    """Whether the name ``e`` (up to three words) is a town followed by ", <US state, its AP abbreviation or a state>"
    ("Marion, Ohio", "Santa Ana, California following ..."): the town of a "Town, Region" pair, even when it is a given
    name too ("Marion"). The region must end there: not own a noun ("Santa Anna, Mexico's new president") nor go on
    as a longer name ("Ohio State", "Texas Republican")."""
    n, i = len(doc), e.end
    if len(e) > 3 or i + 1 >= n or doc[i].text != "," or span_text(e) not in towns():
        return False
    for k in (2, 1):
        j = i + 1 + k
        if j > n:
            continue
        region = doc[i + 1:j].text
        if region in us_states() or region in _state_abbreviations() or country_iso3(region):
            return j == n or (doc[j].text not in POSSESSIVE and not doc[j].is_title and not doc[j].is_upper)
    return False
