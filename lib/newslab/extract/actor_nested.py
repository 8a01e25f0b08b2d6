"""Names nested inside an organisation or facility name as mentions of their own actor.

"the United Nations Office for Disarmament Affairs", "Creative Commons Africa", "the Senate of the United
States": the GUM gold marks the name inside ("United Nations", "Creative Commons", "the United States") as a
mention of that actor nested in the longer one, as it does for states and cities (``actor_gazetteer`` and
``extract_actors`` already give nested states, big cities and US states a mention of their own). Here, inside
an ORG or FAC mention, a run of words that is exactly

* a name of another actor of the same article (its name or its words as written there) of two or more words,
  or an acronym ("NATO", "OSCE"); or
* an organisation name of two or more words or an acronym that the gazetteer knows (``data/actors_orgs.json``); or
* a state's name or short form at the start ("the US State Department", which the gazetteer took whole as one
  organisation; not a name that is also a person's or a US state's: "Jordan", "Georgia"),

becomes a mention with that actor's key, so it joins that actor (and, across articles, its corpus identity),
when it starts the longer name (after its "the") or follows its "of" / "of the" (the "the" then belongs to the
nested mention, as in the gold). A name after other words of the longer one is its topic or the same body with
a modifier ("the Counter ISIL Coalition", "Boston Red Sox"). Single words that are no acronym ("Europe" in
"Council of Europe") and persons' surnames ("Trump" in "Trump Tower") are left out: on actors_large most of
them are no gold span ("State" in "Penn State", "Award", grape names), and each mention that is not one costs
more precision than a found one gains recall. The one kind of single word taken is a capitalised home-country
word that is an actor of the article ("the Nation", ``identity_states.is_home_word``): a title-case headline
the model read as one organisation ("Address to the Nation Announcing ...") keeps the speaker's country.

A president's surname before "administration" ("the Obama administration", "the Biden-Harris Administration";
``data/corpus_us_presidents.csv``) is a mention of that person, and so is a running mate's name joined to it by a
hyphen: the gold nests the person there, and the surname then joins the president across articles.

Interactions read only outermost mentions (``ActorSet.mentions_in``), so a nested name starts no edge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import data_rows
from .actor_lexicons import AMBIGUOUS_STATES, FACILITY_WORDS, Lexicons, strip_poss, us_states
from .actor_parse import is_alpha, text_of
from .actor_titles import Mention
from .docindex import doc_lowers, doc_words
from .identity_states import is_home_word

#: A leading "the" of a name.
LEADING_THE = re.compile(r"^[Tt]he\s+")
#: Mention labels whose names may be found nested (demonyms and title-only persons are left out).
SOURCE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
#: An acronym: two to six capitals (dots allowed: "U.N.").
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
#: Longest nested name tried, in tokens.
MAX_TOKENS = 8


def _surface(doc, m: Mention) -> str:
    return LEADING_THE.sub("", strip_poss(text_of(doc, m.start, m.end)))  # pattern compiled once


def _names(doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Names of the article's actors that may be found nested -> a mention of that actor."""
    names: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        if m.label not in SOURCE_LABELS or m.key[0] not in SOURCE_LABELS or m.mention_label is not None:
            continue
        for name in (_surface(doc, m), m.name):
            if len(name.split()) >= 2 or ACRONYM.fullmatch(name) or is_home_word(name):
                names.setdefault(name, m)
    return names


def _copy(m: Mention, start: int, end: int, surface: str, first: int) -> Mention:
    """A mention of the name at ``[start, end)`` (its span from ``first``) that joins the actor of ``m``."""
    if m.label == "PERSON":
        # Persons merge by name (the same full name joins its actor), not by key.
        return Mention(start, end, "PERSON", ("PERSON", surface.lower()), surface, kind=m.kind, span_start=first)
    return Mention(start, end, m.label, m.key, m.name, kind=m.kind, iso3=m.iso3, span_start=first)


def _taken(mentions: list[Mention], outer: Mention, start: int, end: int) -> bool:
    """Whether a mention other than a longer one around ``[start, end)`` already covers part of it."""
    for x in mentions:
        if x is outer or x.end <= start or end <= x.start:
            continue
        xs = x.span_start if x.span_start is not None else x.start
        if xs <= start and end <= x.end and (end - start) < (x.end - xs):
            continue
        return True
    return False


def _after_of(doc, outer: Mention, i: int) -> int | None:
    """Start of a nested name at token ``i`` that follows "of" or "of the" inside ``outer`` (with its "the", as
    the gold marks it: "the Republic of Albania" in "the Government of the Republic of Albania"); None otherwise."""
    lowers = doc_lowers(doc)
    if i - 1 > outer.start and lowers[i - 1] == "of":
        return i
    if i - 2 > outer.start and lowers[i - 1] == "the" and lowers[i - 2] == "of":
        return i - 1
    return None


def _may_open(doc, outer: Mention, i: int) -> bool:
    """Whether a nested name may start at token ``i`` of ``outer``: the test of :func:`_match` that does not depend on
    the name's end, made once per word rather than for each of up to eight ends."""
    return _after_of(doc, outer, i) is not None or all(w == "the" for w in doc_lowers(doc)[outer.start:i])


