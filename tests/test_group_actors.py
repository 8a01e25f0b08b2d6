"""Group actors (extract/group_actors.py): plural or collective nouns for people acting together.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.interactions import extract_interactions


class _A:
    def __init__(self, text):
        self.body = text


def _actors(nlp, text):
    doc = nlp(text)
    return doc, extract_actors(doc, _A(text))


def _edges(nlp, text):
    doc, actors = _actors(nlp, text)
    return extract_interactions(doc, _A(text), actors)


def _has(df, a, b, kind):
    rows = df[df["kind"] == kind]
    pairs = set(zip(rows["source"], rows["target"]))
    return (a, b) in pairs or (b, a) in pairs


@pytest.mark.parametrize("text,name,kind,role", [
    ("Coalition forces entered the village at dawn.", "Coalition forces", "military", "MIL"),
    ("The rebels shelled the airport overnight.", "rebels", "armed_group", "REB"),
    ("Police arrested four men near the stadium.", "Police", "government", "COP"),
    ("Angry protesters blocked the main road.", "Angry protesters", "group", "CVL"),
    ("Government forces retook the town.", "Government forces", "military", "MIL"),
    ("Masked gunmen stormed the hotel.", "Masked gunmen", "armed_group", "REB"),
    # a singular collective: the one word names the whole body
    ("The navy sent two ships to the gulf.", "navy", "military", "MIL"),
    # "officers" needs a side; police officers are police
    ("Kenyan intelligence officers questioned him.", "Kenyan intelligence officers", "military", "MIL"),
    ("Police officers arrested two men.", "Police officers", "government", "COP"),
    ("A trade delegation arrived in Nairobi on Monday.", "trade delegation", "government", "GOV"),
])
def test_group_noun_is_an_actor_with_its_role(nlp, text, name, kind, role):
    _, actors = _actors(nlp, text)
    a = actors.by_name(name)
    assert a is not None, [x.name for x in actors.actors]
    assert (a.type, a.kind, a.role) == ("ORG", kind, role)


def test_demonym_gives_the_state_as_affiliation(nlp):
    _, actors = _actors(nlp, "Two hundred Kenyan soldiers crossed the river on Monday.")
    table = actors.table()
    row = table[table["name"] == "Kenyan soldiers"]
    assert len(row) == 1, list(table["name"])
    assert row.iloc[0]["role"] == "MIL" and row.iloc[0]["affiliation"] == "Kenya"


@pytest.mark.parametrize("text,absent", [
    ("A soldier waved at the crowd.", "soldier"),  # one person is no group
    ("Strong evolutionary forces shaped the species.", "Strong evolutionary forces"),  # "forces" needs a side
    ("Fighters from Hezbollah crossed the border.", "Fighters"),  # the named actor stands for them
    ("Hamas said on Monday that the militants would not disarm.", "militants"),  # a description of Hamas
    ("The Army of the Pure Faith claimed the attack.", "Army"),  # a capital: part of a name
    ("Two senior officers of the firm resigned.", "senior officers"),  # no side
])
def test_no_group_actor(nlp, text, absent):
    _, actors = _actors(nlp, text)
    assert actors.by_name(absent) is None, [x.name for x in actors.actors]


def test_group_actors_are_linked_by_the_interaction_rules(nlp):
    df = _edges(nlp, "Insurgents attacked coalition forces near the border on Sunday.")
    assert _has(df, "Insurgents", "coalition forces", "oppose"), df[["source", "kind", "target"]]


def test_group_and_named_actor(nlp):
    df = _edges(nlp, "The Taliban attacked civilians in the market.")
    assert _has(df, "Taliban", "civilians", "oppose"), df[["source", "kind", "target"]]


def test_a_rank_in_an_armed_force_is_membership(nlp):
    df = _edges(nlp, "Omar Haddad was a commander in the navy during the war. Later he was a general in the army.")
    assert _has(df, "Omar Haddad", "navy", "member"), df[["source", "kind", "target"]]
    assert _has(df, "Omar Haddad", "army", "member"), df[["source", "kind", "target"]]


def test_a_delegation_led_by_a_person(nlp):
    df = _edges(nlp, "Envoy Tom Baker will lead an interagency delegation to Nairobi next week.")
    assert _has(df, "Tom Baker", "interagency delegation", "control"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,name", [
    # aircraft with a side stand for the armed force that flies them (seventh round)
    ("Russian warplanes bombed the headquarters of the Free Syrian Army.", "Russian warplanes"),
    ("Two days later coalition aircraft struck the bridge.", "coalition aircraft"),
])
def test_aircraft_with_a_side_are_a_military_group(nlp, text, name):
    _, actors = _actors(nlp, text)
    group = next((a for a in actors.actors if a.name == name), None)
    assert group is not None and group.kind == "military" and group.role == "MIL", [a.name for a in actors.actors]


def test_aircraft_alone_are_a_machine(nlp):
    _, actors = _actors(nlp, "The aircraft landed in Nairobi after a long flight.")
    assert not any("aircraft" in a.name for a in actors.actors)


def test_aircraft_of_a_side_kill_someone(nlp):
    df = _edges(nlp, "Omar Haddad was killed by U.S.-led coalition aircraft in 2006.")
    assert _has(df, "U.S.-led coalition aircraft", "Omar Haddad", "oppose"), df[["source", "kind", "target"]]


def test_a_coalition_with_a_possessor_is_a_group_actor(nlp):
    # "our international coalition": the possessor stays out of the name; the coalition helps the doer.
    df = _edges(nlp, "The Kurdish forces took the village, aided by air support from our international coalition.")
    pairs = set(zip(df["source"], df["target"], df["kind"]))
    assert ("international coalition", "Kurdish forces", "support") in pairs, df


@pytest.mark.parametrize("text", [
    "The mayor was backed by a coalition of labor unions and church groups.",
    "An army of volunteers cleaned the beach after the storm.",
])
def test_a_military_collective_of_civil_members_is_no_armed_force(nlp, text):
    # the "of" phrase names who the coalition is made of: unions or volunteers are no armed force, a group still
    _doc, actors = _actors(nlp, text)
    assert not any(a.role == "MIL" or a.kind == "military" for a in actors.actors), [(a.name, a.role) for a in actors.actors]
    assert any(a.kind == "group" and a.name in {"coalition", "army"} for a in actors.actors), [(a.name, a.kind) for a in actors.actors]


@pytest.mark.parametrize("text", [
    "A coalition of sixty countries bombed the desert camps.",
    "A coalition of rebel groups attacked the airport.",
])
def test_a_coalition_of_states_or_armed_groups_stays_military(nlp, text):
    _doc, actors = _actors(nlp, text)
    assert any(a.name == "coalition" and a.role == "MIL" for a in actors.actors), [(a.name, a.role) for a in actors.actors]


def test_people_of_a_place_are_no_group_actor(nlp):
    """"the citizens of Portugal" are people living there: the place is the actor, no ORG group is made (GUM marks the
    phrase as a nominal mention); a group named by its state before the noun stays one ("British businesses")."""
    from actorkit import typed_mentions

    found = typed_mentions(nlp, "The citizens of Portugal voted against the plan, while British businesses welcomed it.")
    assert ("GPE", "Portugal") in found
    assert not any(t == "ORG" and "citizens" in m for t, m in found)
    assert ("ORG", "British businesses") in found


def test_organisation_owning_an_institution_is_no_mention_of_its_own(nlp):
    """"ISIL forces": the organisation named before the institution noun is its owner (kept as the affiliation), not a
    second mention nested in it; a state there keeps its own mention ("U.S. officials")."""
    from actorkit import typed_mentions
    from newslab.extract.actors import extract_actors

    text = "Witnesses said ISIL forces shelled the village overnight, and U.S. officials condemned the attack."
    found = typed_mentions(nlp, text)
    assert ("ORG", "ISIL forces") in found
    assert ("ORG", "ISIL") not in found
    assert ("GPE", "U.S.") in found

    class _Article:
        body = text

    forces = next(a for a in extract_actors(nlp(text), _Article()).actors if a.kind == "military")
    assert forces.affiliation == "Islamic State"


@pytest.mark.parametrize("text,whole", [
    ("Union of Islamic Courts fighters seized the port of Kismayo on Friday.", "Union of Islamic Courts fighters"),
    ("The Army of the Men of the Naqshbandi Order fighters shelled the village.",
     "The Army of the Men of the Naqshbandi Order fighters"),
])
def test_a_group_chunk_starting_inside_its_owners_name_takes_the_whole_name(nlp, text, whole):
    """The parser's chunk may start inside the owner's name ("Islamic Courts fighters"): the group is the whole
    "<organisation> fighters", as for a short name ("ISIL fighters"), and no mention crosses another."""
    from actorkit import typed_mentions

    found = typed_mentions(nlp, text)
    assert ("ORG", whole) in found, found
    start = text.index(whole)
    inside = [m for _, m in found if m != whole and start <= text.index(m) < start + len(whole)]
    assert not inside, inside
