"""A person mention goes on over the "of" phrase that completes it ("Helen Marsh of the Harbour Institute"), up to a
comma; the organisation in it keeps its own mention; sentences written for these tests."""

from actorkit import mention_texts


def test_person_with_her_institution(nlp):
    texts = mention_texts(nlp, "The report was written by Helen Marsh of the Harbour Institute and checked by her staff.")
    assert "Helen Marsh of the Harbour Institute" in texts
    assert "the Harbour Institute" in texts


def test_phrase_stops_at_the_comma(nlp):
    texts = mention_texts(nlp, "Ivo Brandt of the Alpine Club, a keen climber, led the trip.")
    assert "Ivo Brandt of the Alpine Club" in texts


def test_role_with_its_society(nlp):
    assert "a Fellow of the Linnean Society" in mention_texts(nlp, "In 1890 he became a Fellow of the Linnean Society and moved to Leeds.")
