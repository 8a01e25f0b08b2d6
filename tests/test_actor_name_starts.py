"""Names the model started late, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


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
