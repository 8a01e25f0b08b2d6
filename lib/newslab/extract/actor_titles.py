"""Titles, roles and affiliations of person mentions, and the working record of a mention.

Person mentions take the title phrase in front of the name ("Türkiye's Chief of General Staff
Gen. Metin Gürak"): role (``data/actors_titles.csv``), rank (``data/actors_ranks.csv``) and
affiliation (a possessive state, a demonym, or the ``of`` complement of an office); appositions
("the head of the Libyan Presidential Council, Mohamed al-Menfi") give the same. Capitalised
title-only mentions ("the Foreign Secretary") become PERSON mentions keyed by their title;
"The Minister for Central Asia, Tobias Ellwood," joins the named holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actor_lexicons import (CONNECTORS, INSTITUTION_WORDS, GENERAL_OFFICES, MEMBER_NOUNS, PORTFOLIO_OPENERS, PORTFOLIOS, POSSESSIVE, ROLE_NOUNS, TITLE_FRAGMENTS, Lexicons, country_iso3,
                             is_rankish, office_general, rank_kinds, strip_poss)
from .actor_parse import object_role_noun
from .docindex import doc_words, sent_of


@dataclass
class Mention:
    """One actor mention before merging (token indices); ``key`` says which mentions become one actor."""

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
    span_end: int | None = None  # token index where the mention's span ends when it reaches past the name ("Portland, Oregon")

    @property
    def first(self) -> int:
        """Token index where the mention's span starts (its title or "the" included)."""
        return self.span_start if self.span_start is not None else self.start

    @property
    def last(self) -> int:
        """Token index where the mention's span ends (past the name where it reaches further)."""
        return max(self.end, self.span_end or self.end)




def title_prefix(doc, ent_start: int, sent_start: int, lex: Lexicons, person_starts: set[int], own_start: int | None = None) -> int:
    """Leftmost token of the title phrase in front of a name (``ent_start`` when there is none). ``own_start``: where
    the model's entity of the name began, when it took title words the caller moved out ("Chief Justice" in "Mr.
    Chief Justice"): the phrase goes on past it, as it stops only at another person's name."""
    j = ent_start - 1
    while j >= sent_start:
        tok = doc[j]
        t = tok.text
        if j + 1 in person_starts and j + 1 not in (ent_start, own_start):
            break
        if tok.ent_type_ == "PERSON" and j + 1 != ent_start and not (t in lex.titles or is_rankish(t, lex.ranks)):
            break
        if t in lex.titles or is_rankish(t, lex.ranks) or t in POSSESSIVE:
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
        if tok.text in lex.titles or rank_at(doc, start, ent_start, lex):
            break
        if (tok.text in PORTFOLIOS or tok.text in PORTFOLIO_OPENERS) and start + 1 < ent_start \
                and (doc[start + 1].text in lex.titles or doc[start + 1].text in PORTFOLIOS):
            break  # "Health Minister", "Veterans Affairs Secretary", "Civil Protection Minister": the portfolio opens the role
        start += 1
    if start < ent_start and not any(doc[k].text in lex.titles or rank_at(doc, k, ent_start, lex) for k in range(start, ent_start)):
        return ent_start
    return start


def rank_at(doc, i: int, end: int, lex: Lexicons) -> int:
    """Length in tokens of the longest rank starting at token ``i`` (0 if none)."""
    best = 0
    text = ""
    words = doc_words(doc)  # strings: no Token per word tried
    for k in range(i, min(end, i + 4)):
        text += words[k]
        if text in lex.ranks:
            best = k - i + 1
    return best


