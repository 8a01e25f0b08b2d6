"""Building names the model read as organisations, on sentences written for these tests."""

from newslab.extract.actor_facilities import facility_named

from actorkit import one_sentence_doc, span_of


def _span(doc, text, label="ORG"):
    return span_of(doc, text, label)


def test_museum_lodge_and_theatre_names(nlp):
    doc = one_sentence_doc(nlp, "We saw the Halvern Museum of Folk Art, slept at Tarrow Lodge and ended at the Gilded Theaters.")
    assert facility_named(_span(doc, "the Halvern Museum of Folk Art"))
    assert facility_named(_span(doc, "Tarrow Lodge"))
    assert facility_named(_span(doc, "the Gilded Theaters"))


def test_facility_word_before_of(nlp):
    doc = one_sentence_doc(nlp, "The band entered the Hall of Fame beside the Palace of Winds.")
    assert facility_named(_span(doc, "the Hall of Fame"))
    assert facility_named(_span(doc, "the Palace of Winds", label="PERSON"))


def test_bodies_and_people_stay(nlp):
    doc = one_sentence_doc(nlp, "Senator Lodge thanked the Friends of the Museum and the Ministry of Culture.")
    assert not facility_named(_span(doc, "Lodge", label="PERSON"))
    assert not facility_named(_span(doc, "the Friends of the Museum"))
    assert not facility_named(_span(doc, "the Ministry of Culture"))
