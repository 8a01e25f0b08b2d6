"""Group adjectives listed before one noun: "Buddhist, Hindu, Muslim, and Christian leaders", "the Jewish and
African-American communities". Each is an attribute of the noun, as one adjective alone is ("Muslim leaders": the
actor stage keeps it as an alias of its state, no mention). The parser often reads the first ones of a long list as the
subject ("Buddhist" nsubj, with "Hindu" and "Muslim" as its conjuncts) and leaves only the last one on the noun, and it
splits a hyphenated name ("African-American") so that the actor stage's modifier test does not see it as one adjective.
Here the list is read off the words: group names of the model (NORP), each one singular, joined by commas, "and" or
"or", and the last one right before a common noun that it modifies."""

from __future__ import annotations

from .docindex import doc_lowers, doc_pos

#: Words that join the adjectives of a list.
_JOINERS = frozenset({",", "and", "or"})


def listed_modifier(ent) -> bool:
    """Whether the NORP entity ``ent`` is one of a list of two or more singular group adjectives right before a common
    noun that one of them modifies."""
    doc = ent.doc
    if ent.label_ != "NORP" or _plural(ent[-1].text):
        return False  # a plural ("Christians") names the people
    lowers, pos = doc_lowers(doc), doc_pos(doc)
    members = [ent.start]
    i = ent.end
    while i < len(doc):  # the list after the entity
        if lowers[i] in _JOINERS:
            i += 1
        elif doc[i].ent_type_ == "NORP" and doc[i].ent_iob_ == "B":
            members.append(i)
            i += 1
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
            if _plural(doc[i - 1].text):
                return False
        else:
            break
    j = ent.start - 1
    while j >= 0 and (lowers[j] in _JOINERS or doc[j].ent_type_ == "NORP"):  # and before it
        if doc[j].ent_iob_ == "B":
            members.append(j)
        j -= 1
    if len(members) < 2 or i >= len(doc) or pos[i] != "NOUN" or lowers[i - 1] in _JOINERS:
        return False
    return any(doc[k].head.i == i for m in members for k in range(m, i) if doc[k].ent_type_ == "NORP")


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ese")
