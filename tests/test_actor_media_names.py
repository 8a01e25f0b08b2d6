"""News outlets from the gazetteer, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def test_wikinews_is_a_news_organisation(nlp):
    text = "Last week Wikinews asked the mayor of Tarnwick about the harbour budget."

    class A:  # the stage only reads the Doc
        body = text

    spans = {(a.type, text[s:e]) for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}
    assert ("ORG", "Wikinews") in spans
