"""A plural noun for a people that is no state ("Latinos", "Hispanics", "Muslims") is a group (NORP), whatever the
model called it: it reads such a capitalised plural as a person or an organisation ("Latinos said ...", "the poll of
Latinos"). The nouns are data/actors_peoples.csv; only a one-word entity (a leading "the" or possessive aside)
changes, so "Latinos for Trump" or a longer name stays what the model found."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..paths import data_rows
from .actor_lexicons import POSSESSIVE
from .docindex import doc_lowers, doc_words


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """The plural people nouns (data/actors_peoples.csv)."""
    return frozenset(r["noun"] for r in data_rows("actors_peoples.csv"))


def peoples_as_groups(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each PERSON/ORG/GPE/LOC entity that is only a people noun relabelled NORP."""
    nouns = people_nouns()
    out = []
    texts, lowers = doc_words(doc), doc_lowers(doc)  # word lists: no Token per word of every entity
    for e in ents:
        words = [texts[i] for i in range(e.start, e.end) if lowers[i] != "the" and texts[i] not in POSSESSIVE]
        if e.label_ in {"PERSON", "ORG", "GPE", "LOC"} and len(words) == 1 and words[0] in nouns:
            e = Span(doc, e.start, e.end, label="NORP", kb_id=e.kb_id_)
        out.append(e)
    return out
