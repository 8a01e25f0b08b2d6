"""A one-word "person" whose repeats read as a place or an institution keeps them apart (``actors._merge``).

The surname join lets a one-word ORG/NORP/GPE mention join the person whose surname it is ("the Haftar
forces" -> "Khalifa Haftar"). When the small model's only evidence for the person is a bare one-word name
(no full name, no title, no rank) and the repeats of that word, labelled ORG/NORP by the model, mostly
stand after a place preposition ("a job at Vantrix", "the ferry from Kestrel", "on Kestrel"), the
"person" is more likely the misread place or body, and its repeats should not be pulled into it. A GPE
repeat gives no such evidence: "a parcel from Grandpa." is the model contradicting itself on one word.
"""

from __future__ import annotations

from .docindex import doc_lowers

#: Prepositions that put a name in a location ("in", "on", "at" a place, "from" it).
PLACE_PREPOSITIONS = {"in", "on", "at", "from"}


def _placelike(doc, m) -> bool:
    lowers = doc_lowers(doc)
    # the model's ORG/NORP label and the preposition are two signals against a person; a GPE label alone is the
    # model contradicting itself on a one-word name ("a parcel from Grandpa.")
    return m.label != "GPE" and m.start > 0 and lowers[m.start - 1] in PLACE_PREPOSITIONS


def place_repeats(doc, person_mentions: list, repeats: list) -> bool:
    """Whether ``repeats`` (one-word ORG/NORP/GPE mentions of a name) should stay apart from the person
    cluster of ``person_mentions``: the cluster is one-word names only, untitled, and most repeats, at
    least as many as the person's own mentions, read as a place."""
    if any(len(m.name.split()) > 1 or m.role or m.rank for m in person_mentions):
        return False
    placelike = sum(_placelike(doc, m) for m in repeats)
    return placelike * 2 > len(repeats) and placelike >= len(person_mentions)
