"""Entity-type fixes of the gazetteer on sentences written for these tests: given names, things that are not actors."""

from spacy.tokens import Span

from newslab.actor_gazetteer import _drop_things, persons_by_name


def _span(doc, words, label):
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def test_given_name_typed_as_place_or_organisation_is_a_person(nlp):
    doc = nlp.make_doc("Later Gloria phoned Harriet Pemberton, and Moritz drove to Renata in the evening.")
    spans = [_span(doc, ["Gloria"], "GPE"), _span(doc, ["Harriet", "Pemberton"], "ORG"), _span(doc, ["Moritz"], "ORG"),
             _span(doc, ["Renata"], "GPE")]
    out = {e.text: e.label_ for e in persons_by_name(doc, spans)}
    assert out["Gloria"] == out["Harriet Pemberton"] == out["Moritz"] == "PERSON"
    assert out["Renata"] == "GPE"  # after "to": a place named like a person stays a place


def test_given_names_that_are_places_stay_places(nlp):
    doc = nlp.make_doc("Delegates from Georgia and Florence Hall signed.")
    spans = [_span(doc, ["Georgia"], "GPE"), _span(doc, ["Florence", "Hall"], "ORG")]
    out = {e.text: e.label_ for e in persons_by_name(doc, spans)}
    assert out == {"Georgia": "GPE", "Florence Hall": "ORG"}


def test_storms_ships_and_spacecraft_are_not_actors(nlp):
    doc = nlp.make_doc("Typhoon Mireille flooded the port where HMAS Wollongbar was moored, "
                       "and the Space Shuttle Endeavour landed while Tomas watched.")
    spans = [_span(doc, ["Typhoon", "Mireille"], "PERSON"), _span(doc, ["HMAS", "Wollongbar"], "ORG"),
             _span(doc, ["Endeavour"], "PERSON"), _span(doc, ["Tomas"], "PERSON")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Tomas"]
