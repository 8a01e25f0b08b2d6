"""Helpers shared by the interaction rule tests: run the stages on one written text, look for an edge."""

from __future__ import annotations

from newslab.extract.actors import extract_actors
from newslab.extract.interactions import extract_interactions


class Bare:
    """The article stand-in the stages need: only the body is read."""

    def __init__(self, text: str):
        self.body = text


def edges(nlp, text: str):
    """The interactions table of ``text``."""
    doc = nlp(text)
    return extract_interactions(doc, Bare(text), extract_actors(doc, Bare(text)))


def has(df, a: str, b: str, kind: str, directed: bool = True) -> bool:
    """Whether ``df`` holds an edge ``a -kind-> b`` (either way round when not ``directed``)."""
    rows = df[df["kind"] == kind]
    pairs = set(zip(rows["source"], rows["target"]))
    return (a, b) in pairs or (not directed and (b, a) in pairs)
