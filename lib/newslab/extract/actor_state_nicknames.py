"""A US state named by its nickname ("won the Granite State", "voters in the Badger State") is the state, a place
(GPE), whatever the model called it: an organisation ("the Granite State", 4 times in 3 PolNeAR news articles) or a
facility ("the Grand Canyon State"). Nicknames: ``data/actors_state_nicknames.csv``. Only an entity that reads the
nickname alone, with "the" and a possessive ending at most, is retyped: a longer name that holds one ("the Golden
State Warriors", "the Empire State Building") is another thing.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..paths import data_rows
from .actor_lexicons import POSSESSIVE


@lru_cache(maxsize=1)
def state_nicknames() -> dict[str, str]:
    """Nickname -> state name."""
    return {r["nickname"]: r["state"] for r in data_rows("actors_state_nicknames.csv")}


def nicknamed_states(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each actor entity that is a state's nickname relabelled GPE."""
    names = state_nicknames()
    out = []
    for e in ents:
        if e.label_ in {"ORG", "PERSON", "FAC", "LOC", "NORP"} and len(e) >= 2 and e[-1].text in POSSESSIVE | {"State"}:
            words = [t.text for t in e if t.text not in POSSESSIVE]
            if words[0] in {"the", "The"}:
                words = words[1:]
            if " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-") in names \
                    and not (e.end < len(doc) and doc[e.end].text[:1].isupper()):
                e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out
