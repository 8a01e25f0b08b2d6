"""Interactions: typed actor-to-actor edges read off the dependency parse."""

from __future__ import annotations

import pandas as pd

from .actors import ActorSet
from .analysis import empty_table, make_table
from .seeds import Article


def extract_interactions(doc, article: Article, actors: ActorSet) -> pd.DataFrame:
    """Typed interactions (meet, communicate, visit, attend, support, oppose, agree, ...)."""
    return empty_table("interactions")


def extract_cooccurrences(doc, article: Article, actors: ActorSet) -> pd.DataFrame:
    """Same-sentence co-mentions of two different actors: a separate, untyped layer."""
    rows = []
    for sent in doc.sents:
        present = []
        for actor in actors.actors:
            if any(s < sent.end_char and e > sent.start_char for s, e in actor.mentions):
                present.append(actor.name)
        present = sorted(set(present))
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                rows.append({"source": a, "target": b, "sentence": sent.text, "span": [sent.start_char, sent.end_char]})
    return make_table("cooccurrences", rows)