def parse_title(doc, start: int, end: int, lex: Lexicons, ent_key) -> dict:
    """Split the title phrase doc[start:end] into affiliation, role and rank."""
    out: dict = {"role": None, "rank": None, "affiliation_span": None, "kind": None}
    i = start
    if i < end and doc[i].lower_ == "the":
        i += 1
    # Affiliation prefix: a state/org/demonym entity, possibly possessive; not a department word the model called an
    # organisation ("Defense Secretary", "Interior Minister": part of the role, as "Foreign Minister" is).
    if i < end and doc[i].ent_type_ in {"GPE", "NORP", "ORG"} and doc[i].ent_iob_ == "B":
        k = i
        while k + 1 < end and doc[k + 1].ent_iob_ == "I":
            k += 1
        if k + 1 < end and not all(doc[x].text in TITLE_FRAGMENTS for x in range(i, k + 1)):
            out["affiliation_span"] = (i, k + 1)
            i = k + 1
            while i < end and doc[i].text in POSSESSIVE:
                i += 1
    role_tokens: list = []
    k = i
    while k < end:
        n = rank_at(doc, k, end, lex)
        # A rank word that also works as a title head ("General" in "Chief of General Staff") is a
        # rank only when no title word follows it before the name.
        if n and not (doc[k].text in lex.titles and any(doc[x].text in lex.titles and lex.titles[doc[x].text][1] for x in range(k + n, end))) \
                and not (k > i and (doc[k - 1].lower_ in CONNECTORS or doc[k - 1].text == "-")) \
                and not (k > i and office_general(doc_words(doc), k)):  # "Attorney General Jane Roe": no rank
            out["rank"] = out["rank"] or doc[k:k + n].text.replace("Lt .", "Lt.")
            k += n
            continue
        role_tokens.append(doc[k])
        k += 1
    words = [t for t in role_tokens if lex.titles.get(t.text, ("", False))[0] != "honorific"]
    if out["rank"] and not words:
        # "Gen. Mark Milley", "Det. Ana Cruz": a rank alone says the service
        out["kind"] = rank_kinds().get(lex.ranks.get(re.sub(r"\s+", "", out["rank"]), ""))
    if words:
        role = doc[words[0].i:words[-1].i + 1].text
        out["role"] = role
        heads = [lex.titles[t.text][0] for t in words if t.text in lex.titles and lex.titles[t.text][1]]
        mods = [lex.titles[t.text][0] for t in words if t.text in lex.titles]
        out["kind"] = heads[0] if heads else (mods[0] if mods else None)
        if words[0].text == "Chief" and (later := [lex.titles[t.text][0] for t in words[1:] if t.text in lex.titles]):
            out["kind"] = later[0]  # "Chief Justice", "Chief Executive Officer": the office after "Chief" says the kind
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


def office_of_after(doc, end: int) -> tuple[int, int] | None:
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


def key_for_span(doc, start: int, end: int, lex: Lexicons) -> tuple:
    text = strip_poss(doc[start:end].text)
    iso = country_iso3(text)
    if iso:
        return ("GPE", iso)
    label = doc[start].ent_type_ or "ORG"
    canon = lex.orgs.get(text, (None,))[0] or re.sub(r"^[Tt]he\s+", "", text)
    return (label if label != "PERSON" else "ORG", canon.lower())


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


def _set_role(doc, m: Mention, r: int, stop: int, lex: Lexicons, by_token: dict | None = None) -> None:
    start = r
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].text in lex.titles:
        start -= 1
    first_of = next((x for x in range(start, stop) if doc[x].lower_ in CONNECTORS), stop)
    owned = [x for x in range(start, first_of) if doc[x].text in POSSESSIVE]  # not "strategist of Obama's campaign"
    first = r
    if owned and owned[-1] + 1 < stop:
        # "the EU's internal market commissioner": the role is what follows the owner (the affiliation, below)
        start = first = owned[-1] + 1
    m.role = doc[start:stop].text
    # the first title word of the role, "Chief" aside ("chief financial officer": business; "economy minister",
    # "foreign policy chief": government); a role with none ("chief executive") is an organisation's
    # ("political science professor": "Professor" is a courtesy title, which says no kind)
    kinds = [lex.titles[w][0] for w in (doc[x].text.capitalize() for x in range(first, stop))
             if w in lex.titles and w != "Chief" and lex.titles[w][0] != "honorific"]
    if m.kind in (None, "person"):
        m.kind = kinds[0] if kinds else "organisation"
    _set_affiliation(doc, m, r, stop, lex, by_token)
    head = doc[first_of - 1].lemma_.lower() if first_of > start else ""
    if m.kind == "organisation" and m.affiliation is not None and m.affiliation[0] == "GPE" and head not in SPORT_ROLES:
        # "the Brazilian leader", "Syria's top official": a state's office, not a body's ("Argentina's coach": a team's)
        m.kind = "government"
    of = next((x for x in range(first_of, stop) if doc[x].lower_ == "of"), None)
    body = doc[of + 2] if of is not None and of + 2 < stop and doc[of + 1].lower_ in {"the", "a", "its"} else None
    if m.kind == "government" and body is not None and body.is_lower and body.lemma_.lower() in PRIVATE_BODY_KINDS:
        # "president of the union Unifor": a title word of state offices heads a private body's office here
        m.kind = PRIVATE_BODY_KINDS[body.lemma_.lower()]


#: Roles whose "to" names where their holder is posted, not whose they are ("ambassador to Poland", "envoy to Kabul").
POSTED_ROLES = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "emissary", "consul", "representative"})


