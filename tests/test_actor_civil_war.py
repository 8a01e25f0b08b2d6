"""The Union and the Confederacy of the American Civil War, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_civil_war import civil_war_sides

from actorkit import span_of


def test_the_union_beside_the_confederacy_is_a_state(nlp):
    doc = nlp("In 1863 the Union held the river, and the Confederacy lost its western states. Union troops marched on.")
    last = [t.i for t in doc if t.text == "Union"][-1]  # "Union troops"
    ents = [span_of(doc, "the Union", "ORG"), span_of(doc, "the Confederacy", "ORG"), Span(doc, last, last + 1, label="ORG")]
    assert [e.label_ for e in civil_war_sides(doc, ents, Span)] == ["GPE", "GPE", "GPE"]


def test_a_union_elsewhere_stays_an_organisation(nlp):
    doc = nlp("The Union called a strike at the mill, and the Soviet Union protested.")
    ents = [span_of(doc, "The Union", "ORG"), span_of(doc, "the Soviet Union", "GPE")]
    assert [e.label_ for e in civil_war_sides(doc, ents, Span)] == ["ORG", "GPE"]
