"""Chronology: TIMEX3 time expressions, dated events and their order."""

from __future__ import annotations

import pandas as pd

from .actors import ActorSet
from .analysis import empty_table
from .seeds import Article


def extract_timexes(doc, article: Article) -> pd.DataFrame:
    """Time expressions with TimeML extents, types, values and mods."""
    return empty_table("timexes")


def extract_events(doc, article: Article, timexes: pd.DataFrame, actors: ActorSet) -> pd.DataFrame:
    """Events (predicates with actors) anchored to timexes, with intervals and order."""
    return empty_table("events")


def date_interactions(interactions: pd.DataFrame, events: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Give each interaction the date of the event it belongs to."""
    return interactions
