"""A company named with its legal form is an organisation, and so is its short name in the same article: "Octel
Communications Corp." ... "Octel said" (the model: a person), "Jaguar PLC" ... "Jaguar shares" (a place), "Kyle
Technology Corp." (a person).

Business news names a company once in full, with its legal form ("Corp.", "Inc.", "PLC", "N.V.", "S.p.A."), then by
its first word or its name without the form. Taken: an entity ending in a legal form is an ORG; a PERSON, GPE, LOC,
NORP or FAC entity whose text (less "the" and a possessive) is such a company's first word or its name without the
form is an ORG, unless the article gives a person that name (after an honorific or a title, "Mr. Waxman",
"President Ford", or as the last word of a longer person's name, "Craig McCaw") or the name is a state, demonym, US
state or big city ("American Express Co." leaves "American" alone).
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import HONORIFICS, ascii_folded, country_iso3, lexicons, major_cities, strip_poss, towns, us_states
from .actor_parse import span_text
from .docindex import doc_words

#: Legal forms of companies that close a company's full name (English, US, Dutch, Italian, German, French usage).
LEGAL_FORMS = {"Corp.", "Corp", "Inc.", "Inc", "Co.", "PLC", "Plc", "plc", "N.V.", "S.p.A.", "Ltd.", "Ltd", "AG",
               "S.A.", "Cos.", "L.P.", "LLC", "B.V.", "GmbH", "Corporation", "Incorporated",
               # and the trade word of an airline, shortened the same way ("ITA Airways" ... "ITA, the successor to")
               "Airways", "Airlines"}
#: Labels a short company name wrongly gets.
_WRONG = {"PERSON", "GPE", "LOC", "NORP", "FAC"}


def _bare(text: str) -> str:
    """An entity's text without a leading "the" and a possessive ending."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return strip_poss(" ".join(words))


def company_short_names(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with companies named with a legal form, and their short names, labelled ORG."""
    bare = {e: _bare(span_text(e)) for e in ents}  # each entity's text once: this runs on every article
    fulls = [e for e in ents if len(bare[e].split()) >= 2 and bare[e].split()[-1] in LEGAL_FORMS]
    if not fulls:
        return ents
    shorts = set()
    for e in fulls:
        words = bare[e].rstrip(",").split()[:-1]
        if words and words[-1].endswith(","):
            words[-1] = words[-1][:-1]  # "Bear, Stearns & Co." -> "Bear, Stearns &"
        shorts.update({words[0].rstrip(","), " ".join(words)})
    words = doc_words(doc)
    titles = lexicons().titles
    people = {w for i, w in enumerate(words) if i and (words[i - 1] in HONORIFICS or titles.get(words[i - 1], ("", False))[1])}
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e not in fulls:
            people.add(bare[e].split()[-1])
    shorts = {s for s in shorts if s and s[0].isupper() and len(s) >= 3 and s not in people and s not in major_cities()
              and s not in us_states() and country_iso3(s) is None}
    out = []
    for e in ents:
        if e.label_ != "ORG" and (e in fulls or e.label_ in _WRONG and bare[e] in shorts):
            out.append(Span(doc, e.start, e.end, label="ORG"))
        else:
            out.append(e)
    return out


def _company_short_forms(name: str) -> tuple[str, ...]:
    """A legal-form company's name without the form and its first word ("Milton Roy Corp." -> "Milton Roy", "Milton");
    empty for a name without a legal form."""
    words = _bare(name).rstrip(",").split()
    if len(words) < 2 or words[-1] not in LEGAL_FORMS:
        return ()
    words = [w.rstrip(",") for w in words[:-1]]
    return tuple(dict.fromkeys([" ".join(words), words[0]]))


def _folded(name: str) -> str:
    """``name`` in lower case without accents: "Nestlé" and "Nestle S.A." are one company's names."""
    return ascii_folded(name).lower()


def _acronym_of(name: str, shorts: list[str]) -> bool:
    """Whether ``name`` is written in capitals and spells the initials of one of the ``shorts`` ("GM", "General
    Motors")."""
    return name.isupper() and any(len(s.split()) == len(name) >= 2 and "".join(w[0] for w in s.split()) == name
                                  for s in shorts)


def merge_company_short_names(clusters: dict, order: list) -> None:
    """Join an organisation named by a company's short name ("Crane", "Milton Roy") to the company the article names
    with its legal form ("Crane Co.", "Milton Roy Corp."): one actor, as for an acronym and its expansion. A short form
    two companies share ("American" for "American Express Co." and "American Airlines Inc.") joins neither."""
    orgs = [k for k in order if clusters.get(k, {}).get("type") == "ORG"]
    owners: dict[str, set] = {}
    for k in orgs:
        for n in clusters[k]["names"]:
            for short in _company_short_forms(n):
                owners.setdefault(_folded(short), set()).add(k)
    if not owners:
        return
    for k in orgs:
        c = clusters.get(k)
        if c is None or any(_company_short_forms(n) for n in c["names"]) \
                or any(m.span_end and m.span_end > m.end and m.name in towns() for m in c["mentions"]):
            continue  # a company's own name, or a town with its state ("Oshkosh, Wis.") that the model called an ORG
        targets = {t for n in c["names"] for t in owners.get(_folded(_bare(n)), ())}
        shorts = [_bare(n) for n in c["names"] if _folded(_bare(n)) in owners]
        # every name is a short form, or the acronym of one ("General Motors" and "GM" ... "General Motors Corp.")
        if len(targets) == 1 and all(_folded(_bare(n)) in owners or _acronym_of(_bare(n), shorts) for n in c["names"]):
            target = clusters[targets.pop()]
            target["mentions"] += c["mentions"]
            target["names"] += c["names"]
            del clusters[k]
