"""A big city's name after a title is a person's when the article never uses it as a place; sentences written for
these tests."""

from actorkit import typed_mentions


def test_titled_city_name_never_a_place_is_a_person(nlp):
    found = typed_mentions(nlp, "Farmers cheered Governor Houston at the fair. Critics blamed Houston for the drought.")
    assert ("PERSON", "Houston") in found and ("GPE", "Houston") not in found


def test_city_used_as_a_place_stays_a_place(nlp):
    found = typed_mentions(nlp, "President Washington rode north. Congress met in Washington that spring.")
    assert ("GPE", "Washington") in found
