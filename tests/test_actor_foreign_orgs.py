"""Organisations named in another language, on sentences written for these tests."""

import pytest

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


@pytest.mark.parametrize("text, name, kind", [
    ("Ansar al-Sharia, a Libyan militia, was blamed for the attack on the consulate.", "Ansar al-Sharia", "armed_group"),
    ("Jaish al-Adl claimed the bombing near Zahedan on Tuesday.", "Jaish al-Adl", "armed_group"),
    # the model finds "Fateh al-Sham" alone, a person: the word before it opens the group's name
    ("Jabhat Fateh al-Sham, formerly known as the Nusra Front, rejected the truce.", "Jabhat Fateh al-Sham", "armed_group"),
])
def test_a_transliterated_group_word_opens_an_organisation(nlp, text, name, kind):
    from newslab.extract.actors import extract_actors

    class Article:
        body = text

    actor = extract_actors(nlp(text), Article()).by_name(name)
    assert actor is not None and (actor.type, actor.kind) == ("ORG", kind)
