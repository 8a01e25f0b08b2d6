"""A dash or slash standing between spaces separates names; it is no part of one.

The model runs one entity across "Army - Navy", "North / South", "Winston - Yale - Allegheny - Braden" or "the
Southwest / Oklahoma City - I-44 East" (a route list in a travel guide), where the gold marks each name alone. A dash
or slash written without spaces stays inside the name ("Guinea-Bissau", "AC/DC", "I-44"). The pieces keep the model's
label (the rules after this one retype them, as after ``_split_at_line_breaks``); a piece with no capitalised word
("Chairman Green - have") is no name and is dropped.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import ACTOR_LABELS
from .docindex import doc_words

#: Separators that split a name when written with a space on both sides.
SEPARATORS = {"-", "\u2013", "\u2014", "/"}


def _spaced_separator(doc, tok) -> bool:
    return tok.text in SEPARATORS and bool(tok.whitespace_) and tok.i > 0 and bool(doc[tok.i - 1].whitespace_)


def split_at_separators(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each actor entity that holds a spaced dash or slash cut into the names on either side."""
    out = []
    texts = doc_words(doc)  # strings first: Tokens only for an entity that holds a separator
    for e in ents:
        cuts = [t.i for t in e if e.start < t.i < e.end - 1 and _spaced_separator(doc, t)] \
            if e.label_ in ACTOR_LABELS and any(texts[i] in SEPARATORS for i in range(e.start + 1, e.end - 1)) else []
        if not cuts:
            out.append(e)
            continue
        start = e.start
        for cut in [*cuts, e.end]:
            if any(t.text[:1].isupper() for t in doc[start:cut]):
                out.append(Span(doc, start, cut, label=e.label_))
            start = cut + 1
    return out


def split_place_lists(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with an entity that lists known places ("in Kyiv, Kharkiv and Odesa": one organisation for the model)
    cut into the places, each a GPE: every piece between the commas and the last "and"/"or" must be a state, a US state
    or a town of the gazetteer, so a firm's name with a comma ("Skadden, Arps") stays whole."""
    from .actor_lexicons import country_iso3, towns, us_states

    out = []
    texts = doc_words(doc)
    for e in ents:
        words = texts[e.start:e.end]
        if e.label_ not in ACTOR_LABELS or "," not in words or not {"and", "or"} & set(words):
            out.append(e)
            continue
        pieces, start = [], e.start
        for i in range(e.start, e.end + 1):
            if i == e.end or texts[i] in (",", "and", "or"):
                if i > start:
                    pieces.append((start, i))
                start = i + 1
        names = [" ".join(texts[s:t]) for s, t in pieces]
        if len(pieces) >= 2 and all(n in towns() or n in us_states() or country_iso3(n) for n in names):
            out.extend(Span(doc, s, t, label="GPE") for s, t in pieces)
        else:
            out.append(e)
    return out
