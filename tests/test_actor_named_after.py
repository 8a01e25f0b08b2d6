"""People buildings, bridges and foundations are named after, on sentences written for these tests."""

from actorkit import typed_mentions as _spans


def test_a_given_name_and_surname_before_a_building_head_is_a_person(nlp):
    spans = _spans(nlp, "We drove across the George Washington Bridge and then took the Robert Ellis Turnpike to Tulsa.")
    assert ("PERSON", "George Washington") in spans
    assert ("PERSON", "Robert Ellis") in spans


def test_a_title_and_name_before_a_building_head_is_a_person(nlp):
    spans = _spans(nlp, "Crowds waited outside the Emperor Norton Bridge, and the Sheikh Zayed Mosque opened at noon.")
    assert ("PERSON", "Emperor Norton") in spans
    assert ("PERSON", "Sheikh Zayed") in spans


def test_a_surname_of_the_article_before_a_building_head_is_a_person(nlp):
    spans = _spans(nlp, "Mildred Okafor opened a second law office last year. It sits in the Okafor Building downtown.")
    assert ("PERSON", "Okafor") in spans


def test_no_person_in_a_town_a_street_or_a_name_without_evidence(nlp):
    spans = _spans(nlp, "Flights leave St. Louis Airport hourly. Mary Ode lives on Georges Mandel Boulevard near Carnegie Hall.")
    persons = {m for t, m in spans if t == "PERSON"}
    assert not persons & {"St. Louis", "Georges Mandel", "Carnegie"}


def test_no_person_in_a_name_that_holds_a_place_of_the_article(nlp):
    spans = _spans(nlp, "Socotra is an island in the Arabian Sea. Visitors stay at the Taj Socotra Hotel in the capital.")
    assert not any(t == "PERSON" and "Socotra" in m for t, m in spans)
