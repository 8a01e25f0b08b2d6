"""Helpers shared by the attribution rule tests: run the stage on one written sentence, pick a row."""

from __future__ import annotations

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text


def make_attr(nlp):
    """A function: text (and scope) -> the attributions table of a one-paragraph article."""
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 Harbor news.\n\n" + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope)
    return _attr


def one(df, cue):
    """The one row with this cue (fails with the table shown otherwise)."""
    got = df[df.cue == cue]
    assert len(got) == 1, f"expected one '{cue}' row, got\n{df[['source', 'cue', 'content']]}"
    return got.iloc[0]
