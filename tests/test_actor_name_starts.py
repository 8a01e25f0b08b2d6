"""Names the model started late, on sentences written for these tests."""

from newslab.extract.actors import extract_actors


def _spans(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return {(a.type, text[s:e]) for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}


def test_a_given_name_the_model_left_out_joins_the_name(nlp):
    spans = _spans(nlp, "Later that year the poet Sikong Shu moved south.")
    assert ("PERSON", "Sikong Shu") in spans
    assert ("PERSON", "Shu") not in spans


def test_a_known_place_before_a_name_stays_out(nlp):
    spans = _spans(nlp, "They flew to Isfahan Shahid Beheshti last week.")
    assert not any(m.startswith("Isfahan Shahid") for _, m in spans)


def test_a_person_named_with_a_title_takes_the_the_before_it(nlp):
    text = "On Monday the Foreign Minister Anneke Voss arrived in Lisbon."
    assert ("PERSON", "the Foreign Minister Anneke Voss") in _spans(nlp, text)
