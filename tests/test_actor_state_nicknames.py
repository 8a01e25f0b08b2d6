"""US states named by their nickname (extract/actor_state_nicknames.py), on sentences written for these tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_state_nicknames import nicknamed_states


def test_a_state_nickname_is_the_state(nlp):
    doc = one_sentence_doc(nlp, "She carried the Hawkeye State and lost the Bay State 's primary .")
    spans = [span_of(doc, "the Hawkeye State", "ORG"), span_of(doc, "the Bay State 's", "FAC")]
    assert [(e.text, e.label_) for e in nicknamed_states(doc, spans)] == [
        ("the Hawkeye State", "GPE"), ("the Bay State 's", "GPE")]


def test_a_longer_name_holding_a_nickname_is_left(nlp):
    doc = one_sentence_doc(nlp, "Fans of the Golden State Warriors toured the Empire State Building .")
    spans = [span_of(doc, "the Golden State Warriors", "ORG"), span_of(doc, "the Empire State", "ORG")]
    assert [(e.text, e.label_) for e in nicknamed_states(doc, spans)] == [
        ("the Golden State Warriors", "ORG"), ("the Empire State", "ORG")]
