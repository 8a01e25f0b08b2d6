"""A part of a town or state named by a compass point or a word of position is a place; sentences written for these
tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_town_parts import town_part, town_parts


def test_a_part_of_a_town_the_model_calls_an_organisation_is_a_place(nlp):
    doc = one_sentence_doc(nlp, "Rents in Upper Manhattan and in Old Oakland rose , and North Oakland 's cafes closed .")
    ents = [span_of(doc, "Upper Manhattan", "ORG"), span_of(doc, "Old Oakland", "ORG"), span_of(doc, "North Oakland 's", "ORG")]
    assert [e.label_ for e in town_parts(doc, ents)] == ["LOC", "LOC", "LOC"]


def test_a_longer_name_and_a_person_stay(nlp):
    doc = one_sentence_doc(nlp, "The Central Ohio Transit Authority hired Upper Jones and the Old Guard .")
    assert not town_part(doc, span_of(doc, "The Central Ohio Transit Authority", "ORG"))
    assert not town_part(doc, span_of(doc, "Upper Jones", "PERSON"))
    assert not town_part(doc, span_of(doc, "the Old Guard", "ORG"))