def _match(doc, outer: Mention, i: int, j: int, names: dict[str, Mention], lex: Lexicons) -> Mention | None:
    """The nested mention for tokens ``[i, j)`` of ``outer`` when they are a known name, else None."""
    lowers, alpha = doc_lowers(doc), is_alpha(doc)  # word lists: _match runs for up to 8 ends at every word
    if not any(alpha[k] and lowers[k] != "the" for k in range(outer.start, outer.end) if not i <= k < j):
        return None  # the whole name, perhaps without its "the": not nested
    after_of = _after_of(doc, outer, i)
    if after_of is None and any(lowers[k] != "the" for k in range(outer.start, i)):
        # After other words of the outer name a name is its topic or the same body with a modifier ("the Counter
        # ISIL Coalition", "Boston Red Sox", "the New Iraqi Army"), not a name of its own; only a leading name
        # ("the United Nations Office for ...") or one after "of" ("the Council of the European Union") is.
        return None
    if after_of is None and j < outer.end and lowers[j] == "of":
        return None  # "the Royal Academy" in "the Royal Academy of Painting": the body's own short name, not a name inside
    text = text_of(doc, i, j)
    first = i if after_of is None else after_of
    source = names.get(text)
    if source is not None and source is not outer and source.key != outer.key:
        return _copy(source, i, j, text, first)
    if text in lex.orgs and (len(text.split()) >= 2 or ACRONYM.fullmatch(text)):
        canon, kind = lex.orgs[text]
        if ("ORG", canon.lower()) != outer.key:
            return Mention(i, j, "ORG", ("ORG", canon.lower()), canon, kind=kind, span_start=first)
    if after_of is None and _leading_state(text, lex) and ("GPE", lex.country_names[text]) != outer.key:
        # "the US State Department" that the gazetteer took whole as one organisation: the state at its start is a
        # mention of its own, as where the model split the name ("the US Census Bureau")
        iso3 = lex.country_names[text]
        if (outer.label == "FAC" or doc_words(doc)[outer.end - 1] in FACILITY_WORDS) and j - i == 1 and not text.isupper() \
                and text != lex.preferred.get(iso3):
            return None  # "the Emirates Stadium": a one-word short form inside a building's name is part of the name
        return Mention(i, j, "GPE", ("GPE", iso3), lex.preferred.get(iso3, text), kind="state", iso3=iso3, span_start=i)
    return None


def _leading_state(text: str, lex: Lexicons) -> bool:
    """A state's name or short form as written ("US", "U.S.", "Kenya") that is no other name's word ("Jordan",
    "Georgia": a person's or a US state's name too)."""
    return text in lex.country_names and text not in AMBIGUOUS_STATES and text not in us_states()


@lru_cache(maxsize=1)
def president_surnames() -> frozenset[str]:
    """Surnames of US presidents (``data/corpus_us_presidents.csv``), as written."""
    return frozenset(r["surname"] for r in data_rows("corpus_us_presidents.csv"))


def administration_names(doc, outer: Mention) -> list[Mention]:
    """Persons named in "the Obama administration" / "the Biden-Harris Administration" (an ORG mention): a
    president's surname right before "administration", and a capitalised name hyphen-joined to it (the ticket)."""
    if "administration" not in doc_lowers(doc)[outer.start:outer.end]:
        return []  # most organisations: no Token for their words
    tokens = [t for t in doc[outer.start:outer.end] if t.lower_ != "the"]
    if len(tokens) < 2 or tokens[-1].lower_ != "administration":
        return []
    names = [t for t in tokens[:-1] if t.text not in {"-", "–"}]
    joined = all(t.text in {"-", "–"} for t in tokens[:-1] if t not in names)
    surnames = president_surnames()
    if not joined or not 1 <= len(names) <= 2 or not any(t.text in surnames for t in names) \
            or not all(t.is_title and t.is_alpha for t in names):
        return []
    return [Mention(t.i, t.i + 1, "PERSON", ("PERSON", t.text), t.text, kind="person", span_start=t.i) for t in names]


def nested_names(doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Mentions of the article's actors (and of gazetteer organisations) named inside an ORG or FAC mention."""
    names = _names(doc, mentions)
    words = doc_words(doc)
    out: list[Mention] = []
    for outer in sorted((m for m in mentions if m.label in {"ORG", "FAC"} and m.mention_label is None),
                        key=lambda m: (m.start, m.end)):
        if outer.end - outer.start < 2:
            continue
        persons = [p for p in administration_names(doc, outer) if not _taken(mentions + out, outer, p.start, p.end)]
        if persons:
            out += persons
            continue
        i = outer.start
        while i < outer.end:
            hit = None
            if words[i][:1].isupper() and _may_open(doc, outer, i):  # a name starts with a capital (not "the" or "a")
                for j in range(min(outer.end, i + MAX_TOKENS), i, -1):
                    hit = _match(doc, outer, i, j, names, lex)
                    if hit is not None:
                        break
            if hit is not None and not _taken(mentions + out, outer, hit.span_start, hit.end):
                out.append(hit)
                i = hit.end
            else:
                i += 1
    return out
