"""A hyphenated modifier before a place or a group belongs to its mention: "rebel-held Aleppo", "sub-Saharan
Africa", "Kurdish-speaking Iraq", "English-speaking Americans".

Both gold sources mark it with the name (7 of 7 such phrases on actors_large, in GUM and re3d alike; the small set
has none), as they do the lower-case region words of ``actor_spans.with_region_modifier``. The modifier is one
word written with hyphens and no spaces, with a lower-case part ("held", "sub", "speaking"), and the parser hangs
it on the name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_amounts import plural_name
from .docindex import doc_text, token_chars

if TYPE_CHECKING:
    from .actor_titles import Mention

#: A hyphenated word of letters: "rebel-held", "sub-Saharan", "Arabic-speaking".
HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+\Z")
#: Mention labels of places.
PLACE_LABELS = {"GPE", "LOC"}


def with_hyphen_modifier(doc, start: int, end: int) -> int:
    """Token where the mention ``doc[start:end]`` starts with the hyphenated word right before it; ``start``
    when there is none."""
    if start == 0:
        return start
    # token j's trailing whitespace is the text between its end and the next token's start: no Token per mention
    starts, ends = token_chars(doc)
    body = doc_text(doc)
    space = body[ends[start - 1]:starts[start]]
    if not space or "\n" in space:
        return start
    i = start - 1
    while i > 0 and not body[ends[i - 1]:starts[i]] and start - i < 5:
        i -= 1
    text = body[starts[i]:ends[start - 1]]  # doc[i:start].text
    if not HYPHENATED.match(text) or not any(part[:1].islower() for part in text.split("-")):
        return start
    words = doc[i:start]
    if not start <= doc[start - 1].head.i < end or any(not i <= t.head.i < end for t in words):
        return start  # not the name's own modifier
    return i


def hyphen_modifier_spans(doc, mentions: list[Mention]) -> None:
    """Widen place and group mentions over the hyphenated modifier before them, in place."""
    for m in mentions:
        if m.span_start not in (None, m.start) or m.mention_label not in (None, "PERSON"):
            continue
        if m.label in PLACE_LABELS and m.mention_label is None or m.label == "NORP" \
                or m.label == "PERSON" and plural_name(doc, m.start, m.end):
            k = with_hyphen_modifier(doc, m.start, m.end)
            if k < m.start:
                m.span_start = k
