"""News outlets from the gazetteer, on sentences written for these tests."""

from actorkit import typed_mentions


def test_wikinews_is_a_news_organisation(nlp):
    text = "Last week Wikinews asked the mayor of Tarnwick about the harbour budget."

    spans = typed_mentions(nlp, text)
    assert ("ORG", "Wikinews") in spans
