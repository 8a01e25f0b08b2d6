"""Companies named with a legal form, and their short names, are organisations; on sentences written for these tests
(tokenised only; the model's mistyped labels are set by hand)."""

from spacy.tokens import Span

from newslab.extract.actor_company_names import company_short_names


def _last(doc, text, label):
    """The last run of tokens in ``doc`` that reads ``text``, as a Span with ``label``."""
    words = text.split()
    toks = [t.text for t in doc]
    i = max(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def _labels(nlp, text, spans):
    doc = nlp.make_doc(text)
    ents = sorted((_last(doc, t, label) for t, label in spans), key=lambda e: e.start)
    return [(e.text, e.label_) for e in company_short_names(doc, ents)]


def test_short_name_of_a_company_is_an_organisation(nlp):
    text = "Brimble Optics Inc. said it cut prices. Brimble sells lenses, and Brimble shares rose."
    got = _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])
    assert got == [("Brimble Optics Inc.", "ORG"), ("Brimble", "ORG")]
    assert _labels(nlp, "Tarven Mills PLC agreed to a bid .", [("Tarven Mills PLC", "PERSON")]) == \
        [("Tarven Mills PLC", "ORG")]


def test_people_and_places_of_that_name_are_left(nlp):
    text = "Brimble Optics Inc. said it cut prices. Mr. Brimble , its founder , agreed."
    assert ("Brimble", "PERSON") in _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])
    text = "Texas Lenses Inc. moved to Dallas . Texas is large."
    assert ("Texas", "GPE") in _labels(nlp, text, [("Texas Lenses Inc.", "ORG"), ("Texas", "GPE")])


def test_titled_person_of_that_name_is_left(nlp):
    text = "Brimble Optics Inc. said it cut prices. President Brimble visited the plant ."
    assert ("Brimble", "PERSON") in _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])
