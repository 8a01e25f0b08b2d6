"""Actors: people, organisations, states and groups, merged within an article.

Interface used by later stages (interactions, chronology, attribution):
``extract_actors(doc, article) -> ActorSet``; ``ActorSet.at(start, end)`` finds the actor
mentioned at a character span; ``ActorSet.by_name(name)``; ``ActorSet.table()`` is the
``actors`` DataFrame.

How it works (one spaCy pass, then rules), module by module:

1. :mod:`newslab.extract.actor_gazetteer`, a pipeline component after spaCy's ``ner``, relabels and adds
   states, demonyms and organisations from :mod:`newslab.extract.actor_lexicons` and fixes the entity
   types the small model gets wrong in news.
2. :mod:`newslab.extract.actor_titles` reads the title phrase, rank and affiliation of each person
   mention, appositions, and capitalised title-only mentions ("the Foreign Secretary").
   A lower-case role between an organisation and a name gives role and affiliation ("Chelsea
   manager Enzo Maresca"); a name in apposition to a role noun is a person even when NER misses
   it ("The club's manager, Mikel Arteta,").
3. This module: nominal institutions ("the Libyan government", "the government in Tripoli" --
   Tripoli being Libya's capital --, "Iraqi security forces", "the Assad regime", "the U.S.-led
   coalition") become ORG actors keyed by their state or leader, so different wordings merge;
   groups named by their state ("British businesses") keep their own words.
4. Mentions merge into actors: states by ISO code (demonyms and possessives included), people
   by surname/full name (name particles such as al-/Al- compared case-insensitively; a bare
   surname shared by two people stays apart; a lone one-word "person" does not take ORG/NORP repeats
   that mostly follow in/on/at/from: extract/actor_place_repeats.py), organisations by name,
   gazetteer identity, or acronym <-> expansion ("Syrian Democratic Forces (SDF)").
5. First person: "I"/"me"/"my" outside quotation marks are mentions of the speaker introduced
   by "X said:" at the end of the paragraph before (or earlier in the same paragraph), else of
   the statement's author, an actor named "the author" (PERSON, kind ``speaker``): "I welcome
   today's news ..." in a government statement. Skipped in interviews (two or more question
   paragraphs), where several people say "I", and in texts with more than six "I" (personal
   narratives, forum posts), whose writer is not a news actor.

**State or organisation (the convention, decided for issue 12).** A state named by its name is a GPE actor
(kind ``state``) whatever it does: "Iraq rejected the plan", "Belgium signed", also by its formal name or as a capitalised
"State" ("The State of Ohio argued", "the State appealed") -- the gold follows ACE, where a
country acting is a GPE, and a state's name stays one actor across sentences and articles. An organisation
actor (ORG) exists only where the text names an institution of the state: "the government of Belgium",
"the Belgian authorities", "Iraqi security forces", "Libya's Defense Ministry" (one ORG per state and head,
affiliated with the state; the state named inside it is a mention of its own). People named by their state
are a group: "Americans" is NORP, "Belgian officials" an ORG of kind ``group``. A country's name is never
retyped ORG from context, and an institution noun ("Congress", "the Senate", "the University") never becomes
a place from context.

The ``actors`` table adds one extension column to CONTRACT section 2: ``mention_labels``, the
label of each mention (NORP for a plural demonym such as "Syrians" merged into its state), in
the order of ``mentions``. Adjectival demonyms ("Libyan Chief of General Staff") are attributes,
not mentions: they appear in the state's ``aliases`` only.

Actor ``type`` is the spaCy label (PERSON, ORG, GPE, NORP, LOC, FAC). ``kind`` is finer:

* GPE: ``state`` (a sovereign state, ``iso3`` set), ``place`` (city, region)
* ORG: ``igo``, ``armed_group``, ``military``, ``government``, ``diplomatic``, ``media``,
  ``ngo``, ``party``, ``opposition``, ``group`` (people named by their state: "British
  businesses", "the Syrian people"), ``organisation`` (default)
* PERSON: the kind of the title head (``government``, ``diplomat``, ``military``,
  ``legislature``, ``royal``, ``judicial``, ``religious``, ``business``, ``organisation``) or
  ``person`` when no title is known; ``speaker`` for "the author" of a first-person statement
* NORP: ``group``; LOC/FAC: ``place``/``facility``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .actor_lexicons import (ACTOR_LABELS, STATE_FORM_WORDS, CAPITALISED_INSTITUTIONS, CAPITALISED_STATE_NOUNS, CONNECTORS, INSTITUTION_HEADS, ORG_KINDS, ORG_NAME_ENDINGS,
                             COURTESY_GENDER, ORG_WORDS, PARTICLES, PORTFOLIOS, POSSESSIVE, ROLE_NOUNS, TITLE_FRAGMENTS, TRANSCRIPT_LABELS, Lexicons,
                             acronym_word, big_cities, city_given_names, country_iso3, towns, given_name_genders, given_names, lexicons, non_actor_terms, strip_poss, us_states)
from .actor_gazetteer import MEDIA_NOUNS, _before_coordinated_name, upper_case_name, upper_title
from .actor_cues import town_before_state
from .group_actors import group_mentions
from .office_titles import office_titles
from .actor_nested import nested_names
from .actor_company_names import merge_company_short_names
from .actor_teams import merge_team_nicknames
from .actor_nested_towns import named_after_person, nested_towns
from .identity_states import us_state_name
from .actor_hyphen_names import hyphen_names
from .actor_name_starts import given_name_after_title, name_starts, title_with_the
from .actor_headline_words import headline_word
from .actor_eponyms import eponym_mentions
from .actor_named_after import named_after_mentions
from .actor_bare_titles import bare_titles
from .actor_city_states import split_city_states
from .actor_regions import split_regions
from .actor_place_repeats import place_repeats
from .actor_member_groups import member_groups
from .actor_alt_names import alternative_names, known_as_names
from .actor_plural_titles import plural_role_lists, plural_title_lists
from .actor_postal import party_state_tag, postal_states
from .actor_repeats import FORMAT_MARKS, repeated_names
from .actor_roads import road_mentions
from .actor_precision import precise_mentions
from .actor_work_kinds import without_work_titles
from .actor_facilities import speaking_facility
from .actor_counterparts import counterparts
from .actor_regnal import regnal_numeral, ruler_title
from .actor_group_people import described_people
from .actor_peoples import people_nouns
from .actor_modifier_lists import listed_modifier
from .actor_addresses import street_named_after, with_house_number
from .actor_amounts import amount_spans
from .actor_abbreviations import abbreviation_end
from .actor_person_determiners import person_determiners
from .actor_person_of import person_of_phrases
from .actor_premodifiers import hyphen_modifier_spans
from .actor_spans import (org_with_place, person_span_end, town_with_region, with_determiner, with_place_noun,
                           with_place_postmodifier, with_quantifier, with_possessor, with_region_modifier, with_role_noun,
                           without_outer_the)
from .actor_titles import (Mention, appositions, key_for_span, office_of_after, parse_title, rank_at, title_only,
                           title_prefix)
from .actor_parse import apposed_to, chunks_with_roots, span_text, text_of, with_dep
from .tables import make_table
from . import docindex
from .docindex import char_token_range, doc_words
from ..seeds import Article

if TYPE_CHECKING:
    from spacy.tokens import Span


# --------------------------------------------------------------------------- data model

@dataclass
class Actor:
    """One actor of an article with all its mentions (``[start, end)`` into the body)."""

    actor_id: str
    name: str
    type: str
    kind: str | None = None
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    iso3: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ActorSet:
    """The actors of one article, with lookup by character span."""

    actors: list[Actor]
    #: Mention label per span (NORP for a demonym of a state, else the actor type).
    mention_labels: dict[tuple[int, int], str] = field(default_factory=dict)

    def at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` most (ties: the tightest mention, then the earliest)."""
        best, best_key = None, None
        for actor in self.actors:
            for s, e in actor.mentions:
                overlap = min(end, e) - max(start, s)
                if overlap <= 0:
                    continue
                key = (overlap, -(e - s))
                if best_key is None or key > best_key:
                    best, best_key = actor, key
        return best

    def by_name(self, name: str) -> Actor | None:
        """The actor whose canonical name, else alias, is ``name`` (case-insensitive): the state "Lebanon" before
        "southern Lebanon", whose mention was written "Lebanon" too."""
        low = name.lower()
        named = next((actor for actor in self.actors if actor.name.lower() == low), None)
        if named is not None:
            return named
        return next((actor for actor in self.actors if low in (a.lower() for a in actor.aliases)), None)

    def mentions_in(self, start: int, end: int, outermost: bool = True) -> list[tuple[Actor, tuple[int, int]]]:
        """Actor mentions inside ``[start, end)``, in text order; ``outermost`` drops mentions nested in another
        (the state in "Türkiye's Ambassador Güven Begeç" is an attribute of the person, not a participant)."""
        spans = [(s, e, a) for a in self.actors for s, e in a.mentions if start <= s and e <= end]
        spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        out = []
        for s, e, a in spans:
            if outermost and any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans):
                continue
            out.append((a, (s, e)))
        return out

    def is_nested(self, start: int, end: int) -> bool:
        """Whether the mention ``[start, end)`` lies inside a longer mention of another actor."""
        return any(s <= start and end <= e and (s, e) != (start, end) for a in self.actors for s, e in a.mentions)

    def table(self) -> pd.DataFrame:
        """The ``actors`` table of CONTRACT.md section 2."""
        return make_table(
            "actors",
            (
                {
                    "actor_id": a.actor_id, "name": a.name, "type": a.type, "kind": a.kind,
                    "role": a.role, "rank": a.rank, "affiliation": a.affiliation, "iso3": a.iso3,
                    "aliases": sorted(set(a.aliases)), "mentions": [list(m) for m in sorted(a.mentions)],
                    "mention_labels": [self.mention_labels.get(tuple(m), a.type) for m in sorted(a.mentions)],
                }
                for a in self.actors
            ),
        )


