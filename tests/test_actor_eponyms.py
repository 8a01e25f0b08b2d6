"""People prizes and plans are named after, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_the_eponym_of_a_prize_is_a_person(nlp):
    spans = _spans(nlp, "Odile Ferrand won the Pulitzer Prize in 1998 and later joined the jury of the Nobel Peace Prize.")
    assert ("PERSON", "Pulitzer") in spans
    assert ("PERSON", "Nobel") in spans


def test_no_eponym_after_an_acronym_or_in_an_award(nlp):
    spans = _spans(nlp, "The ministry drafted the ICT Master Plan, and the film won an Academy Award.")
    assert not any(m in {"Master", "Academy"} for t, m in spans if t == "PERSON")
