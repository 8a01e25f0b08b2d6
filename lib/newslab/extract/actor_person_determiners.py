"""A person's name with an article or possessive determiner of its own is one mention with it: "a Dr. Bailey",
"an Andy Bogard", "my Bill", "our NASA Administrator".

GUM marks the whole noun phrase of a named mention, determiner included, as ``actor_spans.with_determiner`` already
takes it before organisations and places. Only when the name heads the phrase (the determiner's head is inside the
mention): in "a Nobel laureate" or "a Pat McGrath lipstick" the article belongs to the noun after the name.
"this"/"that" are left out: before a name they are mostly a conjunction the parser calls a determiner ("said that
Galois ...").
"""

from __future__ import annotations

from .actor_titles import Mention
from .docindex import doc_words

#: Determiners a person's name takes in the gold's noun phrase.
PERSON_DETERMINERS = {"a", "an", "my", "your", "our", "his", "her", "their"}


def person_determiners(doc, mentions: list[Mention]) -> None:
    """Move the start of a person mention back over its own determiner (see the module docstring)."""
    words = doc_words(doc)
    for m in mentions:
        if m.label != "PERSON" or m.mention_label not in (None, "PERSON"):
            continue
        first, end = m.first, m.last
        if first < 1 or words[first - 1].lower() not in PERSON_DETERMINERS:
            continue
        det = doc[first - 1]
        if det.dep_ in {"det", "poss"} and first <= det.head.i < end:
            m.span_start = first - 1
