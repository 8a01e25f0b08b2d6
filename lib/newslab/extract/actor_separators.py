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
