"""A disputed territory or de facto state with no ISO code ("Nagorno-Karabakh", "the Crimea", "Abkhazia") is a place
(GPE), whatever the model called it: it typed "Nagorno-Karabakh" an organisation 6 times in one PolNeAR article and
"the Crimea" once in a GUM biography. Names: ``data/actors_territories.csv``. Only an entity that reads the name
alone, with "the" and a possessive ending at most, is retyped ("the Crimea Platform" is another thing).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..paths import data_rows
from .actor_lexicons import strip_poss


@lru_cache(maxsize=1)
def territory_names() -> frozenset[str]:
    """The territory names of the data file."""
    return frozenset(r["name"] for r in data_rows("actors_territories.csv"))


def territories_as_places(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each ORG/PERSON/NORP/FAC entity, with no gazetteer identity, that is a territory's name relabelled
    GPE."""
    names = territory_names()
    out = []
    for e in ents:
        if e.label_ in {"ORG", "PERSON", "NORP", "FAC"} and not e.kb_id_:
            text = strip_poss(e.text)
            if text[:4] in {"the ", "The "}:
                text = text[4:]
            if text in names:
                e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out
