"""Interaction recall rules of issue 12 (sixth round): coordination the parser misreads.

Every sentence here is written for the test; none comes from an evaluation set."""

from newslab.extract.actors import extract_actors
from newslab.extract.interactions import extract_interactions


def _edges(nlp, text):
    class A:
        body = text

    doc = nlp(text)
    return extract_interactions(doc, A(), extract_actors(doc, A()))


def _pairs(df, kind):
    rows = df[df["kind"] == kind]
    return {frozenset(p) for p in zip(rows["source"], rows["target"])}


def test_as_well_as_adds_an_object_read_as_a_new_clause(nlp):
    # the parser makes "Kenyan and British charities focused on ..." a clause conjoined to "met"
    df = _edges(nlp, "In Kenya Minister Sarah Cole met with the Norwegian Refugee Council, as well as local Kenyan and "
                     "British organisations focused on helping refugees, and fighting hunger.")
    pairs = _pairs(df, "meet")
    assert frozenset({"Sarah Cole", "Norwegian Refugee Council"}) in pairs, df[["source", "kind", "target"]]
    assert any("Sarah Cole" in p and any("organisations" in x for x in p) for p in pairs), df[["source", "kind", "target"]]


def test_a_plain_clause_after_and_adds_no_object(nlp):
    df = _edges(nlp, "Sarah Cole met with the Norwegian Refugee Council, and Kenyan organisations focused on refugees.")
    pairs = _pairs(df, "meet")
    assert not any(any("organisations" in x for x in p) for p in pairs), df[["source", "kind", "target"]]
