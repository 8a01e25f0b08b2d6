"""One-word names that their sentence shows to be places, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_place_context import coordinated_with_place, described_as_place

from actorkit import one_sentence_doc


def _ent(doc, word, label="PERSON"):
    i = [t.text for t in doc].index(word)
    return Span(doc, i, i + 1, label=label)


def test_apposition_with_a_place_noun(nlp):
    doc = one_sentence_doc(nlp, "The colonel hails from Qalbah, a small city in southern Iraq, and from Verlo, the village of his mother.")
    assert described_as_place(doc, _ent(doc, "Qalbah"))
    assert described_as_place(doc, _ent(doc, "Verlo"))


def test_apposition_about_a_person_stays(nlp):
    doc = one_sentence_doc(nlp, "We met Harwick, a lawyer in the city, and Tolland, the town mayor.")
    assert not described_as_place(doc, _ent(doc, "Harwick"))
    assert not described_as_place(doc, _ent(doc, "Tolland"))


def test_coordinated_with_a_known_place(nlp):
    doc = one_sentence_doc(nlp, "Strikes hit Mosul and Qalbah, then Qarvan or Aleppo, while Voss and Brandt watched.")
    assert coordinated_with_place(doc, _ent(doc, "Qalbah"))
    assert coordinated_with_place(doc, _ent(doc, "Qarvan"))
    assert not coordinated_with_place(doc, _ent(doc, "Brandt"))


def test_given_name_beside_a_place_stays_a_person(nlp):
    doc = one_sentence_doc(nlp, "She thanked Paris and Jennifer for the flowers.")
    assert not coordinated_with_place(doc, _ent(doc, "Jennifer"))
