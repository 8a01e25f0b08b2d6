"""Unlabelled names after a title, on sentences written for these tests (entities set by hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_titled_names import names_after_titles


def _new(nlp, text, ents=()):
    doc = one_sentence_doc(nlp, text)
    for t in doc:  # the rule reads part of speech: proper nouns are the capitalised words after the first here
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i > 0 else "NOUN"
    spans = [span_of(doc, name, label) for name, label in ents]
    return [(e.text, e.label_) for e in names_after_titles(doc, spans)]


def test_name_after_a_head_title_is_a_person(nlp):
    assert _new(nlp, "the ruling quotes Lord Varnholt on this point .") == [("Varnholt", "PERSON")]


def test_title_that_heads_nothing_is_left(nlp):
    assert _new(nlp, "the Vice Varnholt office closed .") == []


def test_organisation_word_after_title_is_no_name(nlp):
    assert _new(nlp, "a letter to the Prime Minister Office arrived .") == []


def test_name_inside_an_entity_is_left(nlp):
    assert _new(nlp, "we met Lord Varnholt today .", [("Varnholt", "PERSON")]) == []