@lru_cache(maxsize=4096)
def _norm_tokens(name: str) -> list[str]:
    """A name's words, lower case, without dots (cached: the merge asks for the same names many times; the
    lists are shared, so callers never modify them)."""
    return [t for t in re.split(r"[\s\-‐]+", name.lower().replace(".", "")) if t]


@lru_cache(maxsize=4096)
def _person_tokens(name: str) -> list[str]:
    """A person's name words, without a common word a headline glued before them ("Won Cruz" is "Cruz")
    (cached and shared, as :func:`_norm_tokens`)."""
    toks = _norm_tokens(name)
    return toks[1:] if len(toks) >= 2 and headline_word(toks[0]) else toks


#: Generational suffixes after a surname ("Joseph R. Biden Jr.", "Louis Gerstner Jr."), in _norm_tokens' form; not
#: "Sr.", which says the article has a younger one, whom the bare surname may be.
NAME_SUFFIXES = frozenset({"jr", "ii", "iii", "iv"})


def _surname(tokens: list[str]) -> str | None:
    core = [t for t in tokens if t not in PARTICLES]
    return core[-1] if core else None


def _family_name(tokens: list[str]) -> str | None:
    """The surname a bare mention of a person repeats: past a generational suffix ("Louis Gerstner Jr." is Mr.
    Gerstner)."""
    core = [t for t in tokens if t not in PARTICLES]
    while len(core) > 1 and core[-1] in NAME_SUFFIXES:
        core = core[:-1]
    return core[-1] if core else None


