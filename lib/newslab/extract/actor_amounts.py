"""A group mention with its amount: "43 million Americans", "about 80,000 Germans", "two Moroccans", "260,000 more
Democrats", "most Thais".

GUM and re3d mark the whole noun phrase of a counted or quantified group of people, not the bare plural name
(on actors_large 9 such phrases had the system's span cut to the name; the small set has none).
``actor_spans.with_quantifier`` already takes a quantifier word before a NORP mention; this adds cardinal numbers
(with their "about" / "some" and a "more" after them), "other", and the same words before a plural name the model
typed a person ("most Thais")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_spans import QUANTIFIERS

if TYPE_CHECKING:
    from .actor_titles import Mention

#: Quantifier words that may start the group's noun phrase (``with_quantifier``'s words and "other").
AMOUNT_WORDS = QUANTIFIERS | {"other"}
#: Words after a number that still count the group ("260,000 more Democrats").
AFTER_NUMBER = {"more", "other", "additional"}
#: Words that make a number approximate; the parser hangs them on the number.
APPROXIMATORS = {"about", "some", "nearly", "almost", "approximately", "around", "roughly", "over"}
#: A four-digit year is a date modifier ("1990 Democrats" is rare, "the 1990 World Cup" common): no amount.
YEAR = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})\Z")


def _in_phrase(tok, end: int) -> bool:
    """Whether ``tok`` hangs on a word to its right up to the name's end (the group's own modifier)."""
    return tok.i < tok.head.i < end


def with_amount(doc, start: int, end: int) -> int:
    """Token where a group mention starts with its amount ("43 million Americans", "about 80,000 Germans", "two
    Moroccans", "other Moriori"); ``start`` when no amount stands right before the name."""
    k = start
    if k > 0 and doc[k - 1].lower_ in AFTER_NUMBER and _in_phrase(doc[k - 1], end):
        k -= 1
    j = k
    while j > 0 and doc[j - 1].tag_ == "CD" and not YEAR.match(doc[j - 1].text) and _in_phrase(doc[j - 1], end):
        j -= 1
    if j < k:
        if j > 0 and doc[j - 1].lower_ in APPROXIMATORS and j <= doc[j - 1].head.i < k:  # "about 80,000", "some 300"
            j -= 1
        return j
    if start > 0 and doc[start - 1].lower_ in AMOUNT_WORDS and doc[start - 1].text.islower() \
            and _in_phrase(doc[start - 1], end):
        return start - 1
    return start


def plural_name(doc, start: int, end: int) -> bool:
    """Whether the name reads as a plural of people ("Thais", "YouTubers"), not one person or body."""
    last = doc[end - 1]
    return last.tag_ == "NNPS" or (last.tag_ == "NNP" and last.text.endswith("s") and not last.text.endswith("ss")
                                   and end - start == 1)


def amount_spans(doc, mentions: list[Mention]) -> None:
    """Widen group mentions (NORP, or a plural name typed PERSON) over the amount before them, in place. Organisations
    stay as they are: re3d marks "U.S. Marines" in "10 U.S. Marines"."""
    for m in mentions:
        if m.span_start not in (None, m.start) or m.mention_label is not None and m.mention_label != "PERSON":
            continue
        if m.label == "NORP" or m.label == "PERSON" and plural_name(doc, m.start, m.end):
            k = with_amount(doc, m.start, m.end)
            if k < m.start:
                m.span_start = k
