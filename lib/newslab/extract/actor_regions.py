"""A place named with a lower-case region word before it ("northern Iraq", "central Texas", "downtown Denver",
"ancient Rome") is a region of its own, not the place: an actor of its own named by its words, with no ISO3, so
that it is never the state across articles.

The GUM gold links such a mention to the region's own page, not to the place, on the dev sets; "modern Lima",
"rural Iowa", "greater" and the like name the place itself and stay with it, and so does "mainland" (the gold
reads it both ways) (``actor_spans.with_region_modifier`` takes them all into the span).
"""

from __future__ import annotations

#: Region words that make a part of a place (compass words, "central", "downtown") or a past polity
#: ("ancient"); the rest of ``actor_lexicons.REGION_MODIFIERS`` ("modern", "rural", "coastal") names the place.
PART_WORDS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
              "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
              "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western", "south-eastern",
              "south-western", "downtown", "ancient"}


def _region_start(doc, m) -> int | None:
    """The token of the region word that starts a place mention's span ("the" skipped), else None."""
    k = m.span_start
    if k is None or k >= m.start:
        return None
    if doc[k].lower_ == "the" and k + 1 < m.start:
        k += 1
    if doc[k].text.islower() and (doc[k].lower_ in PART_WORDS or doc[k:k + 3].text in PART_WORDS):
        return k
    return None


def split_regions(doc, clusters: dict, order: list) -> None:
    """Move each place mention that starts with a part word into an actor of its own, keyed and named by its words
    from the region word ("northern Iraq"), with kind "place" and no ISO3 (in place, as ``split_city_states``)."""
    for key in list(order):
        c = clusters.get(key)
        if c is None or c["type"] not in ("GPE", "LOC") or c.get("name"):
            continue
        for m in list(c["mentions"]):
            k = _region_start(doc, m)
            if k is None:
                continue
            name = doc[k:m.end].text
            new_key = (c["type"], "region", name.lower())
            dest = clusters.get(new_key)
            if dest is None:
                dest = clusters[new_key] = {"type": c["type"], "mentions": [], "names": [], "name": name,
                                            "kind": "place", "iso3": None}
                order.append(new_key)
            c["mentions"].remove(m)
            m.key, m.iso3 = new_key, None  # no longer the state's: an affiliation keyed by the state must not find it
            dest["mentions"].append(m)
            dest["names"].append(name)
        if not c["mentions"]:
            del clusters[key]
