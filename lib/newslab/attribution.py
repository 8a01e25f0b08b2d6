"""Source attribution: who is cited for what."""

from __future__ import annotations

import pandas as pd

from .actors import ActorSet
from .analysis import empty_table
from .seeds import Article


def extract_attributions(doc, article: Article, actors: ActorSet, scope: str = "speech") -> pd.DataFrame:
    """Attributions (source, cue, content, kind, source kind) with their spans."""
    return empty_table("attributions")