def extract_actors(doc, article: Article) -> ActorSet:
    """Actors of the parsed article: typed, with titles and roles, merged within the article."""
    lex = lexicons()
    mentions: list[Mention] = []
    ents = [e for e in docindex.doc_ents(doc) if e.label_ in ACTOR_LABELS]  # built once for every stage
    persons = [e for e in ents if e.label_ == "PERSON"]  # (Span.label_ looks the label up in the string store)
    person_starts = {e.start for e in persons}
    words, lowers, pos = doc_words(doc), docindex.doc_lowers(doc), docindex.doc_pos(doc)  # lists: no Token per word
    covered: set[int] = set()
    # Title phrases in front of names: NER fragments inside them ("Defense" in "Defense Secretary
    # Ash Carter", "State" in "Secretary of State John Kerry") are not organisations.
    title_tokens: set[int] = set()
    for ent in persons:
        tstart = title_prefix(doc, ent.start, docindex.sent_of(ent).start, lex, person_starts)  # Span.sent rescans
        title_tokens.update(range(tstart, ent.start))
    extra_aliases: dict[tuple, list[str]] = {}
    person_surnames = {parts[-1] for parts in (span_text(e).split() for e in persons) if len(parts) > 1}

    for ent in ents:
        ent_label = ent.label_  # a property call: read once per entity
        ent_text = span_text(ent)
        text = strip_poss(ent_text)
        if ent_text in TRANSCRIPT_LABELS and ent.end < len(doc) and words[ent.end] == ":":
            continue  # "QUESTION:" in a briefing transcript is a turn label, not a person
        if party_state_tag(doc, ent.start, ent.end):
            continue  # "Sen. Ann Lee, D-Mass., said": the senator's party and state, not Massachusetts acting
        if ent_label == "PERSON" and _described_person(doc, ent, lex):
            continue  # "Charles Babbage, the Lucasian Professor of Mathematics,": his office, no second person
        if ent_label != "PERSON" and all(w in lex.titles or w in TITLE_FRAGMENTS for w in words[ent.start:ent.end]) and (
                all(i in title_tokens for i in range(ent.start, ent.end))
                or ent.start >= 2 and doc[ent.start - 1].lower_ in CONNECTORS and words[ent.start - 2] in lex.titles):
            continue
        if ent_label == "NORP" and (_is_modifier(ent) or listed_modifier(ent)) and ent_text not in person_surnames:
            # "Libyan" in "Libyan Chief of General Staff", "Muslim" in "Muslim countries": an
            # attribute, not a mention of a group; a state's demonym is kept as an alias.
            iso = country_iso3(text)
            if iso:
                extra_aliases.setdefault(("GPE", iso), []).append(text)
            continue
        start, end = ent.start, ent.end
        while end > start and (words[end - 1] in POSSESSIVE or words[end - 1] in TIME_UNIT_WORDS):
            end -= 1  # "... its positions in Khartoum North hours after the signing": the name ends before "hours"
        if end > start and words[ent.end - 1] in TIME_UNIT_WORDS:
            text = strip_poss(text_of(doc, start, end))
        paren = next((i for i in range(start, end) if words[i] == "("), None)
        if paren is not None and paren > start and ")" not in words[paren:end]:
            # "World Health Organization (WHO": the model stopped inside the bracket; the name ends
            # before it, and the bracketed acronym becomes an alias (_acronyms_and_surnames).
            end = paren
            text = strip_poss(doc[start:end].text)
        if end <= start:
            continue
        label = ent_label
        if label == "PERSON":
            # Title words the model put inside the name move to the title phrase.
            s = start
            while s < end - 1 and (words[s] in lex.titles or rank_at(doc, s, end - 1, lex) or upper_title(words[s])):
                s += rank_at(doc, s, end - 1, lex) or 1
            if s == start and given_name_after_title(doc, s, lex):
                start = s = s - 1  # "London Mayor Sadiq Khan": the model left the given name to the title
            # "MR KIRBY", "SECRETARY KERRY": a title in capitals stays in the mention's span (the name is the rest)
            upper_start = start if s > start and all(upper_title(words[k]) for k in range(start, s)) else None
            name = text_of(doc, s, end)
            iso = country_iso3(name)
            if iso:  # the model called a state a person ("Türkiye supported")
                mentions.append(_state_mention(doc, start, end, iso, lex))
                continue
            if end - s > 1 and all(w in ORG_WORDS or w.isupper() for w in words[s:end]) \
                    and not upper_case_name(doc[s:end]):  # (Token.is_upper is str.isupper of its text)
                label = "ORG"
            else:
                sent = docindex.sent_of(doc[start])
                tstart = title_prefix(doc, s, sent.start, lex, person_starts, start)
                info = parse_title(doc, tstart, s, lex, None) if tstart < s else {}
                aff = info.get("affiliation_span")
                # "the Olmec", "the Joker": an article whose head is the name belongs to the mention, as in the gold
                # (not "the Cruise video", where it belongs to the noun after the name)
                m = Mention(s, end, "PERSON", ("PERSON", name), name, kind=info.get("kind") or "person",
                             role=info.get("role"), rank=info.get("rank"),
                             span_start=(_with_the(doc, s, end) if upper_start is None else upper_start) if tstart == s else tstart)
                if aff:
                    m.affiliation = key_for_span(doc, aff[0], aff[1], lex)
                    m.affiliation_name = strip_poss(doc[aff[0]:aff[1]].text)
                if tstart == s and s >= 2 and doc[s - 1].lower_ in ROLE_NOUNS and words[s - 1].islower() \
                        and doc[s - 2].ent_type_ in {"ORG", "GPE", "NORP"} and doc[s - 2].i not in title_tokens:
                    # "Chelsea manager Enzo Maresca", "Google engineer Ana Ruiz": a lower-case role after its organisation.
                    k = s - 2
                    while k > sent.start and doc[k].ent_iob_ == "I":
                        k -= 1
                    m.role = doc[s - 1].text
                    m.span_start = k
                    aff = (k, s - 1)
                    m.affiliation = key_for_span(doc, k, s - 1, lex)
                    m.affiliation_name = strip_poss(doc[k:s - 1].text)
                if m.span_start == s:
                    m.span_start = with_role_noun(doc, s, end)
                post = office_of_after(doc, end)
                m.span_end = person_span_end(doc, end, post)
                if m.role and post and not aff:
                    # "King Abdullah of Jordan", "President Macron of France": the office's "of" comes after the name.
                    m.role = f"{m.role} of {strip_poss(doc[post[0]:post[1]].text)}"
                    m.affiliation = key_for_span(doc, post[0], post[1], lex)
                    m.affiliation_name = strip_poss(doc[post[0]:post[1]].text)
                mentions.append(m)
                continue
        if label == "NORP" and text in lex.demonyms and (ent.kb_id_ in lex.preferred or country_iso3(text)):
            # "Americans", "the French": people of a state, not the state acting (ACE keeps them NORP);
            # a group actor affiliated with the state. Demonyms used as modifiers were handled above.
            gm = Mention(start, end, "NORP", ("NORP", text.lower()), LEADING_THE.sub("", text), kind="group",
                         span_start=_with_the(doc, start, end))
            gm.affiliation = ("GPE", ent.kb_id_ if ent.kb_id_ in lex.preferred else country_iso3(text))
            mentions.append(gm)
            continue
        if label == "GPE" or (label in {"NORP", "ORG", "LOC"} and (ent.kb_id_ in lex.preferred or country_iso3(text))):
            iso = ent.kb_id_ if ent.kb_id_ in lex.preferred else country_iso3(text)
            if iso:
                mentions.append(_state_mention(doc, start, end, iso, lex, demonym=text in lex.demonyms))
                continue
        if label == "FAC" and not ent.kb_id_ and speaking_facility(ent):
            label = "ORG"
        if label == "ORG":
            plain = text.replace("\u2019", "'")  # "People’s Protection Units" is the gazetteer's "People's ..."
            canon, kind = lex.orgs.get(plain) or lex.orgs.get(LEADING_THE.sub("", plain)) or (None, None)
            name = canon or LEADING_THE.sub("", text)
            if kind is None:
                kind = _org_kind(doc[start:end])
                if kind == "organisation" and end < len(doc) and lowers[end] in MEDIA_NOUNS:
                    kind = "media"  # "the Maariv newspaper"
            om = Mention(start, end, "ORG", ("ORG", name.lower()), name, kind=kind, span_start=_with_the(doc, start, end))
            owner_iso = next((country_iso3(w) for w in words[start:end] if country_iso3(w)), None)
            if not owner_iso and start >= 2 and words[start - 1] in POSSESSIVE:
                owner_iso = country_iso3(words[start - 2])  # "Libya's Defense Ministry"
            post = office_of_after(doc, end)
            if not owner_iso and post:
                owner_iso = country_iso3(doc[post[0]:post[1]].text)  # "the Ministry of Foreign Affairs of Egypt"
            if owner_iso and not canon:
                om.affiliation = ("GPE", owner_iso)  # "Libyan Ministry of Defense" -> Libya
                if kind in {"government", "military", "diplomatic"} and not any(country_iso3(w) for w in words[start:end]):
                    # "Libya's Defense Ministry" -> "Libyan Defense Ministry", one actor per state across articles
                    adj = lex.adjective.get(owner_iso, lex.preferred.get(owner_iso, owner_iso))
                    om.name = f"{adj} {name}"
                    om.key = ("ORG", om.name.lower())
            mentions.append(om)
            continue
        if label == "NORP":
            mentions.append(Mention(start, end, "NORP", ("NORP", text.lower()), LEADING_THE.sub("", text),
                                     kind="group", span_start=_with_the(doc, start, end)))
            continue
        name = LEADING_THE.sub("", text)
        kind = {"GPE": "place", "LOC": "place", "FAC": "facility"}[label]
        # a town the model calls a location in one sentence and a place in another is one place ("Christchurch"); a US
        # state's AP abbreviation is the state ("ASHEVILLE, N.C." ... "western North Carolina")
        key_label = "GPE" if label == "LOC" else label
        key_name = (us_state_name(name) or name) if label == "GPE" else name
        mentions.append(Mention(start, end, label, (key_label, key_name.lower()), name, kind=kind,
                                span_start=_with_the(doc, start, end)))

    cities, states = big_cities(), us_states()
    for ent in ents:
        # A big city or US state named inside an organisation or building ("the Metro Toronto Convention Centre",
        # "the University of California"): GUM marks the nested place.
        if ent.label_ in {"ORG", "FAC"} and len(ent) > 1:
            skip = -1
            ent_end = ent.end
            for i in range(ent.start, ent_end):  # word lists: no Token, no two-word Span per word
                if i <= skip:
                    continue
                pair = text_of(doc, i, i + 2) if i + 2 <= ent_end - 1 else None
                if pair and (pair in cities or pair in states) and not street_named_after(doc, i + 2, ent_end):
                    # "The New York Times": the place is "New York", not "York"
                    mentions.append(Mention(i, i + 2, "GPE", ("GPE", pair.lower()), pair, kind="place", span_start=i))
                    skip = i + 1
                    continue
                # "the University of California", "the University of California, Berkeley": a campus town after a comma
                word = words[i]
                last_of = i == ent_end - 1 and lowers[i - 1] in {"of", ","}
                # (not a word of a state's form that is also a town's name: "Commonwealth", a district of Quezon City,
                # in "the Foreign and Commonwealth Office")
                if (word in cities or word in states) and pos[i] == "PROPN" and word not in ORG_WORDS \
                        and word not in STATE_FORM_WORDS \
                        and (i != ent_end - 1 or last_of) and not street_named_after(doc, i + 1, ent_end) \
                        and not named_after_person(doc, i, ent_end) and not _saint_or_owner(words, i, ent.start):
                    mentions.append(Mention(i, i + 1, "GPE", ("GPE", word.lower()), word, kind="place", span_start=i))
    for span in doc.spans.get("newslab_nested", []):
        if span.kb_id_ and not any(m.key == ("GPE", span.kb_id_) and m.start < span.end and span.start < m.end for m in mentions):
            mentions.append(Mention(span.start, span.end, "GPE", ("GPE", span.kb_id_), lex.preferred.get(span.kb_id_, span.text),
                                     kind="state", iso3=span.kb_id_, span_start=span.start))
    mentions += nested_towns(doc, mentions)  # "the Avignon Festival", "University of Stellenbosch": extract/actor_nested_towns.py
    mentions += member_groups(doc, mentions)  # "Magicians" in "the International Brotherhood of Magicians": extract/actor_member_groups.py
    for m in mentions:
        covered.update(range(m.span_start if m.span_start is not None else m.start, m.end))
    mentions += _acronyms_and_surnames(doc, mentions, covered)
    institutions = _institutions(doc, mentions, covered, lex)
    mentions += institutions
    mentions += _capitalised_institutions(doc, covered)
    mentions += _capitalised_nation(doc, covered)
    mentions += road_mentions(doc, mentions, covered)  # "the M1", "I-44 West": extract/actor_roads.py
    mentions += alternative_names(doc, mentions, covered)  # "Jerome (/ dʒəˈroʊm /; Latin: ...)": extract/actor_alt_names.py
    known_as_names(doc, mentions)  # "Mohamed Hamdan Dagalo, known as Hemedti": extract/actor_alt_names.py
    appositions(doc, mentions, lex)
    plural_title_lists(doc, mentions, lex)  # "Sens. Tom Carper and Chris Coons": extract/actor_plural_titles.py
    plural_role_lists(doc, mentions, lex)  # "The foreign ministers, S. Jaishankar and Wang Yi,": extract/actor_plural_titles.py
    counterparts(doc, mentions, lex)  # "his Chinese counterpart, Wei Fenghe": extract/actor_counterparts.py
    titled = title_only(doc, mentions, covered, lex)
    # "Madam President": the model's "person" Madam is the courtesy title of the title-only mention, no one of its own
    opened = {m.span_start for m in titled if m.span_start == m.start - 1}
    mentions[:] = [m for m in mentions if not (m.label == "PERSON" and m.end - m.start == 1 and m.start in opened
                                               and lex.titles.get(doc[m.start].text, ("",))[0] == "honorific")] + titled
    mentions += office_titles(doc, mentions, covered, lex)  # "Trump, President of the United States": extract/office_titles.py
    mentions += nested_names(doc, mentions, lex)  # "United Nations" in "the United Nations Office for ...": extract/actor_nested.py
    _without_owners(mentions, institutions)  # "ISIL" in "ISIL forces": the institution's owner, no mention of its own
    mentions += group_mentions(doc, mentions, covered)  # "coalition forces", "the rebels": extract/group_actors.py
    mentions += bare_titles(doc, covered, lex)  # "was proclaimed Emperor", "a President": extract/actor_bare_titles.py
    for m in mentions:
        if m.label in {"GPE", "LOC"} and m.mention_label is None and m.span_start in (None, m.start):
            m.span_start = with_region_modifier(doc, m.start)
    for m in mentions:
        if m.label == "NORP" and m.mention_label is None:
            one = _one_member(doc, m.start, m.end)
            if one is not None:  # "a Christian", "an American": one person of the group, as GUM marks it
                m.mention_label, m.span_start = "PERSON", one
            else:
                if m.span_start in (None, m.start):
                    m.span_start = with_quantifier(doc, m.start, m.end)
                first = m.span_start if m.span_start is not None else m.start
                if described_people(doc, first, m.end):  # "Black Americans": extract/actor_group_people.py
                    m.mention_label = "PERSON"
        if m.label == "ORG" and m.span_start in (None, m.start, m.start - 1):
            m.span_start = min(m.span_start if m.span_start is not None else m.start, with_determiner(doc, m.start, m.end),
                               with_possessor(doc, m.start, m.end))
        elif m.label in {"GPE", "LOC"} and m.mention_label is None and m.span_start in (None, m.start) \
                and with_place_noun(doc, m.start) < m.start:
            m.span_start = with_place_noun(doc, m.start)
        elif m.label in {"GPE", "LOC", "FAC"} and m.mention_label is None and m.span_start in (None, m.start, m.start - 1):
            m.span_start = min(m.span_start if m.span_start is not None else m.start,
                               with_determiner(doc, m.start, m.end, bare_adjectives=True))
            if m.label == "FAC" and m.span_start == m.start:
                # "New York's Metropolitan Museum of Art", "Cafasso's Fairway Market": a named owner heads into a building's name
                m.span_start = with_possessor(doc, m.start, m.end)
            if m.label == "GPE" and m.span_start == m.start:
                # "the Republic of Albania", "the Nation": a "the" whose head is the state's name is the gold's too
                m.span_start = _with_the(doc, m.start, m.end)
    amount_spans(doc, mentions)  # "43 million Americans", "most Thais": extract/actor_amounts.py
    with_house_number(doc, mentions)  # "10 Downing Street": extract/actor_addresses.py
    hyphen_modifier_spans(doc, mentions)  # "rebel-held Aleppo": extract/actor_premodifiers.py
    mentions += postal_states(doc, mentions)  # "Tulsa, OK": extract/actor_postal.py
    town_with_region(doc, mentions)
    org_with_place(doc, mentions)  # "Durham University, United Kingdom": extract/actor_spans.py
    with_place_postmodifier(doc, mentions)  # "Coron Island itself", "Cleveland proper"
    without_outer_the(doc, mentions)  # "the United Nations building": the "the" is the building's
    hyphen_names(doc, mentions)  # "Bourg-la-Reine", "Kubler-Ross": extract/actor_hyphen_names.py
    name_starts(doc, mentions, lex)  # "Évariste Galois" where the model found "Galois": extract/actor_name_starts.py
    title_with_the(doc, mentions, lex)  # "the Foreign Secretary Philip Hammond"
    person_determiners(doc, mentions)  # "a Dr. Bailey", "my Bill": extract/actor_person_determiners.py
    person_of_phrases(doc, mentions)  # "Chair of the National Space Council": extract/actor_person_of.py
    mentions += eponym_mentions(doc, mentions, lex)  # "Nobel" in "the Nobel Peace Prize": extract/actor_eponyms.py
    mentions += named_after_mentions(doc, mentions)  # "George Washington" in "the George Washington Bridge": extract/actor_named_after.py
    repeats = repeated_names(doc, mentions)  # a name found once, missed where written again: extract/actor_repeats.py
    mentions += repeats
    mentions += nested_towns(doc, mentions, repeats)  # and the towns inside those names
    mentions = without_work_titles(doc, mentions)  # "the romantic comedy Summer Rain": extract/actor_work_kinds.py
    actor_set = _merge(doc, precise_mentions(doc, mentions), lex)  # names that are no actors: extract/actor_precision.py
    for key, names in extra_aliases.items():
        a = next((x for x in actor_set.actors if x.iso3 == key[1]), None)
        if a is not None:
            a.aliases.extend(names)
    _first_person(doc, article, actor_set)
    return actor_set


