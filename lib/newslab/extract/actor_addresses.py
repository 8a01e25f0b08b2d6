"""A street address keeps its house number: "1355 Elm Terrace", "10 Downing Street", "6400 College Avenue".

The GUM gold marks the number with the street's name as one place mention (3 of 3 street names after a house
number on actors_large; the small set has none), as ACE does for addresses. The street is a place mention
whose last word is a street suffix (the common ones of USPS Publication 28, Appendix C1, and their
abbreviations); the number is the word right before it, written in digits, and the parser hangs it on the
street's name, so a year that starts a clause ("In 1990 Main Street closed") stays out.

A town or state right before a town street's suffix ("Washington St", "Florence Avenue", "Dover Blvd") names the
street, not the place: no nested place mention (:func:`street_named_after`; GUM marks none of 6 such on actors_large).
Roads and highways are left out: they run to the town they are named for ("the York Outer Ring Road")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actor_titles import Mention

#: Street suffixes (USPS Publication 28, Appendix C1: the common ones and their standard abbreviations).
STREET_SUFFIXES = {"street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                   "dr", "terrace", "ter", "place", "pl", "court", "ct", "way", "parkway", "pkwy", "square", "sq",
                   "circle", "cir", "plaza", "plz", "alley", "row", "crescent", "highway", "hwy", "pike", "trail"}
#: Suffixes of town streets, the roads named after a place rather than leading to it (STREET_SUFFIXES without
#: road, highway, pike, trail and parkway; and without court, which is as often a court of law: "the Moscow Court").
TOWN_STREET_SUFFIXES = STREET_SUFFIXES - {"road", "rd", "highway", "hwy", "pike", "trail", "parkway", "pkwy", "court", "ct"}
#: A house number: digits, maybe a letter ("221B") or a range ("12-14").
HOUSE_NUMBER = re.compile(r"\d{1,6}[A-Za-z]?(?:-\d{1,6})?\Z")
#: Mention labels of places.
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def with_house_number(doc, mentions: list[Mention]) -> None:
    """Start street mentions at the house number written right before them, in place."""
    for m in mentions:
        if m.label not in PLACE_LABELS or m.span_start not in (None, m.start) or m.start == 0:
            continue
        if doc[m.end - 1].lower_.rstrip(".") not in STREET_SUFFIXES or m.end - m.start < 2:
            continue
        num = doc[m.start - 1]
        if HOUSE_NUMBER.match(num.text) and m.start <= num.head.i < m.end and not num.whitespace_.count("\n"):
            m.span_start = m.start - 1


def street_named_after(doc, end: int, outer_end: int) -> bool:
    """Whether the place name ending at token ``end`` is followed, inside the longer name ending at ``outer_end``, by
    a town street's suffix ("Washington St", "Florence Avenue"): the place only names the street."""
    return end < outer_end and doc[end].lower_.rstrip(".") in TOWN_STREET_SUFFIXES
