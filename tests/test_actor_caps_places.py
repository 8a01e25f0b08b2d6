"""Place names written in capitals, on lines written for these tests (entities set by hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_caps_places import capitalised_places


def _new(nlp, text, ents=()):
    doc = one_sentence_doc(nlp, text)
    return [(e.text, e.label_) for e in capitalised_places(doc, [span_of(doc, n, lab) for n, lab in ents])]


def test_state_and_continent_in_capitals(nlp):
    assert _new(nlp, "TRADE WITH EUROPE AND KENYA") == [("EUROPE", "LOC"), ("KENYA", "GPE")]


def test_us_state_and_city_of_two_words(nlp):
    assert _new(nlp, "OFFICE OF THE MEMBER , 3RD DISTRICT , NORTH CAROLINA") == [("NORTH CAROLINA", "GPE")]
    assert _new(nlp, "Write to us at 12 Long Street , CAPE TOWN .") == [("CAPE TOWN", "GPE")]


def test_demonyms_acronyms_and_one_word_towns_are_left(nlp):
    assert _new(nlp, "THE FRENCH CLUB MEETS IN THE UK") == []
    assert _new(nlp, "ORAL ARGUMENT OF THE PETITIONER") == []  # "Oral" is also a town


def test_words_inside_an_entity_are_left(nlp):
    assert _new(nlp, "THE KENYA AIRWAYS STRIKE", [("KENYA AIRWAYS", "ORG")]) == []
