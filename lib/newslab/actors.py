"""Actors: people, organisations, states and groups, merged within an article.

Interface used by later stages (interactions, chronology, attribution):
``extract_actors(doc, article) -> ActorSet``; ``ActorSet.at(start, end)`` finds the actor
mentioned at a character span; ``ActorSet.table()`` is the ``actors`` DataFrame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .analysis import make_table
from .seeds import Article

#: spaCy entity labels that name actors.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@dataclass
class Actor:
    """One actor of an article with all its mentions (``[start, end)`` into the body)."""

    actor_id: str
    name: str
    type: str
    kind: str | None = None
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    iso3: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ActorSet:
    """The actors of one article, with lookup by character span."""

    actors: list[Actor]

    def at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` most (ties: the earliest)."""
        best, best_overlap = None, 0
        for actor in self.actors:
            for s, e in actor.mentions:
                overlap = min(end, e) - max(start, s)
                if overlap > best_overlap:
                    best, best_overlap = actor, overlap
        return best

    def by_name(self, name: str) -> Actor | None:
        """The actor whose canonical name or alias is ``name`` (case-insensitive)."""
        low = name.lower()
        for actor in self.actors:
            if actor.name.lower() == low or low in (a.lower() for a in actor.aliases):
                return actor
        return None

    def table(self) -> pd.DataFrame:
        """The ``actors`` table of CONTRACT.md section 2."""
        return make_table(
            "actors",
            (
                {
                    "actor_id": a.actor_id, "name": a.name, "type": a.type, "kind": a.kind,
                    "role": a.role, "rank": a.rank, "affiliation": a.affiliation, "iso3": a.iso3,
                    "aliases": sorted(set(a.aliases)), "mentions": [list(m) for m in sorted(a.mentions)],
                }
                for a in self.actors
            ),
        )


def extract_actors(doc, article: Article) -> ActorSet:
    """Actors from the parsed article (baseline: spaCy NER, exact-name merging)."""
    by_key: dict[tuple[str, str], Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        key = (ent.text, ent.label_)
        actor = by_key.get(key)
        if actor is None:
            actor = by_key[key] = Actor(f"a{len(by_key) + 1}", ent.text, ent.label_)
        actor.aliases.append(ent.text)
        actor.mentions.append((ent.start_char, ent.end_char))
    return ActorSet(list(by_key.values()))