def _set_affiliation(doc, m: Mention, r: int, stop: int, lex: Lexicons, by_token: dict | None) -> None:
    """The affiliation of a role phrase ``doc[r:stop]``: its widest organisation or state mention, else its first
    state, organisation or people entity."""
    posted = {x for x in range(r + 1, stop) if doc[x - 1].lower_ == "to" and any(
        doc[k].lower_ in POSTED_ROLES for k in range(r, x - 1))}  # "the Syrian ambassador to Washington": posted there
    if by_token:
        # The widest organisation/state mention in the phrase: "the head of the U.N.-backed government in Tripoli".
        cands = sorted({id(x): x for k in range(r, stop) for x in by_token.get(k, []) if x.label in {"GPE", "ORG"}
                        and x.start not in posted}.values(),
                       key=lambda x: (-(x.end - x.start), x.start))
        if cands:
            m.affiliation, m.affiliation_name = cands[0].key, cands[0].name
            return
    for k in range(r, stop):
        t = doc[k]
        if t.ent_type_ in {"GPE", "ORG", "NORP"} and t.ent_iob_ == "B" and k not in posted:
            e = k
            while e + 1 < stop and doc[e + 1].ent_iob_ == "I":
                e += 1
            m.affiliation = key_for_span(doc, k, e + 1, lex)
            m.affiliation_name = strip_poss(doc[k:e + 1].text)
            break


def appositions(doc, mentions: list[Mention], lex: Lexicons) -> None:
    """Role and affiliation from appositions, before or after the name:
    "the head of the Libyan Presidential Council, Mohamed al-Menfi" / "Mohamed al-Menfi, the head of ..."."""
    by_token: dict[int, list[Mention]] = {}
    for x in mentions:
        for k in range(x.span_start if x.span_start is not None else x.start, x.end):
            by_token.setdefault(k, []).append(x)
    for m in mentions:
        if m.label != "PERSON" or m.role:
            continue
        sent = sent_of(doc[m.start])  # Token.sent rescans the document on every call
        # before: "<the> ROLE of X , NAME" (a rank may open the name: "Sudan's army chief, Gen. Abdel al-Burhan")
        lead = m.first if m.rank else m.start
        if lead - 2 >= sent.start and doc[lead - 1].text == ",":
            comma = lead - 1
            for r in range(comma - 1, max(sent.start, comma - 12) - 1, -1):
                if doc[r].text in {",", ";", ":"}:
                    break
                if r > sent.start and doc[r - 1].lower_ in {"the", "a"} and _role_phrase(doc, r, comma):
                    _set_role(doc, m, r, comma, lex, by_token)
                    break
            if not m.role:
                _role_before(doc, m, comma, sent.start, lex, by_token)
            if m.role:
                continue
        # after: "NAME , <the> ROLE of X ,|." or "NAME, an ISIL gang leader," or "NAME, Spain's economy minister,"
        k = m.end
        owner_first = k + 3 < sent.end and doc[k + 1].ent_iob_ == "B" and doc[k + 1].ent_type_ in {"GPE", "ORG", "NORP"} \
            and any(doc[x].text in POSSESSIVE for x in range(k + 2, min(sent.end, k + 6)))
        # "NAME, head of the CFDT,": a role noun with its "of" phrase and no determiner, as news writes it
        bare_role = k + 3 < sent.end and doc[k].text == "," and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN" \
            and doc[k + 1].lower_ in ROLE_NOUNS and doc[k + 2].lower_ in CONNECTORS
        bare_run = _bare_role_run(doc, k, sent.end)
        if bare_run is None and not bare_role and not owner_first and (at := _bare_workplace_at(doc, k, sent.end, by_token)):
            # "Lindsey Bell, chief strategist at 248 Ventures, said": a role with no article, then where it is held
            if doc[at].lower_ == "to":
                _set_role(doc, m, k + 1, at, lex, by_token)  # "X, national security adviser to Prime Minister Y,"
            else:
                _workplace_role(doc, m, k + 1, at + 2, lex, by_token)
            if m.role:
                continue
        if bare_run is not None and not bare_role and not owner_first:
            # "John Reed, chairman and chief executive, said": lower-case role words alone between commas
            _set_role(doc, m, k + 1, bare_run, lex, by_token)
            if any(doc[x].lower_ in _COMPANY_ROLE_WORDS for x in range(k + 1, bare_run)):
                m.kind = "business"  # "president and chief operating officer": a company's officer
            elif m.kind == "government":
                m.kind = "organisation"  # "X, vice president, said": a state's office is written "Vice President X"
            continue
        if k + 2 < sent.end and doc[k].text == "," and (doc[k + 1].lower_ in {"the", "a", "an"} or owner_first or bare_role):
            first = k + 2 if doc[k + 1].lower_ in {"the", "a", "an"} else k + 1
            stop = first
            # (a comma inside a name does not close the phrase: "an analyst at Keefe, Bruyette & Woods Inc.")
            while stop < sent.end and (doc[stop].text not in {",", ";", ".", ":"} or doc[stop].ent_iob_ == "I") \
                    and not doc[stop].is_space and stop - k < 14:
                stop += 1
            if _role_phrase(doc, first, stop):
                _set_role(doc, m, first, stop, lex, by_token)
            else:
                heads = [r for r in range(first, stop) if doc[r].lower_ in ROLE_NOUNS | MEMBER_NOUNS and doc[r].pos_ == "NOUN"]
                # "X, the EU's internal market commissioner,", "X, the acting U.N. envoy," (a participle as adjective)
                if heads and all(doc[x].pos_ in {"NOUN", "PROPN", "ADJ", "DET"} or doc[x].ent_type_ or doc[x].text in POSSESSIVE
                                 or doc[x].dep_ == "amod" for x in range(first, heads[0] + 1)):
                    h = heads[0]
                    while h + 1 in heads:
                        h += 1  # "NATO's secretary general": both words
                    _set_role(doc, m, first, h + 1, lex, by_token)
                    if m.affiliation is None:
                        _workplace_role(doc, m, first, stop, lex, by_token, h + 1)  # "an analyst with Brookings"
                else:
                    _workplace_role(doc, m, first, stop, lex, by_token)
    for m in mentions:  # an apposition says more than a descriptive title: "Levin, director of the company and ..."
        if m.label == "PERSON" and not m.role:
            _premodifier_role(doc, m, lex)


