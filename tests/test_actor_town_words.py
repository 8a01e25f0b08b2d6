"""Unlabelled towns after a preposition or conjunction, on sentences written for these tests (the model's entities are
set aside, as if it had missed the town)."""

from newslab.extract.actor_town_words import towns_after_prepositions


def _new(nlp, text):
    doc = nlp(text)
    return [(e.text, e.label_) for e in towns_after_prepositions(doc, [])]


def test_town_after_preposition_or_conjunction(nlp):
    assert _new(nlp, "Her grandparents had moved south to Vichy before the war.") == [("Vichy", "GPE")]
    assert _new(nlp, "The bakery sits between the old market and Chinatown, close to the river.") == [("Chinatown", "GPE")]


def test_entities_longer_names_and_common_words_are_left(nlp):
    doc = nlp("Her grandparents had moved south to Vichy before the war.")
    assert towns_after_prepositions(doc, [e for e in doc.ents]) == []  # the model found it: nothing new
    assert _new(nlp, "The new office is near Salt Lake and the airport.") == []  # part of a longer name
    assert _new(nlp, "Anyone with University affiliation may edit the page.") == []  # an institution word
    assert _new(nlp, "Drive to Mobile first; the mobile signal is weak there.") == []  # written in lower case too
