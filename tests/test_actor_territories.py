"""Disputed territories as places (extract/actor_territories.py), on sentences written for these tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_territories import territories_as_places


def test_a_territory_called_an_organisation_is_a_place(nlp):
    doc = one_sentence_doc(nlp, "Talks on Nagorno-Karabakh and on the Crimea 's status stalled .")
    spans = [span_of(doc, "Nagorno - Karabakh", "ORG"), span_of(doc, "the Crimea 's", "ORG")]
    assert [(e.text, e.label_) for e in territories_as_places(doc, spans)] == [
        ("Nagorno-Karabakh", "GPE"), ("the Crimea 's", "GPE")]


def test_a_longer_name_holding_a_territory_is_left(nlp):
    doc = one_sentence_doc(nlp, "The Kashmir Valley Trust met the Abkhazia Football Federation .")
    spans = [span_of(doc, "The Kashmir Valley Trust", "ORG"), span_of(doc, "the Abkhazia Football Federation", "ORG")]
    assert [e.label_ for e in territories_as_places(doc, spans)] == ["ORG", "ORG"]
