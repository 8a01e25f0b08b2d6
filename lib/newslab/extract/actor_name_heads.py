"""Names the model left unlabelled that end in a head word giving their type: places ("Shandao Station", "The Hamrin
Mountains", "Chaharbagh Boulevard", "the Mosul Dam") and organisations ("Lattice Lab", "Greyhound Bus Lines").

The small model often gives no entity to a rare name before "Station", "Dam", "Mountains", "Department" or "Lab".
The head words are the lists of ``actor_lexicons`` the gazetteer already reads a name's type from: ``FACILITY_WORDS``
(a facility, FAC), ``GEO_WORDS`` (a landform, LOC) and ``ORG_NAME_ENDINGS`` (an organisation, ORG), with three
more organisation heads (``EXTRA_ORG_HEADS``). Taken: the head word in title case outside every entity, after one
to four title-case proper nouns outside every entity, with no further title-case proper noun after it (the name
would go on: "Station Road Bakery"), and not after a title and "of" ("Chief of General Staff"). Counted before
adoption on the parses of ``../shared/eval``: 29 place names, 27 of them gold places, one a gold organisation
("Great Lakes", an airline), one a nominal ("the Emergency Room"); 7 organisation names, all gold organisations.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from .actor_lexicons import CONNECTORS, FACILITY_WORDS, GEO_WORDS, ORG_NAME_ENDINGS, lexicons
from .docindex import doc_words

#: Most name words taken before the head word.
MAX_NAME_WORDS = 4
#: Organisation heads beyond ``ORG_NAME_ENDINGS`` ("Lincoln Lab", "Cunard Lines", "Open Science Collaboration").
EXTRA_ORG_HEADS = {"Lab", "Lines", "Collaboration"}


@lru_cache(maxsize=1)
def head_labels() -> dict[str, str]:
    """The entity label each head word gives its name."""
    return {**{w: "ORG" for w in ORG_NAME_ENDINGS | EXTRA_ORG_HEADS}, **{w: "LOC" for w in GEO_WORDS},
            **{w: "FAC" for w in FACILITY_WORDS}}


def _name_word(tok, taken: set[int]) -> bool:
    return tok.i not in taken and tok.pos_ == "PROPN" and tok.is_title


def name_heads(doc, ents: list[Span]) -> list[Span]:
    """New FAC, LOC or ORG entities for unlabelled names ending in a facility, landform or organisation word."""
    labels = head_labels()
    words = doc_words(doc)
    heads = [i for i, w in enumerate(words) if w in labels]  # Tokens for the heads only
    if not heads:
        return []
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for h in heads:
        if h in taken or not words[h].istitle() or h + 1 < len(doc) and _name_word(doc[h + 1], taken):
            continue
        start = h
        while start > 0 and h - start < MAX_NAME_WORDS and _name_word(doc[start - 1], taken) and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start == h or start >= 2 and words[start - 1] in CONNECTORS and words[start - 2] in lexicons().titles:
            continue  # a title's complement ("Chief of General Staff", "Secretary of Homeland Security"), no name
        out.append(Span(doc, start, h + 1, label=labels[words[h]]))
        taken.update(range(start, h + 1))
    return out
