"""A compound adjective led by a combining form ("Euro-Atlantic", "Sino-Soviet") is no actor before its noun
(extract/actor_combining_forms.py). Sentences written for the test."""

from actorkit import mention_texts, one_sentence_doc, span_of
from newslab.extract.actor_combining_forms import combining_form_modifier


def test_modifier_before_a_noun_is_no_actor(nlp):
    got = mention_texts(nlp, "The minister said the reform keeps Moldova on course for Euro-Atlantic integration.")
    assert not any("Euro" in t for t in got), got
    assert "Moldova" in got, got


def test_rule_reads_the_word_after_the_compound(nlp):
    doc = nlp("Sino-Soviet relations worsened. The Indo-Pacific is vast.")
    first = span_of(doc, "Sino - Soviet", "NORP")
    second = span_of(doc, "Indo - Pacific", "ORG")
    assert combining_form_modifier(doc, first)
    assert not combining_form_modifier(doc, second)  # alone it may name a region


def test_only_combining_forms_lead_it(nlp):
    doc = one_sentence_doc(nlp, "the North-East region and the Arab-Israeli war")
    assert not combining_form_modifier(doc, span_of(doc, "North - East", "LOC"))
    assert not combining_form_modifier(doc, span_of(doc, "Arab - Israeli", "NORP"))
