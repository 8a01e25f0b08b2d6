"""A phone call beside what the subject does (thirtieth round). Every sentence here is written for the test; none comes
from an evaluation set."""

from interkit import edges as _edges, has as _has


def test_a_call_beside_the_clause_is_the_subjects(nlp):
    df = _edges(nlp, "President Ana Diaz thanked Germany after a phone call with Chancellor Friedrich Merz.")
    assert _has(df, "Ana Diaz", "Friedrich Merz", "communicate", directed=False), df[["source", "kind", "target"]]


def test_a_statement_beside_the_clause_is_no_call(nlp):
    # guard: the rule reads only meeting and call nouns with "with"; "after a statement by" links no one
    df = _edges(nlp, "President Ana Diaz thanked Germany after a statement by Chancellor Friedrich Merz.")
    assert not _has(df, "Ana Diaz", "Friedrich Merz", "communicate", directed=False), df[["source", "kind", "target"]]
