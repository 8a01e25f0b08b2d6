"""A group name that stands for a described set of people is a mention of people (PERSON), not of the nationality,
creed or party (NORP). Both gold corpora keep NORP for the bare group noun ("Americans", "all Syrians", "the
Palestinians", "some Republicans", OntoNotes-style); GUM marks as persons the sets of people a group word only
describes, and the eval converter keeps them PERSON:

* a longer name: "Black Americans", "North Americans", "South Africans", "the Tarahumara Indians";
* a number or a modifier before the noun: "43 million Americans", "260,000 more Democrats", "Senate Republicans",
  "my fellow Democrats", "English-speaking Americans";
* a place or a trait after it: "the Democrats of this city", "Americans with disabilities", "Americans from every
  corner of the country" (a relative clause is left alone: re3d marks "the Syrians who fought" as NORP);
* "the" and an adjective for the people: "the French", "the British", "the Japanese", "the Rohingya".

The actor stays the group (merging and affiliation are unchanged); only the mention's label moves, as
``actors._one_member`` does for "a Roman Catholic"."""

from __future__ import annotations

from .actor_lexicons import POSSESSIVE

#: Determiners and quantifiers that leave a bare group noun bare ("all Americans", "some Republicans").
BARE = {"the", "all", "some", "many"}
#: Left dependents that describe the set ("Senate Republicans", "my fellow Democrats", "43 million Americans").
DESCRIBING = {"nummod", "amod", "compound", "nmod", "quantmod"}
#: Prepositions of a place or trait after the noun ("Democrats of this city", "Americans with disabilities").
AFTER = {"of", "in", "from", "with", "on", "at"}


def described_people(doc, start: int, end: int) -> bool:
    """Whether the group mention at tokens ``start``..``end`` (from its first word, "the" or a number included) names
    a described set of people (see the module)."""
    words = [t for t in doc[start:end] if t.text not in POSSESSIVE]
    lead_the = bool(words) and words[0].lower_ == "the"
    while words and words[0].lower_ in BARE:
        words = words[1:]
    if not words:
        return False
    head = words[-1]
    plural = head.text.endswith("s") and not head.text.endswith("ss")
    if not plural:
        # "the French", "the Rohingya": the people as a whole; a bare singular is a language or an adjective
        return lead_the and len(words) == 1 and head.text[:1].isupper()
    if sum(w[:1].isupper() for w in " ".join(t.text for t in words).split()) > 1:
        return True  # "Black Americans", "South Africans" (not "hundreds of thousands of Syrians")
    if any(c.dep_ in DESCRIBING and c.lower_ not in BARE for c in head.lefts):
        return True
    return any(c.dep_ == "prep" and c.lower_ in AFTER for c in head.rights)