#: Common nouns for a body that "its" may stand for ("the union", "the company"), besides the institution words.
BODY_WORDS = frozenset({"company", "firm", "union", "group", "agency", "party", "organization", "organisation", "charity",
                        "association", "bank", "board", "committee", "council", "court", "club", "team", "campaign"})


#: Lower-case words that join role nouns in a bare apposition ("chairman and chief executive", "vice president").
_BARE_ROLE_WORDS = frozenset({"and", "vice", "deputy", "senior", "executive", "financial", "operating", "general",
                              "managing", "acting", "interim", "former", "co", "-"})


#: Words of a company's offices ("chief executive", "chief financial officer", "managing director").
_COMPANY_ROLE_WORDS = frozenset({"executive", "officer", "financial", "operating", "managing"})


def _bare_workplace_at(doc, k: int, sent_end: int, by_token: dict) -> int | None:
    """The "at"/"with" of a role apposition with no article after the name's comma at ``k`` ("NAME, chief economist at
    Brickfield Capital,"): lower-case nouns and adjectives, a noun last, then "at"/"with" and an organisation's
    mention, or "to" and a person's after a role noun ("NAME, national security adviser to Prime Minister X,");
    None otherwise."""
    if k + 3 >= sent_end or doc[k].text != ",":
        return None
    j = k + 1
    while j < sent_end and j - k <= 5 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"}:
        j += 1
    if j == k + 1 or j + 1 >= sent_end or doc[j - 1].pos_ != "NOUN":
        return None
    near = [x for x in by_token.get(j + 1, []) + by_token.get(j + 2, []) + by_token.get(j + 3, []) if x.start > j]
    if doc[j].lower_ in ("at", "with"):
        return j if any(x.label == "ORG" for x in near) else None
    if doc[j].lower_ == "to" and doc[j - 1].lower_ in ROLE_NOUNS:
        return j if any(x.label == "PERSON" for x in near) else None
    return None


def _bare_role_run(doc, k: int, sent_end: int) -> int | None:
    """The end of a bare role apposition after the name's comma at ``k`` ("NAME, chairman and chief executive, said",
    "NAME, president, said"): lower-case role nouns and their joining words only, closed by a comma or the sentence's
    end, with a role noun last; None otherwise."""
    if k >= sent_end or doc[k].text != ",":
        return None
    j = k + 1
    while j < sent_end and j - k <= 6 and doc[j].is_lower and (doc[j].lower_ in ROLE_NOUNS or doc[j].lower_ in _BARE_ROLE_WORDS):
        j += 1
    if j == k + 1 or j >= sent_end or doc[j].text not in {",", ".", ";"} or doc[j - 1].lower_ not in ROLE_NOUNS:
        return None
    return j


#: Role nouns of sport: a national team's coach or captain holds no office of the state ("Argentina's coach, X").
SPORT_ROLES = frozenset({"coach", "captain", "manager", "player", "striker", "goalkeeper", "midfielder", "defender",
                         "forward", "skipper", "winger", "keeper", "trainer", "athlete", "champion", "star"})

