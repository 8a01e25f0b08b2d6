"""Where a mention's span stops at its edges: a contracted verb after a name and a "the" that belongs to a noun after
it, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _spans(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return {(text[s:e], a.type) for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}


def test_contracted_is_or_has_is_no_possessive(nlp):
    spans = _spans(nlp, "Marguerite's going to the fair tomorrow, and Osvaldo's been there twice.")
    assert ("Marguerite", "PERSON") in spans
    assert not any(text.endswith("'s") for text, _ in spans)


def test_possessive_stays_in_the_span(nlp):
    spans = _spans(nlp, "Daniel Okafor's brother met the mayor on Friday.")
    assert ("Daniel Okafor's", "PERSON") in spans


def test_the_of_a_noun_after_the_name_is_left_out(nlp):
    spans = _spans(nlp, "The talks took place at the United Nations building in Geneva.")
    assert ("United Nations", "ORG") in spans
    spans = _spans(nlp, "She appealed to the United States Court of Appeals last year.")
    assert ("United States", "GPE") in spans  # the state nested in the court's name
    assert ("the United States Court of Appeals", "ORG") in spans


def test_the_of_the_name_itself_stays(nlp):
    spans = _spans(nlp, "The delegates said the United Nations must act before the vote.")
    assert ("the United Nations", "ORG") in spans


def test_the_of_a_nested_state_name_is_in_its_span(nlp):
    spans = _spans(nlp, "The Government of the Republic of Moldova will continue to support the accord.")
    assert ("the Republic of Moldova", "GPE") in spans  # the state nested in the government's name, with its "the"


def test_named_owner_heads_into_a_buildings_name(nlp):
    spans = _spans(nlp, "The exhibition opened at Chicago's Field Museum of Natural History last week.")
    assert ("Chicago's Field Museum of Natural History", "FAC") in spans
    assert ("Chicago's", "GPE") in spans  # the owner keeps its own mention


def test_itself_and_proper_after_a_place_are_in_its_span(nlp):
    spans = _spans(nlp, "The ferry leaves Bantry, but Whiddy Island itself has no harbour.")
    assert ("Whiddy Island itself", "GPE") in spans
    spans = _spans(nlp, "Fewer than half a million people live in Chicago proper today.")
    assert ("Chicago proper", "GPE") in spans
