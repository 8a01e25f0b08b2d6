"""Interaction precision guards of issue 12 (tenth interactions round), from a read of the edges on unscored news.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def _pairs(df):
    return set(zip(df["source"], df["target"], df["kind"]))


@pytest.mark.parametrize("text,doer,absent,kind,target", [
    # a relative clause on a description in apposition: the described person acts, not the modifier's actor
    ("Tom Vance, a Miller confidant who heads the Freedom Fund, said the race was close.",
     "Tom Vance", "Miller", "control", "Freedom Fund"),
    # a subject with a person in apposition: the person, not the possessor of the title
    ("Germany's far-right party leader, Anna Kohl, voiced support for Barack Obama on Monday.",
     "Anna Kohl", "Germany", "support", "Barack Obama"),
])
def test_a_described_person_acts_not_the_description_modifier(nlp, text, doer, absent, kind, target):
    df = _edges(nlp, text)
    assert _has(df, doer, target, kind), df[["source", "kind", "target"]]
    assert not _has(df, absent, target, kind), df[["source", "kind", "target"]]
