"""A street address keeps its house number in the place mention, on sentences written for these tests."""

from actorkit import mention_texts as _texts


def test_house_number_before_a_street_is_in_the_span(nlp):
    texts = _texts(nlp, "The bakery moved to 4120 Maple Avenue in the spring.")
    assert "4120 Maple Avenue" in texts


def test_year_opening_a_clause_stays_out(nlp):
    texts = _texts(nlp, "In 1990 Maple Avenue was closed to traffic for a month.")
    assert not any(t.startswith("1990") for t in texts)
