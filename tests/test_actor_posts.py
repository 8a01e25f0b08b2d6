"""Capitalised posts named after a copula or "as" are people, on sentences written for these tests."""

from newslab.extract.actor_posts import post_holders
from actorkit import one_sentence_doc as _doc, span_of, typed_mentions


def test_post_after_copula_is_a_person_and_its_body_stays(nlp):
    doc = _doc(nlp, "Dana Holt was elected a Fellow of the Royal Academy in 1902 .")
    ents = [span_of(doc, "Dana Holt", "PERSON"), span_of(doc, "the Royal Academy", "ORG")]
    out = [(e.text, e.label_) for e in post_holders(doc, ents)]
    assert out == [("Dana Holt", "PERSON"), ("a Fellow", "PERSON"), ("the Royal Academy", "ORG")]


def test_modifiers_join_and_a_misread_modifier_is_dropped(nlp):
    doc = _doc(nlp, "Ilse Marrow is Assistant Professor , Marine Botany , and became Quaile Professor of Botany .")
    ents = [span_of(doc, "Ilse Marrow", "PERSON"), span_of(doc, "Marine Botany", "ORG"), span_of(doc, "Quaile", "ORG")]
    out = [(e.text, e.label_) for e in post_holders(doc, ents)]
    assert out == [("Ilse Marrow", "PERSON"), ("Assistant Professor", "PERSON"), ("Marine Botany", "ORG"),
                   ("Quaile Professor", "PERSON")]


def test_no_cue_no_post_and_a_model_person_stays(nlp):
    doc = _doc(nlp, "The Professor of Botany met Lena Vos , who was Chair of the board .")
    ents = [span_of(doc, "Lena Vos", "PERSON"), span_of(doc, "Chair of the board", "PERSON")]
    out = [(e.text, e.label_) for e in post_holders(doc, ents)]
    assert out == [("Lena Vos", "PERSON"), ("Chair of the board", "PERSON")]  # "The Professor": no copula before it


def test_post_reaches_the_actor_table(nlp):
    text = "Tomas Reyl is Professor of Geology at the University of Leeds."
    # the post's "of" phrase joins its mention there (extract/actor_person_of.py); the university keeps its own
    assert ("PERSON", "Professor of Geology") in typed_mentions(nlp, text)


def test_post_in_apposition_to_a_name(nlp):
    doc = _doc(nlp, "We thank Ilse Marrow , Reader in Botany , and Tomas Reyl , Director of the herbarium .")
    ents = [span_of(doc, "Ilse Marrow", "PERSON"), span_of(doc, "Tomas Reyl", "ORG")]
    out = [(e.text, e.label_) for e in post_holders(doc, ents)]
    assert out == [("Ilse Marrow", "PERSON"), ("Reader", "PERSON"), ("Tomas Reyl", "ORG")]  # after a person only