#: Body nouns of no state ("the union's president") and the kind of their officers.
PRIVATE_BODY_KINDS = {"company": "business", "firm": "business", "bank": "business", "union": "organisation",
                      "group": "organisation", "charity": "organisation", "association": "organisation",
                      "club": "organisation", "team": "organisation", "campaign": "organisation",
                      "organization": "organisation", "organisation": "organisation"}


def _role_before(doc, m: Mention, comma: int, sent_start: int, lex: Lexicons, by_token: dict) -> None:
    """"The foreign minister, Sergei Lavrov,", "Germany's chancellor, Olaf Scholz,", "The company's chief executive,
    Anna Berg,": a noun phrase ending in a role noun right before the comma, with the name its apposition (the parser
    ties the two), gives the role as the same phrase after the name does; a determiner or an owner opens it."""
    r = comma - 1
    role = doc[r]
    obj = object_role_noun(role, ROLE_NOUNS)
    if obj is not None and any(doc[k].dep_ == "appos" and doc[k].head.i == r for k in range(m.start, m.end)):
        role, r = obj, obj.i  # "The U.N. envoy for Syria, Geir Pedersen,": the parser hangs the name on the role's object
    else:
        obj = None
        apposed = next((doc[k].head for k in range(m.start, m.end) if doc[k].dep_ == "appos" and doc[k].head.i < r), None)
        if apposed is not None and any(c.dep_ == "prep" and c.i > apposed.i and c.right_edge.i == r for c in apposed.children):
            # "Germany's ambassador to the United Nations, Antje Leendertse,": the name is the role noun's apposition,
            # past the noun's own prepositional phrase
            role, r = apposed, apposed.i
    if r <= sent_start or role.pos_ != "NOUN" or not role.is_lower or (role.lemma_.lower() not in ROLE_NOUNS
                                                                       and role.lower_ not in ROLE_NOUNS):
        return
    if obj is None and not (role.dep_ == "appos" and m.start <= role.head.i < m.end
                            or any(doc[k].dep_ == "appos" and doc[k].head.i == r for k in range(m.start, m.end))):
        return
    left = role.left_edge.i
    if left < sent_start or any(doc[k].is_punct and doc[k].text != "-" for k in range(left, r)):
        return
    if m.end >= len(doc) or doc[m.end].text not in {",", ".", ";", ")"}:
        return  # "Like the minister, Ana Diaz opposed it": the name opens the clause, no apposition closes
    opener = doc[left]
    if opener.lower_ in {"the", "a", "an"} or opener.tag_ == "PRP$":
        left += 1
    elif not (opener.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} and any(doc[k].text in POSSESSIVE for k in range(left, r))):
        return  # "Rebels, commander Ali ..." or a bare noun: no described office ("Smith's lawyer, Ann Roe,": the role)
    kind = m.kind
    _set_role(doc, m, left, comma, lex, by_token)
    if m.affiliation is not None and m.affiliation[0] == "GPE" and (
            opener.ent_type_ == "PERSON" or obj is not None and obj.head.lower_ == "to"):
        # "Cruz's Iowa director, Bryan English,": a person's aide for a state is no member of it, nor in its government;
        # "the Syrian ambassador to Washington, X,": the state posted to is not the envoy's
        m.affiliation = m.affiliation_name = None
        if kind in (None, "person") and m.kind == "government" and not any(
                lex.titles.get(doc[k].text.capitalize(), ("",))[0] == "government" for k in range(left, comma)):
            m.kind = "organisation"
    owner_noun = opener.lower_ == "the" and left + 1 < r and doc[left].lemma_.lower() in BODY_WORDS \
        and doc[left + 1].text in POSSESSIVE  # "The company's chief executive, Rick Wagoner,"
    if owner_noun and m.kind == "government":
        # "The union's president, Erin Ariss,": a title word of state offices heads a private body's office here
        m.kind = PRIVATE_BODY_KINDS.get(doc[left].lemma_.lower(), m.kind)
    if (opener.lower_ == "its" or owner_noun) and m.affiliation is None and sent_start > 0:
        # "The Africa CDC declared an emergency. Its director, Jean Kaseya, said": the body the last sentence named
        # (only the one organisation named there, with no body noun after it: "spoke to the union. Its leader")
        prev = doc[sent_start - 1].sent
        orgs = [x for k in range(prev.start, sent_start) for x in by_token.get(k, []) if x.label == "ORG"]
        if orgs and len({x.key for x in orgs}) == 1:
            last = max(orgs, key=lambda x: (x.start, x.end - x.start))
            if not any(t.pos_ == "NOUN" and (t.lemma_.lower() in BODY_WORDS or t.lower_ in INSTITUTION_WORDS)
                       for t in doc[last.end:sent_start]):
                m.affiliation, m.affiliation_name = last.key, last.name


