"""Organisations named in another language, on sentences written for these tests."""

from newslab.extract.actor_foreign_orgs import foreign_org_named

from actorkit import one_sentence_doc, span_of


def _span(doc, text, label="PERSON"):
    return span_of(doc, text, label)


def test_foreign_organisation_words(nlp):
    doc = one_sentence_doc(nlp, "She taught at the Hogeschool Veldhoven and later at Universidad de Marvento before joining Partido Verdal.")
    assert foreign_org_named(_span(doc, "the Hogeschool Veldhoven"))
    assert foreign_org_named(_span(doc, "Universidad de Marvento", label="GPE"))
    assert foreign_org_named(_span(doc, "Partido Verdal"))


def test_person_before_an_organisation_word_stays(nlp):
    doc = one_sentence_doc(nlp, "Ines Varela Moreno Instituto staff and Lina Banco met.")
    assert not foreign_org_named(_span(doc, "Ines Varela Moreno Instituto"))
    assert not foreign_org_named(_span(doc, "Lina"))
