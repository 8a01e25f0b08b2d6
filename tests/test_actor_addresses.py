"""A street address keeps its house number in the place mention, on sentences written for these tests."""

from actorkit import mention_texts as _texts


def test_house_number_before_a_street_is_in_the_span(nlp):
    texts = _texts(nlp, "The bakery moved to 4120 Maple Avenue in the spring.")
    assert "4120 Maple Avenue" in texts


def test_year_opening_a_clause_stays_out(nlp):
    texts = _texts(nlp, "In 1990 Maple Avenue was closed to traffic for a month.")
    assert not any(t.startswith("1990") for t in texts)


def test_a_town_naming_a_town_street_is_no_place_mention(nlp):
    from actorkit import typed_mentions

    found = typed_mentions(nlp, "We ate at a cafe on Boston Avenue and then walked down Chicago Street to the river.")
    assert ("GPE", "Boston") not in found and ("GPE", "Chicago") not in found
    assert ("FAC", "Boston Avenue") in found


def test_a_road_to_a_town_keeps_the_town(nlp):
    from actorkit import typed_mentions

    found = typed_mentions(nlp, "The new hotel stands on Denver Blvd, near the old Dallas Road.")
    assert ("GPE", "Dallas") in found and ("GPE", "Denver") not in found
