"""Compass points written as region names, on sentences written for these tests (entities set by hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_compass import compass_regions, compass_with_the


def _new(nlp, text, ents=()):
    doc = one_sentence_doc(nlp, text)
    for t in doc:  # the rule reads part of speech: capitalised words after the first are proper nouns here
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i > 0 else "NOUN"
    spans = [span_of(doc, name, label) for name, label in ents]
    return [(e.text, e.label_) for e in compass_regions(doc, spans)]


def test_the_compass_point_is_a_region(nlp):
    assert _new(nlp, "troops from the North crossed into the Southeast .") == [("the North", "LOC"), ("the Southeast", "LOC")]


def test_possessive_region_is_kept(nlp):
    assert _new(nlp, "The farms of the South 's valleys failed .") == [("the South", "LOC")]


def test_longer_names_are_left(nlp):
    assert _new(nlp, "ships in the North Sea and the South-East region .") == []


def test_compass_point_inside_an_entity_is_left(nlp):
    assert _new(nlp, "they sailed to the West Indies .", [("the West", "LOC")]) == []


def test_lower_case_direction_is_no_name(nlp):
    assert _new(nlp, "the wind came from the west .") == []


def test_labelled_compass_word_takes_its_the(nlp):
    doc = one_sentence_doc(nlp, "Coming from the Southwest / Texas , take the bypass .")
    out = compass_with_the(doc, [span_of(doc, "Southwest", "LOC"), span_of(doc, "Texas", "GPE")])
    assert [(e.text, e.label_) for e in out] == [("the Southwest", "LOC"), ("Texas", "GPE")]
    doc = one_sentence_doc(nlp, "We must care for the Earth while it burns .")
    assert [e.text for e in compass_with_the(doc, [span_of(doc, "Earth", "LOC")])] == ["the Earth"]
    doc = one_sentence_doc(nlp, "They sailed to South Georgia .")
    assert [e.text for e in compass_with_the(doc, [span_of(doc, "South Georgia", "LOC")])] == ["South Georgia"]


def test_compass_word_called_an_organisation_is_a_region(nlp):
    from newslab.extract.actor_compass import compass_retyped
    doc = one_sentence_doc(nlp, "Drivers from the North / Kansas and from the American Southwest take Northeast 's old road .")
    spans = [span_of(doc, "the North", "ORG"), span_of(doc, "Kansas", "GPE"), span_of(doc, "the American Southwest", "ORG"),
             span_of(doc, "Northeast 's", "ORG")]
    assert [(e.text, e.label_) for e in compass_retyped(doc, spans)] == [
        ("the North", "LOC"), ("Kansas", "GPE"), ("the American Southwest", "LOC"), ("Northeast 's", "LOC")]


def test_compass_word_in_a_longer_organisation_name_is_left(nlp):
    from newslab.extract.actor_compass import compass_retyped
    doc = one_sentence_doc(nlp, "Southwest Airlines and the North Face cut prices .")
    spans = [span_of(doc, "Southwest Airlines", "ORG"), span_of(doc, "the North Face", "ORG")]
    assert [(e.text, e.label_) for e in compass_retyped(doc, spans)] == [("Southwest Airlines", "ORG"), ("the North Face", "ORG")]


def test_compass_word_called_a_person_stays(nlp):
    from newslab.extract.actor_compass import compass_retyped
    doc = one_sentence_doc(nlp, "The economist North argued that rules matter .")
    assert [(e.text, e.label_) for e in compass_retyped(doc, [span_of(doc, "North", "PERSON")])] == [("North", "PERSON")]
