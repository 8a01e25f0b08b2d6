"""Plural nouns for peoples that are no state are groups (NORP), on sentences written for these tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_peoples import peoples_as_groups


def test_a_people_noun_the_model_called_a_person_is_a_group(nlp):
    doc = one_sentence_doc(nlp, "Many Latinos told the pollster that rents had doubled .")
    (e,) = peoples_as_groups(doc, [span_of(doc, "Latinos", "PERSON")])
    assert (e.text, e.label_) == ("Latinos", "NORP")


def test_a_people_noun_with_the_called_an_organisation_is_a_group(nlp):
    doc = one_sentence_doc(nlp, "The poll found the Hispanics of the county split .")
    (e,) = peoples_as_groups(doc, [span_of(doc, "the Hispanics", "ORG")])
    assert e.label_ == "NORP"


def test_a_longer_name_and_a_singular_stay_as_found(nlp):
    doc = one_sentence_doc(nlp, "Latinos for Fairness hired a Latina lawyer .")
    ents = peoples_as_groups(doc, [span_of(doc, "Latinos for Fairness", "ORG"), span_of(doc, "Latina", "PERSON")])
    assert [e.label_ for e in ents] == ["ORG", "PERSON"]



def test_a_people_noun_before_a_verb_is_no_modifier(nlp):
    from newslab.extract.actors import _is_modifier

    doc = one_sentence_doc(nlp, "He swears Sikhs love him .")
    doc[2].tag_, doc[2].dep_ = "NNP", "compound"  # how the tagger reads a capitalised plural before a verb
    assert not _is_modifier(span_of(doc, "Sikhs", "NORP"))