def _workplace_role(doc, m: Mention, first: int, stop: int, lex: Lexicons, by_token: dict, role_end: int | None = None) -> None:
    """"Maria Chen, a virologist at Johns Hopkins University,", "Tom Ray, an analyst with the Brookings Institution,":
    an apposition that describes a person by a noun and the organisation they are at or with gives the role and the
    affiliation, whatever the noun (the apposition is about a person). ``role_end``: the role is set already and ends
    there; only the affiliation right after it is looked for."""
    for k in range(role_end or first + 1, stop - 1):
        prep = doc[k]
        if prep.lower_ not in ("at", "with") or prep.head.pos_ != "NOUN" or not first <= prep.head.i < k:
            if role_end is not None:
                return
            continue
        orgs = [x for x in by_token.get(k + 1, []) + by_token.get(k + 2, []) if x.label == "ORG" and x.start > k]
        if orgs and all(doc[x].pos_ in {"NOUN", "ADJ", "DET", "PROPN", "NUM"} or doc[x].text == "-" for x in range(first, k)):
            if role_end is None:
                kind = m.kind
                _set_role(doc, m, first, k, lex)
                m.kind = kind if kind not in (None, "person") else "organisation"
            m.affiliation, m.affiliation_name = orgs[0].key, orgs[0].name
        return


def _premodifier_role(doc, m: Mention, lex: Lexicons) -> None:
    """A lower-case role noun right before the name, as AP style writes a descriptive title ("opposition leader Raila
    Odinga", "party chairman Ben Ross", "Kenyan rebel commander Abu Omar"): the role is the noun with the plain nouns and
    adjectives before it; a state, people or organisation named before those is the affiliation."""
    r = m.start - 1
    if r < 0 or not (doc[r].pos_ == "NOUN" and doc[r].lower_ in ROLE_NOUNS and (doc[r].is_lower or doc[r].is_sent_start)) \
            or r > 0 and doc[r - 1].text + doc[r].text.capitalize() in lex.ranks:  # "Major general Fuad Basya": a rank
        return
    start = r
    if r > 0 and doc[r].lower_ == "general" and doc[r - 1].text.capitalize() in GENERAL_OFFICES:
        start = r - 1  # "UN secretary general Kofi Annan": one office, whatever the model tagged "secretary"
    while start > 0:
        prev = doc[start - 1]
        if start > 1 and prev.text == "-" and not prev.whitespace_ and not doc[start - 2].whitespace_:
            start -= 2  # "secretary-general", "vice-president": one word the tokenizer split
        elif prev.pos_ in {"NOUN", "ADJ"} and not prev.ent_type_ and prev.head.i in range(start, m.end):
            start -= 1
        else:
            break
    kind = m.kind
    _set_role(doc, m, start, r + 1, lex)
    if doc[r].text.capitalize() != "Chief":
        m.kind = lex.titles.get(doc[r].text.capitalize(), (kind,))[0]  # "president": the kind of "President"
    else:  # "army chief", "police chief", "climate chief": the service's kind, not always the military's
        m.kind = next((CHIEF_SERVICES[doc[k].lower_] for k in range(start, r) if doc[k].lower_ in CHIEF_SERVICES), m.kind)
    k = start - 1
    if k > 0 and doc[k].text in POSSESSIVE and doc[k - 1].ent_type_:
        k -= 1  # "Hezbollah's deputy leader Naim Qassem": the possessor is the affiliation
    if m.affiliation is None and k >= 0 and doc[k].ent_type_ in {"GPE", "NORP", "ORG"}:
        b = k
        while b > 0 and doc[b].ent_iob_ == "I":
            b -= 1
        m.affiliation = key_for_span(doc, b, k + 1, lex)
        m.affiliation_name = strip_poss(doc[b:k + 1].text)
    if doc[r].lower_ == "chief" and m.kind == "organisation" and m.affiliation is not None and m.affiliation[0] == "GPE":
        m.kind = "government"  # "the US central bank chief": a state's office ("opposition leader" stays a body's)


#: Words before "chief" that name a state's service and give its kind ("army chief", "police chief", "spy chief").
CHIEF_SERVICES = {"army": "military", "military": "military", "navy": "military", "defence": "military",
                  "defense": "military", "police": "government", "intelligence": "government", "spy": "government"}

POINTING_DETS = {"this", "our", "your", "my"}
#: Verbs after which a title with no determiner names the office its holder has ("was Mayor of Baltimore", "was created
#: Count of the Empire", "proclaimed himself Emperor of ...").
OFFICE_VERBS = {"be", "become", "elect", "appoint", "name", "proclaim", "crown", "create", "make", "remain"}
REFLEXIVES = {"himself", "herself", "themselves"}
OPENING_QUOTES = {'"', "\u201c", "``", "'", "\u2018"}


