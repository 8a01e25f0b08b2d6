"""A person mention goes on over an "of" phrase that completes it: "Chair of the National Space Council", "a Fellow
of the Royal Society", "David McIntosh of the Club for Growth", "Bonosus of Sardica".

Both gold corpora mark the whole noun phrase of a person or a role (GUM; re3d's role-only mentions such as "the
Foreign Secretary" with their complement). Only an "of" that the parser attaches to the mention, whose object has a
capitalised word (not "a couple of weeks"); the phrase stops before a comma, bracket or dash and before a clause in
it ("Professor of Psychology, University of Minnesota": the gold's apposition is no part of the rule). A mention in
the phrase ("the National Space Council") keeps its own span, as the gold nests it. A post found by
``actor_posts`` ("Professor", "a Fellow") grows here too: that module makes the post's own words the entity.
"""

from __future__ import annotations

from .actor_titles import Mention
from .docindex import doc_words

#: Tokens where the "of" phrase stops.
STOPS = {",", "(", ";", "—", "–", "-", ":"}


def person_of_phrases(doc, mentions: list[Mention]) -> None:
    """Move the end of a person mention past its own "of" phrase (see the module docstring)."""
    words = doc_words(doc)
    n = len(words)
    for m in mentions:
        if m.label != "PERSON" or m.mention_label not in (None, "PERSON"):
            continue
        start, end = m.first, m.last
        if end + 1 >= n or words[end] != "of" or not start <= doc[end].head.i < end:
            continue
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        stop = obj.right_edge.i + 1
        for k in range(end + 1, stop):
            if words[k] in STOPS or doc[k].dep_ in {"relcl", "acl"}:
                stop = k
                break
        if stop > end + 1 and any(w[:1].isupper() for w in words[end + 1:stop]):
            m.span_end = stop