#: Lower-case time words the model may run a place's name into ("in Khartoum North hours after").
TIME_UNIT_WORDS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
FIRST_PERSON = {"I", "me", "my", "Me", "My", "myself"}
SAY_LEMMAS = {"say", "tell", "add", "state", "write", "comment", "declare", "explain", "note", "remark"}
QUOTE_CHARS = {'"', "\u201c", "\u201d"}
AUTHOR = "the author"
MAX_AUTHOR_I = 6


def _first_person(doc, article: Article, actor_set: ActorSet) -> None:
    """First-person singular pronouns outside quotation marks ("I welcome today's news", "As I conveyed to
    Foreign Minister Al-Jubeir") as mentions of a PERSON: the speaker of the paragraph when it or the
    paragraph before introduces it with "X said:" ("Foreign Secretary Philip Hammond said:" / "I am
    appalled"), else the statement's author, an actor named "the author" (kind ``speaker``), except in an
    interview (two or more question paragraphs: several people say "I"). Pronouns inside quotation
    marks are left alone (the quoted speaker is the attribution stage's business)."""
    doc_text = docindex.doc_text(doc)  # Doc.text re-joins every token on each access
    paras = [(p.start, p.end) for p in getattr(article, "paragraphs", ())]
    if not paras:
        paras = [(0, len(doc_text))]
    persons = {}
    for a in actor_set.actors:
        if a.type == "PERSON":
            for s, e in a.mentions:
                persons[(s, e)] = a

    def colon_speaker(ps: int, pe: int):
        """The PERSON subject of a say-verb in the paragraph [ps, pe) when the paragraph ends with ':'."""
        text = doc_text[ps:pe].rstrip()
        if not text.endswith(":"):
            return None
        span = doc.char_span(ps, ps + len(text), alignment_mode="expand")
        if span is None:
            return None
        for t in reversed(list(span)):
            if t.lemma_.lower() in SAY_LEMMAS and t.pos_ in {"VERB", "AUX"}:
                for c in t.children:
                    if c.dep_ == "nsubj":
                        for (s, e), a in persons.items():
                            if s <= c.idx < e or c.left_edge.idx <= s < c.right_edge.idx + len(c.right_edge):
                                return a
                return None
        return None

    # An interview (several paragraphs that are questions) has more than one "I": no single author.
    dialogue = sum(1 for ps, pe in paras if doc_text[ps:pe].rstrip().endswith("?")) >= 2
    # A text full of "I" is a personal narrative or a forum post: its writer is not a news actor.
    words = doc_words(doc)
    dialogue = dialogue or words.count("I") > MAX_AUTHOR_I
    author = None
    speaker_of: dict[int, object] = {}
    for k, (ps, pe) in enumerate(paras):
        speaker_of[k] = colon_speaker(paras[k - 1][0], paras[k - 1][1]) if k else None
    for k, (ps, pe) in enumerate(paras):
        tokens = char_token_range(doc, ps, pe)  # doc.char_span(ps, pe, "expand"), without the Span
        if tokens is None:
            continue
        inside = False
        for i in range(*tokens):  # words first: a Token only for a first-person word
            word = words[i]
            if word in QUOTE_CHARS:
                inside = (not inside) if word == '"' else (word == "\u201c")
                continue
            if word not in FIRST_PERSON or inside:
                continue
            t = doc[i]
            if t.pos_ != "PRON" or regnal_numeral(doc, i):
                continue
            sent = docindex.sent_of(t) if t.text.lower() in {"me", "my", "myself"} else None  # Token.sent rescans the doc
            if sent is not None and "I" not in words[sent.start:sent.end]:
                continue  # "me"/"my" only beside an "I" of the same sentence
            own = colon_speaker(ps, t.idx) if t.idx > ps else None
            holder = own or speaker_of.get(k)
            if holder is None and dialogue:
                continue
            if holder is None:
                if author is None:
                    author = Actor(actor_id=f"a{len(actor_set.actors) + 1}", name=AUTHOR, type="PERSON", kind="speaker",
                                   aliases=["I"])
                    actor_set.actors.append(author)
                holder = author
            if (t.idx, t.idx + len(t.text)) not in holder.mentions:
                holder.mentions.append((t.idx, t.idx + len(t.text)))


def _described_person(doc, ent: Span, lex: Lexicons) -> bool:
    """Whether the PERSON entity ``ent`` is a description in apposition to a named person: "the"/"a" and a title word
    ("Charles Babbage, the Lucasian Professor of Mathematics"), the apposition of a word of another person's name."""
    words = doc_words(doc)
    if ent.end - ent.start < 2 or words[ent.start].lower() not in {"the", "a", "an"} \
            or not any(words[i] in lex.titles for i in range(ent.start + 1, ent.end)):
        return False
    root = ent.root
    return root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and not ent.start <= root.head.i < ent.end


def _is_modifier(ent: Span) -> bool:
    """An adjective group name that modifies a noun outside it ("Libyan" in "Libyan officials", "South African"
    in "a South African grape"), also as one of a coordination of them ("Hindu" in "Buddhist, Hindu and Muslim
    leaders")."""
    tok = ent[-1]
    if len(ent) > 1 and not (all(t.is_title for t in ent) and tok.pos_ == "ADJ"):
        return False  # "Kurdish Peshmerga forces": a group named before its forces stays a mention
    if tok.text.endswith("s") and not tok.text.endswith("ese") and tok.tag_ in {"NNPS", "NNS"} or tok.text in people_nouns():
        return False  # a plural noun, also one the tagger read as a name ("swears Latinos love him")
    if len(ent) == 1 and tok.dep_ == "conj":
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is not tok and first.ent_type_ == "NORP" and _modifies(first):
            return True
    return _modifies(tok)


def _modifies(tok) -> bool:
    """Whether the adjective or noun ``tok`` modifies a noun after it."""
    return tok.dep_ in {"amod", "compound", "nmod", "npadvmod"} or tok.tag_ == "JJ" or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"} and tok.head.i > tok.i)


def _one_member(doc, start: int, end: int) -> int | None:
    """Start of "a/an (adjectives) <group noun>" when a singular group noun names one member ("a Roman Catholic",
    "a contemporary American"): the mention is that person, from the article on; None otherwise."""
    last = doc[end - 1]
    if last.tag_ not in {"NN", "NNP"} or last.text.endswith("s"):
        return None
    k = start
    while k > 0 and doc[k - 1].text.islower() and doc[k - 1].pos_ == "ADJ" and start <= doc[k - 1].head.i < end:
        k -= 1
    if k > 0 and doc[k - 1].lower_ in {"a", "an"} and start <= doc[k - 1].head.i < end:
        return k - 1
    return None


def _acronyms_and_surnames(doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """Mentions the model missed: an acronym defined in brackets ("Korean Central News Agency (KCNA)")
    and its later uses, and bare surnames of people named in full earlier ("Atwood")."""
    out: list[Mention] = []
    acr: dict[str, Mention] = {}
    words = doc_words(doc)
    for m in mentions:
        b = m.end
        while b < len(words) and b - m.end < 4 and (words[b].lower() in NAME_PARTICLES or _joining_hyphen(doc, b)
                                                    or b > m.end and words[b - 1] == "-" and words[b].istitle()):
            b += 1  # "[Jama'at Ansar al-Din] wal-Jihad (JADJ)": the particles the model left out of the name
        if b + 2 < len(doc) and words[b] == "(" and words[b + 2] == ")":  # strings: a Token for brackets only
            tok = doc[b + 1]
            if acronym_word(tok.text) and 2 <= len(tok.text) <= 8 and b + 1 not in covered \
                    and tok.text not in non_actor_terms():  # "Information and Communication Technology (ICT)"
                had = acr.get(tok.text)
                if had is None or not (had.start <= m.start and had.end >= m.end):
                    # the widest name before the bracket: "The Armed Forces of the Democratic Republic of the Congo
                    # (FARDC)" are the forces, not the state nested at the name's end
                    acr[tok.text] = m
    for i in _with_dep(doc, "appos"):
        tok = doc[i]
        # "The club's manager, Mikel Arteta, thanked ...": a name in apposition to a role noun that NER missed.
        if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.i in covered:
            continue
        if tok.head.lower_ not in ROLE_NOUNS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and not doc[start - 1].ent_type_ and start - 1 not in covered:
            start -= 1
        if not 2 <= tok.i + 1 - start <= 3:
            continue
        name = doc[start:tok.i + 1].text
        out.append(Mention(start, tok.i + 1, "PERSON", ("PERSON", name), name, kind="person", span_start=start))
        covered.update(range(start, tok.i + 1))
    surnames: dict[str, list[Mention]] = {}
    for m in mentions + out:
        if m.label == "PERSON":
            toks = m.name.split()
            if len(toks) >= 2:
                surnames.setdefault(toks[-1], []).append(m)
    for i, word in enumerate(words):
        if word not in acr and word not in surnames:  # neither branch below can fire: no Token needed
            continue
        tok = doc[i]
        if tok.i in covered or tok.ent_type_:
            continue
        src = None
        if tok.text in acr:
            src = acr[tok.text]
            out.append(Mention(tok.i, tok.i + 1, src.label, src.key, tok.text, kind=src.kind, iso3=src.iso3,
                                span_start=tok.i))
        elif tok.text in surnames and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title) \
                and len({m.name for m in surnames[tok.text]}) == 1 and not (tok.is_sent_start and _lower_use(words, word)):
            # a sentence's first word that the article also writes in lower case is that word ("Golf is a thin
            # business" beside "Ritz Carlton Golf" and "golf courses"), not the surname
            src = surnames[tok.text][0]
            out.append(Mention(tok.i, tok.i + 1, "PERSON", ("PERSON", tok.text), tok.text, kind=src.kind, span_start=tok.i))
        if src is not None:
            covered.add(tok.i)
    return out