#: Determiners that point at one holder of an office when lower-case adjectives or an ordinal come between ("our new
#: President", "the first Latino Senator", "a full-time President") or when a third-person possessive comes right before
#: ("his Chief of Staff", "its Chair").
HOLDER_DETS = {"the", "a", "an", "his", "her", "their", "its"} | POINTING_DETS
THIRD_PERSON_POSS = {"his", "her", "their", "its"}


def _determiner_start(doc, i: int) -> int | None:
    """Index of the determiner of a title at ``i`` across at most two lower-case adjectives or ordinals, or of a
    third-person possessive right before it; None when neither is there (the plain "the"/"our" case is the caller's)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and doc[k].text.islower() and (doc[k].pos_ == "ADJ" or doc[k].ent_type_ == "ORDINAL") \
            and doc[k].lower_ not in HOLDER_DETS:
        k -= 1
    if k < 0 or doc[k].lower_ not in HOLDER_DETS:
        return None
    if k == i - 1:
        return k if doc[k].lower_ in THIRD_PERSON_POSS else None
    return k


def _bare_office_start(doc, i: int, words) -> int | None:
    """Where a title with an "of/for" complement and no determiner starts its mention: at a line's start (a letter's
    address: "Leader of the Opposition"), after a verb of holding an office, a reflexive or an opening quote ("was
    Mayor of Baltimore"). None elsewhere: after "<name>," and after "the" with an ordinal ("the 46th President of
    the United States") the office is ``office_titles``' (it joins the apposition to its name)."""
    if not any(t.lower_ in {"of", "for"} for t in words[1:]) or not words[-1].text[:1].isupper():
        return None
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.is_space:
        return i
    if prev.lemma_ in OFFICE_VERBS and prev.pos_ in {"VERB", "AUX"} or prev.lower_ in REFLEXIVES or prev.text in OPENING_QUOTES:
        return i
    return None


#: Honorifics that, after "my" and with no name after them, address judges or peers ("my Lords", "My Lord").
ADDRESS_WORDS = {"Lord", "Lords"}


def _address_to_lords(doc, texts: list[str], i: int, covered: set[int]) -> bool:
    """Whether token ``i`` is "Lord"/"Lords" right after "my", with no name after it ("my Lord Diplock" is a person
    the model finds): the honorific then is the whole name of whom it addresses, as "Your Honor" is."""
    if texts[i] not in ADDRESS_WORDS or i == 0 or doc[i - 1].lower_ != "my" or i in covered or i - 1 in covered:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() and nxt.pos_ == "PROPN")


#: A party to a case, capitalised as a name in court transcripts and opinions ("Petitioner was committed").
PARTY_WORDS = {"Petitioner", "Respondent", "Appellant", "Appellee", "Plaintiff", "Defendant"}


def _party_name(doc, texts: list[str], i: int, covered: set[int]) -> bool:
    """Whether token ``i`` is a capitalised party word standing for the party ("Petitioner contends", "the
    Respondent"): not inside a capitalised name or heading ("Brief for Respondent Smith"), no name after it."""
    if texts[i] not in PARTY_WORDS or i in covered:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is not None and (nxt.text[:1].isupper() and nxt.pos_ == "PROPN" or nxt.text in {"-", "'s", "’s"}):
        return False
    return prev is None or prev.lower_ == "the" or not (prev.text[:1].isupper() and prev.pos_ == "PROPN")


def hyphen_title_parts(doc, texts: list[str], lex: Lexicons) -> set[int]:
    """Tokens after the first word of a hyphenated title, which join it: "Secretary-General" (one title of the lexicon,
    three tokens in the Doc), "Commander-in-Chief", "Editor-in-Chief" (three words or more glued by hyphens, the first
    capitalised, the last a title word), also "Commander in Chief" written with spaces; not the title's halves as people
    of their own."""
    out: set[int] = set()
    for h in [h for h in range(1, len(texts) - 1) if texts[h] == "-"]:  # strings first, Tokens at hyphens only
        if doc[h - 1].whitespace_ or doc[h].whitespace_ or h - 2 >= 0 and texts[h - 2] == "-" and not doc[h - 3].whitespace_:
            continue  # spaced, or not the chain's first hyphen
        k = h + 1
        while k + 2 < len(texts) and texts[k + 1] == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
            k += 2
        first, last = texts[h - 1], texts[k]
        if f"{first}-{texts[h + 1]}" in lex.titles and k == h + 1 or k > h + 1 and first[:1].isupper() and last in lex.titles:
            out.update(range(h, k + 1))
    for h in [h for h in range(1, len(texts) - 1) if texts[h] == "in"]:
        if texts[h - 1] in lex.titles and texts[h + 1] in lex.titles and texts[h + 1][:1].isupper():
            out.update((h, h + 1))  # "Commander in Chief" written with spaces
    return out


