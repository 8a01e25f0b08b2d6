"""Towns named inside organisation, building and event names, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_town_at_the_start_of_a_festival_or_after_of(nlp):
    spans = _spans(nlp, "Mireille Dufay first sang at the Avignon Festival in 1961. Her son Pieter studied at the University of Stellenbosch.")
    assert ("GPE", "Avignon") in spans
    assert ("GPE", "Stellenbosch") in spans


def test_small_towns_that_are_words_stay_out(nlp):
    spans = _spans(nlp, "The Federal Reserve and the Liberal Party both answered Dana Whitcombe on Tuesday.")
    assert not any(m in {"Federal", "Liberal"} for _, m in spans)


def test_towns_in_names_found_again_by_repetition(nlp):
    from newslab.extract.actor_nested_towns import nested_towns
    from newslab.extract.actor_titles import Mention

    doc = nlp("Fans waited outside while Boston Red Sox players signed caps.")
    start = next(t.i for t in doc if t.text == "Boston")
    outer = [Mention(start, start + 3, "ORG", ("ORG", "boston red sox"), "Boston Red Sox", kind="organisation")]
    found = nested_towns(doc, [], outer)
    assert [(m.label, doc[m.start:m.end].text) for m in found] == [("GPE", "Boston")]


def test_town_opening_a_persons_name_is_no_place(nlp):
    # "Tyler" is a town and a given name; before another given name it opens a founder's name, not a place.
    from newslab.extract.actor_nested_towns import nested_towns
    from newslab.extract.actor_titles import Mention

    def found(text, name):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        outer = [Mention(start, start + len(name.split()), "ORG", ("ORG", name.lower()), name, kind="organisation")]
        return [doc[m.start:m.end].text for m in nested_towns(doc, [], outer)]

    assert found("Workers at Tyler Grant Industries went on strike.", "Tyler Grant Industries") == []
    assert found("Workers at Tyler Steel Works went on strike.", "Tyler Steel Works") == ["Tyler"]
