"""A US state written as its two-letter postal code after a town ("Tulsa, OK", "Paramus, NJ"): a place
mention of the state, which the model misses or calls an organisation; the town's mention then runs over
it (``actor_spans.town_with_region``), as the gold marks "Portland, Oregon"."""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import data_rows
from .actor_titles import Mention


@lru_cache(maxsize=1)
def postal_codes() -> dict[str, str]:
    """Postal code -> state name (data/actors_us_postal.csv)."""
    return {row["code"]: row["state"] for row in data_rows("actors_us_postal.csv")}


def _capitals_text(doc, i: int) -> bool:
    """The code sits in a run of capitals ("LIVE IN TULSA, OK AND ..."), where any two capitals may be a word."""
    return any(0 <= k < len(doc) and doc[k].is_alpha and doc[k].is_upper and len(doc[k]) > 1 for k in (i - 2, i + 1))


def postal_states(doc, mentions: list[Mention]) -> list[Mention]:
    """Place mentions of US states written as postal codes after '<town>,'; an organisation mention the
    model made of the code becomes the state (in place, in ``mentions``). Returns the new mentions."""
    codes = postal_codes()
    by_start = {m.start: m for m in mentions}
    new: list[Mention] = []
    for town in mentions:
        i = town.end + 1
        if town.label not in {"GPE", "LOC"} or town.mention_label or i >= len(doc) or doc[town.end].text != ",":
            continue
        tok = doc[i]
        state = codes.get(tok.text)
        if state is None or _capitals_text(doc, i) or (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_):
            continue
        old = by_start.get(i)
        if old is not None and (old.end != i + 1 or old.label not in {"ORG", "GPE"}):
            continue
        key = ("GPE", state.lower())
        if old is not None:
            old.label, old.key, old.name, old.kind, old.span_start = "GPE", key, state, "place", i
            old.affiliation = old.affiliation_name = None
        else:
            m = Mention(i, i + 1, "GPE", key, state, kind="place", span_start=i)
            new.append(m)
            by_start[i] = m
    return new


#: A legislator's party and state after the name ("Sen. Ann Lee, D-Mass.,", "R-Texas", "I-Vt."): the
#: US press's party-state tag, not a mention of the state acting.
_PARTY_STATE_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$")


def party_state_tag(doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a party-state tag set off by commas or brackets after a name
    (or its state part: the model may start the entity after "R-")."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in ("D", "R", "I"):
        start -= 2
    if not _PARTY_STATE_TAG.match(doc[start:end].text):
        return False
    return start > 0 and doc[start - 1].text in (",", "(")
