"""Parties of a court case named by its parties ("Lynch v. Overholser", "Kennedy versus Bremerton"): people
or bodies, whatever the model called a one-word party. GUM marks each party; the model reads most surnames
there as places ("Wade v. Jacobs"). A party that is a state, US state or big city stays a place ("Green
versus United States"), as the gold marks it."""

from __future__ import annotations

from .actor_citations import REREAD_LABELS, _is_place, _name_word, overlay
from .docindex import doc_lowers, doc_words

VERSUS = {"v.", "v", "vs.", "vs", "versus"}
NAME_LINKS = {"of", "for", "&", "-"}


def _party_end(doc, start: int) -> int | None:
    """End of a one-word party name starting at ``start`` (the next word is no name word), or None."""
    if start >= len(doc) or not _name_word(doc[start]):
        return None
    if start + 1 < len(doc) and (_name_word(doc[start + 1]) or doc[start + 1].lower_ in NAME_LINKS):
        return None  # a longer name ("Board of Education", "Smith Holdings"): not read here
    return start + 1


def case_parties(doc, ents: list) -> list:
    """``ents`` with each one-word party of "X v. Y" a PERSON span, where the model had no person there."""
    from spacy.tokens import Span

    found = []
    words, lowers = doc_words(doc), doc_lowers(doc)  # the scan makes no Token objects (docindex)
    for i in range(1, len(doc) - 1):
        if lowers[i] not in VERSUS or words[i][:1].isupper():
            continue
        left, right = i - 1, i + 1
        if not _name_word(doc[left]) or (left > 0 and _name_word(doc[left - 1])) or not doc[right].text[:1].isupper():
            continue  # a one-word party before, a name right after: "Lynch v. Overholser", "Green versus United States"
        right_end = _party_end(doc, right)
        parties = [(left, left + 1)] + ([(right, right_end)] if right_end is not None else [])
        for a, b in parties:
            over = [e for e in ents if e.start < b and a < e.end]
            if any(e.label_ not in REREAD_LABELS or e.start < a or e.end > b for e in over) or _is_place(doc, a, b):
                continue  # the model's person, a longer name, a state ("Texas v. Avery"): as they are
            found.append(Span(doc, a, b, label="PERSON"))
    return overlay(ents, found)
