"""Entities that end on a linking word ("of", "and", "the"), on sentences written for these tests (entities set by
hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_dangling import mend_dangling_ends


def _mend(nlp, text, ents):
    doc = one_sentence_doc(nlp, text)
    return [(e.text, e.label_) for e in mend_dangling_ends(doc, [span_of(doc, name, label) for name, label in ents])]


def test_name_goes_on_over_the_capitalised_words_after_it(nlp):
    got = _mend(nlp, "She joined the Centre for Law and Society last spring .", [("the Centre for Law and", "ORG")])
    assert got == [("the Centre for Law and Society", "ORG")]


def test_linking_word_with_nothing_after_it_is_left_out(nlp):
    got = _mend(nlp, "They called for a Grand Assembly of all parties .", [("a Grand Assembly of", "ORG")])
    assert got == [("a Grand Assembly", "ORG")]


def test_body_name_goes_on_over_a_place_after_its_of(nlp):
    got = _mend(nlp, "It was chartered by the Grand Lodge of Vermont in 1790 .",
                [("the Grand Lodge of", "FAC"), ("Vermont", "GPE")])
    assert got == [("the Grand Lodge of Vermont", "FAC")]


def test_organisation_after_the_of_keeps_its_entity(nlp):
    got = _mend(nlp, "He taught at the Institute of Letters of Academia Velora .",
                [("the Institute of Letters of", "ORG"), ("Academia Velora", "ORG")])
    assert got == [("the Institute of Letters", "ORG"), ("Academia Velora", "ORG")]


def test_whole_names_are_left_alone(nlp):
    ents = [("the Bank of England", "ORG")]
    assert _mend(nlp, "Rates were set by the Bank of England today .", ents) == ents


def test_state_after_the_of_keeps_its_entity(nlp):
    got = _mend(nlp, "He took the Office of Governor of Kenya today .",
                [("the Office of Governor of", "ORG"), ("Kenya", "GPE")])
    assert got == [("the Office of Governor", "ORG"), ("Kenya", "GPE")]