#: Words before a saint's name in the name of a church, hospital or college ("St Mary's Hospital", "St. Paul's").
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa", "Santo", "Sao", "São"})


def _saint_or_owner(words: list[str], i: int, start: int) -> bool:
    """Word ``i`` of a name is a saint's ("St Mary's Hospital": not the town of Mary) or a given name in the possessive
    ("Mary's Kitchen"): a person the place is named after, no town inside it."""
    return i > start and words[i - 1] in SAINT_WORDS \
        or i + 1 < len(words) and words[i + 1] in ("'s", "’s") and words[i] in city_given_names()


@lru_cache(maxsize=1)
def _towns_by_lower() -> dict[str, str]:
    """The gazetteer's towns by their lower-case name, as the gazetteer writes them."""
    return {t.lower(): t for t in sorted(towns())}


def _town_spelling(name: str) -> str:
    """A town's name written in capitals (a dateline's) as the gazetteer writes it, else as it stands."""
    return _towns_by_lower().get(name.lower(), name)


def _lower_use(words: list[str], word: str) -> bool:
    """Whether the article writes ``word`` in lower case somewhere."""
    low = word.lower()
    return low != word and low in words


def _org_kind(span) -> str:
    """A finer kind for an organisation from the words of its name (last matching word wins over earlier ones)."""
    for tok in reversed(span):
        low = tok.lower_
        for kind, words in ORG_KINDS.items():
            if low in words:
                return kind
    return "organisation"


def _with_the(doc, start: int, end: int | None = None) -> int:
    end = start + 1 if end is None else end
    if start > 0 and doc[start - 1].lower_ == "the" and start <= doc[start - 1].head.i < end:
        return start - 1
    return start


def _state_mention(doc, start: int, end: int, iso3: str, lex: Lexicons, demonym: bool = False) -> Mention:
    name = lex.preferred.get(iso3, doc[start:end].text)
    return Mention(start, end, "GPE", ("GPE", iso3), name, kind="state", iso3=iso3,
                    span_start=_with_the(doc, start, end), mention_label="NORP" if demonym else None)


HYPHEN_LED = re.compile(r"^(.+?)-(led|backed|based|supported|allied)$")


#: Group heads that name the people living in a place ("the people of India"), not a body of it ("officials in Baghdad").
_INHABITANTS = frozenset({"people", "citizens"})


#: Group heads that name others by their tie to the owner ("Ukraine's allies", "its partners").
_PARTNER_HEADS = frozenset({"allies", "partners"})


def _describes_named(root, by_token: dict) -> bool:
    """Whether the noun ``root`` is in apposition to a named mention, directly or as "one of" ("Poland, one of Ukraine's
    allies,")."""
    head = apposed_to(root)
    return head is not None and head.i in by_token


def _institutions(doc, mentions: list[Mention], covered: set[int], lex: Lexicons) -> list[Mention]:
    """Nominal institutions named by their state or leader: "the Libyan government", "the Assad regime"."""
    out = []
    by_token = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token[i] = m
    lowers, lemmas = docindex.doc_lowers(doc), docindex.doc_lemma_lowers(doc)  # word lists: no Token property per chunk
    for chunk, root in _institution_chunks(doc):
        r = root.i
        kind = INSTITUTION_HEADS.get(lowers[r]) or INSTITUTION_HEADS.get(lemmas[r])
        if not kind or r in covered or r in by_token:
            continue
        task = lemmas[r] == "force" and r > 0 and lowers[r - 1] == "task"
        if task:
            kind = "government"  # "President Obama's auto task force": a panel, no armed force (named by its own words)
        if lowers[r] in _PARTNER_HEADS and _describes_named(root, by_token):
            continue  # "Poland, one of Ukraine's strongest allies,": the apposition says who Poland is, no group of its own
        owner = None
        # a bracket or a spaced dash inside the parser's chunk ends what belongs to it ("PRETORIA, Nov 2 (Reuters) -
        # Ethiopia's government and rebellious forces": the dateline is no part of the forces)
        cut = max((t.i + 1 for t in chunk if t.i < root.i and (t.text == ")" or t.text in _CHUNK_BREAKS and t.whitespace_)),
                  default=chunk.start)
        if cut > chunk.start:
            chunk = doc[cut:chunk.end]
        for t in chunk:
            if t.i < root.i and t.i in by_token and by_token[t.i].label in {"GPE", "PERSON", "ORG", "NORP"}:
                owner = by_token[t.i]
                break
            if t.i < root.i and t.ent_type_ == "NORP" and country_iso3(t.text):
                iso = country_iso3(t.text)
                owner = Mention(t.i, t.i + 1, "GPE", ("GPE", iso), lex.preferred.get(iso, t.text), iso3=iso)
                break
            led = HYPHEN_LED.match(t.text) if t.i < root.i else None
            if led and country_iso3(led.group(1)):  # "the U.S.-led coalition"
                iso = country_iso3(led.group(1))
                owner = Mention(t.i, t.i + 1, "GPE", ("GPE", iso), lex.preferred.get(iso, t.text), iso3=iso)
                break
        end = chunk.end
        if owner is None:
            if root.lower_ in _INHABITANTS:
                continue  # "the people of India", "citizens of China": people living there, no actor (the place is one)
            # "of" names the owner, and so does "in" ("the government in Kabul", "officials in Tanzania", "rebel fighters
            # in Syria") but for an army's troops or a state's embassies, which are only there ("troops in Somalia")
            preps = {"of"} if kind in {"military", "diplomatic"} else {"in", "of"}
            for c in root.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.i in by_token and by_token[p.i].label == "GPE":
                            owner = by_token[p.i]
                            end = max(end, owner.end)
        if owner is None:
            continue
        iso = owner.iso3 or (lex.capitals.get(owner.name) if owner.label == "GPE" else None)
        head = root.lower_
        if iso:
            okey = ("GPE", iso)
            oname = lex.adjective.get(iso, lex.preferred.get(iso, owner.name))
        elif owner.label == "PERSON":
            okey, oname = owner.key, owner.name.split()[-1]
        else:
            okey, oname = owner.key, owner.name
        start = chunk.start
        if owner.start < start <= owner.end:
            # "Islamic State of Iraq and the Levant fighters": the parser's chunk starts inside the owner's
            # name ("the Levant fighters"); the institution starts with the whole name, as "ISIL fighters" does
            start = owner.span_start if owner.span_start is not None else owner.start
        while start < root.i and ((doc[start].dep_ == "det" or doc[start].pos_ == "PRON") and doc[start].lower_ not in {"the", "a", "an"}
                                  or doc[start].pos_ in {"ADV", "CCONJ", "SCONJ", "PUNCT"}):
            start += 1  # "Later the government of Belgium": an adverb the parser put in the chunk is no part of it
        if kind in {"group", "armed_group"} or task:
            # Groups keep their own words ("U.S. service members", "British businesses").
            text = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", doc[start:end].text)
            name, key = text, ("ORG", text.lower())
        else:
            # Institutions get one name per state or leader, so "the Tripoli government" = "the Libyan government".
            name, key = f"{oname} {head}", ("ORG", okey, head)
            portfolio = _portfolio_words(doc, start, r) if head in PORTFOLIO_HEADS else []
            if portfolio:
                # "Russia's foreign ministry" is not its defence ministry: the portfolio stays in the name, written as the
                # model's "the Russian Foreign Ministry" is, so that both are one actor
                name = f"{oname} {' '.join(w.capitalize() for w in portfolio)} {head.capitalize()}"
                key = ("ORG", name.lower())
        out.append(Mention(start, end, "ORG", key, name, kind=kind, span_start=start, affiliation=okey))
        covered.update(range(start, end))
    return out


#: Heads of a state's departments named by their portfolio ("the foreign ministry", "the defense department").
PORTFOLIO_HEADS = frozenset({"ministry", "department"})
#: Lower-case portfolio words before those heads: the cabinet portfolios of actor_lexicons, and the offices it lists
#: as title fragments ("foreign", "interior"), with "justice" and "labour"/"labor" (no party before "ministry").
PORTFOLIO_WORDS = frozenset(w.lower() for w in PORTFOLIOS) | {"foreign", "defense", "defence", "interior", "home", "justice",
                                                               "labour", "labor"}


def _portfolio_words(doc, start: int, r: int) -> list[str]:
    """The lower-case portfolio words right before the head at ``r`` ("foreign" in "Russia's foreign ministry")."""
    k = r
    while k - 1 >= start and doc[k - 1].lower_ in PORTFOLIO_WORDS and doc[k - 1].is_lower and doc[k - 1].head.i == r:
        k -= 1
    return [doc[x].lower_ for x in range(k, r)]


def _without_owners(mentions: list[Mention], institutions: list[Mention]) -> None:
    """Drop the organisation mention that opens a nominal institution it owns: "ISIL" in "ISIL forces", "Asad" (read as
    an organisation) in "the Asad regime", "Social Security" in "the Social Security Administration". The institution
    keeps the organisation as its affiliation; neither gold marks the owner's name there on its own (6 such mentions on
    the two dev sets, none marked). A state stays ("U.S." in "U.S. officials": GUM marks it, re3d does not)."""
    for inst in institutions:
        if inst.kind == "group" or not inst.affiliation or inst.affiliation[0] != "ORG":
            continue
        for m in [m for m in mentions if m is not inst and m.label == "ORG" and m.key == inst.affiliation
                  and inst.start <= m.start and m.end < inst.end]:
            inst.affiliation_name = inst.affiliation_name or m.name  # the owner's name, should it have no other mention
            mentions.remove(m)


#: Spaced dashes that break a noun chunk the parser ran over a dateline or an aside.
_CHUNK_BREAKS = frozenset({"-", "--", "—", "–"})


