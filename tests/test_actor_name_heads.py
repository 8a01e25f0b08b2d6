"""Unlabelled names ending in a facility, landform or organisation word, on sentences written for these tests (entities set by hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_name_heads import name_heads


def _new(nlp, text, ents=()):
    doc = one_sentence_doc(nlp, text)
    for t in doc:  # the rule reads part of speech: proper nouns are the capitalised words here
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i > 0 else "NOUN"
    spans = [span_of(doc, name, label) for name, label in ents]
    return [(e.text, e.label_) for e in name_heads(doc, spans)]


def test_station_and_mountains_become_places(nlp):
    assert _new(nlp, "We walked from Varnholt Station to the Kessler Mountains .") == [
        ("Varnholt Station", "FAC"), ("Kessler Mountains", "LOC")]


def test_name_going_on_after_the_head_is_left(nlp):
    assert _new(nlp, "we ate at the Varnholt Station Road Bakery .") == []


def test_head_inside_an_entity_is_left(nlp):
    assert _new(nlp, "we crossed the Varnholt Bridge today .", [("Varnholt Bridge", "FAC")]) == []


def test_head_word_alone_is_no_name(nlp):
    assert _new(nlp, "they met at the Station .") == []


def test_organisation_head_makes_an_organisation(nlp):
    assert _new(nlp, "she joined the Varnholt Robotics Lab in May .") == [("Varnholt Robotics Lab", "ORG")]


def test_title_complement_is_no_organisation(nlp):
    assert _new(nlp, "the army 's Chief of General Staff arrived .") == []
