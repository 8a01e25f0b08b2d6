"""Numbered roads as place mentions: "the M1", "the A64", "I-44", "US 169", "Hwy 51", "Route 66".

The model tags few of them, yet the GUM gold marks each as a named place (LOC): 27 of the 28 road numbers of
these shapes on actors_large are inside a gold place mention. The shapes are the numbering schemes of roads:
British motorways and A roads (M/A + number, "the" before it: "the M62", "the A1M"; without "the", "A1" is a
grid cell or a paper size), US Interstates ("I-580", "Interstate 5"), US and state routes ("US 75", "US-412",
"Route 66", "SR 51", "Hwy 51", "Highway 1"). A capitalised compass word right after it belongs to the name as
the gold marks it ("I-44 West"); lower-case "northbound" does not. A number followed by "million", "billion",
"trillion" or "percent" is an amount ("rose to US 5 billion"), not a road.
"""

from __future__ import annotations

import re

from .actor_titles import Mention
from .docindex import doc_text

#: A road number; "the" is required before British M/A numbers.
ROAD = re.compile(
    r"(?:(?<=\bthe )[AM]\d{1,4}M?|\bI-\d{1,3}|\bInterstate \d{1,3}|\bUS[- ]\d{1,3}|"
    r"\b(?:Hwy|Highway|Route|SR|State Route) \d{1,4})\b(?![-\u2013/.]?\d)(?! (?:million|billion|trillion|percent)\b)"
    r"(?: (?:East|West|North|South)\b)?")
#: What every road number holds ("M1", "I-4", "US 7", "SR 5", "Interstate 5", "Hwy 5", "Highway 5", "Route 5"): a
#: text without it has no road. ROAD tries its lookbehind at every character (about 0.1 ms an article); this scan
#: starts only at the letters it names.
ROAD_HINT = re.compile(r"[AMIRS][- ]?\d|(?:Interstate|Hwy|Highway|Route) \d")


def road_mentions(doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """LOC mentions of numbered roads. A mention the model made of the road ("the M62" ORG, "the A1M to York" FAC,
    "US" GPE in "US 169") that starts inside the road's words gives way to it (removed from ``mentions``); a road
    inside a mention that starts before it, or crossing a person's name, is left alone. ``covered``: token indices
    taken by mentions, updated."""
    out = []
    text = doc_text(doc)
    if not ROAD_HINT.search(text):
        return out
    for m in ROAD.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        first = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start  # "the M1", as the gold marks it
        clash = [x for x in mentions if x.start < span.end and span.start < x.end]
        if any(x.label == "PERSON" or (x.span_start if x.span_start is not None else x.start) < first for x in clash):
            continue
        for x in clash:
            mentions.remove(x)
        name = m.group(0)
        out.append(Mention(span.start, span.end, "LOC", ("LOC", name.lower()), name, kind="place", span_start=first))
        covered.update(range(first, span.end))
    return out