def _institution_chunks(doc) -> list:
    """``(span, root)`` of the noun chunks, plus each possessor phrase inside one ("the Libyan government" in "the
    Libyan government's decision", whose chunk root is "decision")."""
    chunks = list(chunks_with_roots(doc))  # the noun chunks from arrays: extract/actor_parse.py
    for i in _with_dep(doc, "poss"):
        tok = doc[i]
        if tok.pos_ in {"NOUN", "PROPN"} and (INSTITUTION_HEADS.get(tok.lower_) or INSTITUTION_HEADS.get(tok.lemma_.lower())):
            span = doc[tok.left_edge.i:tok.i + 1]
            chunks.append((span, span.root))
    return chunks


def _with_dep(doc, label: str) -> list[int]:
    """Indices of the tokens attached by dependency ``label`` (from the DEP array, read once: extract/actor_parse.py)."""
    return with_dep(doc, label)


def _capitalised_institutions(doc, covered: set[int]) -> list[Mention]:
    """A capitalised institution noun outside any entity names one institution: "the Coalition",
    "Coalition military forces" (up to a group head noun it modifies), "the Government"."""
    out = []
    words = doc_words(doc)
    found = [i for i, w in enumerate(words) if w in CAPITALISED_INSTITUTIONS]  # strings first, Tokens for these only
    if not found:
        return out
    # At the start of a sentence the capital says nothing: count it only when the article also writes it mid-sentence.
    mid = {words[i] for i in found if docindex.sent_of(doc[i]).start != i}
    for i in found:
        tok = doc[i]
        kind = CAPITALISED_INSTITUTIONS.get(tok.text)
        if kind is None or tok.i in covered or tok.ent_type_ or tok.text not in mid or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        end = tok.i + 1
        head = tok.head
        if tok.dep_ in {"compound", "amod", "nmod"} and head.i > tok.i and INSTITUTION_HEADS.get(head.lower_) and all(
                doc[k].pos_ in {"ADJ", "NOUN"} and k not in covered for k in range(tok.i + 1, head.i + 1)):
            end = head.i + 1  # "Coalition military forces", "Coalition partners"
        start = _with_the(doc, tok.i, end)
        name = tok.text
        out.append(Mention(tok.i, end, "ORG", ("ORG", name.lower()), name, kind=kind, span_start=start))
        covered.update(range(start, end))
    return out


def _capitalised_nation(doc, covered: set[int]) -> list[Mention]:
    """"our Nation", "this Nation", "the Republic" outside any entity: the country the text is about, a place (GPE)
    mention as the gold marks it (13 of 15 such phrases on actors_large; "the Republic of X" is a name of its own)."""
    out = []
    words = doc_words(doc)
    for i in (i for i, w in enumerate(words) if w in CAPITALISED_STATE_NOUNS):
        tok = doc[i]
        if i in covered or tok.ent_type_ or tok.pos_ not in {"PROPN", "NOUN"} or i + 1 < len(doc) and (
                words[i + 1] == "of" or words[i + 1][:1].isupper() or _before_coordinated_name(doc, i + 1)):
            continue
        start = with_determiner(doc, i, i + 1)
        start = _with_the(doc, i, i + 1) if start == i else start
        if start == i:
            continue  # a bare capital ("Nation building", a heading) says nothing
        out.append(Mention(i, i + 1, "GPE", ("GPE", tok.lower_), tok.text, kind="place", span_start=start))
        covered.update(range(start, i + 1))
    return out


