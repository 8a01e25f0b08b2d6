"""Names of bodies built as "<body noun> of/for <Name>" the model leaves unlabelled, on sentences written for these
tests."""

from newslab.extract.actor_body_names import body_names
from tests.actorkit import one_sentence_doc


def test_body_noun_with_a_named_complement_is_an_organisation(nlp):
    doc = one_sentence_doc(nlp, "Yesterday the Army of the Righteous Vanguard and the Association for Maritime Archaeology met.")
    assert [(e.text, e.label_) for e in body_names(doc, [])] == [
        ("the Army of the Righteous Vanguard", "ORG"), ("the Association for Maritime Archaeology", "ORG")]


def test_capitalised_words_before_the_body_noun_belong_to_the_name(nlp):
    doc = nlp("They joined the Free Coastal Union of Fishermen and Dockers last year.")
    assert [e.text for e in body_names(doc, [])] == ["the Free Coastal Union of Fishermen and Dockers"]


def test_an_office_or_a_found_name_is_left_alone(nlp):
    doc = one_sentence_doc(nlp, "The Secretary of State spoke to the council of elders.")
    assert body_names(doc, []) == []
    doc = nlp("She studied at the University of Chicago.")
    assert body_names(doc, list(doc.ents)) == []  # the model's own entity stays


def test_a_hyphenated_word_before_the_body_noun_is_kept_whole(nlp):
    doc = nlp("Later the Forty-Second Brigade of Coastal Rangers landed.")
    assert [e.text for e in body_names(doc, [])] == ["the Forty-Second Brigade of Coastal Rangers"]