def title_only(doc, mentions: list[Mention], covered: set[int], lex: Lexicons) -> list[Mention]:
    """Capitalised title-only mentions ("the Foreign Secretary", "The Minister") as PERSON mentions."""
    out = []
    i = 0
    n = len(doc)
    named = {t for m in mentions if m.label in {"GPE", "LOC", "ORG"} for t in range(m.span_start if m.span_start is not None else m.start, m.end)}

    def complement(j: int, i: int) -> bool:
        # a state, place or organisation after "for/of/to": "Minister for Central Asia"
        return j > i and j in named and (doc[j - 1].lower_ in CONNECTORS | {"the"} or j - 1 in named)

    texts = doc_words(doc)
    hyphen_parts = hyphen_title_parts(doc, texts, lex)
    while i < n:
        word = texts[i]
        if word not in lex.titles and word not in ADDRESS_WORDS and word not in PARTY_WORDS:
            i += 1  # most words: none of the three rules below can start here
            continue
        if _address_to_lords(doc, texts, i, covered):
            # "my Lords", "My Lord": a court's form of address to its judges, one mention of them with its "my"
            out.append(Mention(i, i + 1, "PERSON", ("TITLE", word.lower()), word, kind="judicial", role=word,
                                span_start=i - 1))
            covered.update(range(i - 1, i + 1))
            i += 1
            continue
        if _party_name(doc, texts, i, covered):
            # "Petitioner contends", "the Respondent": a court names a party by its role, capitalised
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
            out.append(Mention(i, i + 1, "PERSON", ("TITLE", word.lower()), word, kind="judicial", role=word,
                                span_start=start))
            covered.update(range(start, i + 1))
            i += 1
            continue
        if i in covered or word not in lex.titles or lex.titles[word][0] == "honorific" or not word[:1].isupper():
            i += 1
            continue
        j = i
        in_complement = False
        while j < n and (j not in covered or complement(j, i)) and doc[j].ent_type_ not in {"DATE", "TIME"} and (complement(j, i) or doc[j].text in lex.titles or j in hyphen_parts or (j > i and office_general(texts, j)) or (doc[j].lower_ in CONNECTORS and j + 1 < n and (doc[j + 1].text[:1].isupper() or j + 1 in named))
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
        # "this President", "our Prime Minister": a demonstrative or first/second-person possessive points at one holder
        starts_ok = prev is not None and (prev.lower_ in {"the", "as"} | POINTING_DETS or prev.text in POSSESSIVE or honorific)
        nxt = doc[j] if j < n else None
        holder = next((m for m in mentions if m.label == "PERSON" and m.start == j + 1), None) \
            if nxt is not None and nxt.text == "," else None
        if holder is not None and has_head and prev is not None and prev.lower_ == "the":
            # "The Minister for Central Asia, Tobias Ellwood,": the apposition names the holder.
            out.append(Mention(i, j, "PERSON", holder.key, holder.name, kind=holder.kind, role=words.text,
                                span_start=i - 1))
            covered.update(range(i - 1, j))
            i = j
            continue
        bare = None if starts_ok or not has_head else _determiner_start(doc, i)
        if bare is None and not starts_ok and has_head:
            bare = _bare_office_start(doc, i, words)
        if has_head and (starts_ok or bare is not None) \
                and not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and j not in covered):
            span_start = i - 1
            aff = None
            if bare is not None:
                span_start = bare
            elif prev.text in POSSESSIVE and i >= 2 and doc[i - 2].ent_type_ in {"GPE", "ORG", "NORP"}:
                k = i - 2
                while k > 0 and doc[k].ent_iob_ == "I":
                    k -= 1
                span_start = k
                aff = key_for_span(doc, k, i - 1, lex)
            elif prev.lower_ == "as":
                span_start = i
            elif prev.lower_ != "the" and prev.lower_ not in POINTING_DETS and not honorific:
                i = j
                continue
            role = words.text
            kind = next((lex.titles[t.text][0] for t in words if t.text in lex.titles and lex.titles[t.text][1]), None)
            out.append(Mention(i, j, "PERSON", ("TITLE", role.lower()), role, kind=kind, role=role,
                                span_start=span_start, affiliation=aff))
            covered.update(range(span_start, j))
        i = max(j, i + 1)
    return out
