"""Authors named in running text before the year of their work ("as Sapir's (1971) classification shows",
"Cruse and Croft (2004) begin with ...", "See Klenk (2019)"): people, whatever the model called them.

The model reads such surnames as organisations or places (it has no context but the bracketed year). The
parenthetical form ("(Li & Bavelier, 2010)") is the gazetteer's (``_parenthetical_citations``); this is the
narrative one, where the name stands outside the brackets and only the year is inside.
"""

from __future__ import annotations

import re

from . import docindex
from .docindex import doc_words
from .actor_lexicons import ORG_WORDS, big_cities, country_iso3, us_states

YEAR_IN_BRACKETS = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
MAX_NAME_WORDS = 3  # "De Certeau", "Martínez Cantón": a surname of up to three capitalised words
COORDINATORS = {"and", "&"}
REREAD_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC"}  # the model's misreadings of a surname; PERSON and titles stay
LOCATIVE_PREPS = {"in", "at", "near", "to"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
LEAD_WORDS = {"see", "cf"}  # "See Klenk (2019)": a pointer to the work, no part of the name


MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}  # "in May (2010)" is a date


def _name_word(tok) -> bool:
    """A capitalised word of a surname ("Sapir", "Cantón", "Bailey-Ross" pieces), not a calendar or organisation word."""
    text = tok.text
    return (text[:1].isupper() and text[1:2].islower() and tok.is_alpha and not tok.is_stop
            and tok.lower_ not in LEAD_WORDS and text not in MONTHS and text not in ORG_WORDS)


def _name_before(doc, end: int, floor: int) -> int | None:
    """Start of the run of surname words ending at ``end`` (exclusive), or None when there is none or it is not a
    whole name: a longer capitalised run, a line start, or an article before it ("The Lookout (2007)", a film)."""
    k = end
    while k > floor and end - k < MAX_NAME_WORDS and _name_word(doc[k - 1]) and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k == end:
        return None
    before = doc[k - 1] if k > 0 else None
    if before is None or "\n" in before.text or "\n" in before.whitespace_ or _name_word(before) \
            or before.lower_ in {"the", "a", "an"}:
        return None  # a heading or list line ("Pittsburgh Pirates (2012)"), a title, part of a longer name
    return k


def _is_place(doc, start: int, end: int) -> bool:
    """A state, US state or big city ("in Scotland (1925)"): a place with its date, not an author."""
    text = doc[start:end].text
    return bool(country_iso3(text)) or text in big_cities() or text in us_states()


def narrative_citations(doc, ents: list) -> list:
    """``ents`` with every author named before a bracketed year ("Sapir's (1971)", "Cruse and Croft (2004)")
    a PERSON span; the model's entities over those words are dropped."""
    from spacy.tokens import Span

    found = []
    lower = None  # the document's lower-case words, read once when a candidate needs them
    n = len(doc)
    words = doc_words(doc)  # the scan makes no Token objects (docindex)
    for i in range(1, n - 2):
        if words[i] != "(" or not YEAR_IN_BRACKETS.match(words[i + 1]) or words[i + 2] not in {")", ",", ":"}:
            continue
        end = i - 1 if words[i - 1] in POSSESSIVE_MARKS else i
        sent_start = docindex.sent_of(doc[i]).start
        start = _name_before(doc, end, sent_start)
        if start is None:
            continue
        names = [(start, end)]
        # "Cruse and Croft (2004)": the first author before the coordinator is one too
        if start >= 2 and doc[start - 1].lower_ in COORDINATORS:
            first = _name_before(doc, start - 1, sent_start)
            if first is not None:
                names.insert(0, (first, start - 1))
        for a, b in names:
            over = [e for e in ents if e.start < b and a < e.end]
            if any(e.label_ not in REREAD_LABELS for e in over) or _is_place(doc, a, b) \
                    or (doc[a - 1].lower_ in LOCATIVE_PREPS and all(e.label_ in PLACE_LABELS for e in over)):
                continue  # the model's person stays as it is; a work's title ("Leap Year (2010)"); "in Ruritania (1925)"
            if lower is None:
                lower = {w for w in doc_words(doc) if w.islower()}
            if any(t.lower_ in lower for t in doc[a:b]):
                continue  # "Development and Origin (1922)": words the text also uses as ordinary words
            found.append(Span(doc, a, b, label="PERSON"))
    return overlay(ents, found)


def overlay(ents: list, found: list) -> list:
    """``ents`` with the spans ``found`` in place of every entity they overlap, in text order."""
    if not found:
        return ents
    taken = {k for f in found for k in range(f.start, f.end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)
