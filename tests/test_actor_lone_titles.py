"""Types of a lone title word, of a people's institution and of a given name that the model mislabels, on sentences
written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_gazetteer import Gazetteer


def _retyped(nlp, text, start, end, label):
    doc = nlp.make_doc(text)
    gaz = Gazetteer(nlp)
    e = Span(doc, start, end, label=label)
    return gaz._person_by_context(doc, gaz._place_by_context(doc, e))


def test_a_title_word_alone_is_a_title_only_person(nlp):
    e = _retyped(nlp, "Later the Sultan left the city.", 1, 3, "LOC")  # "the Sultan", as the model read it
    assert (e.text, e.label_) == ("Sultan", "PERSON")
    e = _retyped(nlp, "The Tsar employed him.", 0, 2, "GPE")
    assert (e.text, e.label_) == ("Tsar", "PERSON")


def test_a_word_that_is_no_lone_title_keeps_its_type(nlp):
    e = _retyped(nlp, "The essay on Agrarian Justice was reprinted.", 4, 5, "ORG")
    assert e.label_ == "ORG"
    e = _retyped(nlp, "The Harbour Board met.", 0, 3, "ORG")
    assert e.label_ == "ORG"


def test_a_peoples_institution_is_an_organisation(nlp):
    e = _retyped(nlp, "He was captured by Ruritanian Marines in 1991.", 4, 6, "NORP")
    assert (e.text, e.label_) == ("Ruritanian Marines", "ORG")
    e = _retyped(nlp, "Many Ruritanians left.", 1, 2, "NORP")
    assert e.label_ == "NORP"


def test_a_given_name_acting_is_a_person_whatever_thing_the_model_saw(nlp):
    from newslab.extract.actor_gazetteer import persons_by_name

    doc = nlp("In 2019, Jared hosted the award show in Glasgow.")
    i = [t.text for t in doc].index("Jared")
    out = persons_by_name(doc, [Span(doc, i, i + 1, label="PRODUCT")])
    assert [(e.text, e.label_) for e in out] == [("Jared", "PERSON")]
    doc = nlp("She bought a Jared at the shop.")  # no subject: the model's reading stays
    i = [t.text for t in doc].index("Jared")
    out = persons_by_name(doc, [Span(doc, i, i + 1, label="PRODUCT")])
    assert [(e.text, e.label_) for e in out] == [("Jared", "PRODUCT")]
