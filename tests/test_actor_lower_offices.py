"""A department written inside a lower-case office ("secretary of State") is part of the title, no organisation;
sentences written for these tests."""

from actorkit import one_sentence_doc, span_of, typed_mentions

from newslab.extract.actor_lower_offices import without_lower_offices


def test_the_department_of_a_lower_case_office_is_dropped(nlp):
    doc = one_sentence_doc(nlp, "Her time as secretary of State ended in May .")
    assert without_lower_offices(doc, [span_of(doc, "State", "ORG")]) == []


def test_the_department_named_on_its_own_stays(nlp):
    doc = one_sentence_doc(nlp, "The departments of State and Defense and the secretary of the Navy agreed .")
    ents = [span_of(doc, "State", "ORG"), span_of(doc, "Defense", "ORG")]
    assert without_lower_offices(doc, ents) == ents


def test_the_former_secretary_of_state_makes_no_organisation(nlp):
    got = typed_mentions(nlp, "Obama and Clinton, as his former secretary of State, have made a mess of things.")
    assert ("ORG", "State") not in got
    assert ("PERSON", "Clinton") in got
