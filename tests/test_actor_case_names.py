"""Parties of a court case named by its parties, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_case_names import case_parties
from actorkit import one_sentence_doc as _doc


def test_one_word_parties_are_people(nlp):
    doc = _doc(nlp, "The court relied on Quarles v. Dunmore and on Pellow versus Ruritania .")
    words = [t.text for t in doc]
    ents = [Span(doc, words.index("Quarles"), words.index("Quarles") + 1, label="GPE"),
            Span(doc, words.index("Ruritania"), words.index("Ruritania") + 1, label="PERSON")]
    out = [(e.text, e.label_) for e in case_parties(doc, ents)]
    assert out == [("Quarles", "PERSON"), ("Dunmore", "PERSON"), ("Pellow", "PERSON"), ("Ruritania", "PERSON")]


def test_states_and_longer_names_stay(nlp):
    doc = _doc(nlp, "See Hallam v. Texas and Brown v. Board of Education .")  # Brown: before a longer name, still a party
    words = [t.text for t in doc]
    texas = words.index("Texas")
    ents = [Span(doc, texas, texas + 1, label="GPE")]
    out = [(e.text, e.label_) for e in case_parties(doc, ents)]
    assert out == [("Hallam", "PERSON"), ("Texas", "GPE"), ("Brown", "PERSON")]