def _merge(doc, mentions: list[Mention], lex: Lexicons) -> ActorSet:
    """Group mentions into actors (see the module docstring for the rules)."""
    mentions.sort(key=lambda m: (m.start, m.end))
    for m in mentions:
        _drop_glued_mark(m)
    clusters: dict[tuple, dict] = {}
    order: list[tuple] = []

    def add(key, m: Mention):
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = {"type": m.label if m.label != "TITLE" else "PERSON", "mentions": [], "names": []}
            order.append(key)
        c["mentions"].append(m)
        c["names"].append(m.name)
        return c

    # People: full names first, then shorter forms join a unique full name with the same surname.
    persons = [m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"]
    words, genders = doc_words(doc), given_name_genders()
    name_toks = {id(m): _person_tokens(m.name) for m in persons}
    persons.sort(key=lambda m: (-len(name_toks[id(m)]), m.start))
    full: list[tuple[tuple, list[str]]] = []
    for m in persons:
        toks = name_toks[id(m)]
        sur = _family_name(toks)
        ruler = ruler_title(m.role, lex.titles) if len(toks) == 1 and strip_poss(m.name) in given_names() else None
        if ruler:
            # "King Hussein" is a given name: it joins "Hussein bin Talal" or another "King Hussein", never
            # "Saddam Hussein" by surname ("Emperor Norton", no given name, still joins "Joshua Norton").
            given = _norm_tokens(strip_poss(m.name))
            cands = [(k, ft) for k, ft in full if ft[0] == given[0]]
            if len(cands) == 1:
                add(cands[0][0], m)
            elif not cands:
                key = ("PERSON", f"{ruler} {given[0]}".lower())
                add(key, m)
                full.append((key, given))
            else:
                add(("PERSON", m.name.lower()), m)
            continue
        cands = [(k, ft) for k, ft in full if _family_name(ft) == sur and all(t in ft for t in toks if t not in PARTICLES)]
        if not cands and len(toks) >= 2:
            # A leading part of a longer name ("Abu Jandal" -> "Abu Jandal al-Kuwaiti").
            cands = [(k, ft) for k, ft in full if len(ft) > len(toks) and ft[:len(toks)] == toks]
        elif not cands and not m.role and not m.rank:
            # A given name alone ("Hillary", "Bernie") is the one full name it opens; two such ("Donald Trump" and
            # "Donald Trump Jr.") leave it apart.
            given = [(k, ft) for k, ft in full if len(ft) > 1 and ft[0] == toks[0]]
            cands = given if len(given) == 1 else []
            if not cands and len(toks) == 1 and toks[0] not in PARTICLES:
                # a name's inner word past its given names: a Brazilian's nickname or a first surname ("Lula" of "Luiz
                # Inacio Lula da Silva", "Lopez" of "Andres Manuel Lopez Obrador"), where one full name holds it; not
                # a second word ("Paul" of "John Paul Jones", "Chao" of his daughter "Rulan Chao Pian")
                inner = [(k, ft) for k, ft in full if len(ft) > 3 and toks[0] in ft[2:-1]]
                cands = inner if len(inner) == 1 else []
        if len(cands) > 1 and (m.role or m.rank):
            narrowed = [(k, ft) for k, ft in cands if any(
                (x.role and m.role and (x.role.lower() in m.role.lower() or m.role.lower() in x.role.lower())) or (x.rank and x.rank == m.rank)
                for x in clusters[k]["mentions"])]
            cands = narrowed or cands
        gender = next((COURTESY_GENDER[words[i]] for i in (m.start - 1, m.start) if i >= 0 and words[i] in COURTESY_GENDER),
                      None) if cands and len(toks) == 1 else None  # the title before the name or opening its mention
        if gender:
            # "Mr. Clinton" is not "Hillary Clinton": a courtesy title rules out the full names whose given name is of the
            # other gender (a given name of unknown gender, "Jeb", stays a candidate)
            cands = [(k, ft) for k, ft in cands if genders.get(ft[0].capitalize(), gender) == gender]
            if not cands:  # "Mr. Marbles" beside "Jenna Marbles": someone else, who leaves the bare surname to her
                add(("PERSON", f"{words[m.start - 1]} {m.name}".lower()), m)
                continue
        if len(cands) == 1:
            add(cands[0][0], m)
        elif len(cands) > 1:
            add(("PERSON", m.name.lower()), m)  # a bare surname shared by two people: no evidence to merge
        else:
            key = ("PERSON", " ".join(toks))
            add(key, m)
            full.append((key, toks))

    # Title-only mentions join the last person (before them) whose role ends with the same title head.
    for m in (x for x in mentions if x.key[0] == "TITLE"):
        target = None
        best = -1
        for key in order:
            c = clusters[key]
            if c["type"] != "PERSON" or key[0] == "TITLE":
                continue
            for x in c["mentions"]:
                if x.start < m.start and x.role and _same_office(x.role, m.role) and x.start > best:
                    best, target = x.start, key
        add(target or m.key, m)

    surnames = {}
    for key, toks in full:
        if any(t in CONNECTORS or t == "the" for t in toks):
            continue  # "the King of Athens": the last word is a place, no surname for "Athens" to join
        surnames.setdefault(_surname(toks), []).append(key)

    def joins(m, toks) -> bool:
        return m.label in {"NORP", "ORG", "GPE", "FAC"} and m.kind != "state" and len(toks) == 1 and len(surnames.get(toks[0], [])) == 1 \
            and not (m.label == "GPE" and town_before_state(doc, doc[m.start:m.end]))  # "Washington, D.C.": the town

    repeats: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label != "PERSON" and joins(m, toks := _norm_tokens(m.name)):
            repeats.setdefault(toks[0], []).append(m)
    # "at Vantrix", "on Kestrel" beside a lone one-word "person" of that name: the place or body (actor_place_repeats.py)
    apart = {w for w, ms in repeats.items() if place_repeats(doc, clusters[surnames[w][0]]["mentions"], ms)}
    for m in mentions:
        if m.label == "PERSON":
            continue
        toks = _norm_tokens(m.name)
        if toks and toks[0] in repeats and toks[0] not in apart and joins(m, toks):
            add(surnames[toks[0]][0], m)  # the model called a known surname a group ("the Haftar forces")
            continue
        add(m.key, m)
    split_city_states(doc, clusters, order)
    split_regions(doc, clusters, order)
    order.sort(key=lambda k: min(x.start for x in clusters[k]["mentions"]) if k in clusters else 0)

    _merge_acronyms(doc, clusters, order)
    _merge_first_words(clusters, order, lex)  # "Amnesty" joins "Amnesty International"
    _merge_last_words(clusters, order)  # "the Telegraph" joins "The Daily Telegraph", "the Court" "the Supreme Court"
    _merge_head_words(doc, clusters, order)  # "the Observatory" joins "the Syrian Observatory for Human Rights"
    _merge_party_names(clusters, order)  # "Georgian Dream" joins "the ruling Georgian Dream party"
    merge_company_short_names(clusters, order)  # "Crane" joins "Crane Co.": extract/actor_company_names.py
    merge_team_nicknames(clusters, order)  # "the Red Sox" joins "the Boston Red Sox": extract/actor_teams.py

    actors: list[Actor] = []
    labels: dict[tuple[int, int], str] = {}
    key_to_actor: dict[tuple, Actor] = {}
    starts, ends = docindex.token_chars(doc)  # offsets and text as lists: no Token or Span per mention
    text = docindex.doc_text(doc)
    for key in order:
        if key not in clusters:
            continue
        c = clusters[key]
        ms = c["mentions"]
        if c["type"] == "GPE" and key[0] == "GPE" and len(key) == 2 and key[1] in lex.preferred:
            name = lex.preferred[key[1]]
        else:
            # The longest name; for a person, a real name rather than a title ("Tobias Ellwood", not
            # "Minister for Central Asia").
            names = [x.name for x in ms if x.key[0] != "TITLE"] or c["names"]
            if c["type"] == "PERSON":  # "Paul Ryan", not the headline's "Endorses Paul Ryan" (_person_tokens)
                name = max(names, key=lambda n: (len(_person_tokens(n)), len(_person_tokens(n)) == len(_norm_tokens(n)), len(n)))
            elif c["type"] in ("GPE", "LOC", "FAC"):  # "Kyiv", not the dateline's "KYIV"
                name = max(names, key=lambda n: (len(_norm_tokens(n)), len(n), not n.isupper()))
                name = _town_spelling(name) if name.isupper() else name  # "ADDIS ABABA" alone: "Addis Ababa"
                if c["type"] == "GPE" and name.endswith("."):
                    name = us_state_name(name) or name  # "N.C." alone: "North Carolina" ("State of Ohio" stays as written)
            else:
                name = max(names, key=lambda n: (len(_norm_tokens(n)), len(n)))
            name = c.get("name") or name  # "New York State" for "Clifton Park, New York" (split_city_states)
        first = lambda attr: next((getattr(x, attr) for x in ms if getattr(x, attr)), None)  # noqa: E731
        a = Actor(
            actor_id=f"a{len(actors) + 1}", name=name, type=c["type"], kind=c.get("kind") or first("kind"),
            role=first("role"), rank=first("rank"), iso3=c["iso3"] if "iso3" in c else first("iso3"),
        )
        a._affiliation_key = first("affiliation")  # type: ignore[attr-defined]
        a._affiliation_name = first("affiliation_name")  # type: ignore[attr-defined]
        for x in ms:
            s = starts[x.span_start if x.span_start is not None else x.start]
            e = _mention_end(doc, x.span_end or x.end)
            a.mentions.append((s, e))
            labels[(s, e)] = x.mention_label or c["type"]
            a.aliases.append(x.name)
            surface = LEADING_THE.sub("", strip_poss(text[starts[x.start]:ends[x.end - 1]] if x.end > x.start else ""))
            if surface and surface != x.name and c["type"] != "PERSON":
                a.aliases.append(surface)
            if x.rank and c["type"] == "PERSON":
                a.aliases.append(f"{x.rank} {x.name}")
        a.mentions = sorted(set(a.mentions))
        actors.append(a)
        key_to_actor[key] = a
        for x in ms:
            key_to_actor.setdefault(x.key, a)
    for a in actors:
        k = getattr(a, "_affiliation_key", None)
        if k is not None:
            target = key_to_actor.get(k)
            a.affiliation = target.name if target else lex.preferred.get(k[1], getattr(a, "_affiliation_name", None)) if k[0] == "GPE" else getattr(a, "_affiliation_name", None)
            if a.type == "PERSON" and a.kind == "government" and target is not None and target.type == "ORG" \
                    and target.kind in BUSINESS_KINDS and _generic_office(a.role, lex):
                # "president of Nestle Foods", "a spokesman for Ford": an office in a firm or a body, not a state's
                a.kind = "business" if target.kind == "business" else "organisation"
            elif a.type == "PERSON" and a.role and a.kind in {"person", "organisation"} and target is not None \
                    and target.type == "ORG" and target.kind in STATE_BODY_KINDS:
                # "Fed Chair Jerome Powell", "White House spokesman Josh Earnest": an office in a state's body; in a
                # chamber, the legislature's ("Senate majority leader Mitch McConnell")
                a.kind = "legislature" if target.name.split()[-1].lower() in LEGISLATURES else target.kind
    return ActorSet(actors, labels)


#: Last words of the names of legislative chambers (the person kind "legislature" of their officers).
LEGISLATURES = frozenset({"senate", "congress", "parliament", "assembly", "duma", "knesset", "bundestag", "legislature"})
#: Kinds of an organisation whose officers a role with no title kind of its own makes part of the state.
STATE_BODY_KINDS = frozenset({"government", "military"})


#: Kinds of an organisation whose officers hold no government office.
BUSINESS_KINDS = frozenset({"organisation", "business", "media", "ngo", "party"})
#: Government title words that every kind of body has ("president", "spokesman"); "Minister" or "Commissioner" stay a
#: government office whatever the body ("Trade Minister", "INS Commissioner").
GENERIC_OFFICES = frozenset({"president", "spokesman", "spokeswoman", "spokesperson", "treasurer", "chairman",
                             "chairwoman", "chair", "director", "head", "chief", "vice", "deputy"})


def _generic_office(role: str | None, lex) -> bool:
    """Whether the government title words of ``role`` are all ones any body has ("vice president", "spokesman for")."""
    words = (role or "").lower().split()
    heads = [w for w in words if lex.titles.get(w.capitalize(), ("",))[0] == "government"]
    return bool(heads) and all(w in GENERIC_OFFICES for w in heads)


def _mention_end(doc, end: int) -> int:
    """Character end of a mention ending before token ``end``, with a possessive ending glued to it.

    The span of "Argentina's" keeps its "'s" (the name stays "Argentina"): the GUM gold marks the
    possessor with its ending (270 against 8 on actors_large, 21 against 0 in GUM on the small set;
    re3d leaves it out, 18 and 8), and a mention ending where the word ends is what a reader selects.
    A contracted verb is no possessive ending ("Susan's going", "Chapman's been"; :func:`_contracted_verb`): the
    gold leaves it out. A reference mark or bracket the tokenizer glued to the last word ("al-Assad,[1", "Qanbar(Arabic", text
    copied from Wikipedia) is left out."""
    words, (starts, ends) = doc_words(doc), docindex.token_chars(doc)  # lists: a Token only for a possessive ending
    last = end - 1
    if end < len(words) and words[end] in POSSESSIVE and starts[end] == ends[last] and not _contracted_verb(doc[end]):
        last = end  # glued to the name (no space before it: the name's last word has no trailing whitespace)
    dotted = abbreviation_end(words, starts, ends, last)  # "Navy Capt.", "Jr.": extract/actor_abbreviations.py
    if dotted is not None:
        return dotted
    word = words[last]
    glued = GLUED_MARK.search(word)
    if glued and any(ch.isalpha() for ch in word[:glued.start()]):
        return starts[last] + glued.start()
    return starts[last] + len(word.rstrip(FORMAT_MARKS))  # an invisible mark glued to the name ("Mosul\u200e") is no part of it


def _contracted_verb(tok) -> bool:
    """Whether an "'s" after a name is "is" or "has" ("Susan's going", "Harold's in the room", "Gino's the one"), not a
    possessive: the tagger calls both POS at times, but a possessive never comes before a clause's verb, a lower-case
    determiner, "not" or a preposition other than "of" ("Marriott's of $35 billion" is a possessive; "George Floyd's
    dying words" too: there the participle modifies the noun)."""
    if tok.tag_ == "VBZ" or tok.dep_ in {"aux", "auxpass", "cop"}:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return False
    if nxt.tag_ in {"VBG", "VBN", "VBD"}:
        return nxt.dep_ not in {"amod", "compound", "nmod", "npadvmod"}
    return nxt.lower_ in {"not", "n't"} or nxt.tag_ in {"PRP", "MD", "RP", "TO"} or (nxt.tag_ == "DT" and nxt.text.islower()) \
        or (nxt.tag_ == "IN" and nxt.lower_ != "of")


#: A leading "the" of a name ("the Pentagon"), compiled once: the rules strip it several times a mention.
LEADING_THE = re.compile(r"^[Tt]he\s+")
#: A reference mark ("[1", ".[2]") or an opening bracket glued to a word: no part of a name.
GLUED_MARK = re.compile(r"[,.;:]?(?:\[\d|\()")
#: The same mark glued to a name's last word, up to the name's end ("Bashar al-Assad,[1", "Qanbar(Arabic").
GLUED_NAME_END = re.compile(r"(?<=\w)[,.;:]?(?:\[\d|\()\S*$")


def _drop_glued_mark(m: Mention) -> None:
    """Leave a glued reference mark out of the mention's name, and out of a key made from the name, so that
    "Bashar al-Assad,[1" is the same actor as "Bashar al-Assad" in this article and across articles."""
    if "[" not in m.name and "(" not in m.name:
        return  # no mark can match (the common case): no substitution
    clean = GLUED_NAME_END.sub("", m.name)
    if clean == m.name or not clean:
        return
    if m.key[1] == m.name:
        m.key = (m.key[0], clean)
    elif m.key[1] == m.name.lower():
        m.key = (m.key[0], clean.lower())
    m.name = clean


def _same_office(a: str, b: str) -> bool:
    """Whether a bare title ("the Minister") can stand for the holder of ``a`` ("Minister for Central Asia")."""
    a, b = a.lower(), b.lower()
    if a == b or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    words = a.split()
    return len(b.split()) == 1 and (words[-1] == b or words[0] == b)


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The capital initials of a name's words, small words left out (cached: asked for every pair of organisations)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "in", "on", "de", "la"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


#: An acronym's form once its dots are gone ("SDF", "UN"), compiled once (asked for every name of every organisation).
ACRONYM_FORM = re.compile(r"[A-Z][A-Z.]{1,7}")


def _merge_acronyms(doc, clusters: dict, order: list) -> None:
    """Join an acronym ORG to its expansion ("SDF" <-> "Syrian Democratic Forces"), keeping the expansion's key."""
    orgs = [k for k in order if clusters.get(k, {}).get("type") == "ORG"]
    for k in orgs:
        if k not in clusters:
            continue
        names = clusters[k]["names"]
        acr = next((n for n in names if ACRONYM_FORM.fullmatch(n.replace(".", "") or "x") and n.replace(".", "").isupper()
                    or " " not in n and acronym_word(n)), None)  # ("MoD": one small letter)
        if not acr:
            continue
        acr = acr.replace(".", "")
        others = [k2 for k2 in orgs if k2 != k and k2 in clusters]
        target = next((k2 for k2 in others if any(_initials(n) == acr and len(n.split()) > 1 for n in clusters[k2]["names"])),
                      None)
        if target is None and all(n.replace(".", "") == acr for n in names):
            # a body that already holds the acronym, from the brackets after its name ("The Armed Forces of the
            # Democratic Republic of the Congo (FARDC) ... The FARDC said")
            target = next((k2 for k2 in others if acr in clusters[k2]["names"]), None)
        if target is None:
            # the name in brackets right before it, the nearest where names nest ("the African Union Mission in
            # Somalia (AMISOM)": the mission's, not the African Union's inside it)
            gaps = [(gap, i) for i, k2 in enumerate(others)
                    if (gap := _bracketed_after(doc, clusters[k]["mentions"], clusters[k2], acr)) is not None]
            target = others[min(gaps)[1]] if gaps else None
        if target is not None:
            _join_cluster(clusters, k, target)


def _join_cluster(clusters: dict, k, target) -> None:
    """Move the mentions and names of cluster ``k`` into cluster ``target`` and drop ``k``."""
    c = clusters.pop(k)
    clusters[target]["mentions"] += c["mentions"]
    clusters[target]["names"] += c["names"]


def _merge_first_words(clusters: dict, order: list, lex: Lexicons) -> None:
    """Join a one-word organisation to the one gazetteer organisation of the article whose name it opens ("Amnesty"
    ... "Amnesty International", "Goldman" ... "Goldman Sachs"): news shortens a known body's name so. Not a word the
    gazetteer knows as a body of its own, an organisation word ("National", "Union"), or one two bodies share."""
    orgs = [k for k in order if clusters.get(k, {}).get("type") == "ORG"]
    by_first: dict[str, set] = {}
    for k in orgs:
        for n in clusters[k]["names"]:
            words = LEADING_THE.sub("", n).split()
            if len(words) >= 2 and (n in lex.orgs or LEADING_THE.sub("", n) in lex.orgs):
                by_first.setdefault(words[0], set()).add(k)
    if not by_first:
        return
    for k in orgs:
        c = clusters.get(k)
        if c is None:
            continue
        names = {LEADING_THE.sub("", strip_poss(n)) for n in c["names"]}
        if len(names) != 1:
            continue
        short = names.pop()
        targets = by_first.get(short, set()) - {k}
        if len(targets) == 1 and " " not in short and short not in lex.orgs and short not in ORG_WORDS \
                and short[:1].isupper():
            _join_cluster(clusters, k, targets.pop())


#: Last words of newspaper names that news uses alone for the paper ("the Telegraph", "the Mail", "the Journal"), and
#: head words of bodies written alone, capitalised, for the body named in full before ("the Court", "the Council").
#: "House" is left out: "the House" is a chamber, not "the White House".
SHORT_NAME_WORDS = frozenset({"Telegraph", "Mail", "Times", "Post", "Journal", "Guardian", "Herald", "Tribune", "Globe",
                              "Star", "Sun", "Mirror", "Express", "Independent", "Observer", "Chronicle", "Gazette", "Courier",
                              "Court", "Council", "Commission", "Committee", "Agency", "Bank", "Board", "Fund", "Parliament",
                              "Assembly", "Senate", "Department", "Ministry", "Party"})


def _merge_last_words(clusters: dict, order: list) -> None:
    """Join an organisation named by the last word of another's name to it ("the Telegraph" ... "The Daily
    Telegraph", "the Court's" ... "The Supreme Court"): news names a paper or a body in full once, then so. Only
    where one organisation of the article has a longer name ending in the word ("the New York Times" and "the
    Financial Times" leave "the Times" alone), a name of capitalised words only ("Members of Senate", "a Democratic
    Senate" are no body's name), written before the short one."""
    by_last: dict[str, set] = {}
    for k, words in _org_names(clusters, order):
        if len(words) >= 2 and words[-1] in SHORT_NAME_WORDS and all(w[:1].isupper() for w in words):
            by_last.setdefault(words[-1], set()).add(k)
    _join_short_names(clusters, order, by_last, {"ORG"})


def _org_names(clusters: dict, order: list, groups: bool = False):
    """``(key, words)`` for each name of each organisation cluster, less "the" and a possessive (``groups``: group
    clusters too, "members of X" among them; left out by default, as no short name stands for a group)."""
    for k in order:
        c = clusters.get(k)
        if c is None or c["type"] != "ORG" or not groups and any(m.kind == "group" for m in c["mentions"]):
            continue
        for n in c["names"]:
            yield k, LEADING_THE.sub("", strip_poss(n)).split()


def _join_short_names(clusters: dict, order: list, owners: dict[str, set], types: set[str], ok=None,
                      after: bool = True) -> None:
    """Join each cluster of ``types`` with one name (less "the" and a possessive) that ``owners`` gives to one other
    cluster, to that cluster: where ``ok(cluster)`` holds, and with ``after`` only where the other is named first."""
    for k in [k for k in order if clusters.get(k, {}).get("type") in types]:
        c = clusters.get(k)
        names = {LEADING_THE.sub("", strip_poss(n)) for n in c["names"]} if c is not None else set()
        if len(names) != 1 or ok is not None and not ok(c):
            continue
        targets = owners.get(names.pop(), set()) - {k}
        if len(targets) == 1 and (not after or min(m.start for m in clusters[next(iter(targets))]["mentions"])
                                  < min(m.start for m in c["mentions"])):
            _join_cluster(clusters, k, targets.pop())


def _merge_head_words(doc, clusters: dict, order: list) -> None:
    """Join "the" + the head word of an organisation's name that goes on with a preposition to that organisation ("the
    Observatory" ... "the Syrian Observatory for Human Rights", "the Institute" ... "the Institute for the Study of
    War"): news names such a body in full once, then by its head. The model often calls the short form a person, so a
    one-word person or organisation counts, only where "the" stands before each of its mentions, one organisation of
    the article has that head (an organisation word, capitalised) and is named before it."""
    by_head: dict[str, set] = {}
    for k, words in _org_names(clusters, order):
        j = next((j for j, w in enumerate(words) if w in CONNECTORS), 0)
        if j >= 1 and words[j - 1] in ORG_NAME_ENDINGS and all(w[:1].isupper() for w in words[:j]):
            by_head.setdefault(words[j - 1], set()).add(k)
    if not by_head:
        return
    lowers = docindex.doc_lowers(doc)
    _join_short_names(clusters, order, by_head, {"ORG", "PERSON"},
                      ok=lambda c: all(m.start > 0 and lowers[m.start - 1] == "the" for m in c["mentions"]))


#: Small words inside names of groups and people ("al", "wal" in "Jama'at Nusrat al-Islam wal-Muslimin").
NAME_PARTICLES = PARTICLES | {"wal", "wa", "fi", "li"}


def _joining_hyphen(doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen with no space on either side ("al-Islam")."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _merge_party_names(clusters: dict, order: list) -> None:
    """Join a name to the party named by it and the word "party" ("Georgian Dream" ... "the ruling Georgian Dream
    party", "Zanu-PF" ... "the Zanu-PF party"): the name alone is the party, whatever the model called it. Only a
    cluster of that one name, where one party has it."""
    parties: dict[str, set] = {}
    for k, words in _org_names(clusters, order, groups=True):
        if len(words) >= 2 and words[-1] == "party" and words[0][:1].isupper():
            parties.setdefault(" ".join(words[:-1]), set()).add(k)
    if parties:
        _join_short_names(clusters, order, parties, {"ORG", "PERSON", "NORP"}, after=False)


def _bracketed_after(doc, acronyms: list, cluster: dict, acr: str) -> int | None:
    """How many tokens before its bracket a mention of ``cluster`` ends where one of the ``acronyms`` mentions stands in
    brackets right after it with a word that opens with the acronym's letter ("US Africa Command (AFRICOM)", "the
    African Union Mission in Somalia (AMISOM)"): news defines an acronym so, whatever letters it takes from the name.
    None where no mention does."""
    ends = {m.end: m for m in cluster["mentions"]}
    for m in acronyms:
        if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or doc[m.end].text != ")":
            continue
        before = ends.get(m.start - 1)
        if before is None:
            # the name the model cut before its "in"/"for" phrase: "[African Union Mission] in Somalia (AMISOM)"
            k = m.start - 2
            while k > 0 and k not in ends and (doc[k].text[:1].isupper() or doc[k].lower_ in {"in", "for", "of", "on", "the"}
                                               or doc[k].lower_ in NAME_PARTICLES or _joining_hyphen(doc, k)):
                k -= 1
            # (or before the particles of an Arabic name: "[Jama'at Nusrat al-Islam] wal-Muslimin (JNIM)")
            before = ends.get(k) if k in ends and all(not t.is_punct or _joining_hyphen(doc, t.i)
                                                      for t in doc[k:m.start - 1]) else None
        if before is not None and before.name[:1].isupper() and before.kind not in {"group", "armed_group"} \
                and acr[:1] in _initials(before.name):  # (not "members of the North Atlantic Treaty Organization (NATO)")
            return m.start - 1 - before.end
    return None
