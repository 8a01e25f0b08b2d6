"""Where a mention's span stops at its edges: a contracted verb after a name, on sentences written for these tests."""

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
