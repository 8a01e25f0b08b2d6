"""A compass point written as a name with "the" is a region, a place mention: "the North" (of a divided country),
"the South", "From the Southeast / Arkansas".

The model leaves many of them unlabelled. Taken: "the" and a title-case compass word outside every entity, with no
capitalised word or glued hyphen after it ("the South Pacific", "the South-East European region" are other names;
a possessive ending may follow: "The North's economy"). Counted before adoption on both development sets: of 23 such phrases, 20 are gold places (GPE or LOC), one
a gold organisation ("operations against the West"), two nominal.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import POSSESSIVE
from .docindex import doc_words

#: Compass points and their combinations, in title case.
COMPASS = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Midwest"}


def compass_regions(doc, ents: list[Span]) -> list[Span]:
    """New LOC entities for "the North", "the Southeast" and the like outside every entity."""
    words = doc_words(doc)
    hits = [i for i, w in enumerate(words) if w in COMPASS and i > 0 and words[i - 1].lower() == "the"]  # Tokens for hits only
    if not hits:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for i in hits:
        if i in taken or i - 1 in taken:
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (not doc[i].whitespace_ and not nxt.is_punct and nxt.text not in POSSESSIVE or nxt.text in {"-", "\u2013"} and not doc[i].whitespace_
                                or nxt.text[:1].isupper() and nxt.pos_ in {"PROPN", "NOUN", "ADJ"}):
            continue  # "the South-East European region", "the North Sea", "the South Korean army": longer names
        out.append(Span(doc, i - 1, i + 1, label="LOC"))  # with its "the", as the gold marks it
    return out
