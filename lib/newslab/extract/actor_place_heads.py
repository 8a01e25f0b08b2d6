"""Names the model left unlabelled that end in a facility or landform word are places: "Shandao Station", "The Hamrin
Mountains", "Chaharbagh Boulevard", "the Mosul Dam", "Auckland Castle".

The small model often gives no entity to a rare name before "Station", "Dam", "Mountains" or "Boulevard" (the head
word lists are ``FACILITY_WORDS`` and ``GEO_WORDS`` of ``actor_lexicons``, the ones the gazetteer already reads the
type of a name from). Taken: the head word in title case outside every entity, after one to four title-case proper
nouns outside every entity, with no further title-case proper noun after it (the name would go on: "Station Road
Bakery"). Counted before adoption on the parses of ``../shared/eval``: 29 such names, 27 of them gold places, one
a gold organisation ("Great Lakes", an airline), one a nominal ("the Emergency Room").
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import FACILITY_WORDS, GEO_WORDS
from .docindex import doc_words

#: Most name words taken before the head word.
MAX_NAME_WORDS = 4


def _name_word(tok, taken: set[int]) -> bool:
    return tok.i not in taken and tok.pos_ == "PROPN" and tok.is_title


def place_heads(doc, ents: list[Span]) -> list[Span]:
    """New FAC (facility word) or LOC (landform word) entities for unlabelled names ending in such a word."""
    words = doc_words(doc)
    heads = [i for i, w in enumerate(words) if w in FACILITY_WORDS or w in GEO_WORDS]  # Tokens for the heads only
    if not heads:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for h in heads:
        head = doc[h]
        if h in taken or not head.is_title or h + 1 < len(doc) and _name_word(doc[h + 1], taken):
            continue
        start = h
        while start > 0 and h - start < MAX_NAME_WORDS and _name_word(doc[start - 1], taken) and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start == h:
            continue
        out.append(Span(doc, start, h + 1, label="FAC" if words[h] in FACILITY_WORDS else "LOC"))
        taken.update(range(start, h + 1))
    return out
