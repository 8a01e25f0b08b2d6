"""A compass point written as a name with "the" is a region, a place mention: "the North" (of a divided country),
"the South", "From the Southeast / Arkansas".

The model leaves many of them unlabelled. Taken: "the" and a title-case compass word outside every entity, with no
capitalised word or glued hyphen after it ("the South Pacific", "the South-East European region" are other names;
a possessive ending may follow: "The North's economy"). Counted before adoption on both development sets: of 23 such phrases, 20 are gold places (GPE or LOC), one
a gold organisation ("operations against the West"), two nominal.

Where the model labelled the compass word (or "Earth") itself as a place and left its "the" out (the parser hangs the
"the" elsewhere in "while the Earth burns", "From the Northeast / Missouri"), the entity takes it: 3 of 3 such on the
development sets are gold with the "the".

A compass word the model typed as an organisation ("From the North / Kansas", "the American Southwest", "from Northeast
or Southwest") is a region as well (:func:`compass_retyped`): the whole entity is the compass word, with "the" or a
demonym before it and a possessive after it at most. One it typed a person stays: "North" is a surname too (Douglass
North, twice on actors_large).
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import POSSESSIVE, lexicons
from .docindex import doc_words

#: Compass points and their combinations, in title case.
COMPASS = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Midwest"}


#: Place names written with "the" as one name ("the Earth", "The Hague"), besides the compass points.
THE_NAMES = COMPASS | {"Earth", "Hague"}
#: Celestial bodies the model reads as a person's name after "the" ("a mission to the Moon": Moon is a Korean surname
#: too, "President Moon"); with "the" the word is the place (GUM marks "the Earth" a place).
THE_BODIES = {"Moon"}


def compass_with_the(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each one-word place entity of ``THE_NAMES`` right after a "the" (outside every entity) starting at
    the "the", and each one-word person or body of ``THE_BODIES`` there a place with its "the"."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for e in ents:
        if e.label_ in {"LOC", "GPE"} and len(e) == 1 and e.text in THE_NAMES and e.start > 0 \
                and doc[e.start - 1].lower_ == "the" and e.start - 1 not in taken:
            e = Span(doc, e.start - 1, e.end, label=e.label_, kb_id=e.kb_id_)
        elif e.label_ in {"PERSON", "ORG", "NORP"} and len(e) == 1 and e.text in THE_BODIES and e.start > 0 \
                and doc[e.start - 1].lower_ == "the" and e.start - 1 not in taken:
            e = Span(doc, e.start - 1, e.end, label="LOC")  # "the Moon"
        out.append(e)
    return out


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


def compass_retyped(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each ORG/NORP entity that is only a compass point ("the North", "Northeast") or a demonym
    and one ("the American Southwest") relabelled LOC; an entity with a gazetteer identity is left."""
    out = []
    for e in ents:
        if e.label_ in {"ORG", "NORP"} and not e.kb_id_:
            words = [t.text for t in e if t.text not in POSSESSIVE]
            if words and words[0] in {"the", "The"}:
                words = words[1:]
            if words and words[-1] in COMPASS and (len(words) == 1 or len(words) == 2 and words[0] in lexicons().demonyms):
                e = Span(doc, e.start, e.end, label="LOC")
        out.append(e)
    return out
