"""Place names opened by a generic geographic word of another language, on sentences written for these tests."""

from newslab.extract.actor_place_generics import place_generic_name

from actorkit import one_sentence_doc, span_of


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
