"""The department word of an office written in lower case: "his former secretary of State", "the secretary of
Defense". News style (AP, the New York Times) writes the title in lower case when no name follows it and keeps the
capital of the department; the model then calls "State" or "Defense" an organisation. It is part of the title, as in
"Secretary of State" (whose words ``extract.actors`` already leaves out), not a mention of the department: the gold
marks the whole office as a person, never the department inside it."""

from __future__ import annotations

from .actor_lexicons import CONNECTORS, TITLE_FRAGMENTS, lexicons
from .docindex import doc_words


def without_lower_offices(doc, ents: list) -> list:
    """``ents`` less each ORG/GPE/NORP entity made only of title fragments ("State", "Defense") that follows a lower-case
    title word and a connector ("secretary of", "minister for")."""
    words = doc_words(doc)
    titles = lexicons().titles
    out = []
    for e in ents:
        i = e.start
        if e.label_ in {"ORG", "GPE", "NORP"} and not e.kb_id_ and i >= 2 and words[i - 1] in CONNECTORS \
                and words[i - 2].islower() and words[i - 2].capitalize() in titles \
                and all(w in TITLE_FRAGMENTS for w in words[i:e.end]):
            continue
        out.append(e)
    return out
