"""A state, US state, big city or continent written in capitals is a place: "SOUTH DAKOTA" under a congressman's name,
"CAPE TOWN" in an address, "THE RELATIONSHIP WITH EUROPE" as a heading.

The small model reads words in capitals as acronyms or nothing, and the gazetteer's names are in title case. Taken:
a run of one to three words in capitals outside every entity whose title-case form is a state (``country_iso3``, no
demonym: "FRENCH HOUSE"), a US state or big city of two words or more (GPE), or a continent (LOC); a single word needs
four letters or more (two- and three-letter words in capitals are acronyms: "UK", "USA", the gazetteer's). Names that
are as often a person's ("JORDAN", "GEORGIA") are left out. Counted on both development sets before adoption: 3 gold
places of 3 taken.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import AMBIGUOUS_STATES, big_cities, country_iso3, lexicons, us_states
from .docindex import doc_words

#: Continents and world regions written as one name (a LOC, as the gold types them).
CONTINENTS = {"Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania", "Latin America"}
#: Longest run of words tried.
MAX_WORDS = 3


def _caps(word: str) -> bool:
    return word.isalpha() and word.isupper() and len(word) > 1


def _place(name: str) -> tuple[str, str] | None:
    """(label, kb_id) of a place name in title case, or None. A town or US state of one word is left out: in capitals
    it is as often a heading's word ("ORAL ARGUMENT")."""
    if name in AMBIGUOUS_STATES or name.removeprefix("The ") in lexicons().demonyms:
        return None  # "FRENCH HOUSE", "AMERICANS": a demonym, no state
    iso = country_iso3(name)
    if iso:
        return "GPE", iso
    if " " in name and (name in us_states() or name in big_cities()):
        return "GPE", ""
    return ("LOC", "") if name in CONTINENTS else None


def capitalised_places(doc, ents: list[Span]) -> list[Span]:
    """New GPE/LOC entities for place names written in capitals outside every entity."""
    words = doc_words(doc)
    hits = [i for i, w in enumerate(words) if _caps(w)]  # Tokens only for words in capitals
    if not hits:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    skip = -1
    for i in hits:
        if i <= skip or i in taken:
            continue
        for n in range(MAX_WORDS, 0, -1):
            run = words[i:i + n]
            if len(run) < n or not all(_caps(w) for w in run) or any(j in taken for j in range(i, i + n)):
                continue
            if n == 1 and len(run[0]) < 4:
                break
            found = _place(" ".join(w.title() for w in run))
            if found:
                out.append(Span(doc, i, i + n, label=found[0], kb_id=found[1]))
                skip = i + n - 1
                break
    return out
