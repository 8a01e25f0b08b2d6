"""A bare "New York" or "Washington" that its sentence shows to be the US state, not the city.

News writes the two names alone for the cities (AP Stylebook: "New York state", "Washington state" where the
state is meant; ``data/corpus_place_aliases.csv``), but also for the states where the context says so: after a
town and a comma ("Millbrook, New York"), after "of"/"from" following a state-level office, a party or a
person's name ("a congresswoman from New York", "Ada Lund, Democrat of New York"), after "state of" or
"upstate", and in a list of other US states ("Ohio, New York and Maine"). Such an actor is named
"New York State" / "Washington State", the form identity keys as the state (``extract.identity``).
"""

from __future__ import annotations

from .actor_lexicons import strip_poss, us_states

#: Bare names of US states that news uses for a city, and the actor name that says the state.
CITY_STATES = {"new york": "New York State", "washington": "Washington State"}
#: Words before "of"/"from" that name the state's representatives ("gentlewoman from New York": US House usage;
#: titles of state-wide and congressional offices, abbreviated as AP writes them). Not "mayor": a city's office.
STATE_HOLDERS = {"senator", "sen.", "governor", "gov.", "representative", "rep.", "congressman", "congresswoman",
                 "congressmember", "assemblyman", "assemblywoman", "gentleman", "gentlewoman", "gentlelady", "lady",
                 "delegation", "republican", "democrat", "r", "d", "legislature", "lawmakers", "senators",
                 "representatives", "general"}  # "attorney general of New York"
#: Words right before the name that make it the state ("state of New York", "upstate New York").
STATE_WORDS = {"upstate", "downstate"}


def _state_at(doc, i: int, j: int) -> bool:
    """Whether tokens ``doc[i:j]`` spell a US state other than the two city names."""
    text = doc[i:j].text if 0 <= i < j <= len(doc) else ""
    return text in us_states() and text.lower() not in CITY_STATES


def _listed_with_states(doc, start: int, end: int) -> bool:
    """In a list of US states: a state's name (one or two words) before the name's comma or "and", or after."""
    before = start - 1
    if before >= 1 and doc[before].lower_ in {",", "and", "or"}:
        if any(_state_at(doc, before - n, before) for n in (1, 2)):
            return True
    after = end
    if after + 1 < len(doc) and doc[after].lower_ in {",", "and", "or"}:
        k = after + 1
        if k < len(doc) and doc[k].lower_ in {"and", "or"}:
            k += 1
        return any(_state_at(doc, k, k + n) for n in (1, 2))
    return False


def _after_town(doc, start: int, end: int) -> bool:
    """ "<Town>, New York" with no list going on ("Oslo, New York and Rome" is a list of cities)."""
    if start < 2 or doc[start - 1].text != "," or end < len(doc) and doc[end].lower_ in {"and", "or", "&"}:
        return False
    town = doc[start - 2]
    if not (town.pos_ == "PROPN" and town.ent_type_ in {"GPE", "LOC", "FAC"}):
        return False
    return not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN")


def _after_holder(doc, start: int) -> bool:
    """ "<office, party or person> of/from New York"."""
    if start < 2 or doc[start - 1].lower_ not in {"of", "from"}:
        return False
    prev = doc[start - 2]
    return prev.lower_ in STATE_HOLDERS or prev.ent_type_ == "PERSON" or (prev.lower_ == "state" and doc[start - 1].lower_ == "of")


def state_sense(doc, start: int, end: int) -> bool:
    """Whether the bare city-state name at tokens ``doc[start:end]`` is written for the US state."""
    if any(doc[k].lower_ in {"d.c.", "dc", "d.c"} for k in range(end, min(end + 2, len(doc)))):
        return False  # "Ada Lund of Washington, D.C.": the capital
    if start >= 1 and doc[start - 1].lower_ in STATE_WORDS:
        return True
    return _after_holder(doc, start) or _after_town(doc, start, end) or _listed_with_states(doc, start, end)


def split_city_states(doc, clusters: dict, order: list) -> None:
    """Move the mentions of a place actor named by a bare city-state name that read as the state into an actor of
    their own, named "New York State" (in place: ``clusters`` maps a key to {"type", "mentions", "names"}; the new
    cluster carries its ``name``). The other mentions stay the bare name: an article may write both."""
    for key in list(order):
        c = clusters.get(key)
        if c is None or c["type"] not in ("GPE", "LOC") or c.get("name"):
            continue
        found = [x for x in c["mentions"] if CITY_STATES.get(strip_poss(x.name.strip()).lower())]
        state = [x for x in found if state_sense(doc, x.start, x.end)]
        if not state:
            continue
        target = CITY_STATES[strip_poss(state[0].name.strip()).lower()]
        new_key = ("GPE", target.lower())
        dest = clusters.get(new_key)
        if dest is None:
            dest = clusters[new_key] = {"type": "GPE", "mentions": [], "names": [], "name": target}
            order.append(new_key)
        for x in state:
            c["mentions"].remove(x)
            dest["mentions"].append(x)
            dest["names"].append(x.name)
        if not c["mentions"]:
            del clusters[key]
