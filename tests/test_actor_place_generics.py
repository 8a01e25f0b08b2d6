"""Place names opened by a generic geographic word (of another language, or English "<Generic> of <Name>"), on sentences written for these tests."""

import pytest

from newslab.extract.actor_place_generics import place_generic_name

from actorkit import one_sentence_doc, span_of, typed_mentions


def _span(doc, text, label="PERSON"):
    return span_of(doc, text, label)


def test_generic_words_open_place_names(nlp):
    doc = one_sentence_doc(nlp, "Shelling hit Wadi Sarmel, then the market on Paseo de Lindora and the cove of Anse Verrat.")
    assert place_generic_name(_span(doc, "Wadi Sarmel"))
    assert place_generic_name(_span(doc, "Paseo de Lindora"))
    assert place_generic_name(_span(doc, "Anse Verrat", label="ORG"))


def test_names_of_people_stay(nlp):
    doc = one_sentence_doc(nlp, "Rio Talvers and Ras Benno met Wadi alone, then Plaza staff.")
    assert not place_generic_name(_span(doc, "Rio Talvers"))
    assert not place_generic_name(_span(doc, "Ras Benno"))
    assert not place_generic_name(_span(doc, "Wadi"))
    assert not place_generic_name(_span(doc, "Plaza staff", label="ORG"))


def test_towns_of_two_words(nlp):
    from newslab.extract.actor_place_generics import town_named

    doc = one_sentence_doc(nlp, "Buses run from Broken Arrow to Council Bluffs, and Pedro Leopoldo studied at the University of Texas.")
    assert town_named(_span(doc, "Broken Arrow"))
    assert not town_named(_span(doc, "Council Bluffs", label="ORG"))  # an organisation word: left alone
    assert not town_named(_span(doc, "Pedro Leopoldo"))  # a given name first: a person
    assert not town_named(_span(doc, "the University of Texas", label="ORG"))


def test_a_generic_word_before_a_given_name_keeps_the_place(nlp):
    from spacy.tokens import Span

    from newslab.extract.actor_gazetteer import _given_name_led, _unlabelled_given_names

    doc = nlp("We stayed a week. Anse Marie, not far from the port, has a quiet beach.")
    assert [(e.text, e.label_) for e in _unlabelled_given_names(doc, [])] == [("Anse Marie", "LOC")]
    doc = nlp("Shelling went on around the Wadi Hanna area of the city.")
    i = [t.text for t in doc].index("Wadi")
    assert not _given_name_led(doc, Span(doc, i, i + 2, label="GPE"))  # "Wadi" is a given name too


def test_a_name_after_a_generic_word_takes_it_in(nlp):
    gaz = nlp.get_pipe("newslab_gazetteer")
    doc = one_sentence_doc(nlp, "We sailed past Anse Verrat and met Rio Talvers.")
    cove = gaz._place_by_context(doc, _span(doc, "Verrat"))
    assert (cove.text, cove.label_) == ("Anse Verrat", "LOC")
    assert gaz._place_by_context(doc, _span(doc, "Talvers")).label_ == "PERSON"  # "Rio" is no generic word


@pytest.mark.parametrize("text, place", [
    ("A tanker was seized in the Strait of Hormuz, state media reported.", "the Strait of Hormuz"),
    ("A cyclone formed over the Bay of Bengal on Monday.", "the Bay of Bengal"),
    ("Fishing boats were stranded in the Straits of Florida.", "the Straits of Florida"),
])
def test_generic_of_name_is_one_place(nlp, text, place):
    got = typed_mentions(nlp, text)
    assert ("LOC", place) in got, got
    assert not any(t == "PERSON" for t, _ in got), got
